// The neural-network operations: softmax and log-softmax along a dimension (with an attention
// mask), 2-D pooling and convolution, batch and layer normalisation (training mode).
import { Dec } from '../numbers/mathjs.js';
import { Num } from '../numbers/num.js';
import { ShapeErr, cmpNear, lnN, type Op, type OpCtx } from './op.js';
import { shapeText, size, strides, zeros, type Tensor } from './tensor.js';

/** The flat indices of each 1-D fiber of `shape` along `dim`. */
export function fibers(shape: number[], dim: number): number[][] {
  const st = strides(shape), n = shape[dim], out: number[][] = [];
  const total = size(shape);
  for (let f = 0; f < total; f++) {
    if (Math.floor(f / st[dim]) % n !== 0) continue;
    out.push(Array.from({ length: n }, (_, i) => f + i * st[dim]));
  }
  return out;
}

const normDim = (dim: number, r: number): number => {
  if (r === 0) throw new ShapeErr('softmax of a scalar');
  if (dim < -r || dim >= r) throw new ShapeErr(`dim ${dim} is outside a tensor of rank ${r}`);
  return (dim + r) % r;
};

export interface SoftmaxAttrs {
  dim: number;
  /** 1 = may attend, 0 = blocked; the scores' shape (attention). */
  mask?: number[];
}

function softmaxData(x: Tensor, a: SoftmaxAttrs): Num[] {
  const out = new Array<Num>(x.data.length);
  for (const fib of fibers(x.shape, normDim(a.dim, x.shape.length))) {
    const live = fib.filter((i) => !a.mask || a.mask[i]);
    if (!live.length) throw new ShapeErr('a row of the attention mask blocks every position');
    const max = live.reduce((m, i) => (x.data[i].cmp(m) > 0 ? x.data[i] : m), x.data[live[0]]);
    // Equal scores give exact equal shares (1/n), as students write them.
    if (live.every((i) => x.data[i].eq(max))) {
      for (const i of fib) out[i] = live.includes(i) ? Num.frac(1, live.length) : Num.ZERO;
      continue;
    }
    const e = live.map((i) => Dec.exp(x.data[i].d.minus(max.d)));
    const s = e.reduce((p, q) => p.plus(q));
    for (const i of fib) out[i] = Num.ZERO;
    live.forEach((i, k) => (out[i] = Num.decimal(e[k].div(s))));
  }
  return out;
}

export const softmax: Op<SoftmaxAttrs> = {
  shape: ([s], a) => (normDim(a.dim, s.length), s),
  forward: ([x], a) => ({ shape: x.shape, data: softmaxData(x, a) }),
  backward(g, [x], y, a, ctx) {
    const dx = zeros(x.shape);
    for (const fib of fibers(x.shape, normDim(a.dim, x.shape.length))) {
      const dot = fib.reduce((s, i) => s.add(g.data[i].mul(y.data[i])), Num.ZERO);
      for (const i of fib) {
        const yi = y.data[i];
        // The Jacobian's diagonal only: σᵢ(1 − σᵢ), the off-diagonal −σᵢσⱼ forgotten.
        dx.data[i] = ctx.mutation === 'softmax-diag' ? g.data[i].mul(yi).mul(Num.ONE.sub(yi)) : yi.mul(g.data[i].sub(dot));
      }
    }
    return [dx];
  },
};

export const logSoftmax: Op<{ dim: number }> = {
  shape: ([s], a) => (normDim(a.dim, s.length), s),
  forward([x], a) {
    const p = softmaxData(x, a);
    return { shape: x.shape, data: p.map((v) => lnN(v)) };
  },
  backward(g, [x], _y, a, ctx) {
    const p = softmaxData(x, a);
    const dx = zeros(x.shape);
    for (const fib of fibers(x.shape, normDim(a.dim, x.shape.length))) {
      const total = fib.reduce((s, i) => s.add(g.data[i]), Num.ZERO);
      for (const i of fib) dx.data[i] = ctx.mutation === 'softmax-diag' ? g.data[i].mul(Num.ONE.sub(p[i])) : g.data[i].sub(p[i].mul(total));
    }
    return [dx];
  },
};

