// What a report's own figures contradict, found without training:
//   - a final figure that is not the last point of its own curve, a comparison the claimed
//     figures themselves contradict (training.claims-disagree);
//   - a loss below what the claimed accuracy allows: a misclassified image puts at most ½ on its
//     class, so it costs at least ln 2 nats, and the mean cross-entropy is ≥ (1 − accuracy)·ln 2
//     (training.loss-below-bound, an error);
//   - a loss that would need tens of nats per misclassified image, even if every right answer
//     cost nothing (training.implausible, a warning: seed 000's "~0.7" at "~98 %" is 35 nats);
//   - a test or validation accuracy that is not a whole number of images out of the stated size,
//     and the sizes it does fit (training.test-size: seed 003's 0.889125 is 7113/8000).
import type { Finding } from '../../findings/finding.js';
import type { Claim } from './claims.js';
import { trainingFinding } from './findings.js';
import type { Metric, TrainingGiven } from './model.js';

/** Nats per misclassified image above which a loss is implausible. */
export const IMPLAUSIBLE_NATS = 20;
/** Test and training images of the bundled data sets. */
const STANDARD = { test: 10_000, train: 60_000 };

const f4 = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4));

/** Close enough to be the same figure: half a point of accuracy, 2 % of a loss, or a unit of the last digit a point was written to (0.94 read off a plot is 0.93–0.95). */
const same = (metric: Metric, a: number, b: number, written?: string) =>
  Math.abs(a - b) <= Math.max(metric.endsWith('accuracy') ? 0.005 : 0.02 * Math.max(Math.abs(a), Math.abs(b)), written ? 10 ** -writtenDecimals(written) + 1e-12 : 0);

const compare = (l: number, op: string, r: number) => (op === '>' ? l > r : op === '<' ? l < r : op === '>=' ? l >= r : l <= r);

type Value = Extract<Claim, { kind: 'value' }>;
type Curve = Extract<Claim, { kind: 'curve' }>;

export function selfChecks(c: Claim, all: Claim[], g: TrainingGiven, testSize?: number): Finding[] {
  const valueOf = (model: string, metric: Metric) => all.find((x): x is Value => x.kind === 'value' && x.model === model && x.metric === metric);
  const curveOf = (model: string, metric: Metric) => all.find((x): x is Curve => x.kind === 'curve' && x.model === model && x.metric === metric);
  if (c.kind === 'comparisons') {
    return c.items.flatMap((it) => {
      if (it.left[1] === 'params' || it.right[1] === 'params') return [];
      const l = valueOf(it.left[0], it.left[1])?.value, r = valueOf(it.right[0], it.right[1])?.value;
      if (l === undefined || r === undefined || compare(l, it.op, r)) return [];
      return [trainingFinding('training.claims-disagree', { part: c.part, claim: `"${it.text}"`, other: `the figures claimed for them, ${f4(l)} and ${f4(r)}` }, { pos: it.pos })];
    });
  }
  const out: Finding[] = [];
  if (c.kind === 'value') {
    const curve = curveOf(c.model, c.metric);
    const end = curve?.values.at(-1);
    if (end !== undefined && !same(c.metric, c.value, end, curve?.texts?.at(-1))) out.push(trainingFinding('training.claims-disagree', { part: c.part, claim: `${c.model} ${c.metric} ${f4(c.value)}`, other: `the last point of its ${c.metric} curve, ${f4(end)}` }, { pos: c.pos }));
    const size = c.metric === 'test-accuracy' ? testSize ?? g.maxTest ?? standardSize(g, 'test') : c.metric === 'validation-accuracy' ? validationSize(g) : undefined;
    if (size !== undefined) {
      const fit = imagesCheck(c.value, c.text, size);
      if (fit) out.push(trainingFinding('training.test-size', { part: c.part, claimed: c.text, value: c.value, size, images: fit.images, fits: fit.fits }, { pos: c.pos }));
    }
  }
  // The loss against its accuracy: on the loss part, epoch by epoch for curves.
  if (c.metric.endsWith('-loss')) {
    const accMetric = c.metric.replace('-loss', '-accuracy') as Metric;
    const pairs: { loss: number; acc: number; where: string }[] = [];
    if (c.kind === 'value') {
      const a = valueOf(c.model, accMetric);
      if (a) pairs.push({ loss: c.value, acc: a.value, where: `${c.model} ${accMetric} ${a.text}` });
    } else {
      const a = curveOf(c.model, accMetric);
      if (a) c.values.forEach((loss, i) => i < a.values.length && pairs.push({ loss, acc: a.values[i], where: `epoch ${i + 1}: ${c.model} ${accMetric} ${f4(a.values[i])}` }));
    }
    const low = pairs.find((p) => p.loss < (1 - p.acc) * Math.LN2 * 0.99);
    if (low) out.push(trainingFinding('training.loss-below-bound', { part: c.part, loss: f4(low.loss), accuracy: low.where, bound: f4((1 - low.acc) * Math.LN2) }, { pos: c.pos }));
    const high = pairs.find((p) => p.acc < 1 && p.loss / (1 - p.acc) >= IMPLAUSIBLE_NATS);
    if (high) out.push(trainingFinding('training.implausible', { part: c.part, loss: f4(high.loss), accuracy: high.where, nats: Math.round(high.loss / (1 - high.acc)) }, { pos: c.pos }));
  }
  return out;
}

function standardSize(g: TrainingGiven, split: 'test' | 'train'): number | undefined {
  return g.dataset.name === 'mnist' || g.dataset.name === 'fashion-mnist' ? STANDARD[split] : undefined;
}

function validationSize(g: TrainingGiven): number | undefined {
  const v = g.validation;
  if (!v) return undefined;
  if (v.size >= 1) return v.size;
  const train = standardSize(g, 'train');
  return train === undefined ? undefined : Math.round(train * v.size);
}

/** Decimals of a figure as written (a percentage has two more): 0.889125 → 6, "88.9%" → 3. */
export function writtenDecimals(text: string): number {
  const pct = text.trim().endsWith('%');
  const m = /^[^\d]*(\d*)(?:\.(\d+))?(?:e([+-]?\d+))?/i.exec(text.trim().replace(/%$/, ''));
  if (!m) return 0;
  const d = (m[2]?.length ?? 0) - Number(m[3] ?? 0);
  return Math.max(0, d + (pct ? 2 : 0));
}

/**
 * Whether an accuracy written with its decimals can be k/size for a whole k (within half a unit
 * of its last decimal); null when it can, else the images it says and the sizes it is exactly a
 * whole number of: the figure as written is p/q in lowest terms, so the multiples of q (at most
 * 3, up to 100,000 images). Nearly any size fits within half a unit somewhere; an exact fit is
 * what points at the set it was measured on (seed 003's 0.889125 = 7113/8000).
 */
export function imagesCheck(value: number, text: string, size: number): { images: string; fits: number[] } | null {
  const d = writtenDecimals(text);
  const half = 0.5 * 10 ** -d + 1e-12;
  if (Math.abs(Math.round(value * size) / size - value) <= half) return null;
  const fits: number[] = [];
  if (d <= 9) {
    const scale = 10 ** d, p = Math.round(value * scale);
    const q = scale / gcd(p, scale);
    for (let n = q; n <= 100_000 && fits.length < 3; n += q) if (n >= 100) fits.push(n);
  }
  const images = (value * size).toFixed(Math.min(6, d)).replace(/\.?0+$/, '');
  return { images, fits };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return Math.abs(a);
}
