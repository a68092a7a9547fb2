// Framework defaults as named initialisations, on both engines: `pytorch` (Kaiming-uniform with
// a = √5 for weights, i.e. uniform ±1/√fan_in, and biases uniform ±1/√fan_in) and `keras`
// (Glorot-uniform weights, zero biases). Checked against the statistics of the layers themselves:
// tfjs's built model here, and torch.nn's own defaults through the PyTorch engine's `build`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadTf } from '../../tfjs/load.js';
import type { Layer } from '../../layers/types.js';
import { buildModel, type ModelSpec, type Settings } from './train.js';
import { torchPython } from './engines.js';

const pos = { line: 1, column: 1 };
const L = (l: Omit<Layer, 'pos'>): Layer => ({ ...l, pos });
const MLP: ModelSpec = { name: 'mlp', input: [400], layers: [L({ type: 'dense', units: 300 }), L({ type: 'relu' }), L({ type: 'dense', units: 10 })] };
const CNN: ModelSpec = { name: 'cnn', input: [3, 8, 8], layers: [L({ type: 'conv', filters: 64, kernel: 5, padding: 2 }), L({ type: 'relu' }), L({ type: 'flatten' }), L({ type: 'dense', units: 10 })] };
const settings = (kind: Settings['init']['kind']): Settings => ({ optimizer: 'sgd', lr: 0.1, momentum: 0, batch: 10, epochs: 1, weightDecay: 0, init: { kind, std: 0 } });

interface Stats { fanIn: number; fanOut: number; wMax: number; wStd: number; bMax: number; bStd: number }
const stats = (w: number[], b: number[], fanIn: number, fanOut: number): Stats => {
  const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);
  return { fanIn, fanOut, wMax: Math.max(...w.map(Math.abs)), wStd: sd(w), bMax: Math.max(...b.map(Math.abs)), bStd: sd(b) };
};

/** The first weighted layer's statistics in the tfjs model. */
async function tfjsStats(spec: ModelSpec, kind: Settings['init']['kind']): Promise<Stats> {
  const { tf } = await loadTf('fast');
  const model = buildModel(tf, spec, settings(kind), 10, 1);
  const [kernel, bias] = model.layers[0].getWeights();
  const shape = kernel.shape;
  const fanIn = shape.length === 4 ? shape[0] * shape[1] * shape[2] : shape[0];
  const fanOut = shape.length === 4 ? shape[0] * shape[1] * shape[3] : shape[1];
  const s = stats([...kernel.dataSync()], [...bias.dataSync()], fanIn, fanOut);
  model.dispose();
  return s;
}

/** What a layer of this init must look like: uniform weights to `bound` (std bound/√3), biases as given. */
const expected = (kind: 'pytorch' | 'keras', s: Stats) => {
  const wBound = kind === 'pytorch' ? 1 / Math.sqrt(s.fanIn) : Math.sqrt(6 / (s.fanIn + s.fanOut));
  return { wBound, bBound: kind === 'pytorch' ? 1 / Math.sqrt(s.fanIn) : 0 };
};

function expectInit(kind: 'pytorch' | 'keras', s: Stats) {
  const { wBound, bBound } = expected(kind, s);
  expect(s.wMax).toBeLessThanOrEqual(wBound * (1 + 1e-6));
  expect(s.wMax).toBeGreaterThan(wBound * 0.97); // thousands of draws reach near the bound
  expect(s.wStd / (wBound / Math.sqrt(3))).toBeCloseTo(1, 1);
  if (bBound === 0) expect(s.bMax).toBe(0);
  else {
    expect(s.bMax).toBeLessThanOrEqual(bBound * (1 + 1e-6));
    expect(s.bStd / (bBound / Math.sqrt(3))).toBeGreaterThan(0.6); // 10–300 draws: loose, but never zero
  }
}

describe('framework initialisations on tfjs', () => {
  it.each([
    ['pytorch', 'dense', MLP],
    ['pytorch', 'conv', CNN],
    ['keras', 'dense', MLP],
    ['keras', 'conv', CNN],
  ] as const)('%s on a %s layer', async (kind, _l, spec) => {
    expectInit(kind, await tfjsStats(spec, kind));
  });
});

const python = torchPython();

describe.runIf(python)('framework initialisations on the PyTorch engine, against torch.nn', () => {
  // The engine's build() for each init, and a fresh torch.nn layer (its own defaults) for comparison.
  const script = `
import json, sys, torch
sys.path.insert(0, "python")
from torch_engine import build
torch.manual_seed(1)
out = {}
for kind in ["pytorch", "keras"]:
    for name, spec in json.loads(sys.argv[1]).items():
        m = build(spec, {"init": {"kind": kind, "std": 0}}, 10)
        layer = next(x for x in m if isinstance(x, (torch.nn.Linear, torch.nn.Conv2d)))
        w, b = layer.weight.detach().flatten(), layer.bias.detach().flatten()
        fan_in, fan_out = torch.nn.init._calculate_fan_in_and_fan_out(layer.weight)
        out[kind + "-" + name] = dict(fanIn=fan_in, fanOut=fan_out, wMax=w.abs().max().item(), wStd=w.pow(2).mean().sqrt().item(), bMax=b.abs().max().item(), bStd=b.pow(2).mean().sqrt().item())
ref = {"mlp": torch.nn.Linear(400, 300), "cnn": torch.nn.Conv2d(3, 64, 5, padding=2)}
for name, layer in ref.items():
    w, b = layer.weight.detach().flatten(), layer.bias.detach().flatten()
    out["torch.nn-" + name] = dict(wMax=w.abs().max().item(), wStd=w.pow(2).mean().sqrt().item(), bMax=b.abs().max().item())
print(json.dumps(out))
`;
  const plain = (spec: ModelSpec) => ({ name: spec.name, input: spec.input, layers: spec.layers.map(({ pos: _p, ...l }) => l) });
  const r = spawnSync(python!, ['-c', script, JSON.stringify({ mlp: plain(MLP), cnn: plain(CNN) })], { encoding: 'utf8' });
  const got = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, Stats>) : null;

  it('runs', () => expect(r.stderr && r.status !== 0 ? r.stderr : '').toBe(''));

  it.each([
    ['pytorch', 'mlp'],
    ['pytorch', 'cnn'],
    ['keras', 'mlp'],
    ['keras', 'cnn'],
  ] as const)('%s on the %s layer has the distribution it names', (kind, name) => {
    expectInit(kind, got![`${kind}-${name}`]);
  });

  it.each(['mlp', 'cnn'] as const)('pytorch matches torch.nn\'s own %s layer and the tfjs engine', async (name) => {
    const engine = got![`pytorch-${name}`], own = got![`torch.nn-${name}`];
    const tfjs = await tfjsStats(name === 'mlp' ? MLP : CNN, 'pytorch');
    for (const s of [own, tfjs]) {
      expect(s.wMax / engine.wMax).toBeCloseTo(1, 1);
      expect(s.wStd / engine.wStd).toBeCloseTo(1, 1);
    }
    expect(own.bMax).toBeLessThanOrEqual(1 / Math.sqrt(engine.fanIn) + 1e-7);
  });
});