// ---- 2-D pooling and convolution on (N, C, H, W) or (C, H, W) --------------------------------

export interface Window {
  k: [number, number];
  stride: [number, number];
  padding: [number, number];
}
const outSize = (n: number, k: number, s: number, p: number): number => Math.floor((n + 2 * p - k) / s) + 1;

function spatial(s: number[], w: Window, what: string): { N: number; C: number; H: number; W: number; OH: number; OW: number } {
  if (s.length !== 3 && s.length !== 4) throw new ShapeErr(`${what} takes (N, C, H, W) or (C, H, W), not ${shapeText(s)}`);
  const [N, C, H, W] = s.length === 4 ? s : [1, ...s];
  if (w.padding[0] * 2 > w.k[0] || w.padding[1] * 2 > w.k[1]) {
    if (what !== 'conv2d') throw new ShapeErr(`${what}: the padding may be at most half the kernel size`);
  }
  const OH = outSize(H, w.k[0], w.stride[0], w.padding[0]), OW = outSize(W, w.k[1], w.stride[1], w.padding[1]);
  if (OH < 1 || OW < 1) throw new ShapeErr(`${what}: a ${w.k.join('×')} kernel does not fit a ${H}×${W} input with padding ${w.padding[0]}`);
  return { N, C, H, W, OH, OW };
}

/** For each output of a pooling window: the input flat indices inside it (padding left out). */
export function windows(s: number[], w: Window, what: string): number[][] {
  const { N, C, H, W, OH, OW } = spatial(s, w, what);
  const out: number[][] = [];
  for (let n = 0; n < N; n++)
    for (let c = 0; c < C; c++)
      for (let i = 0; i < OH; i++)
        for (let j = 0; j < OW; j++) {
          const cells: number[] = [];
          for (let u = 0; u < w.k[0]; u++)
            for (let v = 0; v < w.k[1]; v++) {
              const h = i * w.stride[0] - w.padding[0] + u, x = j * w.stride[1] - w.padding[1] + v;
              if (h >= 0 && h < H && x >= 0 && x < W) cells.push(((n * C + c) * H + h) * W + x);
            }
          out.push(cells);
        }
  return out;
}
const poolShape = (s: number[], w: Window, what: string): number[] => {
  const { N, C, OH, OW } = spatial(s, w, what);
  return s.length === 4 ? [N, C, OH, OW] : [C, OH, OW];
};

export function argmax(x: Tensor, cells: number[], ctx: Pick<OpCtx, 'tie' | 'note'>): number {
  let best = cells[0], ties = 1;
  for (const c of cells.slice(1)) {
    const k = cmpNear(x.data[c], x.data[best]);
    if (k > 0) (best = c), (ties = 1);
    else if (k === 0) {
      ties++;
      if (ctx.tie === 'last') best = c;
    }
  }
  if (ties > 1) ctx.note('tie');
  return best;
}

export const maxPool: Op<Window> = {
  shape: ([s], w) => poolShape(s, w, 'max_pool2d'),
  cost: ([s], w) => size(poolShape(s, w, 'max_pool2d')) * w.k[0] * w.k[1],
  forward: ([x], w, ctx) => ({ shape: poolShape(x.shape, w, 'max_pool2d'), data: windows(x.shape, w, 'max_pool2d').map((cells) => x.data[argmax(x, cells, ctx)]) }),
  backward(g, [x], _y, w, ctx) {
    const dx = zeros(x.shape);
    windows(x.shape, w, 'max_pool2d').forEach((cells, o) => {
      const m = argmax(x, cells, ctx);
      dx.data[m] = dx.data[m].add(g.data[o]);
    });
    return [dx];
  },
};

export const avgPool: Op<Window> = {
  shape: ([s], w) => poolShape(s, w, 'avg_pool2d'),
  cost: ([s], w) => size(poolShape(s, w, 'avg_pool2d')) * w.k[0] * w.k[1],
  forward([x], w) {
    const n = Num.int(w.k[0] * w.k[1]);
    return { shape: poolShape(x.shape, w, 'avg_pool2d'), data: windows(x.shape, w, 'avg_pool2d').map((cells) => cells.reduce((s, c) => s.add(x.data[c]), Num.ZERO).div(n)) };
  },
  backward(g, [x], _y, w) {
    const dx = zeros(x.shape), n = Num.int(w.k[0] * w.k[1]);
    windows(x.shape, w, 'avg_pool2d').forEach((cells, o) => {
      for (const c of cells) dx.data[c] = dx.data[c].add(g.data[o].div(n));
    });
    return [dx];
  },
};

