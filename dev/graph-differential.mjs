// Development check of kind `graph`: its exact reference (every named tensor's value and
// ∂loss/∂name) against an independent PyTorch 1.13 float64 autograd implementation
// (dev/graph_torch.py: its own parser, PyTorch's operations) on random graphs of every operation
// of the language (dev/graph-generator.mjs). Needs Debian's python3-torch and a built dist/.
//
//   node dev/graph-differential.mjs [graphs] [seed] [--keep FILE] [--torch-only]
//
// A graph whose ReLU input is 0 or whose max-pool window has a tie (either convention is right
// there), or whose bce takes a probability within 1e-9 of 0 or 1 (beyond float64: PyTorch clamps
// its log at -100, the exact value does not), is left out of the count and another is drawn; the
// kinked ones are then compared apart, each with every convention gradecheck keeps (one must be
// PyTorch's). Exit status 1 on any disagreement. --keep writes 40 graphs with PyTorch's
// figures as a test fixture (src/kinds/graph/fixtures/torch-cases.json).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generator } from './graph-generator.mjs';

const args = process.argv.slice(2);
const [count = 2000, seed = 1] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const keep = args.includes('--keep') ? args[args.indexOf('--keep') + 1] : null;
const torchOnly = args.includes('--torch-only');
const gen = generator(seed);

