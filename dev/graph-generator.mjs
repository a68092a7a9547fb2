// Random problems of kind `graph` for dev/graph-differential.mjs: every operation of the language
// (docs/graph-language.md) in turn as a graph's featured operation, with one to three others
// around it and a loss, small exact numbers (integers, tenths, quarters), tensors used more than
// once (x * x, residual branches, shared weights, Q/K/V from one tensor, two RNN steps).
export function generator(seed0) {
  let seed = seed0;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[int(0, xs.length - 1)];
  const val = () => pick([() => int(-2, 2), () => int(-20, 20) / 10, () => int(-8, 8) / 4])();
  const small = () => pick([() => int(-10, 10) / 10, () => int(-4, 4) / 4])();
  const tensor = (shape, f = val) => (shape.length === 0 ? f() : Array.from({ length: shape[0] }, () => tensor(shape.slice(1), f)));
  const numel = (s) => s.reduce((a, b) => a * b, 1);

  function problem(feature, lossKind) {
    const given = { inputs: {}, params: {}, targets: {}, graph: [] };
    const shapes = new Map();
    let nh = 0, nx = 0, nw = 0, nt = 0;
    const frozen = []; // masks: no gradient (gradecheck has no part d<mask>)
    const input = (shape, f = val) => { const n = `x${++nx}`; given.inputs[n] = tensor(shape, f); shapes.set(n, shape); return n; };
    const param = (shape, prefix = 'W', f = small) => { const n = `${prefix}${++nw}`; given.params[n] = tensor(shape, f); shapes.set(n, shape); return n; };
    const target = (value, shape) => { const n = `t${++nt}`; given.targets[n] = value; shapes.set(n, shape); return n; };
    const line = (expr, shape) => { const n = `h${++nh}`; given.graph.push(`${n} = ${expr}`); shapes.set(n, shape); return n; };
    const sh = (n) => shapes.get(n);
    // An existing tensor of this shape (a reuse) or a new input.
    const same = (shape) => {
      const olds = [...shapes].filter(([k, s]) => !k.startsWith('t') && !frozen.includes(k) && s.join() === shape.join()).map(([k]) => k);
      return olds.length && rnd() < 0.5 ? pick(olds) : input(shape);
    };
    const positive = (c) => pick([`(1 + ${c} * ${c})`, `exp(${c})`, `sigmoid(${c})`, `(${c} * ${c} + 0.5)`]);

    // Each operation takes the current rank-2 tensor and returns the next one (lines added).
    const ops = {
      matmul(c) { const [n, d] = sh(c), k = int(1, 4); const W = param([d, k]); return rnd() < 0.5 ? line(`${c} @ ${W} + ${param([k], 'b')}`, [n, k]) : line(`${c} @ ${W}`, [n, k]); },
      matvec(c) {
        const [n, d] = sh(c);
        if (rnd() < 0.3) return line(`${c} * (${c}[0] @ ${c}[-1])`, [n, d]); // vector · vector: a scalar
        const v = line(`${c} @ ${param([d], 'v')}`, [n]);
        return line(`reshape(${v}, [${n}, 1])`, [n, 1]);
      },
      vecmat(c) { const [n, d] = sh(c); const r = line(`${c}[0]${rnd() < 0.3 ? '.T' : ''} @ ${param([d, 2])}`, [2]); return line(`${c} * ${r}[1] + ${r}[0]`, [n, d]); },
      add(c) { const [n, d] = sh(c); return line(pick([`${c} + ${param([d], 'b')}`, `${c} + ${param([1, d], 'b')}`, `${c} + ${input([n, 1])}`, `${c} + 0.5`, `${c} + .5`, `2 - ${c}`, `${input([])} + ${c}`, `${same([n, d])} + ${c}`]), [n, d]); },
      sub(c) { const [n, d] = sh(c); return line(pick([`${c} - ${same([n, d])}`, `${input([n, 1])} - ${c}`, `${c} - ${param([d], 'b')}`, `-${c} - 1`, `+${c} - 1e-1`]), [n, d]); },
      mul(c) { const [n, d] = sh(c); return line(pick([`${c} * ${c}`, `${c} * ${same([n, d])}`, `0.5 * ${c}`, `1e-1 * ${c}`, `${input([])} * ${c}`, `${c} * ${param([d], 'g')}`, `${input([n, 1])} * ${c} * 3`]), [n, d]); },
      div(c) { const [n, d] = sh(c); return line(pick([`${c} / 2`, `${c} / ${positive(same([n, d]))}`, `${c} / ${positive(c)}`, `1 / ${positive(c)}`, `${c} / 4 * 3`]), [n, d]); },
      transpose(c) { const [n, d] = sh(c); return pick([() => line(`${c}.T`, [d, n]), () => line(`transpose(${c})`, [d, n]), () => line(`transpose(${c}, 0, 1) @ ${param([n, 2])}`, [d, 2]), () => line(`${c} @ ${c}.T`, [n, n])])(); },
      sum(c) {
        const [n, d] = sh(c);
        return pick([() => line(`sum(${c}, dim=1, keepdim=True)`, [n, 1]), () => line(`${c} - sum(${c}, 0) / ${n}`, [n, d]),
          () => line(`reshape(sum(${c}, axis=1), [${n}, 1]) * ${c}`, [n, d]), () => line(`${c} * sum(${c})`, [n, d])])();
      },
      mean(c) {
        const [n, d] = sh(c);
        return pick([() => line(`${c} - mean(${c}, dim=1, keepdim=True)`, [n, d]), () => line(`mean(${c}, 0, True) + ${c}`, [n, d]),
          () => line(`${c} * mean(${c})`, [n, d]), () => line(`reshape(mean(${c}, -1), [${n}, 1])`, [n, 1])])();
      },
      reshape(c) {
        const [n, d] = sh(c);
        return pick([() => line(`reshape(${c}, [${d}, ${n}])`, [d, n]), () => line(`reshape(${c}, [1, -1])`, [1, n * d]),
          () => line(`reshape(reshape(${c}, [-1]), [${n}, ${d}]) + ${c}`, [n, d])])();
      },
      concat(c) {
        const [n, d] = sh(c);
        return pick([() => line(`concat([${c}, ${same([n, 2])}], dim=1)`, [n, d + 2]), () => line(`concat([${c}, ${input([1, d])}, ${c}], dim=0)`, [2 * n + 1, d]),
          () => line(`concat([${c}, tanh(${c})], axis=1)`, [n, 2 * d]), () => line(`concat([${input([2, d])}, ${c}])`, [n + 2, d])])();
      },
      slice(c) {
        const [n, d] = sh(c);
        const opts = [() => line(`reshape(${c}[0], [1, ${d}]) + ${c}`, [n, d]), () => line(`${c}[:, -1:] * ${c}`, [n, d])];
        if (d >= 2) opts.push(() => line(`${c}[:, 0:${d - 1}]`, [n, d - 1]), () => line(`${c}[:, ::2]`, [n, Math.ceil(d / 2)]), () => line(`${c}[:, 1] @ ${c}[:, 0:2]`, [2]));
        if (n >= 2) opts.push(() => line(`${c}[1:]`, [n - 1, d]), () => line(`${c}[1:, :] - ${c}[0:${n - 1}, :]`, [n - 1, d]), () => line(`${c}[-1] * ${c}`, [n, d]));
        const r = pick(opts)();
        return sh(r).length === 1 ? line(`reshape(${r}, [1, ${sh(r)[0]}])`, [1, sh(r)[0]]) : r;
      },
      relu(c) { const [n, d] = sh(c); return line(pick([`relu(${c})`, `relu(${c} @ ${param([d, d])} + ${param([d], 'b')}) + ${c}`]), [n, d]); },
      leaky_relu(c) { const [n, d] = sh(c); return line(pick([`leaky_relu(${c})`, `leaky_relu(${c}, 0.1)`, `leaky_relu(${c}, negative_slope=0.2)`, `leaky_relu(${c}, 1/3)`]), [n, d]); },
      sigmoid(c) { return line(pick([`sigmoid(${c})`, `${c} * sigmoid(${c})`]), sh(c)); },
      tanh(c) { return line(pick([`tanh(${c})`, `tanh(2 * ${c}) - ${c}`]), sh(c)); },
      exp(c) { return line(pick([`exp(${c})`, `exp(-${c} * ${c})`, `exp(${c} / 2) - 1`]), sh(c)); },
      log(c) { return line(pick([`log(${positive(c)})`, `log(1 + exp(${c}))`]), sh(c)); },
      sqrt(c) { return line(pick([`sqrt(${positive(c)})`, `sqrt(${c} * ${c} + 1) * ${c}`]), sh(c)); },
      pow(c) { return line(pick([`pow(${c}, 2)`, `pow(${c}, 3)`, `pow(${positive(c)}, 1/2)`, `pow(${positive(c)}, -1)`, `pow(${positive(c)}, 0.5)`, `pow(${positive(c)}, 3/2)`, `pow(${positive(c)}, -2/3)`]), sh(c)); },
      softmax(c) { const [n, d] = sh(c); return line(pick([`softmax(${c}, dim=1)`, `softmax(${c})`, `softmax(${c}, 0)`, `softmax(${c}, dim=-1) * ${c}`, `${input([n, d])} * softmax(${c}, axis=1)`]), [n, d]); },
      log_softmax(c) { return line(pick([`log_softmax(${c}, dim=1)`, `log_softmax(${c})`, `log_softmax(${c}, 0)`]), sh(c)); },
      conv2d(c) { return image(c, 'conv'); },
      max_pool2d(c) { return image(c, 'max'); },
      avg_pool2d(c) { return image(c, 'avg'); },
      batch_norm(c) {
        const [n, d] = sh(c);
        if (rnd() < 0.3) return image(c, 'bn');
        return line(pick([`batch_norm(${c}, ${param([d], 'g')}, ${param([d], 'be')}, eps=0.01)`, `batch_norm(${c})`, `batch_norm(${c}, ${param([d], 'g')}, ${param([d], 'be')}, 1/10)`,
          `batch_norm(${c}, eps=1/4) + ${c}`, `batch_norm(${c}, ${param([d], 'g')})`]), [n, d]);
      },
      layer_norm(c) {
        const [n, d] = sh(c);
        return line(pick([`layer_norm(${c}, ${param([d], 'g')}, ${param([d], 'be')}, eps=0.01)`, `layer_norm(${c})`, `layer_norm(${c}, ${param([d], 'g')}, ${param([d], 'be')}, 0.1)`]), [n, d]);
      },
      dropout(c) {
        const [n, d] = sh(c);
        const bit = () => (rnd() < 0.6 ? 1 : 0);
        const m = rnd() < 0.7 ? input([n, d], bit) : input([d], bit);
        frozen.push(m);
        return line(`dropout(${c}, ${m}, ${pick(['0.5', '0.25', '1/3', '0.2'])})`, [n, d]);
      },
      attention(c) {
        const [n, d] = sh(c);
        const dk = pick([1, 2, 4]), dv = int(1, 3);
        const Q = line(`${c} @ ${param([d, dk])}`, [n, dk]);
        const cross = rnd() < 0.3 ? input([int(1, 3), d]) : c;
        const m = sh(cross)[0];
        const K = line(`${cross} @ ${param([d, dk])}`, [m, dk]), V = line(`${cross} @ ${param([d, dv])}`, [m, dv]);
        if (rnd() < 0.5) return line(`attention(${Q}, ${K}, ${V})`, [n, dv]);
        // a mask with at least one 1 in every row: causal when square, else random
        const mask = Array.from({ length: n }, (_, i) => { const r = Array.from({ length: m }, (_, j) => (n === m ? (j <= i ? 1 : 0) : rnd() < 0.6 ? 1 : 0)); if (!r.includes(1)) r[int(0, m - 1)] = 1; return r; });
        const M = `x${++nx}`; given.inputs[M] = mask; shapes.set(M, [n, m]); frozen.push(M);
        return line(`attention(${Q}, ${K}, ${V}, ${M})`, [n, dv]);
      },
      rnn(c) {
        const [n, d] = sh(c), k = int(1, 3);
        const Wx = param([d, k]), Wh = param([k, k]), b = param([k], 'b');
        const h1 = line(`tanh(${c} @ ${Wx} + ${input([n, k])} @ ${Wh} + ${b})`, [n, k]);
        return line(`tanh(${same([n, d])} @ ${Wx} + ${h1} @ ${Wh} + ${b})`, [n, k]);
      },
    };

    // The image path: a rank-4 (or rank-3) input through conv/pool/batch norm, flattened to (N, F).
    function image(c, what) {
      const N = pick([1, 2, 2]), C = int(1, 2), H = int(3, 5), W = int(3, 5), rank3 = N === 1 && rnd() < 0.4;
      let x = input(rank3 ? [C, H, W] : [N, C, H, W], () => int(-40, 40) / 20); // fine steps: fewer pooling ties
      let [ch, h, w] = [C, H, W];
      const conv = () => {
        const F = int(1, 2), k = int(1, Math.min(3, h, w)), kw = rnd() < 0.7 ? k : int(1, Math.min(3, w)), s = int(1, 2), p = int(0, Math.min(1, k - 1, kw - 1));
        const Wt = param([F, ch, k, kw]), b = param([F], 'b');
        const call = pick([`conv2d(${x}, ${Wt}, ${b}, stride=${s}, padding=${p})`, `conv2d(${x}, ${Wt}, ${b}, ${s}, ${p})`, `conv2d(${x}, ${Wt}, stride=${s}, padding=${p})`, `conv2d(${x}, ${Wt}, ${s}, ${p})`]);
        h = Math.floor((h + 2 * p - k) / s) + 1; w = Math.floor((w + 2 * p - kw) / s) + 1; ch = F;
        x = line(call, rank3 ? [ch, h, w] : [N, ch, h, w]);
      };
      const pool = (kind) => {
        if (h < 2 || w < 2) return;
        const k = 2, s = int(1, 2), p = rnd() < 0.2 ? 1 : 0;
        const call = pick([`${kind}_pool2d(${x}, ${k})`, `${kind}_pool2d(${x}, ${k}, ${s})`, `${kind}_pool2d(${x}, kernel_size=${k}, stride=${s}, padding=${p})`]);
        const [ss, pp] = call.endsWith(`${k})`) ? [k, 0] : call.includes('padding') ? [s, p] : [s, 0];
        h = Math.floor((h + 2 * pp - k) / ss) + 1; w = Math.floor((w + 2 * pp - k) / ss) + 1;
        x = line(call, rank3 ? [ch, h, w] : [N, ch, h, w]);
      };
      if (what === 'conv' || rnd() < 0.5) conv();
      if (what === 'bn' && !rank3) x = line(`batch_norm(${x}, ${param([ch], 'g')}, ${param([ch], 'be')}, eps=0.01)`, [N, ch, h, w]);
      if (rnd() < 0.3) x = line(`relu(${x})`, sh(x));
      if (!rank3 && rnd() < 0.15) { x = line(`concat([${x}, tanh(${x})], dim=1)`, [N, 2 * ch, h, w]); ch *= 2; } // channels joined
      if (rnd() < 0.15) x = line(`layer_norm(${x})`, sh(x)); // over the last dimension of an image
      if (rnd() < 0.15) { x = line(`mean(${x}, dim=-1, keepdim=True) + sum(${x}, ${rank3 ? 1 : 2}, True)`, rank3 ? [ch, h, w] : [N, ch, h, w]); }
      if (what === 'max' || what === 'avg') pool(what);
      else if (rnd() < 0.3) pool(pick(['max', 'avg']));
      const flat = line(`reshape(${x}, [${rank3 ? 1 : N}, ${ch * h * w}])`, [rank3 ? 1 : N, ch * h * w]);
      // join the trunk when the batch sizes agree, else the image path is the trunk
      const [n, d] = sh(c);
      return n === sh(flat)[0] ? line(`${c} @ ${param([d, 2])} + ${flat} @ ${param([ch * h * w, 2])}`, [n, 2]) : flat;
    }

    function loss(c) {
      const [n, k] = sh(c);
      const soft = () => { const r = tensor([k], () => int(0, 4)); if (!r.some(Boolean)) r[0] = 1; const s = r.reduce((a, b) => a + b); return r.map((v) => `${v}/${s}`); };
      switch (lossKind) {
        case 'half_sse': return `half_sse(${c}, ${target(tensor([n, k]), [n, k])})`;
        case 'sse': return `sse(${c}, ${target(tensor([n, k]), [n, k])})`;
        case 'mse': return `mse(${c}, ${target(tensor([n, k]), [n, k])})`;
        case 'ce-index': return n === 1 && rnd() < 0.5 ? `cross_entropy(${c}[0], ${target(int(0, k - 1), [])})` : `cross_entropy(${c}, ${target(tensor([n], () => int(0, k - 1)), [n])})`;
        case 'ce-onehot': return `cross_entropy(${c}, ${target(Array.from({ length: n }, () => { const j = int(0, k - 1); return Array.from({ length: k }, (_, i) => +(i === j)); }), [n, k])})`;
        case 'ce-soft':
          if (rnd() < 0.2) return `cross_entropy(${c}[0], ${target(soft(), [k])})`; // one example: logits (C), probabilities (C)
          return `cross_entropy(${c}, ${target(Array.from({ length: n }, soft), [n, k])}${rnd() < 0.5 ? ', label_smoothing=0.1' : ''})`;
        case 'ce-smooth': return `cross_entropy(${c}, ${target(tensor([n], () => int(0, k - 1)), [n])}, ${pick(['0.1', 'label_smoothing=0.2', '1/4'])})`;
        case 'bce': return `bce(${pick([`sigmoid(${c})`, `sigmoid(${c})`, `softmax(${c}, dim=1)`])}, ${target(tensor([n, k], () => pick([0, 1, 0.5, 0.25])), [n, k])})`;
        default: { // l2: a data loss plus weight decay on a parameter (or a named coefficient)
          const W = Object.keys(given.params)[0];
          const lam = rnd() < 0.5 ? '0.01' : input([], () => pick([0.1, 0.5, 0.05]));
          return `mse(${c}, ${target(tensor([n, k]), [n, k])})${W ? ` + ${lam} * l2(${W})` : ` + ${lam} * l2(${c})`}`;
        }
      }
    }

    let c = input([int(1, 4), int(1, 4)]);
    const names = Object.keys(ops);
    const order = [...Array.from({ length: int(0, 2) }, () => pick(names)), feature, ...Array.from({ length: int(0, 1) }, () => pick(names))];
    for (const op of order) c = ops[op](c);
    if (lossKind.startsWith('ce') && sh(c)[1] < 2) c = ops.matmul(c); // a class needs company
    given.graph.push(`L = ${loss(c)}`);
    shapes.set('L', []);
    for (const g of ['inputs', 'params', 'targets']) if (!Object.keys(given[g]).length) delete given[g];
    return { given: { ...given, loss: 'L' }, shapes: Object.fromEntries(shapes), frozen, feature, lossKind };
  }
  return { problem, ops: ['matmul', 'matvec', 'vecmat', 'add', 'sub', 'mul', 'div', 'transpose', 'sum', 'mean', 'reshape', 'concat', 'slice', 'relu', 'leaky_relu', 'sigmoid', 'tanh', 'exp', 'log', 'sqrt', 'pow', 'softmax', 'log_softmax', 'conv2d', 'max_pool2d', 'avg_pool2d', 'batch_norm', 'layer_norm', 'dropout', 'attention', 'rnn'],
    losses: ['half_sse', 'sse', 'mse', 'ce-index', 'ce-onehot', 'ce-soft', 'ce-smooth', 'bce', 'l2'], numel };
}
