# An independent implementation of kind `graph` (docs/graph-language.md) in PyTorch float64
# autograd, for dev/graph-differential.mjs and for computing the bundled students' mistakes.
# It shares nothing with the TypeScript kind: its own tokenizer and parser, PyTorch's operations.
#
#   /usr/bin/python3 dev/graph_torch.py problem.yaml      one problem: values and gradients as JSON
#   /usr/bin/python3 dev/graph_torch.py --batch < in.json  a JSON list of `given` blocks (or
#                                                          {given, mistakes}) -> a list
#
# Output per problem: {"values": {name: nested list or number}, "grads": {name: ...}} where grads
# holds ∂loss/∂name for every param, input and graph tensor (zeros where the loss does not depend
# on it). `mistakes` (a dict) lets a caller change one rule, to compute a typical wrong answer:
# see dev/graph_mistakes.py.
import json, math, os, sys
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

torch.set_default_dtype(torch.float64)

from graph_parse import GraphError, Parser  # noqa: E402  (dev/, beside this file)


# Each function: its parameter names in order (PyTorch's), with defaults (a required one is a
# plain name). ALIASES: the other spellings of functions and keywords.
SIGNATURES = {
    'transpose': ['x', ('dim0', None), ('dim1', None)],
    'sum': ['x', ('axis', None), ('keepdims', False)], 'mean': ['x', ('axis', None), ('keepdims', False)],
    'reshape': ['x', 'shape'], 'concat': ['tensors', ('axis', 0)],
    'relu': ['x'], 'leaky_relu': ['x', ('alpha', 0.01)], 'sigmoid': ['x'], 'tanh': ['x'],
    'exp': ['x'], 'log': ['x'], 'sqrt': ['x'], 'pow': ['x', 'p'],
    'softmax': ['x', ('axis', -1)], 'log_softmax': ['x', ('axis', -1)],
    'max_pool2d': ['x', 'kernel', ('stride', None), ('padding', 0)],
    'avg_pool2d': ['x', 'kernel', ('stride', None), ('padding', 0)],
    'conv2d': ['x', 'weight', ('bias', None), ('stride', 1), ('padding', 0)],
    'batch_norm': ['x', ('gamma', None), ('beta', None), ('eps', 1e-5)],
    'layer_norm': ['x', ('gamma', None), ('beta', None), ('eps', 1e-5)],
    'dropout': ['x', 'mask', ('p', None)],
    'attention': ['Q', 'K', 'V', ('mask', None)],
    'half_sse': ['y', 't'], 'sse': ['y', 't'], 'mse': ['y', 't'],
    'cross_entropy': ['logits', 'target', ('label_smoothing', 0)],
    'bce': ['p', 't'], 'l2': ['x'],
    'stop': ['x'], 'gscale': ['x', 'k'],
}
ALIASES = {'cat': 'concat', 'dim': 'axis', 'alpha': 'alpha', 'negative_slope': 'alpha', 'smoothing': 'label_smoothing',
           'W': 'weight', 'w': 'weight', 'b': 'bias', 'weights': 'weight', 'kernel_size': 'kernel', 'size': 'kernel',
           'epsilon': 'eps', 'keepdim': 'keepdims', 'exponent': 'p', 'y_true': 't', 'target': 't'}


def bind(fn, args, kw):
    sig = SIGNATURES.get(fn)
    if sig is None:
        raise GraphError(f'unknown function {fn!r}')
    names = [s if isinstance(s, str) else s[0] for s in sig]
    if fn == 'concat' and len(args) >= 1 and not (args[0][0] == 'list'):
        # concat(a, b, ..., axis=k): every positional argument a tensor
        args = [('list', args)] if args else args
    if fn in ('conv2d',) and len(args) >= 3 and args[2][0] == 'num':
        args = args[:2] + [('const', None)] + args[2:]  # conv2d(x, w, stride, padding): no bias
    if len(args) > len(names):
        raise GraphError(f'{fn}: too many arguments')
    out = dict(zip(names, args))
    for k, v in kw.items():
        k2 = k if k in names else ALIASES.get(k, k)
        if fn == 'cross_entropy' and k in ('target', 't'):
            k2 = 'target'
        if k2 not in names:
            raise GraphError(f'{fn}: unknown argument {k!r}')
        if k2 in out:
            raise GraphError(f'{fn}: {k!r} given twice')
        out[k2] = v
    for s in sig:
        n = s if isinstance(s, str) else s[0]
        if n not in out:
            if isinstance(s, str):
                raise GraphError(f'{fn}: {n!r} is required')
            out[n] = ('const', s[1])
    return out


