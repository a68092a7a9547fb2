// Grading what a submission claims about each layer: output shapes, counts, input channels.
// Every layer is judged against the truth and against the submission's own previous claim:
// a claim that is wrong only because an earlier claim was wrong is `info` and keeps its points
// (error carried forward), so one slip costs once.
import type { Finding } from '../findings/finding.js';
import { applyLayer, LayerError, repeatCount, sameShape } from './engine.js';
import { fmtCount, layerFinding } from './findings.js';
import type { BiasConvention, ClaimedLayer, Layer, Shape, Step } from './types.js';
import { isSequence, mistakenCounts } from './sequence.js';
import { sequenceFinding } from './sequence-findings.js';
import { shapeText } from './types.js';

export interface ClaimsResult {
  items: number;
  earned: number;
  findings: Finding[];
  /** True output of every layer (undefined after an invalid layer). */
  trueOut: (Shape | undefined)[];
  trueTotal: bigint | null;
  noBiasTotal: bigint | null;
  /** Sum of the claimed counts, when every layer with parameters has one. */
  claimedSum: bigint | null;
}

const same = (a: Shape, b: Shape) => a.length === b.length && a.every((x, i) => x === b[i]);

export function layerName(i: number, layer: Layer): string {
  const what = `${layer.type}${layer.repeat !== undefined ? ` ×${layer.repeat}` : ''}`;
  return layer.name ? `${layer.name} (layer ${i + 1}, ${what})` : `layer ${i + 1} (${what})`;
}

function formula(layer: Layer, input: Shape, bias: BiasConvention): string {
  if (isSequence(layer.type)) return applyLayer(layer, input, bias).arithmetic;
  if (layer.type === 'conv') return `${layer.filters}·(${layer.kernel}·${layer.kernel}·${input[0]}${bias ? ' + 1' : ''})`;
  if (layer.type === 'dense') {
    const n = input.reduce((a, b) => a * b, 1);
    return bias ? `(${n} + 1)·${layer.units}` : `${n}·${layer.units}`;
  }
  if (layer.type === 'batchnorm') return `2·${input[0]}`;
  return 'no parameters';
}

type Run = { step: Step; perCopy: bigint[]; lastIn: Shape; total: bigint; biases: bigint };
const runs = new Map<string, Run | LayerError>();

/** `runOnce`, memoised: the truth chain is the same for every submission of a problem. */
function run(layer: Layer, input: Shape, bias: BiasConvention, vars: Record<string, number>): Run {
  // Every setting but the place and the name (sequence layers have many).
  const { pos: _pos, name: _name, repeat: _repeat, ...settings } = layer;
  const key = `${JSON.stringify(settings)}|${repeatCount(layer, vars)}|${bias}|${input.join(',')}`;
  let r = runs.get(key);
  if (!r) {
    try {
      r = runOnce(layer, input, bias, vars);
    } catch (e) {
      if (!(e instanceof LayerError)) throw e;
      r = e;
    }
    if (runs.size > 50_000) runs.clear();
    runs.set(key, r);
  }
  if (r instanceof LayerError) throw r;
  return r;
}

/** Runs a layer `repeat` times; returns the last step and the per-copy counts. */
function runOnce(layer: Layer, input: Shape, bias: BiasConvention, vars: Record<string, number>): Run {
  let shape = input, step: Step | undefined, total = 0n, biases = 0n, lastIn = input;
  const perCopy: bigint[] = [];
  const times = repeatCount(layer, vars);
  for (let t = 0; t < times; t++) {
    lastIn = shape;
    step = applyLayer(layer, shape, bias);
    // A fixed point (output shape = input shape): the remaining copies are this one (see runStack).
    const copies = sameShape(step.out, shape) ? BigInt(times - t) : 1n;
    total += step.params * copies;
    biases += step.biasParams * copies;
    if (!perCopy.includes(step.params)) perCopy.push(step.params);
    shape = step.out;
    if (copies > 1n) break;
  }
  step ??= { out: input, params: 0n, biasParams: 0n, arithmetic: '' };
  return { step, perCopy: perCopy.length ? perCopy : [0n], lastIn, total, biases };
}

