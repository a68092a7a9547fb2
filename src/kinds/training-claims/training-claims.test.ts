import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { syntheticIdxDir } from '../../../test/synthetic-idx.js';
import { idxBuffer, parseIdx, readIdx, IdxError } from '../../data/idx.js';
import { DEBIAN_FASHION_MNIST, loadDataset } from '../../data/datasets.js';
import type { TrainingRef } from './reference.js';
import { trainingClaims } from './index.js';

const dir = syntheticIdxDir();

describe('IDX reader', () => {
  it('reads plain and gzipped files', () => {
    const a = readIdx(join(dir, 'train-images-idx3-ubyte.gz'));
    expect(a.dims).toEqual([300, 10, 10]);
    expect(readIdx(join(dir, 't10k-labels-idx1-ubyte')).data[4]).toBe(1);
  });
  it.each([
    ['truncated data', idxBuffer([5, 10, 10], new Uint8Array(500)).subarray(0, 300), /truncated: the header promises 5×10×10 = 500 bytes of data, the file has 284/],
    ['bad magic', Buffer.from([1, 2, 3, 4, 0, 0, 0, 1, 9]), /not an IDX file/],
    ['float data', Buffer.from([0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0]), /element type 0xd/],
    ['extra bytes', Buffer.concat([idxBuffer([2], new Uint8Array(2)), Buffer.from([7])]), /1 bytes more/],
  ])('%s is a clear error', (_n, buf, msg) => {
    expect(() => parseIdx(Buffer.from(buf))).toThrow(msg);
  });
  it('refuses images and labels that do not match', () => {
    const d = mkdtempSync(join(tmpdir(), 'gc-idx-bad-'));
    writeFileSync(join(d, 'train-images-idx3-ubyte'), idxBuffer([3, 2, 2], new Uint8Array(12)));
    writeFileSync(join(d, 'train-labels-idx1-ubyte'), idxBuffer([4], new Uint8Array(4)));
    writeFileSync(join(d, 't10k-images-idx3-ubyte'), idxBuffer([1, 2, 2], new Uint8Array(4)));
    writeFileSync(join(d, 't10k-labels-idx1-ubyte'), idxBuffer([1], new Uint8Array(1)));
    expect(() => loadDataset({ name: 'files', dir: d })).toThrow(/has 3 images but .* has 4 labels/);
    expect(() => readIdx(join(d, 'nope'))).toThrow(IdxError);
  });
  it('says clearly where MNIST was not found when a problem names a folder without it', () => {
    expect(() => loadDataset({ name: 'mnist', dir: '/nonexistent/mnist' })).toThrow(/MNIST not found in \/nonexistent\/mnist \(the problem's dataset dir/);
  });
});

function problem(extra: object = {}, parts?: object, models?: object) {
  const p = {
    id: 'syn',
    kind: 'training-claims',
    given: {
      dataset: { name: 'files', dir },
      models: models ?? {
        mlp: { input: [100], layers: [{ type: 'dense', units: 16 }, { type: 'relu' }, { type: 'dense', units: 3 }] },
        cnn: { input: [1, 10, 10], layers: [{ type: 'conv', filters: 4, kernel: 3, padding: 1 }, { type: 'relu' }, { type: 'maxpool', size: 2 }, { type: 'flatten' }, { type: 'dense', units: 3 }] },
      },
      training: { optimizer: 'adam', lr: 0.01, batch: 30, epochs: 4, init: 'he' },
      seeds: 2,
      ...extra,
    },
    parts: parts ?? { 'mlp.test-accuracy': 1, 'cnn.test-accuracy': 1, 'mlp.train-loss-curve': 1, comparisons: 1, 'mlp.test-loss': 1 },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'gc-tc-')), 'p.yaml');
  writeFileSync(file, stringify(p));
  return fixture(file);
}

describe('training-claims', async () => {
  const f = await problem();
  const ref = f.ref as TrainingRef;

  it('training reduces the loss and learns the classes', () => {
    const loss = ref.models.mlp['train-loss'].map((s) => s.mean);
    expect(loss[loss.length - 1]).toBeLessThan(loss[0]);
    expect(ref.models.mlp['test-accuracy'][3].mean).toBeGreaterThan(0.9);
    expect(ref.models.cnn['test-accuracy'][3].mean).toBeGreaterThan(0.6);
    expect(ref.models.mlp['test-accuracy'][3].runs.length).toBe(2);
  });

  it('is reproducible: the same seeds give the same figures', async () => {
    const again = (await problem()).ref as TrainingRef;
    expect(again.models.mlp['train-loss'].map((s) => s.mean)).toEqual(ref.models.mlp['train-loss'].map((s) => s.mean));
  });

  it('flags a plainly false claim and accepts a true one', () => {
    const acc = ref.models.mlp['test-accuracy'][3].mean;
    const r = gradeAnswers(f, `mlp.test-accuracy: ${(acc - 0.3).toFixed(3)}\ncnn.test-accuracy: ${(ref.models.cnn['test-accuracy'][3].mean * 100).toFixed(2)}%`);
    expect(codes(r.get('mlp.test-accuracy')!.findings)).toEqual(['training.claim-inconsistent']);
    expect(r.get('mlp.test-accuracy')!.status).toBe('incorrect');
    expect(r.get('cnn.test-accuracy')!.findings.map((x) => [x.code, x.severity])).toEqual([['training.claim-consistent', 'info']]);
    expect(r.get('cnn.test-accuracy')!.status).toBe('correct');
  });

  it('checks curves per epoch and draws them', () => {
    const curve = ref.models.mlp['train-loss'].map((s) => s.mean);
    const bad = [...curve];
    bad[1] = curve[1] * 3;
    const r = gradeAnswers(f, `mlp.train-loss-curve: ${JSON.stringify(bad)}`).get('mlp.train-loss-curve')!;
    expect(r.findings[0].values).toMatchObject({ epochs: '2' });
    expect(r.score).toBeCloseTo(0.75, 6);
    expect(r.attachments![0].content).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<polyline/);
  });

  it('checks comparisons on the reproduced numbers', () => {
    const mlpBetter = ref.models.mlp['test-accuracy'][3].mean > ref.models.cnn['test-accuracy'][3].mean;
    const [better, worse] = mlpBetter ? ['mlp', 'cnn'] : ['cnn', 'mlp'];
    const truth = `${better} test-accuracy >= ${worse} test-accuracy`;
    const lie = `${worse} test-accuracy > ${better} test-accuracy`;
    const r = gradeAnswers(f, `comparisons: ["${truth}", "${lie}"]`).get('comparisons')!;
    expect(r.findings.map((x) => x.code)).toEqual(['training.comparison-holds', 'training.comparison-false']);
    expect(r.score).toBe(0.5);
    expect(gradeAnswers(f, 'comparisons: ["cnn accuracy > rnn accuracy"]').get('comparisons')!.status).toBe('invalid');
  });
});

