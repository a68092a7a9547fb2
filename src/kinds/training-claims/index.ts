// Kind training-claims: retrain the described networks and check the reported figures.
import { layerSchema, shapeSchema } from '../../layers/schema.js';
import { partsSchema } from '../../load/schema-parts.js';
import type { Verifier } from '../types.js';
import { gradeClaims, parseClaim, partExists, type Claim } from './claims.js';
import { overrides, readTrainingGiven, METRICS, type TrainingGiven } from './model.js';
import type { TrainingRef } from './reference.js';
import { resolvedEngine } from './engines.js';
import { curveSvg } from './svg.js';

const r4 = (x: number) => Number(x.toPrecision(4));

const setting = {
  optimizer: { enum: ['sgd', 'sgd-momentum', 'adam'] },
  lr: { type: 'number' },
  momentum: { type: 'number' },
  batch: { type: 'integer' },
  epochs: { type: 'integer' },
  'weight-decay': { type: 'number' },
  init: { type: 'string', description: 'pytorch (PyTorch\'s defaults), keras (Glorot-uniform, zero biases), xavier, he or normal(std)' },
};
const plausible = Object.fromEntries(Object.entries(setting).map(([k, v]) => [k, { anyOf: [v, { type: 'array', minItems: 1, items: v, description: 'plausible values: every one is retrained' }] }]));
const settingsSchema = { type: 'object', additionalProperties: false, properties: setting };
// One mapping for both forms (flat, or stated/assumed), so a mistake gets the reader's own message.
const trainingSchema = {
  description: 'the settings, flat (stated by the report), or { stated: {…}, assumed: {…} } where an assumed setting may be a list of plausible values',
  type: 'object',
  additionalProperties: false,
  properties: { ...setting, stated: { type: 'object', additionalProperties: false, properties: plausible }, assumed: { type: 'object', additionalProperties: false, properties: plausible } },
};
const ownSchema = { description: 'settings this model changes (not epochs), flat or { stated, assumed }', type: 'object', additionalProperties: false, properties: { ...setting, stated: settingsSchema, assumed: settingsSchema } };

