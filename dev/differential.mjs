// Development check: the exact references of mlp-gradients, gd-step-size and param-count
// against independent ones: PyTorch 1.13 float64 autograd (loss and every gradient), sympy
// (Hessian, exact eigenvalues, the convergent range and the optimal rate) and torch.nn
// (each layer's output shape and parameter count). Random problems from a seed; needs Debian's
// python3-torch and python3-sympy. `node dev/differential.mjs [problems per kind] [seed] [--keep FILE]`
// (--keep writes 40 mlp problems with torch's figures as a test fixture).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblem } from '../dist/grading/problems.js';
import { computeReference } from '../dist/grading/references.js';

const [count = 200, seed0 = 1] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : null;
let seed = seed0;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const dec = () => (rnd() < 0.3 ? int(-3, 3) : int(-20, 20) / 10);
const mat = (r, c, f = dec) => Array.from({ length: r }, () => Array.from({ length: c }, f));

function mlpProblem() {
  const N = int(1, 4), widths = [int(1, 4)];
  const depth = int(1, 3);
  const loss = pick(['half-sse', 'sse', 'mse', 'cross-entropy']);
  for (let i = 0; i < depth; i++) widths.push(i === depth - 1 && loss === 'cross-entropy' ? int(2, 4) : int(1, 4));
  const layers = widths.slice(1).map((w, i) => {
    const last = i === depth - 1;
    const act = last && loss === 'cross-entropy' ? 'softmax' : pick(last ? ['identity', 'sigmoid', 'tanh', 'relu'] : ['relu', 'leaky-relu', 'sigmoid', 'tanh', 'identity']);
    return { weights: mat(w, widths[i]), bias: mat(1, w)[0], activation: act, ...(act === 'leaky-relu' && rnd() < 0.5 ? { alpha: 0.1 } : {}) };
  });
  const k = widths[depth];
  const targets = loss === 'cross-entropy' ? (rnd() < 0.5 ? Array.from({ length: N }, () => int(0, k - 1)) : mat(N, k, () => int(0, 4) / 4)) : mat(N, k);
  const parts = { loss: 1, ...Object.fromEntries(layers.flatMap((_, i) => [[`dW${i + 1}`, 1], [`db${i + 1}`, 1]])) };
  return { kind: 'mlp-gradients', given: { inputs: mat(N, widths[0]), targets, layers, loss }, parts };
}

function gdProblem() {
  const n = int(1, 3);
  const sym = rnd() < 0.7;
  const A = mat(n, n, () => int(-4, 6));
  if (sym) for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A[i][j] = A[j][i];
  return { kind: 'gd-step-size', given: { matrix: A }, parts: { hessian: 1, eigenvalues: 1, range: 1, optimal: 1 } };
}

function paramProblem() {
  const conv = rnd() < 0.7;
  const layers = [];
  let shape = conv ? [int(1, 3), int(6, 16), int(6, 16)] : [int(2, 40)];
  const input = [...shape];
  if (conv) {
    for (let i = 0, m = int(1, 5); i < m; i++) {
      const [c, h, w] = shape, r = rnd();
      if (r < 0.5) {
        const kernel = int(1, Math.min(5, h, w)), stride = int(1, 2), padding = int(0, 2);
        const oh = Math.floor((h + 2 * padding - kernel) / stride) + 1, ow = Math.floor((w + 2 * padding - kernel) / stride) + 1;
        if (oh < 1 || ow < 1) continue;
        const filters = int(1, 8);
        layers.push({ type: 'conv', filters, kernel, stride, padding, ...(rnd() < 0.2 ? { bias: false } : {}) });
        shape = [filters, oh, ow];
      } else if (r < 0.75 && h >= 2 && w >= 2) {
        const size = int(2, Math.min(3, h, w)), stride = int(1, size);
        layers.push({ type: pick(['maxpool', 'avgpool']), size, stride });
        shape = [c, Math.floor((h - size) / stride) + 1, Math.floor((w - size) / stride) + 1];
      } else layers.push({ type: pick(['relu', 'batchnorm', 'tanh', 'dropout']) });
    }
    layers.push({ type: 'flatten' });
  }
  for (let i = 0, m = int(1, 3); i < m; i++) {
    layers.push({ type: 'dense', units: int(1, 12), ...(rnd() < 0.15 ? { bias: false } : {}) });
    if (rnd() < 0.3) layers.push({ type: pick(['relu', 'sigmoid', 'batchnorm', 'dropout']) });
  }
  return { kind: 'param-count', given: { input, layers }, parts: { layers: 1, total: 1 } };
}

/** A Num as sympy reads it: its exact form (a fraction, or a surd's symbol), else all 64 digits. */
const full = (v) => v.symbol ?? v.toExact();

const dir = mkdtempSync(join(tmpdir(), 'gc-diff-'));
const cases = [];
for (const make of [mlpProblem, gdProblem, paramProblem]) {
  for (let k = 0; k < count; k++) {
    const p = make();
    const file = join(dir, `p${cases.length}.yaml`);
    writeFileSync(file, JSON.stringify({ id: `p${cases.length}`, ...p }));
    const lp = loadProblem(file);
    if ('errors' in lp) throw new Error(`${file}: ${lp.errors[0].message}\n${JSON.stringify(p)}`);
    const entry = await computeReference(lp, { cacheDir: null, crossCheck: false });
    const sol = lp.verifier.solve(lp.problem, entry.ref);
    // gd: the values themselves (exact, or 64 digits), not the worked solution's 6-figure display.
    const reference = p.kind === 'gd-step-size' ? { ...sol.details, eigenvalues: entry.ref.eigenvalues.map((e) => full(e.value)), bound: entry.ref.bound && full(entry.ref.bound), optimal: entry.ref.optimal ? full(entry.ref.optimal) : 'none' } : sol.details ?? {};
    cases.push({ kind: p.kind, given: p.given, reference, answers: sol.answers });
  }
}
rmSync(dir, { recursive: true, force: true });
const py = spawnSync('/usr/bin/python3', [new URL('./differential.py', import.meta.url).pathname], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
if (py.status !== 0) throw new Error(py.stderr);
const r = JSON.parse(py.stdout);
for (const d of r.disagreements.slice(0, 10)) console.log(JSON.stringify(d));
for (const [kind, s] of Object.entries(r.summary)) console.log(`${kind}: ${s.problems} problems, ${s.values} values compared, ${s.disagree} disagree${s.skipped ? `, ${s.skipped} left out (${s.why})` : ''}${s.worst !== undefined ? `, largest relative difference ${s.worst.toExponential(2)}` : ''}`);
if (keep) writeFileSync(keep, JSON.stringify(r.torch.slice(0, 40).map((t) => ({ given: cases[t.case].given, torch: { loss: t.loss, dW: t.dW, db: t.db } }))) + '\n');
process.exitCode = r.disagreements.length ? 1 : 0;
