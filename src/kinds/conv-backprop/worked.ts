// The worked solution of a conv-backprop problem, with exact numbers: the forward sum of one
// output entry, δ, the flipped filter and the zero-padded δ of the full convolution for dX, the
// batch sums for dW and db, and the im2col matrices.
import { formatMatrix } from '../../numbers/matrix.js';
import { Num } from '../../numbers/num.js';
import type { Problem } from '../types.js';
import type { ConvRef } from './grade.js';
import type { ConvGiven } from './model.js';
import { flip, zeros4, type T4 } from './tensor.js';

const m2 = (m: readonly Num[][]) => formatMatrix(m);
const paren = (x: Num) => (x.sign() < 0 ? `(${x})` : `${x}`);
/** A matrix with one row per line (im2col has a row per example and position). */
const rows = (name: string, m: readonly Num[][]) => [`${name} =`, ...m.map((r, i) => `  [${r.join(', ')}]${i === m.length - 1 ? '' : ','}`)];
const block = (lines: string[]) => ['```', ...lines, '```'];

/** Every [b][c] matrix of a 4-D tensor, labelled. */
function maps(name: string, t: T4, first: string, second: string): string[] {
  return block(t.flatMap((tb, b) => tb.map((m, c) => `${name}[${first} ${b + 1}, ${second} ${c + 1}] = ${m2(m)}`)));
}

