// Development check for kind optimizer-steps and the sequence layers of param-count, against
// PyTorch (Debian's python3-torch, float64): every optimiser's w and state after each step with
// torch.optim on random problems, and every sequence layer type's output shape and parameter
// count with torch.nn on random stacks. Run after `npm run build`:
//   node dev/optim-differential.mjs [problems per family] [seed] [--keep]
// --keep writes 40 of each with torch's figures as test fixtures
// (src/kinds/optimizer-steps/fixtures/torch-cases.json, src/layers/fixtures/torch-sequence-cases.json).
// Only PyTorch's conventions can be compared: ε outside the root, momentum's PyTorch form (the
// classical one through v = −η·buffer), bias: pytorch (two vectors per gate).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblem } from '../dist/grading/problems.js';
import { computeReference } from '../dist/grading/references.js';

const [count = 200, seed0 = 7] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const keep = process.argv.includes('--keep');
let seed = seed0;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const dec = () => (rnd() < 0.3 ? int(-3, 3) : int(-20, 20) / 10);
// Optimiser problems use dyadic numbers (k/8) and rates: float64 holds them and their sums
// exactly, so a gradient entry that is exactly 0 is 0 in torch too. With 0.4 and 1.2 it is a
// rounding residue (4e-16) that Adam's g/(√v + ε) turns into a step of lr·residue/ε (seen with
// seed 11: the exact answer stays, torch moves 4e-8).
const dyadic = () => (rnd() < 0.3 ? int(-3, 3) : int(-16, 16) / 8);

const OPTS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'];

function optProblem(k) {
  const n = int(1, 3), name = OPTS[k % OPTS.length], steps = int(1, 4);
  const given = { start: Array.from({ length: n }, dyadic), optimizer: name, lr: pick([0.125, 0.0625, 0.25, 0.5, 0.1]), steps };
  if (rnd() < 0.6) {
    // A symmetric matrix A: f = wᵀAw, ∇f = 2Aw.
    const A = Array.from({ length: n }, () => Array.from({ length: n }, () => int(-3, 4)));
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) A[i][j] = A[j][i];
    given.matrix = A;
  } else given.gradients = Array.from({ length: steps }, () => Array.from({ length: n }, dyadic));
  if (name === 'momentum' || name === 'nesterov') given.momentum = pick([0.9, 0.5, 0.8]);
  if (name === 'momentum' && rnd() < 0.4) given.convention = 'classical';
  if (name === 'rmsprop') given.alpha = pick([0.9, 0.99, 0.5]);
  if (name === 'adam' || name === 'adamw') Object.assign(given, { beta1: pick([0.9, 0.8]), beta2: pick([0.999, 0.99, 0.9]) });
  if (['adagrad', 'rmsprop', 'adam', 'adamw'].includes(name)) given.eps = pick([1e-8, 0.001, 0.1]);
  if (name === 'adagrad' && rnd() < 0.3) given.initial_accumulator = 0.1;
  if (rnd() < 0.4 || name === 'adamw') given.weight_decay = pick([0.01, 0.1, 0.5]);
  const keys = { sgd: [], momentum: ['v'], nesterov: ['v'], adagrad: ['s'], rmsprop: ['s'], adam: ['m', 'v', 'm_hat', 'v_hat'], adamw: ['m', 'v', 'm_hat', 'v_hat'] }[name];
  const parts = {};
  for (let t = 1; t <= steps; t++) for (const key of ['w', ...keys]) parts[`${key}${t}`] = 1;
  return { kind: 'optimizer-steps', given, parts };
}