export interface ConvAttrs {
  stride: [number, number];
  padding: [number, number];
}
function convDims(ins: number[][], a: ConvAttrs) {
  const [xs, ws, bs] = ins;
  if (ws.length !== 4) throw new ShapeErr(`conv2d's weight is (C_out, C_in, kh, kw), not ${shapeText(ws)}`);
  const win: Window = { k: [ws[2], ws[3]], stride: a.stride, padding: a.padding };
  const d = spatial(xs, win, 'conv2d');
  if (d.C !== ws[1]) throw new ShapeErr(`conv2d: the input has ${d.C} channels, the weight expects ${ws[1]}`);
  if (bs && (bs.length !== 1 || bs[0] !== ws[0])) throw new ShapeErr(`conv2d's bias has one entry per output channel (${ws[0]}), not ${shapeText(bs)}`);
  return { ...d, O: ws[0], kh: ws[2], kw: ws[3], out: xs.length === 4 ? [d.N, ws[0], d.OH, d.OW] : [ws[0], d.OH, d.OW] };
}

/** Calls f(outIndex, inIndex, weightIndex) for every multiply-add of the convolution. */
function convEach(ins: number[][], a: ConvAttrs, f: (o: number, i: number, w: number, oc: number) => void): void {
  const { N, C, H, W, OH, OW, O, kh, kw } = convDims(ins, a);
  for (let n = 0; n < N; n++)
    for (let o = 0; o < O; o++)
      for (let i = 0; i < OH; i++)
        for (let j = 0; j < OW; j++) {
          const oi = ((n * O + o) * OH + i) * OW + j;
          for (let c = 0; c < C; c++)
            for (let u = 0; u < kh; u++)
              for (let v = 0; v < kw; v++) {
                const h = i * a.stride[0] - a.padding[0] + u, x = j * a.stride[1] - a.padding[1] + v;
                if (h >= 0 && h < H && x >= 0 && x < W) f(oi, ((n * C + c) * H + h) * W + x, ((o * C + c) * kh + u) * kw + v, o);
              }
        }
}

export const conv2d: Op<ConvAttrs> = {
  shape: (ins, a) => convDims(ins, a).out,
  cost: (ins, a) => size(convDims(ins, a).out) * ins[1][1] * ins[1][2] * ins[1][3],
  forward(xs, a) {
    const shapes = xs.map((t) => t.shape);
    const out = convDims(shapes, a).out;
    const data = new Array<Num>(size(out)).fill(Num.ZERO);
    convEach(shapes, a, (o, i, w) => (data[o] = data[o].add(xs[0].data[i].mul(xs[1].data[w]))));
    if (xs[2]) {
      const per = size(out.slice(-2));
      data.forEach((v, o) => (data[o] = v.add(xs[2].data[Math.floor(o / per) % xs[1].shape[0]])));
    }
    return { shape: out, data };
  },
  backward(g, xs, _y, a) {
    const shapes = xs.map((t) => t.shape);
    const dx = zeros(xs[0].shape), dw = zeros(xs[1].shape);
    convEach(shapes, a, (o, i, w) => {
      dx.data[i] = dx.data[i].add(g.data[o].mul(xs[1].data[w]));
      dw.data[w] = dw.data[w].add(g.data[o].mul(xs[0].data[i]));
    });
    if (!xs[2]) return [dx, dw];
    const db = zeros(xs[2].shape), per = size(g.shape.slice(-2));
    g.data.forEach((v, o) => {
      const c = Math.floor(o / per) % xs[1].shape[0];
      db.data[c] = db.data[c].add(v);
    });
    return [dx, dw, db];
  },
};

// ---- normalisation ---------------------------------------------------------------------------

