// `npm run bench:train [-- IMAGES [REPEATS]]`: seconds per epoch of the seed-002 networks, the MLP
// 784-456-128-10 and the CNN (8 and 16 5×5 filters, dense 128), on Fashion-MNIST (default 20,000
// images; batch 100, SGD, lr 0.001), side by side with the peer, PyTorch, in its best
// configuration on this machine:
// - PyTorch on 1 and on 2 threads, the faster reported, with OPENBLAS_CORETYPE and
//   OPENBLAS_L2_SIZE unset (set on some machines for old OpenBLAS builds, they slow today's), and
//   the BLAS library and kernel it runs on printed;
// - gradecheck's tfjs engine (wasm) on 1 and on 2 training threads, the faster reported;
// - gradecheck's PyTorch engine (python/torch_engine.py), as `grade` runs it.
// Each figure is the median of REPEATS runs (default 3) of the second of two epochs (the first
// pays for start-up), the evaluation of 1,000 test images included, for every engine alike.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, resolveFiles } from '../data/datasets.js';
import { loadTf } from '../tfjs/load.js';
import type { Layer } from '../layers/types.js';
import { train, trainThreads, type ModelSpec, type Settings } from '../kinds/training-claims/train.js';
import { torchPython } from '../kinds/training-claims/engines.js';
import { openTorch, torchEnv } from '../kinds/training-claims/torch-engine.js';

const images = Number(process.argv[2] ?? 20_000);
const repeats = Number(process.argv[3] ?? 3);
const pos = { line: 0, column: 0 };
const L = (l: Omit<Layer, 'pos'>): Layer => ({ ...l, pos });
const MLP: ModelSpec = { name: 'mlp', input: [784], layers: [L({ type: 'dense', units: 456 }), L({ type: 'relu' }), L({ type: 'dense', units: 128 }), L({ type: 'relu' }), L({ type: 'dense', units: 10 })] };
const CNN: ModelSpec = {
  name: 'cnn',
  input: [1, 28, 28],
  layers: [
    L({ type: 'conv', filters: 8, kernel: 5, padding: 2 }), L({ type: 'relu' }), L({ type: 'maxpool', size: 2 }),
    L({ type: 'conv', filters: 16, kernel: 5, padding: 2 }), L({ type: 'relu' }), L({ type: 'maxpool', size: 2 }),
    L({ type: 'flatten' }), L({ type: 'dense', units: 128 }), L({ type: 'relu' }), L({ type: 'dense', units: 10 }),
  ],
};
const settings: Settings = { optimizer: 'sgd', lr: 0.001, momentum: 0, batch: 100, epochs: 2, weightDecay: 0, init: { kind: 'xavier', std: 0 } };

