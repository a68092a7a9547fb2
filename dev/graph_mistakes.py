# The bundled graph student's wrong numbers (solutions/graph-student.yaml), computed, never
# guessed: each problem of problems/graph/ run through dev/graph_torch.py with the student's
# mistake made (a use cut, a gradient scaled, a wrong local derivative), then written as the
# student writes them (5 significant figures). `/usr/bin/python3 dev/graph_mistakes.py`
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import graph_torch as gt

ROOT = os.path.join(os.path.dirname(__file__), '..', 'problems', 'graph')

# problem id -> (graph lines replaced, mistake modes, post-processing of named results, comment)
MISTAKES = {
    'graph-warmup': ({}, {}, {'db': 'negate'}, 'db: the signs of ∂s/∂b and ∂t/∂b swapped (s − t instead of t − s)'),
    'graph-sigmoid-neuron': ({'L = sse(p, y)': 'L = sse(gscale(p, 0.5), y)'}, {'sigmoid': 'value-for-derivative'}, {},
                             'dp = p − y (the 2 of the square forgotten: half the gradient); dz = dp·σ(z), σ used for σ(1 − σ)'),
    'graph-rnn-bptt': ({'h2 = tanh(x2 @ Wx + h1 @ Wh + b)': 'h2 = tanh(x2 @ Wx + stop(h1) @ Wh + b)'}, {}, {'dh1': 'omit'},
                       'dWh, dWx, db through the last time step only (h1 treated as a constant)'),
    'graph-batchnorm': ({}, {'batch_norm': 'no-stat-paths'}, {}, 'dx = dout·γ/√(σ² + ε): the paths through the mean and the variance left out'),
    'graph-attention': ({}, {'softmax': 'diagonal-only'}, {}, 'dS = A(1 − A)·dA: only the diagonal of the softmax Jacobian'),
    'graph-residual': ({'z = x @ W1 + b1': 'z = stop(x) @ W1 + b1'}, {}, {'db1': 'unsummed'},
                       'dx through the skip connection only; db1 not summed over the batch (dz itself)'),
    'graph-softmax-ce': ({}, {}, {'dW': 'transpose'}, 'dW = dzᵀ x: the transpose of xᵀ dz'),
}


def fmt(v):
    if isinstance(v, list):
        return '[' + ', '.join(fmt(x) for x in v) + ']'
    r = float(f'{v:.5g}')
    return str(int(r)) if r == int(r) and abs(r) < 1e15 else repr(r)


def student(pid):
    import yaml
    prob = yaml.safe_load(open(os.path.join(ROOT, pid + '.yaml')))
    lines, modes, post, why = MISTAKES[pid]
    given = dict(prob['given'])
    given['graph'] = [lines.get(l, l) for l in given['graph']]
    r = gt.run(given, modes)
    out = {}
    for part in prob['parts']:
        name = part[1:] if part.startswith('d') and part not in r['values'] else None
        v = r['grads'][name] if name else r['values'][part]
        how = post.get(part)
        if how == 'omit':
            continue
        if how == 'negate':
            v = -v
        if how == 'transpose':
            v = [list(c) for c in zip(*v)]
        if how == 'unsummed':
            v = r['grads'][given['graph'][0].split('=')[0].strip()]  # the upstream, not summed over the batch
        out[part] = v
    return why, out


if __name__ == '__main__':
    for pid in MISTAKES:
        why, out = student(pid)
        print(f'  {pid}:\n    # {why}')
        for k, v in out.items():
            print(f'    {k}: {fmt(v)}')
