# The independent side of dev/optim-differential.mjs: torch.optim (float64) steps and torch.nn
# sequence layers. Reads the cases as JSON on stdin, writes the summary, the disagreements and
# torch's own figures (for fixtures) as JSON on stdout.
import json, sys
from fractions import Fraction
import torch

torch.manual_seed(0)
cases = json.load(sys.stdin)
summary, disagreements, torch_values = {}, [], []

def stat(kind):
    return summary.setdefault(kind, {'problems': 0, 'values': 0, 'disagree': 0, 'worst': 0.0})

def num(s):
    return float(Fraction(s)) if isinstance(s, str) and '/' in s else float(s)

def compare(kind, i, what, ours, theirs, tol=1e-9):
    s = stat(kind)
    s['values'] += 1
    rel = abs(ours - theirs) / max(1.0, abs(theirs))
    s['worst'] = max(s['worst'], rel)
    if not rel <= tol:
        s['disagree'] += 1
        disagreements.append({'case': i, 'kind': kind, 'what': what, 'gradecheck': ours, 'torch': theirs})

def optimizer(i, g, ref):
    s = stat('optimizer-steps'); s['problems'] += 1
    w = torch.tensor([float(x) for x in g['start']], dtype=torch.float64, requires_grad=True)
    name, lr, wd = g['optimizer'], g['lr'], g.get('weight_decay', 0.01 if g['optimizer'] == 'adamw' else 0)
    eps = g.get('eps', 1e-8)
    if name == 'sgd': opt = torch.optim.SGD([w], lr=lr, weight_decay=wd)
    elif name in ('momentum', 'nesterov'): opt = torch.optim.SGD([w], lr=lr, momentum=g.get('momentum', 0.9), nesterov=name == 'nesterov', weight_decay=wd)
    elif name == 'adagrad': opt = torch.optim.Adagrad([w], lr=lr, eps=eps, weight_decay=wd, initial_accumulator_value=g.get('initial_accumulator', 0))
    elif name == 'rmsprop': opt = torch.optim.RMSprop([w], lr=lr, alpha=g.get('alpha', 0.99), eps=eps, weight_decay=wd)
    else:
        cls = torch.optim.Adam if name == 'adam' else torch.optim.AdamW
        opt = cls([w], lr=lr, betas=(g.get('beta1', 0.9), g.get('beta2', 0.999)), eps=eps, weight_decay=wd)
    A = torch.tensor(g['matrix'], dtype=torch.float64) if 'matrix' in g else None
    steps = []
    for t in range(1, g['steps'] + 1):
        opt.zero_grad()
        if A is not None:
            (w @ A @ w).backward()  # f = wᵀAw: autograd's gradient (A + Aᵀ)w
        else:
            w.grad = torch.tensor([float(x) for x in g['gradients'][t - 1]], dtype=torch.float64)
        opt.step()
        st = opt.state[w]
        rec = {'w': w.detach().tolist()}
        if name in ('momentum', 'nesterov'):
            buf = st['momentum_buffer'].tolist()
            rec['v'] = [-lr * b for b in buf] if g.get('convention') == 'classical' else buf
        if name in ('adagrad', 'rmsprop'): rec['s'] = st['sum' if name == 'adagrad' else 'square_avg'].tolist()
        if name in ('adam', 'adamw'): rec['m'], rec['v'] = st['exp_avg'].tolist(), st['exp_avg_sq'].tolist()
        steps.append(rec)
        for key, theirs in rec.items():
            ours = ref['steps'][t - 1][key]
            for j, x in enumerate(theirs): compare('optimizer-steps', i, f'{key}{t}[{j + 1}]', num(ours[j]), x)
    torch_values.append({'case': i, 'steps': steps})

def sequence(i, g, answers):
    s = stat('param-count sequence layers'); s['problems'] += 1
    x = torch.randint(0, 2, (1, g['input'][0])) if len(g['input']) == 1 else torch.randn(1, *g['input'], dtype=torch.float64)
    rows, total, out = answers['layers'], 0, []
    for j, L in enumerate(g['layers']):
        t, bias = L['type'], L.get('bias', True)
        T, d = x.shape[1], (x.shape[2] if x.dim() == 3 else None)
        if t == 'embedding': m = torch.nn.Embedding(L['vocab'], L['dim']); y = m(x).double()
        elif t in ('rnn', 'lstm', 'gru'):
            cls = {'rnn': torch.nn.RNN, 'lstm': torch.nn.LSTM, 'gru': torch.nn.GRU}[t]
            m = cls(d, L['hidden'], num_layers=L.get('num_layers', 1), bias=bias, batch_first=True, bidirectional=L.get('bidirectional', False)).double()
            y = m(x)[0]
            if L.get('return') == 'last': y = y[:, -1]
        elif t == 'layernorm': m = torch.nn.LayerNorm(x.shape[-1]).double(); y = m(x)
        elif t == 'multihead-attention':
            kd, vd = L.get('kdim', d), L.get('vdim', d)
            m = torch.nn.MultiheadAttention(d, L['heads'], bias=bias, kdim=kd, vdim=vd, batch_first=True).double()
            y = m(x, torch.randn(1, T, kd, dtype=torch.float64), torch.randn(1, T, vd, dtype=torch.float64))[0]
        elif t == 'transformer-encoder':
            m = torch.nn.TransformerEncoderLayer(d, L['heads'], dim_feedforward=L.get('feedforward', 2048), batch_first=True, norm_first=L.get('norm') == 'pre').double()
            m.eval(); y = m(x)
        elif t == 'positional-embedding':
            m = torch.nn.Embedding(L.get('length', T), d).double()
            y = x + m(torch.arange(T)).unsqueeze(0)
        elif t == 'dense': m = torch.nn.Linear(d, L['units'], bias=bias).double(); y = m(x)
        else: raise ValueError(t)
        n = sum(p.numel() for p in m.parameters() if p.requires_grad)
        total += n
        out.append({'out': list(y.shape[1:]), 'params': n})
        for what, ours, theirs in (('out', rows[j]['out'], list(y.shape[1:])), ('params', rows[j]['params'], n)):
            st = stat('param-count sequence layers'); st['values'] += 1
            if ours != theirs:
                st['disagree'] += 1
                disagreements.append({'case': i, 'kind': 'param-count', 'what': f'layer {j + 1} ({t}) {what}', 'gradecheck': ours, 'torch': theirs})
        x = y
    st = stat('param-count sequence layers'); st['values'] += 1
    if answers['total'] != total:
        st['disagree'] += 1
        disagreements.append({'case': i, 'kind': 'param-count', 'what': 'total', 'gradecheck': answers['total'], 'torch': total})
    torch_values.append({'case': i, 'layers': out})

for i, c in enumerate(cases):
    if c['kind'] == 'optimizer-steps': optimizer(i, c['given'], c['reference'])
    else: sequence(i, c['given'], c['answers'])

for s in summary.values():
    if s['worst'] == 0.0 and 'sequence' in str(s): pass
json.dump({'summary': summary, 'disagreements': disagreements, 'torch': torch_values}, sys.stdout)
