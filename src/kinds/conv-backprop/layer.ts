// The convolution layer's forward and backward pass, exact (rationals; the arithmetic of
// mlp-gradients). The same code computes the mistakes students make, each as an option: the
// kernel flipped in the forward pass (a true convolution), not flipped in the backward pass (a
// correlation where the full convolution belongs), the stride left out of the backward pass, and
// the pass from a student's own Z or δ (error carried forward).
//
//   Z[b,f,m,n]  = bias[f] + Σ_{c,i,j} Xp[b,c,m·s+i,n·s+j] · W[f,c,i,j]       (valid correlation)
//   dX[b,c,y,x] = Σ_{f,m,n,i,j : m·s+i−p = y, n·s+j−p = x} δ[b,f,m,n] · W[f,c,i,j]   (full convolution)
//   dW[f,c,i,j] = Σ_{b,m,n} δ[b,f,m,n] · Xp[b,c,m·s+i,n·s+j]                  (summed over the batch)
//   db[f]       = Σ_{b,m,n} δ[b,f,m,n]
// Xp is X padded with p zeros; δ = ∂L/∂Z.
import { Num } from '../../numbers/num.js';
import type { ConvGiven } from './model.js';
import { flip, map4, zeros4, type T4 } from './tensor.js';

export interface PassOptions {
  /**
   * Where the derivative is a convention: ReLU's at exactly 0 (0, as tfjs and PyTorch, or 1),
   * and which of a pooling window's tied maxima takes its gradient (the first, as tfjs and
   * PyTorch, or the last).
   */
  kink: 0 | 1;
  /** Mistake: the forward pass with the flipped kernel (a true convolution). */
  flipForward?: boolean;
  /** Mistake: dX with the kernel not flipped (a full correlation). */
  noFlipBackward?: boolean;
  /** Mistake: the backward pass as if the stride were 1. */
  strideOneBackward?: boolean;
  /** The submission's own Z, or its own δ (error carried forward). */
  ownZ?: T4;
  ownDelta?: T4;
}

export interface ConvPass {
  Z: T4;
  /** The layer's output after `after` (Z itself without). */
  A: T4;
  /** ∂L/∂Z. */
  dZ: T4;
  dX: T4;
  /** [F, C, kh, kw]. */
  dW: T4;
  db: Num[];
  /** One row per (example, output position), one column per (channel, i, j). */
  im2col: Num[][];
  loss: Num | null;
  /** Some ReLU input is exactly 0, or some pooling window's maximum is tied. */
  kinks: boolean;
}

function padded(g: ConvGiven): (b: number, c: number, y: number, x: number) => Num {
  const { H, W } = g.dims, p = g.padding;
  return (b, c, y, x) => {
    const yy = y - p, xx = x - p;
    return yy >= 0 && yy < H && xx >= 0 && xx < W ? g.X[b][c][yy][xx] : Num.ZERO;
  };
}

export function forward(g: ConvGiven, W: T4): T4 {
  const { B, F, C, kh, kw, Ho, Wo } = g.dims, s = g.stride;
  const Xp = padded(g);
  const Z = zeros4(B, F, Ho, Wo);
  for (let b = 0; b < B; b++)
    for (let f = 0; f < F; f++)
      for (let m = 0; m < Ho; m++)
        for (let n = 0; n < Wo; n++) {
          let acc = g.bias[f];
          for (let c = 0; c < C; c++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) acc = acc.add(Xp(b, c, m * s + i, n * s + j).mul(W[f][c][i][j]));
          Z[b][f][m][n] = acc;
        }
  return Z;
}

/** The output after `after`, with where each output's gradient goes back to in Z. */
function applyAfter(g: ConvGiven, Z: T4, kink: 0 | 1): { A: T4; back: (dA: T4) => T4; kinks: boolean } {
  const after = g.after;
  if (!after) return { A: Z, back: (dA) => dA, kinks: false };
  if (after.kind === 'relu') {
    const kinks = Z.some((a) => a.some((m) => m.some((r) => r.some((z) => z.isZero()))));
    const slope = (z: Num) => (z.sign() > 0 || (z.isZero() && kink === 1) ? Num.ONE : Num.ZERO);
    return { A: map4(Z, (z) => (z.sign() > 0 ? z : Num.ZERO)), back: (dA) => map4(dA, (d, b, f, i, j) => d.mul(slope(Z[b][f][i][j]))), kinks };
  }
  // Max pooling: each window's gradient goes to its first maximum (row by row), tfjs's and
  // PyTorch's rule; with kink 1, to its last (a tie is a convention, both are accepted).
  const k = after.size, { B, F, outH, outW } = g.dims;
  let anyTie = false;
  const A = zeros4(B, F, outH, outW);
  const arg: [number, number][][][][] = A.map((a) => a.map((m) => m.map((r) => r.map(() => [0, 0] as [number, number]))));
  for (let b = 0; b < B; b++)
    for (let f = 0; f < F; f++)
      for (let u = 0; u < outH; u++)
        for (let v = 0; v < outW; v++) {
          let best: [number, number] = [u * k, v * k];
          let tied = false;
          for (let i = 0; i < k; i++)
            for (let j = 0; j < k; j++) {
              if (i + j === 0) continue;
              const c = Z[b][f][u * k + i][v * k + j].cmp(Z[b][f][best[0]][best[1]]);
              if (c > 0) tied = false;
              else if (c === 0) tied = true;
              if (c > 0 || (c === 0 && kink === 1)) best = [u * k + i, v * k + j];
            }
          anyTie ||= tied;
          A[b][f][u][v] = Z[b][f][best[0]][best[1]];
          arg[b][f][u][v] = best;
        }
  const back = (dA: T4) => {
    const dZ = zeros4(B, F, g.dims.Ho, g.dims.Wo);
    dA.forEach((a, b) => a.forEach((m, f) => m.forEach((r, u) => r.forEach((d, v) => {
      const [y, x] = arg[b][f][u][v];
      dZ[b][f][y][x] = dZ[b][f][y][x].add(d);
    }))));
    return dZ;
  };
  return { A, back, kinks: anyTie };
}