function seqProblem() {
  const T = int(1, 8);
  const layers = [];
  let d;
  let input;
  if (rnd() < 0.5) {
    d = int(2, 16);
    input = [T];
    layers.push({ type: 'embedding', vocab: int(2, 50), dim: d });
  } else {
    d = int(2, 16);
    input = [T, d];
  }
  let last = false;
  for (let i = 0, m = int(1, 4); i < m && !last; i++) {
    const r = rnd();
    if (r < 0.35) {
      const type = pick(['rnn', 'lstm', 'gru']), hidden = int(1, 12), bidirectional = rnd() < 0.4, num_layers = int(1, 3);
      const L = { type, hidden, num_layers, bidirectional, ...(rnd() < 0.15 ? { bias: false } : {}) };
      if (rnd() < 0.2) (L.return = 'last'), (last = true);
      layers.push(L);
      d = hidden * (bidirectional ? 2 : 1);
    } else if (r < 0.5) layers.push({ type: 'layernorm' });
    else if (r < 0.65) {
      const divisors = [1, 2, 3, 4, 6, 8].filter((h) => d % h === 0);
      const L = { type: 'multihead-attention', heads: pick(divisors), ...(rnd() < 0.2 ? { bias: false } : {}) };
      if (rnd() < 0.25) (L.kdim = int(1, 10)), (L.vdim = int(1, 10));
      layers.push(L);
    } else if (r < 0.8) {
      const divisors = [1, 2, 4].filter((h) => d % h === 0);
      layers.push({ type: 'transformer-encoder', heads: pick(divisors), feedforward: int(1, 32), norm: pick(['pre', 'post']) });
    } else if (r < 0.9) layers.push({ type: 'positional-embedding', ...(rnd() < 0.5 ? { length: T + int(0, 5) } : {}) });
    else {
      const units = int(1, 12);
      layers.push({ type: 'dense', units });
      d = units;
    }
  }
  if (layers.length === 0) layers.push({ type: 'layernorm' });
  return { kind: 'param-count', given: { input, bias: 'pytorch', layers }, parts: { layers: 1, total: 1 } };
}

const dir = mkdtempSync(join(tmpdir(), 'gc-optdiff-'));
const cases = [];
for (const make of [optProblem, seqProblem]) {
  for (let k = 0; k < count; k++) {
    const p = make(k);
    const file = join(dir, `p${cases.length}.yaml`);
    writeFileSync(file, JSON.stringify({ id: `p${cases.length}`, ...p }));
    const lp = loadProblem(file);
    if ('errors' in lp) throw new Error(`${file}: ${lp.errors[0].message}\n${JSON.stringify(p)}`);
    const entry = await computeReference(lp, { cacheDir: null, crossCheck: false });
    const sol = lp.verifier.solve(lp.problem, entry.ref);
    cases.push({ kind: p.kind, given: p.given, reference: sol.details ?? {}, answers: sol.answers });
  }
}
rmSync(dir, { recursive: true, force: true });
const py = spawnSync('/usr/bin/python3', [new URL('./optim_differential.py', import.meta.url).pathname], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
if (py.status !== 0) throw new Error(py.stderr);
const r = JSON.parse(py.stdout);
for (const d of r.disagreements.slice(0, 10)) console.log(JSON.stringify({ ...d, given: cases[d.case].given }));
for (const [kind, s] of Object.entries(r.summary)) console.log(`${kind}: ${s.problems} problems, ${s.values} values compared, ${s.disagree} disagree${s.worst !== undefined ? `, largest relative difference ${s.worst.toExponential(2)}` : ''}`);
if (keep) {
  const root = new URL('..', import.meta.url).pathname;
  const opt = r.torch.filter((t) => cases[t.case].kind === 'optimizer-steps').slice(0, 40).map((t) => ({ given: cases[t.case].given, torch: t.steps }));
  const seq = r.torch.filter((t) => cases[t.case].kind === 'param-count').slice(0, 40).map((t) => ({ input: cases[t.case].given.input, layers: cases[t.case].given.layers, torch: t.layers }));
  writeFileSync(join(root, 'src/kinds/optimizer-steps/fixtures/torch-cases.json'), JSON.stringify(opt) + '\n');
  writeFileSync(join(root, 'src/layers/fixtures/torch-sequence-cases.json'), JSON.stringify(seq) + '\n');
}
process.exitCode = r.disagreements.length ? 1 : 0;