export function convMarkdown(problem: Problem<ConvGiven>, ref: ConvRef): string {
  const g = problem.given, p = ref.passes[0];
  const { B, C, F, H, W, kh, kw, Ho, Wo } = g.dims, s = g.stride, pad = g.padding;
  const out: string[] = [`## ${problem.title ?? problem.id}`, ''];
  out.push(`A batch of ${B} input${B > 1 ? 's' : ''} X of ${C} channel${C > 1 ? 's' : ''} ${H}×${W}, ${F} filter${F > 1 ? 's' : ''} W of ${kh}×${kw}, stride ${s}, padding ${pad}: Z has shape [B, F, H', W'] = [${B}, ${F}, ${Ho}, ${Wo}], with H' = ⌊(${H} + 2·${pad} − ${kh})/${s}⌋ + 1 = ${Ho}.`);
  if (g.layout === 'CF') out.push('', 'The filters are written [C, F, kh, kw], as in the report; below W[f, c] is filter f on channel c, and dW is answered [F, C, kh, kw], one block per filter (PyTorch\'s layout).');
  out.push('', '### Forward: a valid correlation', '', 'Z[b, f, m, n] = b_f + Σ_c Σ_i Σ_j X[b, c, s·m + i, s·n + j] · W[f, c, i, j] (X padded with zeros; no flip).', '');
  const terms: string[] = [];
  for (let c = 0; c < C; c++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) {
    const y = i - pad, x = j - pad;
    const xv = y >= 0 && y < H && x >= 0 && x < W ? g.X[0][c][y][x] : Num.ZERO;
    terms.push(`${paren(xv)}·${paren(g.W[0][c][i][j])}`);
  }
  out.push(`For the first entry: Z[1, 1, 1, 1] = ${g.bias[0]} + ${terms.join(' + ')} = ${p.Z[0][0][0][0]}.`, '', ...maps('Z', p.Z, 'example', 'filter'));
  if (g.after?.kind === 'relu') out.push('', 'After the ReLU, A = max(Z, 0); its derivative is 1 where Z > 0 and 0 where Z < 0 (at Z = 0 either convention is accepted).', '', ...maps('A', p.A, 'example', 'filter'));
  if (g.after?.kind === 'maxpool') out.push('', `After ${g.after.size}×${g.after.size} max pooling, each window's gradient goes to its maximum (the first, row by row, on a tie).`, '', ...maps('A', p.A, 'example', 'filter'));
  const up = g.upstream;
  out.push('', '### δ = ∂L/∂Z', '');
  if (up.kind === 'upstream') out.push(g.after ? 'The upstream gradient ∂L/∂A is given; δ passes it back through the mask above.' : 'δ is given.');
  else if (up.kind === 'half-sse') out.push(`L = ½ Σ (A − target)² = ${p.loss}, so ∂L/∂A = A − target${g.after ? ', passed back through the mask above' : ''}.`);
  else out.push(`L = Σ weights ⊙ A = ${p.loss}, so ∂L/∂A = the weights${g.after ? ', passed back through the mask above' : ''}.`);
  out.push('', ...maps('δ', p.dZ, 'example', 'filter'));
  out.push('', '### ∂L/∂X: a full convolution of δ with the filters', '');
  const dil = s > 1 ? ` (with stride ${s}, δ is first dilated: ${s - 1} zero${s > 2 ? 's' : ''} between its entries)` : '';
  out.push(`dX[b, c] = Σ_f δ[b, f] ∗_full W[f, c]: the filter is flipped (rotated 180°) and slid over δ padded with ${kh - 1} zero row${kh === 2 ? '' : 's'} and ${kw - 1} column${kw === 2 ? '' : 's'} on each side${dil}${pad ? `; the ${pad} outer row${pad > 1 ? 's' : ''} and column${pad > 1 ? 's' : ''} (the input's padding) are then cut off` : ''}.`, '');
  out.push(...block(flip(g.W).flatMap((wf, f) => wf.map((m, c) => `flip(W[filter ${f + 1}, channel ${c + 1}]) = ${m2(m)}`))));
  out.push('', `δ of example 1, filter 1, ${s > 1 ? 'dilated and ' : ''}zero-padded: ${m2(paddedDelta(p.dZ[0][0], s, kh, kw))}`, '', ...maps('dX', p.dX, 'example', 'channel'));
  out.push('', '### ∂L/∂W and ∂L/∂b: summed over the batch', '', 'dW[f, c, i, j] = Σ_b Σ_m Σ_n δ[b, f, m, n] · X[b, c, s·m + i, s·n + j]: a valid correlation of each input with δ, added over the examples (the weights are shared by all of them).', '');
  if (B > 1) {
    const one = (b: number) => {
      const dW0 = zeros4(1, 1, kh, kw)[0][0];
      for (let m = 0; m < Ho; m++) for (let n = 0; n < Wo; n++) for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) {
        const y = s * m + i - pad, x = s * n + j - pad;
        if (y >= 0 && y < H && x >= 0 && x < W) dW0[i][j] = dW0[i][j].add(p.dZ[b][0][m][n].mul(g.X[b][0][y][x]));
      }
      return dW0;
    };
    out.push(`For filter 1, channel 1: ${Array.from({ length: B }, (_, b) => `example ${b + 1} gives ${m2(one(b))}`).join('; ')}; the sum is ${m2(p.dW[0][0])}.`, '');
  }
  out.push(...maps('dW', p.dW, 'filter', 'channel'), '', `db[f] = Σ_b Σ_m Σ_n δ[b, f, m, n]: db = [${p.db.join(', ')}].`);
  if (g.im2col === 'rows-are-weights') {
    // One row per filter weight: the reshape (C·kh·kw, B·H'·W') that seed 001's appendix uses.
    const cols = p.im2col[0].map((_, j) => p.im2col.map((r) => r[j]));
    out.push('', '### im2col', '', `Each column holds the ${C}·${kh}·${kw} = ${C * kh * kw} inputs one output entry reads (channel, then row, then column), one column per example and position (${B}·${Ho}·${Wo} = ${B * Ho * Wo} columns), so im2col has one row per filter weight (this problem's \`im2col: rows-are-weights\`); with the filters as rows of W_mat, Z = W_mat · im2col + b.`, '');
    out.push(...block([...rows('im2col', cols), ...rows('W_mat', g.W.map((wf) => wf.flat(2)))]));
  } else {
    out.push('', '### im2col', '', `Each row holds the ${C}·${kh}·${kw} = ${C * kh * kw} inputs one output entry reads (channel, then row, then column), one row per example and position (${B}·${Ho}·${Wo} = ${B * Ho * Wo} rows); with the filters as rows of W_mat, Z = im2col · W_matᵀ + b.`, '');
    out.push(...block([...rows('im2col', p.im2col), ...rows('W_mat', g.W.map((wf) => wf.flat(2)))]));
  }
  return out.join('\n') + '\n';
}

/** δ dilated by the stride and padded by kernel − 1 on each side: what the flipped filter slides over. */
function paddedDelta(d: Num[][], s: number, kh: number, kw: number): Num[][] {
  const h = (d.length - 1) * s + 1 + 2 * (kh - 1), w = (d[0].length - 1) * s + 1 + 2 * (kw - 1);
  const out = Array.from({ length: h }, () => new Array<Num>(w).fill(Num.ZERO));
  d.forEach((row, m) => row.forEach((v, n) => (out[kh - 1 + m * s][kw - 1 + n * s] = v)));
  return out;
}