export function gradeClaims(layers: ClaimedLayer[], input: Shape, bias: BiasConvention, vars: Record<string, number> = {}): ClaimsResult {
  const findings: Finding[] = [];
  let items = 0, earned = 0;
  let trueShape: Shape | undefined = input;
  let ownShape: Shape = input;
  let trueTotal: bigint | null = 0n, noBiasTotal: bigint | null = 0n, claimedSum: bigint | null = 0n;
  const trueOut: (Shape | undefined)[] = [];
  layers.forEach(({ layer, claims }, i) => {
    const name = layerName(i, layer);
    let truth: ReturnType<typeof run> | undefined;
    if (trueShape) {
      try {
        truth = run(layer, trueShape, bias, vars);
      } catch (e) {
        if (!(e instanceof LayerError)) throw e;
        findings.push(layerFinding(e.code, { layer: name, reason: e.message }, { pos: layer.pos }));
      }
    }
    let own: ReturnType<typeof run> | undefined;
    try {
      own = run(layer, ownShape, bias, vars);
    } catch {
      own = undefined;
    }
    const carried = Boolean(trueShape && !same(ownShape, trueShape));
    if (claims.in && trueShape && trueShape.length === 3 && claims.in.value !== trueShape[0] && !(carried && claims.in.value === ownShape[0])) {
      findings.push(layerFinding('layer.channel-mismatch', { layer: name, assumed: claims.in.value, actual: trueShape[0], via: 'in' }, { pos: claims.in.pos }));
    }
    if (claims.out) {
      items++;
      const got = claims.out.text ?? shapeText(claims.out.value);
      if (truth && same(claims.out.value, truth.step.out)) earned++;
      else if (carried && own && same(claims.out.value, own.step.out)) {
        earned++;
        findings.push(layerFinding('layer.shape-mismatch', { layer: name, got, expected: truth ? shapeText(truth.step.out) : '?', arithmetic: '', carried: true }, { pos: claims.out.pos, severity: 'info' }));
      } else if (truth) {
        const explain = describeArithmetic(layer, truth.lastIn, truth.step);
        findings.push(layerFinding('layer.shape-mismatch', { layer: name, got, expected: shapeText(truth.step.out), arithmetic: explain }, { pos: claims.out.pos }));
      }
    }
    if (claims.params) {
      items++;
      const got = claims.params.value;
      const gotText = claims.params.text || fmtCount(got); // as written
      if (truth && truth.perCopy.includes(got)) earned++;
      else if (carried && own && own.perCopy.includes(got)) {
        earned++;
        findings.push(layerFinding('layer.params-mismatch', { layer: name, got: gotText, expected: truth ? fmtCount(truth.perCopy[0]) : '?', formula: '', carried: true }, { pos: claims.params.pos, severity: 'info' }));
      } else if (truth) {
        const expected = truth.perCopy[truth.perCopy.length - 1];
        const copies = repeatCount(layer, vars) || 1;
        const bias1 = truth.biases / BigInt(copies);
        const implied = impliedChannels(layer, got, bias);
        const named = copies === 1 ? mistakenCounts(layer, truth.lastIn, bias).find((m) => m.count === got) : undefined;
        if (named) {
          findings.push(sequenceFinding(named.code, { layer: name, got: gotText, expected: fmtCount(expected), ...named.values } as never, { pos: claims.params.pos }));
        } else if (bias1 > 0n && truth.perCopy.some((p) => p - bias1 === got)) {
          findings.push(layerFinding('layer.missing-bias', { layer: name, got: gotText, expected: fmtCount(expected), biases: fmtCount(bias1) }, { pos: claims.params.pos }));
        } else if (implied !== null && implied !== truth.lastIn[0] && layer.type === 'conv') {
          findings.push(layerFinding('layer.channel-mismatch', { layer: name, assumed: implied, actual: truth.lastIn[0], via: 'params' }, { pos: claims.params.pos }));
        } else {
          findings.push(layerFinding('layer.params-mismatch', { layer: name, got: gotText, expected: fmtCount(expected), formula: `${formula(layer, truth.lastIn, layer.bias ?? bias)}${truth.perCopy.length > 1 ? ' for the last copy' : ''}` }, { pos: claims.params.pos }));
        }
      }
    }
    // Totals: truth, truth without biases, and the sum of the claims.
    if (truth && trueTotal !== null) {
      trueTotal += truth.total;
      noBiasTotal! += truth.total - truth.biases;
    } else trueTotal = noBiasTotal = null;
    const hasParams = truth ? truth.total > 0n : layer.type === 'conv' || layer.type === 'dense' || layer.type === 'batchnorm' || isSequence(layer.type);
    if (claimedSum !== null) {
      if (claims.params) claimedSum += claims.params.value * BigInt(repeatCount(layer, vars));
      else if (hasParams) claimedSum = null;
    }
    trueOut.push(truth?.step.out);
    trueShape = truth?.step.out;
    ownShape = claims.out?.value ?? own?.step.out ?? truth?.step.out ?? ownShape;
  });
  return { items, earned, findings, trueOut, trueTotal, noBiasTotal, claimedSum };
}

function describeArithmetic(layer: Layer, input: Shape, step: Step): string {
  if (layer.type === 'conv' && layer.padding && layer.padding !== 'same') {
    return `padding ${layer.padding} turns ${input[1]}×${input[2]} into ${step.out[1]}×${step.out[2]}: ${step.arithmetic}`;
  }
  return step.arithmetic;
}

/** The input channels (or features) a count would imply, when that is a whole number. */
function impliedChannels(layer: Layer, count: bigint, bias: BiasConvention): number | null {
  const b = (layer.bias ?? bias) !== false ? 1n : 0n;
  if (layer.type === 'conv') {
    const f = BigInt(layer.filters!), k2 = BigInt(layer.kernel! * layer.kernel!);
    if (count % f !== 0n) return null;
    const per = count / f - b;
    return per > 0n && per % k2 === 0n ? Number(per / k2) : null;
  }
  return null;
}
