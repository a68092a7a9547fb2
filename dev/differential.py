# The independent side of dev/differential.mjs: reads the cases (kind, given, gradecheck's
# reference) as JSON on stdin, recomputes each with PyTorch float64 autograd, sympy or torch.nn,
# and prints the disagreements and a summary as JSON.
import json, sys
import sympy as sp
import torch

torch.set_default_dtype(torch.float64)
cases = json.load(sys.stdin)
out = []
summary = {}
torch_values = []  # mlp cases with torch's figures, for --keep

def stat(kind):
    return summary.setdefault(kind, {'problems': 0, 'values': 0, 'disagree': 0, 'skipped': 0, 'worst': 0.0})

def num(s):
    return float(sp.N(sp.sympify(s), 30))

def compare(kind, i, what, ours, theirs, tol=1e-9):
    s = stat(kind)
    s['values'] += 1
    rel = abs(ours - theirs) / (1 + abs(theirs))
    s['worst'] = max(s['worst'], rel)
    if rel > tol:
        s['disagree'] += 1
        out.append({'case': i, 'kind': kind, 'what': what, 'gradecheck': ours, 'independent': theirs})

def mlp(i, g, ref):
    s = stat('mlp-gradients')
    if ref.get('kinks'):
        s['skipped'] += 1; s['why'] = 'a ReLU input exactly 0: either slope is accepted'; return
    X = torch.tensor(g['inputs'], dtype=torch.float64)
    params, h = [], X
    for L in g['layers']:
        W = torch.tensor(L['weights'], dtype=torch.float64, requires_grad=True); b = torch.tensor(L['bias'], dtype=torch.float64, requires_grad=True)
        params.append((W, b))
        z = h @ W.T + b
        a = L['activation']
        h = {'identity': lambda z: z, 'relu': torch.relu, 'sigmoid': torch.sigmoid, 'tanh': torch.tanh,
             'softmax': lambda z: torch.softmax(z, dim=1),
             'leaky-relu': lambda z: torch.nn.functional.leaky_relu(z, L.get('alpha', 0.01))}[a](z)
    y, N, k = h, X.shape[0], h.shape[1]
    t = g['targets']
    if g['loss'] == 'cross-entropy':
        T = torch.nn.functional.one_hot(torch.tensor(t), k).double() if not isinstance(t[0], list) else torch.tensor(t, dtype=torch.float64)
        loss = -(T * torch.log(y)).sum() / N
    else:
        T = torch.tensor(t if isinstance(t[0], list) else [[v] for v in t], dtype=torch.float64)
        sse = ((y - T) ** 2).sum()
        loss = {'half-sse': sse / 2, 'sse': sse, 'mse': sse / (N * k)}[g['loss']]
    loss.backward()
    s['problems'] += 1
    torch_values.append({'case': i, 'loss': loss.item(), 'dW': [W.grad.tolist() for W, _ in params], 'db': [b.grad.tolist() for _, b in params]})
    compare('mlp-gradients', i, 'loss', num(ref['loss']), loss.item())
    for l, (W, b) in enumerate(params):
        for r, row in enumerate(ref['dW'][l]):
            for c, v in enumerate(row):
                compare('mlp-gradients', i, f'dW{l+1}[{r}][{c}]', num(v), W.grad[r][c].item())
        for r, v in enumerate(ref['db'][l]):
            compare('mlp-gradients', i, f'db{l+1}[{r}]', num(v), b.grad[r].item())

def exact(kind, i, what, ours, theirs):
    s = stat(kind)
    s['values'] += 1
    # Equal to 40 digits (sympy's closed forms of cubic roots carry imaginary parts that cancel).
    d = sp.N(sp.sympify(ours) - theirs, 60)
    if abs(sp.re(d)) > 1e-40 or abs(sp.im(d)) > 1e-40:
        s['disagree'] += 1
        out.append({'case': i, 'kind': kind, 'what': what, 'gradecheck': str(ours), 'independent': str(theirs)})