describe('validation splits and per-model settings', () => {
  const mlp = { input: [100], layers: [{ type: 'dense', units: 16 }, { type: 'relu' }, { type: 'dense', units: 3 }] };
  it('a held-out split gives validation figures, judged like the others', async () => {
    const f = await problem({ validation: 60, seeds: 1 }, { 'mlp.validation-accuracy': 1, 'mlp.validation-loss-curve': 1 }, { mlp });
    const ref = f.ref as TrainingRef;
    expect(ref.validationExamples).toBe(60);
    expect(ref.trainExamples).toBe(240);
    const acc = ref.models.mlp['validation-accuracy'][3].mean;
    expect(acc).toBeGreaterThan(0.8);
    const r = gradeAnswers(f, `mlp.validation-accuracy: ${(acc - 0.3).toFixed(3)}`);
    expect(codes(r.get('mlp.validation-accuracy')!.findings)).toEqual(['training.claim-inconsistent']);
    // The worked solution's table gains the validation columns, and its key holds.
    const solution = trainingClaims.solve(f.lp.problem as never, ref);
    expect(solution.markdown).toContain('| epoch | train loss | train accuracy | validation loss | validation accuracy | test loss | test accuracy |');
    expect(solution.markdown).toContain('240 training images');
    expect(solution.markdown).toContain('60 held out for validation');
    const key = gradeAnswers(f, stringify(solution.answers).trim());
    expect([...key.values()].map((p) => p.status)).toEqual(['correct', 'correct']);
  });
  it.each([
    ['a validation part without a split', {}, { 'mlp.validation-accuracy': 1 }, { mlp }, /mlp\.validation-accuracy/],
    ['epochs in a model\'s own settings', {}, { 'mlp.test-accuracy': 1 }, { mlp: { ...mlp, training: { epochs: 3 } } }, /epochs are the problem's/],
    ['a validation split as large as the training set', { validation: 300 }, { 'mlp.test-accuracy': 1 }, { mlp }, /300 images held out, but the training set has 300/],
    ['a seed with pick: last', { validation: { size: 30, pick: 'last', seed: 3 } }, { 'mlp.test-accuracy': 1 }, { mlp }, /nothing to draw/],
    ['a fractional count of images', { validation: 30.5 }, { 'mlp.test-accuracy': 1 }, { mlp }, /whole number of training images/],
  ])('%s is refused', async (_n, extra, parts, models, msg) => {
    await expect(problem(extra, parts, models)).rejects.toThrow(msg);
  });
  it('a model\'s own settings replace the problem\'s for it alone', async () => {
    // lr 0 for one model: it cannot learn, while its twin with the problem's lr does.
    const f = await problem({ seeds: 1 }, { 'a.test-accuracy': 1 }, { a: mlp, frozen: { ...mlp, training: { lr: 1e-9 } } });
    const ref = f.ref as TrainingRef;
    expect(ref.models.a['test-accuracy'][3].mean).toBeGreaterThan(0.8);
    expect(ref.models.frozen['test-accuracy'][3].mean).toBeLessThan(0.6);
  });
});

describe.skipIf(!existsSync(DEBIAN_FASHION_MNIST))('Fashion-MNIST (Debian dataset-fashion-mnist)', () => {
  it('an MLP learns a 3,000-image subset in one epoch', async () => {
    const p = {
      id: 'fm',
      kind: 'training-claims',
      given: {
        dataset: 'fashion-mnist',
        models: { mlp: { input: [784], layers: [{ type: 'dense', units: 64 }, { type: 'relu' }, { type: 'dense', units: 10 }] } },
        training: { optimizer: 'adam', lr: 0.001, batch: 100, epochs: 1 },
        'max-train': 3000,
        'max-test': 1000,
      },
      parts: { 'mlp.test-accuracy': 1 },
    };
    const file = join(mkdtempSync(join(tmpdir(), 'gc-fm-')), 'p.yaml');
    writeFileSync(file, stringify(p));
    const f = await fixture(file);
    const acc = (f.ref as TrainingRef).models.mlp['test-accuracy'][0].mean;
    expect(acc).toBeGreaterThan(0.6);
    expect(codes(gradeAnswers(f, 'mlp.test-accuracy: 0.2').get('mlp.test-accuracy')!.findings)).toEqual(['training.claim-inconsistent']);
  });
});