def number(v):
    if isinstance(v, str):  # "1/3" in given data
        from fractions import Fraction
        return float(Fraction(v.replace(' ', '')))
    if isinstance(v, list):
        return [number(x) for x in v]
    return float(v)


def to_tensor(v):
    return torch.tensor(number(v), dtype=torch.float64)


class Evaluator:
    def __init__(self, env, mistakes=None):
        self.env = env
        self.m = mistakes or {}
        self.kinks = []  # a ReLU input within 1e-9 of 0, a max-pool window with a tie: either convention holds

    def scalar(self, e):
        """A compile-time number (axis, stride, alpha, eps, exponent): a constant expression."""
        if e[0] == 'const':
            return e[1]
        v = self.ev(e)
        if isinstance(v, torch.Tensor):
            if v.numel() != 1:
                raise GraphError('a number was expected')
            return v.item()
        return v

    def integer(self, e):
        v = self.scalar(e)
        if v is None:
            return None
        if float(v) != int(v):
            raise GraphError('an integer was expected')
        return int(v)

    def ints(self, e):
        if e[0] == 'list':
            return [self.integer(x) for x in e[1]]
        v = self.integer(e)
        return v

    def tensor(self, e):
        if e[0] == 'const':
            return None if e[1] is None else to_tensor(e[1])
        v = self.ev(e)
        return v if isinstance(v, torch.Tensor) else to_tensor(v)

    def ev(self, e):
        k = e[0]
        if k == 'num':
            return to_tensor(float(e[1]))
        if k == 'name':
            if e[1] in ('True', 'False'):
                return e[1] == 'True'
            if e[1] not in self.env:
                raise GraphError(f'unknown name {e[1]!r}')
            return self.env[e[1]]
        if k == 'neg':
            return -self.tensor(e[1])
        if k == 'list':
            return to_tensor([self.scalar(x) for x in e[1]])
        if k == 'bin':
            a, b = self.tensor(e[2]), self.tensor(e[3])
            return {'+': lambda: a + b, '-': lambda: a - b, '*': lambda: a * b, '/': lambda: a / b,
                    '@': lambda: a @ b}[e[1]]()
        if k == 'index':
            x = self.tensor(e[1])
            idx = tuple(i[1] if i[0] == 'at' else slice(i[1], i[2], i[3]) for i in e[2])
            return x[idx]
        if k == 'call':
            return self.call(e[1], bind(ALIASES.get(e[1], e[1]) if e[1] in ALIASES and e[1] not in SIGNATURES else e[1], e[2], e[3]))
        raise GraphError(f'bad node {k}')

    def call(self, fn, a):
        T, S, I = self.tensor, self.scalar, self.integer
        m = self.m
        if fn == 'transpose':
            x = T(a['x'])
            d0, d1 = I(a['dim0']), I(a['dim1'])
            if d0 is None:
                return x.transpose(-2, -1) if x.dim() >= 2 else x
            return x.transpose(d0, d1)
        if fn in ('sum', 'mean'):
            x, ax, keep = T(a['x']), self.ints(a['axis']), bool(S(a['keepdims']))
            f = torch.sum if fn == 'sum' else torch.mean
            return f(x) if ax is None else f(x, dim=ax, keepdim=keep)
        if fn == 'reshape':
            return T(a['x']).reshape(self.ints(a['shape']))
        if fn == 'concat':
            return torch.cat([T(x) for x in a['tensors'][1]], dim=I(a['axis']))
        if fn == 'stop':  # dev only, for a student's missing path: a use that carries no gradient
            return T(a['x']).detach()
        if fn == 'gscale':  # dev only, for a student's wrong factor: the value, its gradient times k
            x, k = T(a['x']), S(a['k'])
            return x.detach() + (x - x.detach()) * k
        if fn in ('relu', 'leaky_relu'):
            x = T(a['x'])
            if (x.detach().abs() < 1e-9).any():
                self.kinks.append(f'{fn} input 0')
        if fn == 'relu':
            x = T(a['x'])
            return mistake_relu(x, m) if 'relu' in m else x * (settled(x) > 0)
        if fn == 'leaky_relu':
            x = T(a['x'])
            return torch.where(settled(x) > 0, x, x * S(a['alpha']))
        if fn == 'sigmoid':
            x = T(a['x'])
            return mistake_sigmoid(x) if m.get('sigmoid') == 'value-for-derivative' else torch.sigmoid(x)
        if fn == 'tanh':
            x = T(a['x'])
            return mistake_tanh(x) if m.get('tanh') == 'value-for-derivative' else torch.tanh(x)
        if fn == 'exp':
            return torch.exp(T(a['x']))
        if fn == 'log':
            return torch.log(T(a['x']))
        if fn == 'sqrt':
            return torch.sqrt(T(a['x']))
        if fn == 'pow':
            return torch.pow(T(a['x']), S(a['p']))
        if fn in ('softmax', 'log_softmax'):
            x, ax = T(a['x']), I(a['axis'])
            if m.get('softmax') == 'diagonal-only':
                s = mistake_softmax_diag(x, ax)
                return torch.log(s) if fn == 'log_softmax' else s
            return torch.softmax(x, dim=ax) if fn == 'softmax' else torch.log_softmax(x, dim=ax)
        if fn in ('max_pool2d', 'avg_pool2d'):
            x, k, st = T(a['x']), self.ints(a['kernel']), self.ints(a['stride'])
            f = F.max_pool2d if fn == 'max_pool2d' else F.avg_pool2d
            if fn == 'max_pool2d' and pool_tie(x.detach(), k, k if st is None else st, self.ints(a['padding'])):
                self.kinks.append('max_pool2d tie')
            if fn == 'max_pool2d':
                return max_pool(x, k, k if st is None else st, self.ints(a['padding']))
            return f(x, k, stride=k if st is None else st, padding=self.ints(a['padding']))
        if fn == 'conv2d':
            return F.conv2d(T(a['x']), T(a['weight']), T(a['bias']), stride=self.ints(a['stride']), padding=self.ints(a['padding']))
        if fn == 'batch_norm':
            x, g, b, eps = T(a['x']), T(a['gamma']), T(a['beta']), S(a['eps'])
            if m.get('batch_norm') or x.numel() == x.shape[1]:  # PyTorch refuses one value per channel: the formula holds
                return batch_norm(x, g, b, eps, m)
            return F.batch_norm(x, None, None, g, b, training=True, eps=eps)
        if fn == 'layer_norm':
            x, g, b, eps = T(a['x']), T(a['gamma']), T(a['beta']), S(a['eps'])
            return F.layer_norm(x, (x.shape[-1],), g, b, eps)
        if fn == 'dropout':
            x, mask, p = T(a['x']), T(a['mask']), S(a['p'])
            return x * mask if p is None else x * mask / (1 - p)
        if fn == 'attention':
            Q, K, V = T(a['Q']), T(a['K']), T(a['V'])
            s = Q @ K.transpose(-2, -1) / math.sqrt(Q.shape[-1])
            if a['mask'][1] is not None:
                mask = T(a['mask'])
                s = s.masked_fill(mask == 0, float('-inf'))
            if m.get('softmax') == 'diagonal-only':
                return mistake_softmax_diag(s, -1) @ V
            return torch.softmax(s, dim=-1) @ V
        if fn in ('half_sse', 'sse', 'mse'):
            y, t = T(a['y']), T(a['t'])
            d = y - t.reshape(y.shape) if t.numel() == y.numel() else y - t
            if fn == 'mse':
                return (d ** 2).mean()
            return (d ** 2).sum() * (m.get('half_sse_factor', 0.5) if fn == 'half_sse' else 1)
        if fn == 'cross_entropy':
            z, t, ls = T(a['logits']), T(a['target']), S(a['label_smoothing'])
            if z.dim() == 1:
                z, t = z.unsqueeze(0), t.unsqueeze(0)
            if t.dim() == z.dim() - 1:
                t = t.long()
            return F.cross_entropy(z, t, label_smoothing=float(ls))
        if fn == 'bce':
            p, t = T(a['p']), T(a['t'])
            if ((p.detach() < 1e-9) | (p.detach() > 1 - 1e-9)).any():
                self.kinks.append('bce of a probability within 1e-9 of 0 or 1: beyond float64 (PyTorch clamps the log at -100)')
            return F.binary_cross_entropy(p, t.reshape(p.shape))
        if fn == 'l2':
            return (T(a['x']) ** 2).sum() * L2_FACTOR
        raise GraphError(f'unknown function {fn!r}')