def gd(i, g, ref):
    A = sp.Matrix(g['matrix'])
    H = A + A.T  # the Hessian of f(u) = uᵀAu
    ev = sorted(H.eigenvals(multiple=True), key=lambda e: float(sp.re(sp.N(e, 50))))
    stat('gd-step-size')['problems'] += 1
    for r in range(H.rows):
        for c in range(H.cols):
            exact('gd-step-size', i, f'hessian[{r}][{c}]', ref['hessian'][r][c], H[r, c])
    for j, e in enumerate(ev):
        exact('gd-step-size', i, f'eigenvalue {j+1}', ref['eigenvalues'][j], e)
    lo, hi = ev[0], ev[-1]
    nonzero = [e for e in ev if abs(sp.N(e, 60)) > 1e-40]
    if sp.re(sp.N(lo, 50)) < -1e-40 or not nonzero:
        # no minimum (a negative eigenvalue), or H = 0 (f constant: every η > 0 converges)
        want_range = 'none' if nonzero else '0 < eta'
        stat('gd-step-size')['values'] += 1
        if ref['range'] != want_range:
            stat('gd-step-size')['disagree'] += 1
            out.append({'case': i, 'kind': 'gd-step-size', 'what': 'range', 'gradecheck': ref['range'], 'independent': want_range})
        return
    exact('gd-step-size', i, 'range upper bound', ref['bound'], 2 / hi)
    exact('gd-step-size', i, 'optimal', ref['optimal'], 2 / (min(nonzero, key=lambda e: float(sp.re(sp.N(e, 50)))) + hi))

def params(i, g, answers):
    shape = list(g['input'])
    x = torch.zeros([1] + shape)
    s = stat('param-count')
    s['problems'] += 1
    total = 0
    rows = answers['layers']
    for j, L in enumerate(g['layers']):
        t = L['type']
        if t == 'conv':
            m = torch.nn.Conv2d(x.shape[1], L['filters'], L['kernel'], stride=L.get('stride', 1), padding=L.get('padding', 0), bias=L.get('bias', True))
        elif t in ('maxpool', 'avgpool'):
            cls = torch.nn.MaxPool2d if t == 'maxpool' else torch.nn.AvgPool2d
            m = cls(L['size'], stride=L.get('stride', L['size']))
        elif t == 'flatten':
            m = torch.nn.Flatten()
        elif t == 'dense':
            m = torch.nn.Linear(x.shape[1], L['units'], bias=L.get('bias', True))
        elif t == 'batchnorm':
            m = torch.nn.BatchNorm2d(x.shape[1]) if x.dim() == 4 else torch.nn.BatchNorm1d(x.shape[1])
            m.eval()
        else:
            m = {'relu': torch.nn.ReLU(), 'sigmoid': torch.nn.Sigmoid(), 'tanh': torch.nn.Tanh(), 'dropout': torch.nn.Dropout(), 'softmax': torch.nn.Softmax(dim=1)}[t]
            m.eval()
        x = m(x)
        n = sum(p.numel() for p in m.parameters() if p.requires_grad)
        total += n
        for what, ours, theirs in (('out', rows[j]['out'], list(x.shape[1:])), ('params', rows[j]['params'], n)):
            s['values'] += 1
            if ours != theirs:
                s['disagree'] += 1
                out.append({'case': i, 'kind': 'param-count', 'what': f'layer {j+1} {what}', 'gradecheck': ours, 'independent': theirs})
    s['values'] += 1
    if answers['total'] != total:
        s['disagree'] += 1
        out.append({'case': i, 'kind': 'param-count', 'what': 'total', 'gradecheck': answers['total'], 'independent': total})

for i, c in enumerate(cases):
    if c['kind'] == 'mlp-gradients': mlp(i, c['given'], c['reference'])
    elif c['kind'] == 'gd-step-size': gd(i, c['given'], c['reference'])
    else: params(i, c['given'], c['answers'])
for s in summary.values():
    if not s['skipped']: del s['skipped']
    if s['worst'] == 0.0: del s['worst']
print(json.dumps({'disagreements': out, 'summary': summary, 'torch': torch_values}))