/** ∂L/∂A and the loss, from the problem's upstream or loss. */
function upstream(g: ConvGiven, A: T4): { dA: T4; loss: Num | null } {
  const u = g.upstream;
  if (u.kind === 'upstream') return { dA: u.delta, loss: null };
  if (u.kind === 'weighted-sum') {
    let loss = Num.ZERO;
    map4(A, (a, b, f, i, j) => ((loss = loss.add(a.mul(u.weights[b][f][i][j]))), a));
    return { dA: u.weights, loss };
  }
  let loss = Num.ZERO;
  const dA = map4(A, (a, b, f, i, j) => {
    const d = a.sub(u.target[b][f][i][j]);
    loss = loss.add(d.mul(d));
    return d;
  });
  return { dA, loss: loss.div(Num.int(2)) };
}

export function runPass(g: ConvGiven, o: PassOptions): ConvPass {
  const Z = o.ownZ ?? forward(g, o.flipForward ? flip(g.W) : g.W);
  const { A, back, kinks } = applyAfter(g, Z, o.kink);
  const { dA, loss } = upstream(g, A);
  const dZ = o.ownDelta ?? back(dA);
  const { B, C, F, H, W, kh, kw, Ho, Wo } = g.dims, p = g.padding;
  const s = o.strideOneBackward ? 1 : g.stride;
  const Wb = o.noFlipBackward ? flip(g.W) : g.W;
  const Xp = padded(g);
  const dX = zeros4(B, C, H, W);
  const dW = zeros4(F, C, kh, kw);
  const db = new Array<Num>(F).fill(Num.ZERO);
  for (let b = 0; b < B; b++)
    for (let f = 0; f < F; f++)
      for (let m = 0; m < Ho; m++)
        for (let n = 0; n < Wo; n++) {
          const d = dZ[b][f][m][n];
          db[f] = db[f].add(d);
          if (d.isZero()) continue;
          for (let c = 0; c < C; c++)
            for (let i = 0; i < kh; i++)
              for (let j = 0; j < kw; j++) {
                const y = m * s + i, x = n * s + j;
                dW[f][c][i][j] = dW[f][c][i][j].add(d.mul(Xp(b, c, y, x)));
                if (y - p >= 0 && y - p < H && x - p >= 0 && x - p < W) dX[b][c][y - p][x - p] = dX[b][c][y - p][x - p].add(d.mul(Wb[f][c][i][j]));
              }
        }
  return { Z, A, dZ, dX, dW, db, im2col: im2col(g), loss, kinks };
}

export function im2col(g: ConvGiven): Num[][] {
  const { B, C, kh, kw, Ho, Wo } = g.dims, s = g.stride;
  const Xp = padded(g);
  const rows: Num[][] = [];
  for (let b = 0; b < B; b++)
    for (let m = 0; m < Ho; m++)
      for (let n = 0; n < Wo; n++) {
        const row: Num[] = [];
        for (let c = 0; c < C; c++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) row.push(Xp(b, c, m * s + i, n * s + j));
        rows.push(row);
      }
  return rows;
}

/** δ dilated by the stride: s − 1 zeros between neighbours, as the backward pass spreads it. */
function dilated(g: ConvGiven, dZ: T4): T4 {
  const s = g.stride, { Ho, Wo } = g.dims;
  if (s === 1) return dZ;
  return dZ.map((db) => db.map((m) => Array.from({ length: (Ho - 1) * s + 1 }, (_, y) => Array.from({ length: (Wo - 1) * s + 1 }, (_, x) => (y % s === 0 && x % s === 0 ? m[y / s][x / s] : Num.ZERO)))));
}

/**
 * The valid correlation of δ (dilated by the stride) with the flipped kernel: what a student gets
 * leaving out the full convolution's padding.
 */
export function validDx(g: ConvGiven, dZ: T4): T4 | null {
  const { B, C, F, kh, kw } = g.dims;
  const D = dilated(g, dZ);
  const h = D[0][0].length - kh + 1, w = D[0][0][0].length - kw + 1;
  if (h < 1 || w < 1) return null;
  const Wf = flip(g.W);
  const out = zeros4(B, C, h, w);
  for (let b = 0; b < B; b++)
    for (let c = 0; c < C; c++)
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          let acc = Num.ZERO;
          for (let f = 0; f < F; f++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) acc = acc.add(D[b][f][y + i][x + j].mul(Wf[f][c][i][j]));
          out[b][c][y][x] = acc;
        }
  return out;
}

/** The gradient of the padded input, its border kept: what a student gets not cropping the padding. */
export function paddedDx(g: ConvGiven, dZ: T4): T4 {
  const { B, C, F, H, W, kh, kw, Ho, Wo } = g.dims, s = g.stride, p = g.padding;
  const out = zeros4(B, C, H + 2 * p, W + 2 * p);
  for (let b = 0; b < B; b++)
    for (let f = 0; f < F; f++)
      for (let m = 0; m < Ho; m++)
        for (let n = 0; n < Wo; n++) {
          const d = dZ[b][f][m][n];
          if (d.isZero()) continue;
          for (let c = 0; c < C; c++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) out[b][c][m * s + i][n * s + j] = out[b][c][m * s + i][n * s + j].add(d.mul(g.W[f][c][i][j]));
        }
  return out;
}
