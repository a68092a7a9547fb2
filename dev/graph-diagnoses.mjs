// Development check of kind graph's diagnoses on random graphs: a student's wrong gradient is
// computed independently with PyTorch (dev/graph_torch.py with the mistake made: a sign, a
// transpose, a factor, a use cut with stop(), σ for σ′, the softmax Jacobian's diagonal, batch
// norm without its statistics' paths, a bias gradient not summed over the batch), graded by the
// kind, and the code it names is tallied against the mistake made.
//
//   node dev/graph-diagnoses.mjs [graphs per mistake] [seed]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generator } from './graph-generator.mjs';
import { loadProblem } from '../dist/grading/problems.js';
import { computeReference } from '../dist/grading/references.js';
import { loadYamlText } from '../dist/load/yaml.js';

const [count = 30, seed = 1] = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const gen = generator(seed);
let k = 0;
const draw = (features) => { k++; return gen.problem(features[k % features.length], gen.losses[k % gen.losses.length]); };
const flat = (v) => (Array.isArray(v) ? v.flat(Infinity) : [v]);
const transpose = (m) => m[0].map((_, j) => m.map((r) => r[j]));
const ALL = gen.ops;
const torch = (items) => {
  const py = spawnSync('/usr/bin/python3', [new URL('./graph_torch.py', import.meta.url).pathname, '--batch'], { input: JSON.stringify(items), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (py.status !== 0) throw new Error(py.stderr);
  return JSON.parse(py.stdout);
};
const params = (c) => Object.keys(c.given.params ?? {});
const shape = (v) => (Array.isArray(v) ? [v.length, ...shape(v[0])] : []);

// Each mistake: the graphs it is drawn on, how to make it (PyTorch modes or a rewritten graph),
// which tensor's gradient the student answers and how it is written, and the codes that name it.
const MISTAKES = {
  sign: { features: ALL, pick: (c) => params(c), answer: (t, p) => scale(t.grads[p], -1), codes: ['graph.sign-flipped'] },
  transposed: { features: ['matmul', 'rnn', 'attention', 'relu'], pick: (c) => params(c).filter((p) => { const s = shape(c.given.params[p]); return s.length === 2 && s[0] > 1 && s[1] > 1 && s[0] !== s[1]; }), answer: (t, p) => transpose(t.grads[p]), codes: ['graph.transposed'] },
  half: { features: ALL, pick: (c) => params(c), answer: (t, p) => scale(t.grads[p], 0.5), codes: ['graph.factor-off', 'graph.batch-mean'] },
  double: { features: ALL, pick: (c) => params(c), answer: (t, p) => scale(t.grads[p], 2), codes: ['graph.factor-off', 'graph.batch-sum'] },
  sigmoid: { features: ['sigmoid'], modes: { sigmoid: 'value-for-derivative' }, pick: (c) => params(c), codes: ['graph.activation-value'] },
  tanh: { features: ['tanh', 'rnn'], modes: { tanh: 'value-for-derivative' }, pick: (c) => params(c), codes: ['graph.activation-value'] },
  softmax: { features: ['softmax', 'attention'], modes: { softmax: 'diagonal-only' }, pick: (c) => params(c), codes: ['graph.softmax-diagonal'] },
  batchnorm: { features: ['batch_norm'], modes: { batch_norm: 'no-stat-paths' }, pick: (c) => params(c), codes: ['graph.norm-no-stats'] },
  missing: {
    features: ['rnn', 'relu', 'attention', 'mul'],
    // a tensor used in two lines: its use in the first of them carries no gradient
    rewrite: (c) => {
      const lines = c.given.graph, names = [...Object.keys(c.given.inputs ?? {}), ...params(c), ...lines.map((l) => l.split(' = ')[0])];
      for (const n of names) {
        const re = new RegExp(`\\b${n}\\b`, 'g'), uses = lines.map((l) => (l.split(' = ')[1].match(re) ?? []).length);
        if (uses.filter(Boolean).length < 2 || !(n in (c.given.params ?? {}) || n in (c.given.inputs ?? {}))) continue;
        const first = uses.findIndex(Boolean);
        return { target: n, graph: lines.map((l, i) => (i === first ? `${l.split(' = ')[0]} = ${l.split(' = ')[1].replace(re, `stop(${n})`)}` : l)) };
      }
      return null;
    },
    codes: ['graph.missing-path'],
  },
  broadcast: {
    features: ['matmul', 'relu', 'rnn'],
    // h = c @ W + b with b of shape (k) and a batch of 2 or more: the first example's gradient
    bias: (c) => {
      for (const l of c.given.graph) {
        const m = l.match(/^(h\d+) = \S+ @ W\d+ \+ (b\d+)$/);
        if (m && shape(c.given.params[m[2]]).length === 1 && c.shapes[m[1]][0] >= 2) return { line: m[1], b: m[2] };
      }
      return null;
    },
    codes: ['graph.broadcast-sum'],
  },
};
function scale(v, f) { return Array.isArray(v) ? v.map((x) => scale(x, f)) : v * f; }

const dir = mkdtempSync(join(tmpdir(), 'gc-graph-diag-'));
const tally = {};
const misses = [];
for (const [name, m] of Object.entries(MISTAKES)) {
  const t = (tally[name] = { graded: 0, named: 0, other: {} });
  for (let tries = 0; t.graded < count && tries < count * 20; ) {
    const batch = Array.from({ length: 40 }, () => draw(m.features));
    const plans = batch.map((c) => {
      if (m.rewrite) { const r = m.rewrite(c); return r && { c, item: { given: { ...c.given, graph: r.graph } }, target: r.target }; }
      if (m.bias) { const r = m.bias(c); return r && { c, item: { given: c.given }, target: r.b, line: r.line }; }
      const ps = m.pick(c);
      return ps.length ? { c, item: m.modes ? { given: c.given, mistakes: m.modes } : { given: c.given }, target: ps[0] } : null;
    }).filter(Boolean);
    const truth = torch(plans.map((p) => p.c.given)), wrong = torch(plans.map((p) => p.item));
    for (const [i, p] of plans.entries()) {
      tries++;
      if (t.graded >= count || truth[i].error || truth[i].kinks || wrong[i].error || wrong[i].kinks) continue;
      let target = p.target;
      if (m.modes || m.rewrite) {
        // the param whose gradient the mistake changes most (relative), when it changes any
        const cands = (m.rewrite ? [target] : params(p.c)).map((q) => {
          const a = flat(wrong[i].grads[q]), b = flat(truth[i].grads[q]);
          const d = Math.max(...a.map((x, j) => Math.abs(x - b[j]))), s = Math.max(...b.map(Math.abs));
          return { q, rel: d / (s + 1e-12) };
        }).sort((x, y) => y.rel - x.rel);
        if (!cands.length || cands[0].rel < 1e-3) continue;
        target = cands[0].q;
      }
      const ans = m.bias ? wrong[i].grads[p.line][0] : m.answer ? m.answer(truth[i], target) : wrong[i].grads[target];
      const right = flat(truth[i].grads[target]);
      if (Math.max(...right.map(Math.abs)) < 1e-6) continue; // a zero gradient: no mistake shows
      if (flat(ans).length === right.length && flat(ans).every((x, j) => Math.abs(x - right[j]) <= 1e-6 * (1 + Math.abs(right[j])))) continue; // the mistake changes nothing here
      const part = `d${target}`;
      const file = join(dir, `${name}${t.graded}.json`);
      writeFileSync(file, JSON.stringify({ id: `${name}${t.graded}`, kind: 'graph', given: p.c.given, parts: { [part]: 1 } }));
      const lp = loadProblem(file);
      if ('errors' in lp) { misses.push({ mistake: name, refused: lp.errors[0].message }); continue; }
      const { ref } = await computeReference(lp, { cacheDir: null, crossCheck: false });
      if (ref.kinks || ref.ties) continue;
      const node = loadYamlText(JSON.stringify(ans)).root;
      const grades = lp.verifier.grade({ problem: lp.problem, ref, asked: [part], answers: new Map([[part, { answer: lp.verifier.parseAnswer(part, node, lp.problem.given), pos: node.pos }]]) });
      const g = grades.get(part);
      const codes = [...new Set(g.findings.filter((f) => f.severity === 'error').map((f) => f.code))];
      t.graded++;
      if (codes.some((x) => m.codes.includes(x))) t.named++;
      else {
        const key = codes.join('+') || (g.fraction === 1 ? 'accepted as right' : 'no code');
        t.other[key] = (t.other[key] ?? 0) + 1;
        if (misses.filter((x) => x.mistake === name).length < 2) misses.push({ mistake: name, part, got: key, answer: ans, given: p.c.given });
      }
    }
  }
}
rmSync(dir, { recursive: true, force: true });
for (const x of misses) console.log(JSON.stringify(x));
for (const [name, t] of Object.entries(tally)) console.log(`${name}: ${t.graded} graphs graded, ${t.named} named ${MISTAKES[name].codes.join(' or ')}${Object.keys(t.other).length ? `; otherwise: ${Object.entries(t.other).map(([c, n]) => `${n} ${c}`).join(', ')}` : ''}`);
