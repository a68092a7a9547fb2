// Writes solutions/sequences-student.yaml: the bundled student of problems/sequences, whose wrong
// numbers are computed by running each mistake (never guessed), rounded to 6 significant figures
// as a student writes them. Run after `npm run build`: node dev/sequences-student.mjs
import { writeFileSync } from 'node:fs';
import { loadProblem } from '../dist/grading/problems.js';
import { computeReference } from '../dist/grading/references.js';
import { runAll } from '../dist/kinds/optimizer-steps/run.js';
import { valueOf } from '../dist/kinds/optimizer-steps/grade.js';
import { runStack } from '../dist/layers/engine.js';
import { mistakenCounts } from '../dist/layers/sequence.js';

const root = new URL('..', import.meta.url).pathname;
const load = (id) => {
  const lp = loadProblem(`${root}problems/sequences/${id}.yaml`);
  if ('errors' in lp) throw new Error(lp.errors[0].message);
  return lp;
};
const six = (v) => (v.isRational && v.toString().length <= 8 ? v.toString() : v.toDecimalString(6));
const vec = (v) => `[${v.map(six).join(', ')}]`;
const L = ['# yaml-language-server: $schema=../schemas/submission.schema.json', '# Made by dev/sequences-student.mjs: each wrong number is the named mistake, run.', 'student: sequences-student', 'assignment: sequences', 'answers:'];

// Optimisers: each problem worked with one mistake throughout.
const mistakes = { 'seq-adam': ['no-bias-correction', 'Adam without bias correction (m̂ = m, v̂ = v)'], 'seq-adamw': ['decay-other', 'the weight decay added to the gradient (Adam + L2) where AdamW decouples it'], 'seq-momentum': ['momentum-other', "PyTorch's v = μv + g, w −= ηv where the problem uses the classical form"] };
for (const [id, [mistake, why]] of Object.entries(mistakes)) {
  const lp = load(id);
  const run = runAll(lp.problem.given, mistake);
  L.push(`  ${id}:`, `    # ${why}`);
  for (const { id: part } of lp.problem.parts) L.push(`    ${part}: ${vec(valueOf(run, part))}`);
}

// Sequence models: one layer miscounted by a named mistake; the total is the sum of the student's rows.
const miscount = { 'seq-lstm-lm': ['layer.rnn-bias-vectors', 1, 'the LSTM counted with one bias vector per gate (Keras) where the problem counts PyTorch\'s two'], 'seq-transformer': ['layer.attention-heads-multiply', 2, 'the attention projections multiplied by the 4 heads'] };
for (const [id, [code, index, why]] of Object.entries(miscount)) {
  const lp = load(id);
  await computeReference(lp, { cacheDir: null, crossCheck: false });
  const g = lp.problem.given;
  const layers = g.layers.map((l) => l.layer);
  const run = runStack(layers, g.input, g.bias);
  let input = g.input;
  const rows = run.steps.map((s, i) => {
    let params = s.params;
    if (i === index) params = mistakenCounts(layers[i], input, g.bias).find((m) => m.code === code).count;
    input = s.out;
    return { type: layers[i].type, out: s.out, params };
  });
  L.push(`  ${id}:`, `    # ${why}`, '    layers:');
  for (const r of rows) L.push(`      - { type: ${r.type}, out: [${r.out.join(', ')}], params: ${r.params} }`);
  L.push(`    total: ${rows.reduce((a, r) => a + r.params, 0n)}`);
}
writeFileSync(`${root}solutions/sequences-student.yaml`, L.join('\n') + '\n');