export interface NormAttrs {
  eps: Num;
  /** 'batch': per feature (dim 1) over the rest; 'layer': over the last dimension. */
  over: 'batch' | 'layer';
}

/** The groups normalised together, and for each entry the index of its γ/β. */
function groups(s: number[], over: 'batch' | 'layer'): { groups: number[][]; param: (f: number) => number; features: number } {
  if (over === 'layer') {
    if (s.length < 1) throw new ShapeErr('layer_norm of a scalar');
    const D = s[s.length - 1];
    return { groups: Array.from({ length: size(s) / D }, (_, g) => Array.from({ length: D }, (_, i) => g * D + i)), param: (f) => f % D, features: D };
  }
  if (s.length < 2) throw new ShapeErr(`batch_norm takes (N, C) or (N, C, …), not ${shapeText(s)}`);
  const C = s[1], inner = size(s.slice(2));
  const gs: number[][] = Array.from({ length: C }, () => []);
  for (let f = 0; f < size(s); f++) gs[Math.floor(f / inner) % C].push(f);
  return { groups: gs, param: (f) => Math.floor(f / inner) % C, features: C };
}

function stats(x: Tensor, cells: number[], eps: Num): { mu: Num; sigma: Num } {
  const m = Num.int(cells.length);
  const mu = cells.reduce((s, i) => s.add(x.data[i]), Num.ZERO).div(m);
  const v = cells.reduce((s, i) => s.add(x.data[i].sub(mu).powInt(2)), Num.ZERO).div(m);
  const sigma = v.add(eps).sqrt();
  if (sigma.isZero()) throw new ShapeErr('a normalised group has zero variance and ε = 0: division by zero');
  return { mu, sigma };
}

export const norm: Op<NormAttrs> = {
  shape(ins, a) {
    const g = groups(ins[0], a.over);
    for (const p of ins.slice(1)) if (p.length !== 1 || p[0] !== g.features) throw new ShapeErr(`γ and β need ${g.features} entries (one per feature), not ${shapeText(p)}`);
    return ins[0];
  },
  forward([x, gamma, beta], a) {
    const { groups: gs, param } = groups(x.shape, a.over);
    const out = zeros(x.shape);
    for (const cells of gs) {
      const { mu, sigma } = stats(x, cells, a.eps);
      for (const i of cells) {
        let v = x.data[i].sub(mu).div(sigma);
        if (gamma) v = v.mul(gamma.data[param(i)]);
        if (beta) v = v.add(beta.data[param(i)]);
        out.data[i] = v;
      }
    }
    return out;
  },
  backward(g, [x, gamma, beta], _y, a, ctx) {
    const { groups: gs, param } = groups(x.shape, a.over);
    const dx = zeros(x.shape), dg = gamma ? zeros(gamma.shape) : null, db = beta ? zeros(beta.shape) : null;
    for (const cells of gs) {
      const { mu, sigma } = stats(x, cells, a.eps);
      const m = Num.int(cells.length);
      const xhat = cells.map((i) => x.data[i].sub(mu).div(sigma));
      const dxhat = cells.map((i) => (gamma ? g.data[i].mul(gamma.data[param(i)]) : g.data[i]));
      cells.forEach((i, k) => {
        if (dg) dg.data[param(i)] = dg.data[param(i)].add(g.data[i].mul(xhat[k]));
        if (db) db.data[param(i)] = db.data[param(i)].add(g.data[i]);
      });
      if (ctx.mutation === 'norm-no-stats') {
        // The mean and variance taken as constants: no paths through them.
        cells.forEach((i, k) => (dx.data[i] = dxhat[k].div(sigma)));
        continue;
      }
      const s1 = dxhat.reduce((s, v) => s.add(v), Num.ZERO);
      const s2 = dxhat.reduce((s, v, k) => s.add(v.mul(xhat[k])), Num.ZERO);
      cells.forEach((i, k) => (dx.data[i] = m.mul(dxhat[k]).sub(s1).sub(xhat[k].mul(s2)).div(m.mul(sigma))));
    }
    return [dx, ...(gamma ? [dg] : []), ...(beta ? [db] : [])];
  },
};