L2_FACTOR = 1  # l2(w) = Σ w², no ½ (docs/graph-language.md)


def settled(x):
    """x to 1e-9: a kink or a tie that is exact in rationals (0.1 + 0.2 − 0.3) is one in float64
    too, so PyTorch's convention (ReLU'(0) = 0, the first maximum) holds at all of them alike,
    not at those float64 noise happens to leave at exactly 0 or equal."""
    return torch.round(x.detach() * 1e9) / 1e9


def max_pool(x, k, st, pad):
    """F.max_pool2d choosing its maxima on settled values (the first of a tie, PyTorch's order),
    then taking them from x itself, so the gradient flows as PyTorch's does."""
    _, idx = F.max_pool2d(settled(x), k, stride=st, padding=pad, return_indices=True)
    return x.flatten(-2).gather(-1, idx.flatten(-2)).view(idx.shape)


def pool_tie(x, k, st, pad):
    x4 = x if x.dim() == 4 else x.unsqueeze(0)
    n, c = x4.shape[0], x4.shape[1]
    x4 = F.pad(x4, [pad] * 4, value=float('-inf'))
    kk = k if isinstance(k, (list, tuple)) else (k, k)
    u = F.unfold(x4.reshape(n * c, 1, *x4.shape[2:]), kk, stride=st)  # (n·c, k·k, windows)
    top = u.sort(dim=1, descending=True).values
    return bool(((top[:, 0] - top[:, 1]) < 1e-9).any()) if top.shape[1] > 1 else False


