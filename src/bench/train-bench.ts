// `npm run bench:train [-- MAX_TRAIN]`: seconds per epoch of the seed-002 MLP (784-456-128-10)
// and CNN (8 and 16 5×5 filters, dense 128) on Fashion-MNIST (batch 100, SGD, lr 0.001) with
// tfjs on the wasm backend, and, when Debian's python3-torch is installed, the same networks
// trained by a small PyTorch script; prints the ratios.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, resolveFiles } from '../data/datasets.js';
import { loadTf } from '../tfjs/load.js';
import type { Layer } from '../layers/types.js';
import { train, type Settings } from '../kinds/training-claims/train.js';

const maxTrain = Number(process.argv[2] ?? 60_000);
const pos = { line: 0, column: 0 };
const L = (l: Omit<Layer, 'pos'>): Layer => ({ ...l, pos });
const MLP = { name: 'mlp', input: [784], layers: [L({ type: 'dense', units: 456 }), L({ type: 'relu' }), L({ type: 'dense', units: 128 }), L({ type: 'relu' }), L({ type: 'dense', units: 10 })] };
const CNN = {
  name: 'cnn',
  input: [1, 28, 28],
  layers: [
    L({ type: 'conv', filters: 8, kernel: 5, padding: 2 }), L({ type: 'relu' }), L({ type: 'maxpool', size: 2 }),
    L({ type: 'conv', filters: 16, kernel: 5, padding: 2 }), L({ type: 'relu' }), L({ type: 'maxpool', size: 2 }),
    L({ type: 'flatten' }), L({ type: 'dense', units: 128 }), L({ type: 'relu' }), L({ type: 'dense', units: 10 }),
  ],
};
const settings: Settings = { optimizer: 'sgd', lr: 0.001, momentum: 0, batch: 100, epochs: 1, weightDecay: 0, init: { kind: 'xavier', std: 0 } };

const PYTORCH = String.raw`
import gzip, sys, time, numpy as np, torch, torch.nn as nn
torch.set_num_threads(2); torch.manual_seed(1)
def idx(p):
    with (gzip.open(p) if p.endswith('.gz') else open(p, 'rb')) as f: b = f.read()
    nd = b[3]; dims = [int.from_bytes(b[4+4*i:8+4*i], 'big') for i in range(nd)]
    return np.frombuffer(b, np.uint8, offset=4+4*nd).reshape(dims)
n = int(sys.argv[5])
x = torch.tensor(idx(sys.argv[1])[:n], dtype=torch.float32).div(255).unsqueeze(1); y = torch.tensor(idx(sys.argv[2])[:n], dtype=torch.long)
mlp = nn.Sequential(nn.Flatten(), nn.Linear(784, 456), nn.ReLU(), nn.Linear(456, 128), nn.ReLU(), nn.Linear(128, 10))
cnn = nn.Sequential(nn.Conv2d(1, 8, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
for name, m in (('mlp', mlp), ('cnn', cnn)):
    opt = torch.optim.SGD(m.parameters(), lr=0.001); loss = nn.CrossEntropyLoss(); t = time.time()
    perm = torch.randperm(n)
    for i in range(0, n, 100):
        idx_ = perm[i:i+100]; opt.zero_grad(); l = loss(m(x[idx_]), y[idx_]); l.backward(); opt.step()
    print(name, time.time() - t)
`;

const { files, source } = resolveFiles({ name: 'fashion-mnist' });
const data = loadDataset({ name: 'fashion-mnist' }, { maxTrain, maxTest: 1000 });
const { tf, engine } = await loadTf('fast');
console.log(`Fashion-MNIST from ${source}: ${data.train.n} training images, batch 100, SGD, one epoch; ${engine}`);
const ours: Record<string, number> = {};
for (const spec of [MLP, CNN]) {
  // Timed from the end of the first step (model built, threads started) to the end of the epoch.
  let t0 = 0, from = 0, t1 = 0;
  await train(tf, spec, data, settings, 1, () => (t1 = performance.now()), (_, done) => {
    if (!t0) [t0, from] = [performance.now(), done];
  });
  ours[spec.name] = ((t1 - t0) / 1000) * (60_000 / (data.train.n - from));
  console.log(`tfjs ${spec.name}: ${ours[spec.name].toFixed(1)} s per 60k epoch`);
}
// Debian's python3-torch lives in the system Python, which may not be the first python3 on PATH.
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0);
if (!python) console.log("PyTorch: not installed (Debian's python3-torch with libopenblas0-pthread); no ratio printed");
else {
  const dir = mkdtempSync(join(tmpdir(), 'gc-torch-'));
  writeFileSync(join(dir, 'bench.py'), PYTORCH);
  const r = spawnSync(python, [join(dir, 'bench.py'), files.trainImages, files.trainLabels, files.testImages, files.testLabels, String(data.train.n)], { encoding: 'utf8' });
  if (r.status !== 0) console.log(`PyTorch failed: ${r.stderr.split('\n').slice(-3).join(' ')}`);
  else {
    for (const line of r.stdout.trim().split('\n')) {
      const [name, s] = line.split(' ');
      const torch = Number(s) * (60_000 / data.train.n);
      console.log(`pytorch ${name}: ${torch.toFixed(1)} s per 60k epoch; tfjs/pytorch = ${(ours[name] / torch).toFixed(2)}`);
    }
  }
}