export const trainingClaims: Verifier<TrainingGiven, TrainingRef, Claim> = {
  kind: 'training-claims',
  summary: 'retrain the described networks and check reported accuracies, losses, curves and comparisons',
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['dataset', 'models'],
      properties: {
        dataset: {
          anyOf: [
            { enum: ['fashion-mnist', 'mnist'] },
            { type: 'object', additionalProperties: false, properties: { name: { enum: ['fashion-mnist', 'mnist', 'files'] }, dir: { type: 'string' }, files: { type: 'object' } } },
          ],
        },
        models: { type: 'object', minProperties: 1, additionalProperties: { type: 'object', required: ['input', 'layers'], properties: { input: shapeSchema, layers: { type: 'array', items: layerSchema }, training: ownSchema, assumed: { type: 'string', description: 'what of this network the report does not state (its parameter count then judges nothing)' }, anchor: { type: 'integer', minimum: 1, description: "judge this model only if some plausible combination reproduces the report's first N epochs of its curves" } } } },
        training: trainingSchema,
        seeds: { type: 'integer', minimum: 1 },
        'max-train': { type: 'integer', minimum: 10 },
        'max-test': { type: 'integer', minimum: 10 },
        validation: {
          description: 'training images held out for validation: N (the last N; below 1, a share) or { size, pick: last | random, seed }',
          anyOf: [{ type: 'number', exclusiveMinimum: 0 }, { type: 'object', additionalProperties: false, required: ['size'], properties: { size: { type: 'number', exclusiveMinimum: 0 }, pick: { enum: ['last', 'random'] }, seed: { type: 'integer', minimum: 0 } } }],
        },
      },
    },
    parts: partsSchema([], { '^(comparisons|[A-Za-z][\\w-]*\\.(train|validation|test)-(accuracy|loss)(-curve)?)$': 'comparisons, <model>.<train|validation|test>-<accuracy|loss>[-curve]' }),
  },
  // The engine's figures differ within the bands: a reference is cached per engine.
  cacheSalt: () => JSON.stringify({ ...overrides, engine: resolvedEngine(), figures: 'combinations' }),
  prepare: (node) => readTrainingGiven(node),
  hasPart: (g, part) => partExists(g, part),
  // The training code is loaded when a model is retrained, not at every start.
  reference: async (g) => (await import('./reference.js')).reproduce(g),
  crossCheck: async (g, ref) => ({ engine: ref.engine, items: [{ name: 'training', ok: true, detail: g.untrained ? 'not retrained (--no-train): only the claims\' own consistency and exact parameter counts are checked' : `reproduced on ${ref.trainExamples} training images from ${ref.source}, ${ref.seeds} seed(s) × ${ref.epochs} epoch(s)` }] }),
  encodeRef: (ref) => ref,
  decodeRef: (data) => data as TrainingRef,
  parseAnswer: (part, node, g) => parseClaim(part, node, g),
  grade: (input) => gradeClaims(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: ['training.claim-inconsistent'],
  solve(problem, ref) {
    if (problem.given.untrained) throw new Error('--no-train: a worked solution needs the retraining');
    const answers: Record<string, unknown> = {};
    const last = ref.epochs - 1;
    for (const { id } of problem.parts) {
      if (id === 'comparisons') continue;
      const m = /^([\w-]+)\.([\w-]+?)(-curve)?$/.exec(id)!;
      const stats = ref.models[m[1]][m[2] as (typeof METRICS)[number]];
      answers[id] = m[3] ? stats.map((s) => r4(s.mean)) : r4(stats[last].mean);
    }
    const L = [`## ${problem.title ?? problem.id} (${problem.id})`, '', `Reproduced with ${ref.engine} on ${ref.trainExamples} training images (${ref.source})${ref.validationExamples ? `, ${ref.validationExamples} held out for validation` : ''}, ${ref.seeds} seed(s), ${ref.epochs} epoch(s).`, ''];
    const attachments: { name: string; content: string }[] = [];
    for (const [name, metrics] of Object.entries(ref.models)) {
      const cols = (['train-loss', 'train-accuracy', 'validation-loss', 'validation-accuracy', 'test-loss', 'test-accuracy'] as const).filter((k) => metrics[k]);
      L.push(`### ${name} (${ref.secondsPerEpoch[name].toFixed(1)} s per epoch)`, '', `| epoch | ${cols.map((k) => k.replace('-', ' ')).join(' | ')} |`, `| ---: |${' ---: |'.repeat(cols.length)}`);
      for (let e = 0; e < ref.epochs; e++) {
        const c = (k: (typeof METRICS)[number]) => `${metrics[k][e].mean.toFixed(4)} ± ${metrics[k][e].spread.toFixed(4)}`;
        L.push(`| ${e + 1} | ${cols.map(c).join(' | ')} |`);
      }
      for (const k of ['test-accuracy', 'train-loss'] as const) {
        const file = `${problem.id}-${name}-${k}.svg`.replace(/[^\w.-]/g, "_"); // one set per problem: solving several never overwrites
        attachments.push({ name: file, content: curveSvg({ title: [`worked solution · ${problem.title ?? problem.id} · ${name}`, `reproduced with ${ref.engine}, ${ref.seeds} seed(s), ${ref.trainExamples.toLocaleString('en-US')} training images`], axis: `${name} ${k.replace('-', ' ')}`, accuracy: k.endsWith('accuracy'), reproduced: metrics[k], bands: [], claimed: [], quick: false }) });
        L.push('', `![${name} ${k}](${file})`);
      }
      L.push('');
    }
    return { answers, markdown: L.join('\n'), attachments, details: { engine: ref.engine, secondsPerEpoch: ref.secondsPerEpoch } };
  },
};
