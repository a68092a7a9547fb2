// Development check of conv-backprop against PyTorch (float64 autograd): random layers (shapes,
// strides, paddings, ReLU or max pooling after, δ given or from a loss), our exact reference
// against torch's. Needs Debian's python3-torch. `node dev/conv-torch.mjs [cases] [seed] [--keep FILE]`
// (--keep writes the first 40 cases with torch's values as a test fixture).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { convBackprop } from '../dist/kinds/conv-backprop/index.js';
import { partValue } from '../dist/kinds/conv-backprop/grade.js';
import { loadYamlText } from '../dist/load/yaml.js';

const [count = 300, seed0 = 1] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !a.endsWith('.json')).map(Number);
const keep = process.argv.includes('--keep') ? process.argv[process.argv.indexOf('--keep') + 1] : null;
let seed = seed0;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const val = () => (rnd() < 0.5 ? int(-3, 3) : int(-20, 20) / 10);
const tensor = (dims) => (dims.length === 0 ? val() : Array.from({ length: dims[0] }, () => tensor(dims.slice(1))));

const cases = [];
for (let k = 0; k < count; k++) {
  const B = int(1, 3), C = int(1, 3), F = int(1, 3), H = int(2, 7), W = int(2, 7), p = int(0, 2), s = int(1, 3);
  const kh = int(1, Math.min(4, H + 2 * p)), kw = int(1, Math.min(4, W + 2 * p));
  const Ho = Math.floor((H + 2 * p - kh) / s) + 1, Wo = Math.floor((W + 2 * p - kw) / s) + 1;
  const r = rnd();
  const after = r < 0.3 ? 'relu' : r < 0.5 && Ho >= 2 && Wo >= 2 ? { maxpool: 2 } : null;
  const oh = after?.maxpool ? Math.floor(Ho / 2) : Ho, ow = after?.maxpool ? Math.floor(Wo / 2) : Wo;
  const c = { input: tensor([B, C, H, W]), filters: tensor([F, C, kh, kw]), bias: tensor([F]), stride: s, padding: p };
  if (after) c.after = after;
  const u = rnd();
  if (u < 0.5) c.upstream = tensor([B, F, oh, ow]);
  else if (u < 0.75) c.loss = { 'half-sse': tensor([B, F, oh, ow]) };
  else c.loss = { 'weighted-sum': tensor([B, F, oh, ow]) };
  cases.push(c);
}
const py = spawnSync('/usr/bin/python3', [new URL('./conv_torch.py', import.meta.url).pathname], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
if (py.status !== 0) throw new Error(py.stderr);
const torch = JSON.parse(py.stdout);
let worst = 0, bad = 0, entries = 0, ties = 0;
const flat = (t) => (Array.isArray(t) ? t.flatMap(flat) : [t]);
cases.forEach((c, i) => {
  const g = convBackprop.prepare(loadYamlText(JSON.stringify(c)).root, 'p');
  const ref = convBackprop.reference(g);
  // At an exact ReLU kink or a tie at a pooling maximum, float64 rounding decides torch's side;
  // grading accepts either convention, so torch is compared with the pass it matches best.
  const diffs = ref.passes.map((pass) => ['Z', 'dZ', 'dX', 'dW', 'db'].flatMap((part) => {
    const theirs = flat(torch[i][part]);
    return flat(partValue(g, pass, part)).map((x, j) => ({ part, j, ours: x.toNumber(), theirs: theirs[j] }));
  }));
  const off = (d) => Math.abs(d.ours - d.theirs) > 1e-9 * (1 + Math.abs(d.ours));
  const best = diffs.reduce((a, b) => (b.filter(off).length < a.filter(off).length ? b : a));
  if (ref.passes.length > 1 && best.some(off)) return void ties++; // torch mixed the conventions within one layer
  for (const d of best) {
    entries++;
    worst = Math.max(worst, Math.abs(d.ours - d.theirs));
    if (off(d)) bad++, bad <= 5 && console.log(`case ${i} ${d.part}[${d.j}]: ours ${d.ours}, torch ${d.theirs}`);
  }
});
console.log(`${cases.length - ties} layers (${ties} left out: torch took different conventions at two exact ReLU kinks or pooling ties of one layer), ${entries} entries compared with PyTorch float64: ${bad} disagree, largest difference ${worst}`);
if (keep) writeFileSync(keep, JSON.stringify(cases.slice(0, 40).map((c, i) => ({ given: c, torch: torch[i] }))) + '\n');
process.exitCode = bad ? 1 : 0;
