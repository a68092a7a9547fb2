// What mlp-gradients hands the policy stage: part dependencies, a whole-part diagnosis per named
// mistake (whatever entries coincide), and the grade carried from the student's own values.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { codes, fixture, gradeAnswers } from '../../../test/helpers.js';
import { kindGrade } from '../../../test/kind-grade.js';
import { mlpGradients } from './index.js';
import type { Net } from './network.js';

const fx = (name: string) => fixture(join(import.meta.dirname, 'fixtures', `${name}.yaml`));
const RIGHT = {
  loss: '1.0185',
  dW1: '[[0.131, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]',
  db1: '[-0.262, -0.318]',
  dW2: '[-1.2445, -0.2385]',
  db2: '-2.04',
};
// Seed 004 under one mistake throughout: the ½ dropped (every value doubled), the sign flipped.
const HALF_DROPPED = { loss: '2.037', dW1: '[[0.262, -0.4716, -0.1048, 0.4192], [-0.5088, -0.636, 0.0636, -0.1908]]', db1: '[-0.524, -0.636]', dW2: '[-2.489, -0.477]', db2: '-4.08' };
const SIGN_FLIPPED = { dW1: '[[-0.131, 0.2358, 0.0524, -0.2096], [0.2544, 0.318, -0.0318, 0.0954]]', db1: '[0.262, 0.318]', dW2: '[1.2445, 0.2385]', db2: '2.04' };
const yaml = (o: Record<string, string>) => Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n');

describe('mlp-gradients dependencies', () => {
  it('seed 004 (two layers): forward values → loss → δ₂ (dW2, db2) → δ₁ (dW1, db1)', async () => {
    const net = (await fx('seed')).lp.problem.given as Net;
    expect(mlpGradients.dependencies!(net)).toEqual({
      z1: [], a1: ['z1'], z2: ['a1'], a2: ['z2'], y: ['z2'], loss: ['y'],
      db2: ['loss', 'y', 'z2'], dW2: ['loss', 'y', 'z2', 'a1'],
      db1: ['db2', 'dW2', 'z1', 'a1'], dW1: ['db2', 'dW2', 'z1', 'a1'],
    });
  });
});

describe('mlp-gradients whole-part diagnoses', () => {
  it.each([
    ['the ½ dropped throughout', HALF_DROPPED, { loss: 'mlp.factor-off', dW1: 'mlp.factor-off', db1: 'mlp.factor-off', dW2: 'mlp.factor-off', db2: 'mlp.factor-off' }],
    ['the sign flipped throughout', SIGN_FLIPPED, { loss: undefined, dW1: 'mlp.sign-flipped', db1: 'mlp.sign-flipped', dW2: 'mlp.sign-flipped', db2: 'mlp.sign-flipped' }],
    ['dW1 transposed', { dW1: '[[0.131, -0.2544], [-0.2358, -0.318], [-0.0524, 0.0318], [0.2096, -0.0954]]' }, { dW1: 'mlp.transposed' }],
    ['the ReLU mask left out', { dW1: '[[0.0382, -0.3258, -0.0458, 0.1578], [0.1146, -0.9774, -0.1374, 0.4734]]' }, { dW1: 'mlp.missing-activation-derivative' }],
    ['a batch mean (÷3) in db2', { db2: '-0.68' }, { db2: 'mlp.factor-off' }],
    ['one slip: no diagnosis, per-entry credit', { dW1: '[[0.431, -0.2358, -0.0524, 0.2096], [-0.2544, -0.318, 0.0318, -0.0954]]' }, { dW1: undefined }],
  ])('%s', async (_name, over, want) => {
    const r = kindGrade(await fx('seed'), yaml({ ...RIGHT, ...over }));
    for (const [part, code] of Object.entries(want)) expect(r.get(part)!.diagnosis, part).toBe(code);
  });
  it('a sign-flipped dW keeps no credit by coincidence: the diagnosis covers the part, zeros or not', async () => {
    // kink: dW2 = [0, 0.5] under both conventions; −dW2 = [0, −0.5] has a "right" zero.
    const r = kindGrade(await fx('kink'), 'dW2: [0, -0.5]').get('dW2')!;
    expect(r.fraction).toBe(0.5); // raw per-entry credit, replaced by the rubric's in the policy stage
    expect(r.diagnosis).toBe('mlp.sign-flipped');
    expect(codes(r.findings)).toEqual(['mlp.sign-flipped']);
  });
  it('at a ReLU 0 a mistake is looked for under both conventions', async () => {
    // kink, dW1 under ReLU'(0) = 1 is [[0.5, 0.5], [0.5, 0.5]]; negated, it matches convention 0 in two entries (zeros).
    const r = kindGrade(await fx('kink'), 'dW1: [[-0.5, -0.5], [-0.5, -0.5]]').get('dW1')!;
    expect(r.diagnosis).toBe('mlp.sign-flipped');
  });
});