def batch_norm(x, g, b, eps, m):
    dims = [0] if x.dim() == 2 else [0, 2, 3]
    shape = [1, -1] + [1] * (x.dim() - 2)
    mu = x.mean(dim=dims, keepdim=True)
    var = ((x - mu) ** 2).mean(dim=dims, keepdim=True)
    if m.get('batch_norm') == 'no-stat-paths':
        mu, var = mu.detach(), var.detach()  # the paths through the mean and variance left out
    y = (x - mu) / torch.sqrt(var + eps)
    if g is not None:
        y = y * g.reshape(shape)
    if b is not None:
        y = y + b.reshape(shape)
    return y


# --- typical mistakes: a forward function whose value is right and whose derivative is wrong ---
class _Swap(torch.autograd.Function):
    """Forward: value; backward: upstream * slope, slope given (the student's wrong local derivative)."""
    @staticmethod
    def forward(ctx, x, value, slope):
        ctx.save_for_backward(slope)
        return value

    @staticmethod
    def backward(ctx, g):
        (slope,) = ctx.saved_tensors
        return g * slope, None, None


def mistake_sigmoid(x):
    s = torch.sigmoid(x.detach())
    return _Swap.apply(x, s, s)  # σ used for σ(1 − σ)


def mistake_tanh(x):
    t = torch.tanh(x.detach())
    return _Swap.apply(x, t, t)  # tanh used for 1 − tanh²


def mistake_relu(x, m):
    r = torch.relu(x.detach())
    return _Swap.apply(x, r, r)  # ReLU's derivative taken at the output: r itself as the slope


class _SoftmaxDiag(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, axis):
        s = torch.softmax(x, dim=axis)
        ctx.save_for_backward(s)
        return s

    @staticmethod
    def backward(ctx, g):
        (s,) = ctx.saved_tensors
        return g * s * (1 - s), None  # ∂s_i/∂z_i only


def mistake_softmax_diag(x, axis):
    return _SoftmaxDiag.apply(x, axis)


def run(given, mistakes=None):
    """Values and gradients of one problem's `given` block."""
    env, leaves = {}, []
    for group in ('inputs', 'params'):
        for k, v in (given.get(group) or {}).items():
            t = to_tensor(v).requires_grad_(True)
            env[k] = t
            leaves.append(k)
    for k, v in (given.get('targets') or {}).items():
        env[k] = to_tensor(v)
    ev = Evaluator(env, mistakes)
    order = []
    for line in given['graph']:
        name, e = Parser(line).statement()
        if name in env:
            raise GraphError(f'{name} is defined twice')
        v = ev.tensor(e)
        if v.requires_grad:
            v.retain_grad()
        env[name] = v
        order.append(name)
    loss = env[given.get('loss', order[-1])]
    loss.backward()
    values = {k: env[k].tolist() for k in leaves + order}
    grads = {}
    for k in leaves + order:
        g = env[k].grad
        grads[k] = (g if g is not None else torch.zeros_like(env[k])).tolist()
    return {'values': values, 'grads': grads, **({'kinks': ev.kinks} if ev.kinks else {})}


def flat(v):
    return [y for x in v for y in flat(x)] if isinstance(v, list) else [v]


def load(path):
    text = open(path).read()
    if path.endswith('.json'):
        return json.loads(text)
    import yaml
    return yaml.safe_load(text)


if __name__ == '__main__':
    if '--batch' in sys.argv:
        out = []
        for g in json.load(sys.stdin):
            try:
                # a given block, or {given, mistakes} (a student's mistake made: dev/graph-diagnoses.mjs)
                r = run(g['given'], g.get('mistakes')) if 'given' in g else run(g)
                if not all(math.isfinite(x) for d in (r['values'], r['grads']) for v in d.values() for x in flat(v)):
                    r = {'kinks': ['float64 overflow or NaN: a figure beyond float64']}
                out.append(r)
            except Exception as e:  # one broken graph does not stop the batch
                out.append({'error': f'{type(e).__name__}: {e}'})
        print(json.dumps(out))
    else:
        p = load(sys.argv[1])
        print(json.dumps(run(p.get('given', p))))