function torch(givens) {
  const py = spawnSync('/usr/bin/python3', [new URL('./graph_torch.py', import.meta.url).pathname, '--batch'], { input: JSON.stringify(givens), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (py.status !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout);
}

// Draw graphs, each operation in turn as the featured one (and each loss in turn), until `count`
// are free of kinks and ties.
const cases = [], kinked = [], skipped = { kinks: 0 }, torchErrors = [];
for (let i = 0; cases.length < count; ) {
  const batch = [];
  for (let k = 0; k < Math.min(200, 2 * (count - cases.length)); k++, i++) batch.push(gen.problem(gen.ops[i % gen.ops.length], gen.losses[i % gen.losses.length]));
  torch(batch.map((b) => b.given)).forEach((t, k) => {
    if (t.error) torchErrors.push({ error: t.error, graph: batch[k].given.graph });
    else if (t.kinks) {
      skipped.kinks++;
      for (const why of new Set(t.kinks.map((k) => k.split(':')[0]))) skipped[why] = (skipped[why] ?? 0) + 1;
      if (!t.kinks.some((k) => k.startsWith('bce') || k.startsWith('float64'))) kinked.push({ ...batch[k], torch: t });
    }
    else if (cases.length < count) cases.push({ ...batch[k], torch: t });
  });
}
if (torchErrors.length) console.log(`PyTorch refused ${torchErrors.length} generated graphs (a generator bug):`, JSON.stringify(torchErrors.slice(0, 3)));

const featured = {};
for (const c of cases) featured[c.feature] = (featured[c.feature] ?? 0) + 1;
const flat = (v) => (Array.isArray(v) ? v.flat(Infinity) : [v]);

if (torchOnly) {
  console.log(`${cases.length} graphs through PyTorch (${skipped.kinks} drawn with a kink or tie left out); featured: ${JSON.stringify(featured)}`);
  process.exit(torchErrors.length ? 1 : 0);
}

const { loadProblem } = await import('../dist/grading/problems.js');
const { computeReference } = await import('../dist/grading/references.js');
const { graphValues } = await import('./graph-ts-values.mjs');

const dir = mkdtempSync(join(tmpdir(), 'gc-graph-diff-'));
let values = 0, worst = 0, noisy = 0;

/** gradecheck's reference of case c: its passes as float arrays, or a disagreement (refused, threw). */
async function reference(c, i) {
  const names = Object.keys(c.torch.values);
  const parts = Object.fromEntries(names.flatMap((n) => (c.frozen.includes(n) ? [[n, 1]] : [[n, 1], [`d${n}`, 1]])));
  const file = join(dir, `g${i}.yaml`);
  writeFileSync(file, JSON.stringify({ id: `g${i}`, kind: 'graph', given: c.given, parts }));
  const lp = loadProblem(file);
  if ('errors' in lp) return { error: { case: i, what: 'refused by gradecheck', detail: lp.errors[0].message, given: c.given } };
  try {
    const ref = (await computeReference(lp, { cacheDir: null, crossCheck: false })).ref;
    return { ref, passes: ref.passes.map((_, k) => graphValues(lp, ref, k)) };
  } catch (e) {
    return { error: { case: i, what: 'gradecheck threw', detail: String(e?.stack ?? e).slice(0, 400), given: c.given } };
  }
}

/** The entries where one pass of gradecheck and PyTorch differ beyond float64 noise. */
function compare(c, i, ts, count) {
  c.scale ??= Math.max(...Object.values(c.torch.values).flatMap(flat).map(Math.abs), ...Object.values(c.torch.grads).flatMap(flat).map(Math.abs));
  const off = [];
  for (const [kind, table] of [['value', c.torch.values], ['grad', c.torch.grads]]) {
    for (const [name, theirsRaw] of Object.entries(table)) {
      if (kind === 'grad' && c.frozen.includes(name)) continue; // a mask: no gradient part
      const theirs = flat(theirsRaw), ours = ts[kind][name];
      if (!ours) { off.push({ case: i, what: `${kind} of ${name} missing`, given: c.given }); continue; }
      if (ours.length !== theirs.length) { off.push({ case: i, what: `${kind} of ${name}: ${ours.length} entries, PyTorch ${theirs.length}`, given: c.given }); continue; }
      // float64 noise: relative 1e-9, 1e-12 of the tensor's largest entry (a cancellation), and
      // 1e-12 of the graph's largest value or gradient: a saturated softmax (weights 1 − ε, ε)
      // makes float64 cancel ∂L/∂A of hundreds down to ε-sized terms, leaving ~1e-14 of it as noise
      const scale = Math.max(...theirs.map(Math.abs));
      theirs.forEach((b, j) => {
        const a = ours[j], d = Math.abs(a - b);
        if (count) {
          values++;
          const rel = d / (Math.abs(b) + 1e-3 * (1 + scale));
          if (Number.isFinite(rel)) worst = Math.max(worst, rel);
        }
        const tol = 1e-9 * Math.abs(b) + 1e-12 * (1 + scale) + 1e-12 * c.scale;
        if (count && d <= tol && d > 1e-9 * Math.abs(b) + 1e-12 * (1 + scale)) noisy++;
        if (!(d <= tol) && !(a === b)) off.push({ case: i, what: `${kind === 'grad' ? 'd' : ''}${name}[${j}]`, gradecheck: a, pytorch: b, given: c.given });
      });
    }
  }
  return off;
}

const disagreements = [];
const t0 = Date.now();
for (const [i, c] of cases.entries()) {
  const r = await reference(c, i);
  if (r.error) disagreements.push(r.error);
  else disagreements.push(...compare(c, i, r.passes[0], true));
  if ((i + 1) % 250 === 0) console.error(`${i + 1}/${cases.length} graphs, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// Graphs with a ReLU input of 0 or a max-pool tie: gradecheck keeps a pass per convention, and
// one of them must be PyTorch's (ReLU'(0) = 0, leaky ReLU'(0) = α, the first maximum). A kink
// that is exact in rationals but not in float64 (0.1 + 0.2 − 0.3) may make PyTorch take the
// other slope: such a graph is counted apart, not as a disagreement.
const kinkStats = { graphs: 0, agree: 0, floatOnly: 0 }, kinkDisagreements = [];
for (const [k, c] of kinked.entries()) {
  const i = `k${k}`;
  const r = await reference(c, i);
  if (r.error) { kinkDisagreements.push(r.error); continue; }
  kinkStats.graphs++;
  const offs = r.passes.map((p) => compare(c, i, p, false));
  if (offs.some((o) => o.length === 0)) kinkStats.agree++;
  else if (!r.ref.kinks && !r.ref.ties) kinkStats.floatOnly++; // not a kink in exact arithmetic
  else kinkDisagreements.push({ ...offs[0][0], passes: r.passes.length, count: offs[0].length });
}
rmSync(dir, { recursive: true, force: true });

const byCase = new Map();
for (const d of disagreements) byCase.set(d.case, [...(byCase.get(d.case) ?? []), d]);
for (const ds of [...byCase.values()].slice(0, 20)) console.log(JSON.stringify({ case: ds[0].case, feature: cases[ds[0].case].feature, count: ds.length, first: ds.slice(0, 3).map(({ given, ...r }) => r), given: ds[0].given }));
console.log(`graph: ${cases.length} random graphs (seed ${seed}; ${skipped.kinks} more drawn and left out: ${Object.entries(skipped).filter(([k]) => k !== 'kinks').map(([k, v]) => `${v} ${k}`).join(', ')}), ${values} values compared (every named tensor's value and gradient), ${disagreements.length} disagree, largest relative difference ${worst.toExponential(2)}; ${noisy} values agree only within 1e-12 of the graph's largest figure (float64 cancellation)`);
console.log(`kinks and ties: ${kinkStats.graphs} of the graphs left out compared with each of gradecheck's conventions: ${kinkStats.agree} agree with one of them entirely, ${kinkStats.floatOnly} are kinks in float64 only (not in exact arithmetic), ${kinkDisagreements.length} disagree`);
for (const d of kinkDisagreements.slice(0, 5)) console.log(JSON.stringify(d));
console.log(`featured operations: ${Object.entries(featured).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (keep) {
  // 40 graphs, the first of each featured operation first, with PyTorch's figures.
  const pickFor = [...new Map([...cases].reverse().map((c) => [c.feature, c])).values()].reverse();
  const rest = cases.filter((c) => !pickFor.includes(c));
  const kept = [...pickFor, ...rest].slice(0, 40).map((c) => ({ feature: c.feature, loss: c.lossKind, frozen: c.frozen, given: c.given, torch: { values: c.torch.values, grads: c.torch.grads } }));
  writeFileSync(keep, JSON.stringify(kept) + '\n');
}
process.exitCode = disagreements.length || kinkDisagreements.length || torchErrors.length ? 1 : 0;