describe('mlp-gradients carried grades', () => {
  it.each([
    // y3 = −0.61 (not −0.51): loss ½(0.04 + 0.2809 + 1.9881) = 1.1545, db2 = −2.14
    ['loss right for the student\'s y', 'y: [-0.7, -0.43, -0.61]\nloss: 1.1545', 'loss', { fraction: 1, from: ['y'], findings: [] }],
    // and with the ½ dropped on top: 2.309 is the own loss doubled, named against the own values
    ['loss for the own y, ½ dropped', 'y: [-0.7, -0.43, -0.61]\nloss: 2.309', 'loss', { fraction: 0, from: ['y'], diagnosis: 'mlp.factor-off' }],
    ['db2 for the own y, sign flipped', 'y: [-0.7, -0.43, -0.61]\ndb2: 2.14', 'db2', { fraction: 0, from: ['y'], diagnosis: 'mlp.sign-flipped' }],
  ])('%s', async (_name, answers, part, want) => {
    const g = kindGrade(await fx('seed'), answers).get(part)!;
    expect(g.carried).toMatchObject(want);
    if (want.diagnosis) expect(codes(g.carried!.findings)).toEqual([want.diagnosis]);
  });
  it.each([
    ['a right y stated: nothing to carry', 'y: [-0.7, -0.43, -0.51]\nloss: 1.2'],
    ['a wrong y, but the loss is not its own either', 'y: [-0.7, -0.43, -0.61]\nloss: 7'],
    ['a wrong z1 says nothing of the loss when y is right', 'z1: [[-0.86, -0.67], [-0.36, 0.45], [0.85, -0.53]]\ny: [-0.7, -0.43, -0.51]\nloss: 1.2'],
  ])('no carried grade: %s', async (_name, answers) => {
    expect(kindGrade(await fx('seed'), answers).get('loss')!.carried).toBeUndefined();
  });
});

describe('mlp-gradients scores after the policy stage (seed 004, problem 1: loss 4, dW1 6, db1 4, dW2 3, db2 3)', () => {
  const p1 = () => fixture(join(import.meta.dirname, '..', '..', '..', 'problems', 'usi-a2', 'usi-a2-p1.yaml'));
  const total = (r: Map<string, { score: number }>) => [...r.values()].reduce((a, p) => a + p.score, 0);
  it.each([
    // named on all five parts, charged once at the loss (the first it shows in): 16/20, not 0
    ['the ½ dropped throughout', HALF_DROPPED, 16, 'loss', 'mlp.factor-off'],
    // named on four parts, charged once at dW2 (δ₂'s first part in the problem's order): 17/20
    ['the sign flipped throughout', SIGN_FLIPPED, 17, 'dW2', 'mlp.sign-flipped'],
  ])('%s: charged once, at the first part, named once', async (_name, over, score, first, code) => {
    const r = gradeAnswers(await p1(), yaml({ ...RIGHT, ...over }));
    expect(total(r)).toBe(score);
    const named = [...r].filter(([, p]) => p.findings.some((f) => f.code === code)).map(([id]) => id);
    expect(named).toEqual([first]);
    const others = [...r].filter(([id, p]) => id !== first && p.findings.some((f) => f.code === 'policy.charged-once'));
    for (const [, p] of others) expect(p.findings.find((f) => f.code === 'policy.charged-once')!.values).toMatchObject({ code, first });
  });
  it.each([
    // seed 004's problem 1 does not ask y: a stated y is scored nowhere, so nothing is carried from it
    ['y = t, a zero loss and zero gradients (a forgery)', 'y: [-0.5, 0.1, 0.8]\nloss: 0\ndW1: [[0, 0, 0, 0], [0, 0, 0, 0]]\ndb1: [0, 0]\ndW2: [0, 0]\ndb2: 0', 0],
    ['a wrong y and the loss right for it: the loss is charged', 'y: [-0.6, -0.43, -0.51]\nloss: 1.0035', 0],
  ])('%s', async (_name, answers, score) => {
    const r = gradeAnswers(await p1(), answers);
    expect(total(r)).toBe(score);
    expect([...r.values()].flatMap((p) => p.findings.map((f) => f.code))).not.toContain('policy.carried-forward');
  });
  it('a sign-flipped dW keeps nothing for its zero entries (kink fixture: dW2 = [0, 0.5])', async () => {
    const r = gradeAnswers(await fx('kink'), 'dW2: [0, -0.5]').get('dW2')!;
    expect([r.score, codes(r.findings)]).toEqual([0, ['mlp.sign-flipped']]);
  });
  it('a loss and db2 right for the student\'s own wrong y keep their points; y alone is charged', async () => {
    const r = gradeAnswers(await fx('seed'), 'y: [-0.7, -0.43, -0.61]\nloss: 1.1545\ndb2: -2.14');
    expect(r.get('y')!.status).toBe('partial');
    for (const part of ['loss', 'db2']) {
      expect(r.get(part)!.status).toBe('correct');
      expect(r.get(part)!.findings.map((f) => [f.code, f.values.from])).toEqual([['policy.carried-forward', ['y']]]);
    }
  });
});