// The peer: plain PyTorch, as a course's own script trains these networks.
const PEER = String.raw`
import ctypes, gzip, sys, time, numpy as np, torch, torch.nn as nn, torch.nn.functional as F
threads, n = int(sys.argv[5]), int(sys.argv[6])
torch.set_num_threads(threads); torch.manual_seed(1)
def idx(p):
    with (gzip.open(p) if p.endswith('.gz') else open(p, 'rb')) as f: b = f.read()
    nd = b[3]; dims = [int.from_bytes(b[4+4*i:8+4*i], 'big') for i in range(nd)]
    return np.frombuffer(b, np.uint8, offset=4+4*nd).reshape(dims)
x = torch.tensor(idx(sys.argv[1])[:n], dtype=torch.float32).div(255).unsqueeze(1); y = torch.tensor(idx(sys.argv[2])[:n], dtype=torch.long)
tx = torch.tensor(idx(sys.argv[3])[:1000], dtype=torch.float32).div(255).unsqueeze(1); ty = torch.tensor(idx(sys.argv[4])[:1000], dtype=torch.long)
def blas():
    libs = sorted({l.split()[-1] for l in open('/proc/self/maps') if 'blas' in l.split()[-1]})
    kernel = ''
    for l in libs:
        try: kernel = ctypes.CDLL(l).openblas_get_corename; kernel.restype = ctypes.c_char_p; kernel = kernel().decode(); break
        except Exception: kernel = ''
    return ' '.join(libs) + (' (OpenBLAS kernel ' + kernel + ')' if kernel else '')
mlp = nn.Sequential(nn.Flatten(), nn.Linear(784, 456), nn.ReLU(), nn.Linear(456, 128), nn.ReLU(), nn.Linear(128, 10))
cnn = nn.Sequential(nn.Conv2d(1, 8, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
print('blas', blas())
for name, m in (('mlp', mlp), ('cnn', cnn)):
    opt = torch.optim.SGD(m.parameters(), lr=0.001)
    for epoch in range(2):
        t = time.time(); perm = torch.randperm(n)
        for i in range(0, n, 100):
            j = perm[i:i+100]; opt.zero_grad(); l = F.cross_entropy(m(x[j]), y[j]); l.backward(); opt.step()
        with torch.no_grad(): m(tx).argmax(1)
    print(name, time.time() - t)
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (s: number) => `${s.toFixed(2)} s`;
const { files, source } = resolveFiles({ name: 'fashion-mnist' });
const data = loadDataset({ name: 'fashion-mnist' }, { maxTrain: images, maxTest: 1000 });
console.log(`Fashion-MNIST from ${source}: ${data.train.n.toLocaleString('en-US')} training images, batch 100, SGD lr 0.001; each figure the median of ${repeats} runs of one epoch`);
const set = Object.keys(process.env).filter((k) => k.startsWith('OPENBLAS_'));
if (set.length) console.log(`environment: ${set.map((k) => `${k}=${process.env[k]}`).join(', ')} (unset for every PyTorch run below)`);

/** The second epoch's seconds, timed by the epoch callbacks. */
async function secondEpoch(run: (onEpoch: () => void) => Promise<unknown>): Promise<number> {
  const stamps: number[] = [];
  await run(() => stamps.push(performance.now()));
  return (stamps[1] - stamps[0]) / 1000;
}

const rows: Record<string, Record<string, number>> = { mlp: {}, cnn: {} };
const { tf, engine } = await loadTf('fast');
for (const threads of [1, 2]) {
  trainThreads.max = threads;
  for (const spec of [MLP, CNN]) {
    const runs: number[] = [];
    for (let k = 0; k < repeats; k++) runs.push(await secondEpoch((onEpoch) => train(tf, spec, data, settings, k + 1, onEpoch)));
    rows[spec.name][`tfjs ${threads}`] = median(runs);
    console.log(`${engine}, ${threads} thread(s), ${spec.name}: ${fmt(median(runs))} (runs ${runs.map((r) => r.toFixed(2)).join(', ')})`);
  }
}

const python = torchPython();
if (!python) console.log("PyTorch: not installed (Debian's python3-torch with libopenblas0-pthread); no comparison printed");
else {
  const dir = mkdtempSync(join(tmpdir(), 'gc-peer-'));
  writeFileSync(join(dir, 'peer.py'), PEER);
  for (const threads of [1, 2]) {
    const runs: Record<string, number[]> = { mlp: [], cnn: [] };
    for (let k = 0; k < repeats; k++) {
      const r = spawnSync(python, [join(dir, 'peer.py'), files.trainImages, files.trainLabels, files.testImages, files.testLabels, String(threads), String(data.train.n)], { encoding: 'utf8', env: torchEnv() });
      if (r.status !== 0) throw new Error(`PyTorch failed: ${r.stderr.split('\n').slice(-3).join(' ')}`);
      for (const line of r.stdout.trim().split('\n')) {
        const [name, ...rest] = line.split(' ');
        if (name === 'blas') {
          if (threads === 1 && k === 0) console.log(`PyTorch's BLAS: ${rest.join(' ')}`);
        } else runs[name].push(Number(rest[0]));
      }
    }
    for (const name of ['mlp', 'cnn']) {
      rows[name][`torch ${threads}`] = median(runs[name]);
      console.log(`PyTorch, ${threads} thread(s), ${name}: ${fmt(median(runs[name]))} (runs ${runs[name].map((r) => r.toFixed(2)).join(', ')})`);
    }
  }
  const ours = openTorch(python, data);
  for (const spec of [MLP, CNN]) {
    const runs: number[] = [];
    for (let k = 0; k < repeats; k++) runs.push(await secondEpoch((onEpoch) => ours.train(spec, settings, k + 1, { onEpoch, onBatch: () => undefined })));
    rows[spec.name]['engine'] = median(runs);
    console.log(`gradecheck's PyTorch engine (${ours.name}), ${spec.name}: ${fmt(median(runs))} (runs ${runs.map((r) => r.toFixed(2)).join(', ')})`);
  }
  ours.close();
}

console.log('');
console.log('| network | PyTorch best (threads) | tfjs wasm best (threads) | tfjs / PyTorch | gradecheck PyTorch engine | engine / PyTorch |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const name of ['mlp', 'cnn']) {
  const r = rows[name];
  const best = (prefix: string) => [1, 2].map((t) => [r[`${prefix} ${t}`], t] as const).filter(([s]) => s !== undefined).sort((a, b) => a[0] - b[0])[0];
  const torch = best('torch'), tfjs = best('tfjs')!;
  const cell = (b: readonly [number, number] | undefined) => (b ? `${fmt(b[0])} (${b[1]})` : '—');
  console.log(`| ${name} | ${cell(torch)} | ${cell(tfjs)} | ${torch ? `${(tfjs[0] / torch[0]).toFixed(2)}×` : '—'} | ${r.engine !== undefined ? fmt(r.engine) : '—'} | ${torch && r.engine !== undefined ? `${(r.engine / torch[0]).toFixed(2)}×` : '—'} |`);
}
