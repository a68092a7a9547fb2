// Settings a report states, settings the instructor assumes (a set of plausible values), and the
// verdicts they give: reproduced (under some plausible combination, named), contradicted (under
// every one), unjudged (a network that cannot be rebuilt). Trained on small synthetic data.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixture, gradeAnswers } from '../../../test/helpers.js';
import { syntheticIdxDir } from '../../../test/synthetic-idx.js';
import { loadProblems } from '../../grading/problems.js';
import type { TrainingRef } from './reference.js';
import type { TrainingGiven } from './model.js';

const dir = syntheticIdxDir(300, 90);
const MLP = { input: [100], layers: [{ type: 'dense', units: 16 }, { type: 'relu' }, { type: 'dense', units: 3 }] };

function file(training: object, extra: object = {}, models: object = { mlp: MLP }): string {
  const p = { id: 'plaus', kind: 'training-claims', given: { dataset: { name: 'files', dir }, models, training, seeds: 1, ...extra }, parts: { 'mlp.test-accuracy': 1, 'mlp.train-loss-curve': 1, comparisons: 1 } };
  const f = join(mkdtempSync(join(tmpdir(), 'gc-plaus-')), 'p.yaml');
  writeFileSync(f, stringify(p));
  return f;
}

const given = (training: object) => {
  const set = loadProblems([file(training)]);
  if (set.errors.length) throw new Error(set.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return [...set.problems.values()][0].problem.given as TrainingGiven;
};
const refusal = (training: object) => loadProblems([file(training)]).errors.map((e) => e.message).join('\n');

describe('stated and assumed settings', () => {
  it.each([
    ['a flat mapping is stated', { lr: 0.1, epochs: 2 }, { lr: 'stated', epochs: 'stated', momentum: 'default' }, [''], [2]],
    ['stated and assumed', { stated: { lr: 0.1 }, assumed: { momentum: 0.9 } }, { lr: 'stated', momentum: 'assumed', init: 'default' }, [''], [1]],
    ['a plausible set makes combinations', { stated: { lr: 0.1 }, assumed: { momentum: [0, 0.9], init: ['pytorch', 'keras'] } }, { momentum: 'assumed', init: 'assumed' }, ['momentum 0, init pytorch', 'momentum 0, init keras', 'momentum 0.9, init pytorch', 'momentum 0.9, init keras'], [1]],
    ['plausible epochs are read off one run', { stated: { lr: 0.1 }, assumed: { epochs: [5, 10, 5] } }, { epochs: 'assumed' }, [''], [5, 10]],
  ])('%s', (_n, training, provenance, labels, epochs) => {
    const g = given(training);
    expect(g.plan.provenance).toMatchObject(provenance);
    expect(g.plan.combinations.map((c) => c.label)).toEqual(labels);
    expect(g.plan.epochs).toEqual(epochs);
    // every combination trains the longest epoch count
    expect(new Set(g.plan.combinations.map((c) => c.settings.epochs))).toEqual(new Set([Math.max(...epochs)]));
  });

  it('reads framework initialisations by name', () => {
    expect(given({ init: 'pytorch' }).settings.init.kind).toBe('pytorch');
    expect(given({ assumed: { init: 'keras' } }).settings.init.kind).toBe('keras');
    expect(given({ assumed: { init: ['normal(0.01)', 'pytorch'] } }).plan.combinations.map((c) => c.settings.init)).toEqual([{ kind: 'normal', std: 0.01 }, { kind: 'pytorch', std: 0 }]);
  });

  it.each([
    ['a stated set', { stated: { momentum: [0, 0.9] } }, /a stated setting has one value/],
    ['a setting both stated and assumed', { stated: { lr: 0.1 }, assumed: { lr: [0.1, 0.01] } }, /lr is given twice/],
    ['a setting beside stated/assumed', { stated: { lr: 0.1 }, batch: 10 }, /every setting goes under one of them/],
    ["an unknown setting", { assumed: { nesterov: true } }, /unknown key "nesterov" in given.training.assumed/],
    ['an unknown initialisation', { assumed: { init: ['glorot', 'pytorch'] } }, /init: pytorch/],
    ['too many combinations', { assumed: { momentum: [0, 0.5, 0.9], lr: [0.1, 0.01, 0.001] } }, /more than 8 combinations/],
    ['an empty set', { assumed: { lr: [] } }, /empty set|must NOT have fewer than 1 items/],
  ])('refuses %s at load', (_n, training, msg) => {
    expect(refusal(training)).toMatch(msg);
  });

  it('bounds the epochs trained in all', () => {
    expect(refusal({ assumed: { epochs: 1000, momentum: [0, 0.9], init: ['pytorch', 'keras'] } })).toMatch(/would train 4000 epochs .* the bound is 3000/);
  });
});

describe('verdicts over plausible settings', async () => {
  // Plain SGD at a small rate barely moves in 3 epochs; with momentum 0.9 it learns.
  const stated = { optimizer: 'sgd-momentum', lr: 0.003, batch: 30, init: 'keras' };
  const both = await fixture(file({ stated: { ...stated, epochs: 3 }, assumed: { momentum: [0, 0.9] } }));
  const none = await fixture(file({ stated: { ...stated, epochs: 3, momentum: 0 } }));
  const refBoth = both.ref as TrainingRef;
  const refNone = none.ref as TrainingRef;
  const withMomentum = refBoth.alternatives![0].models.mlp['test-accuracy'][2].mean;
  const without = refNone.models.mlp['test-accuracy'][2].mean;

  it('trains every combination, and the stated-only run is the first combination', () => {
    expect(refBoth.label).toBe('momentum 0');
    expect(refBoth.alternatives!.map((a) => a.label)).toEqual(['momentum 0.9']);
    expect(refBoth.models.mlp['test-accuracy'].map((s) => s.mean)).toEqual(refNone.models.mlp['test-accuracy'].map((s) => s.mean));
    expect(withMomentum - without).toBeGreaterThan(0.1);
  });

  it('a claim that holds only under momentum 0.9 is reproduced (momentum 0.9) when momentum is assumed [0, 0.9]', () => {
    const p = gradeAnswers(both, `mlp.test-accuracy: ${withMomentum.toFixed(4)}`).get('mlp.test-accuracy')!;
    expect(p.status).toBe('correct');
    expect(p.findings[0]).toMatchObject({ code: 'training.claim-consistent', values: { under: 'momentum 0.9' } });
    expect(p.findings[0].message).toMatch(/with momentum 0\.9 \(assumed\)/);
  });

  it('the same claim is contradicted when the report states momentum 0', () => {
    const p = gradeAnswers(none, `mlp.test-accuracy: ${withMomentum.toFixed(4)}`).get('mlp.test-accuracy')!;
    expect(p.status).toBe('incorrect');
    expect(p.findings[0]).toMatchObject({ code: 'training.claim-inconsistent' });
    expect(p.findings[0].values.under).toBeUndefined();
  });

  it('a claim outside every combination is contradicted under every one of them', () => {
    const p = gradeAnswers(both, `mlp.test-accuracy: ${(Math.max(withMomentum, without) + 0.2 > 1 ? Math.min(withMomentum, without) - 0.2 : Math.max(withMomentum, without) + 0.2).toFixed(4)}`).get('mlp.test-accuracy')!;
    expect(p.status).toBe('incorrect');
    expect(p.findings[0]).toMatchObject({ code: 'training.claim-inconsistent', values: { combinations: 2 } });
  });

  it('a curve is judged against the combination that reproduces most of it', () => {
    const curve = refBoth.alternatives![0].models.mlp['train-loss'].map((s) => Number(s.mean.toFixed(4)));
    const p = gradeAnswers(both, `mlp.train-loss-curve: ${JSON.stringify(curve)}`).get('mlp.train-loss-curve')!;
    expect(p.status).toBe('correct');
    expect(p.attachments![0].content).toMatch(/momentum 0\.9 \(assumed\)/);
  });

  it('a network that learns under no plausible setting leaves its claims unjudged, never wrong', async () => {
    const stuck = await fixture(file({ stated: { optimizer: 'sgd', batch: 30, epochs: 1 }, assumed: { lr: [1e-9, 2e-9] } }));
    const r = gradeAnswers(stuck, 'mlp.test-accuracy: 0.95\nmlp.train-loss-curve: [0.3]\ncomparisons: ["mlp test-accuracy > mlp train-accuracy"]');
    for (const id of ['mlp.test-accuracy', 'mlp.train-loss-curve', 'comparisons']) {
      const p = r.get(id)!;
      expect(p.status).toBe('unjudged');
      expect(p.score).toBe(p.maxScore);
      expect(p.findings[0]).toMatchObject({ code: 'training.not-rebuilt', values: { model: 'mlp', combinations: 2 } });
    }
  });
});
