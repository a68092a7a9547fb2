// Reading and judging claims about training: final figures, per-epoch curves, comparisons.
// A claim holds when it lies within a band around the reproduced mean: 3 spreads, or at least
// 1.5 points of accuracy (20 % of a loss), whichever is wider.
import { AnswerError, readScalar, readVector } from '../../answers/values.js';
import type { PNode, Pos } from '../../load/pnode.js';
import type { Finding } from '../../findings/finding.js';
import type { GradeInput, PartGrade } from '../types.js';
import { trainingFinding } from './findings.js';
import type { Metric, TrainingGiven } from './model.js';
import type { Stat, TrainingRef } from './reference.js';
import { curveSvg, STUDENT_MARKER } from './svg.js';
import { runStack } from '../../layers/engine.js';
import { fmtCount } from '../../layers/findings.js';

export type Claim =
  | { part: string; kind: 'value'; model: string; metric: Metric; value: number; text: string; pos: Pos }
  | { part: string; kind: 'curve'; model: string; metric: Metric; values: number[]; pos: Pos }
  | { part: string; kind: 'comparisons'; items: { text: string; left: Side; op: string; right: Side; pos: Pos }[] };

/** One side of a comparison: a model and a trained figure, or its parameter count (exact, no training). */
type Side = [string, Metric | 'params'];

const PART = /^([A-Za-z][\w-]*)\.((?:train|validation|test)-(?:accuracy|loss))(-curve)?$/;

export function partExists(g: TrainingGiven, part: string): boolean {
  if (part === 'comparisons') return true;
  const m = PART.exec(part);
  // A validation figure needs images held out for it.
  return Boolean(m && g.models.some((x) => x.name === m[1]) && (!m[2].startsWith('validation') || g.validation));
}

/** Accuracies may be written as 0.9177, 91.77 or "91.77%"; a report's "~99%" or "≈ 0.05" is read as the figure. */
function figure(node: PNode, metric: Metric): { value: number; text: string } {
  const raw = node.kind === 'scalar' && typeof node.value === 'string' ? node.value.trim().replace(/^[~≈]\s*/, '') : undefined;
  const pct = raw?.endsWith('%') ?? false;
  const e = raw !== undefined && node.kind === 'scalar' ? readScalar({ ...node, value: pct ? raw.slice(0, -1) : raw }) : readScalar(node);
  let v = e.value.toNumber();
  if (metric.endsWith('accuracy') && (pct || (v > 1 && v <= 100))) v /= 100;
  return { value: v, text: e.text + (pct ? '%' : '') };
}

export function parseClaim(part: string, node: PNode, g: TrainingGiven): Claim {
  if (part === 'comparisons') {
    const items = node.kind === 'seq' ? node.items : [node];
    return {
      part,
      kind: 'comparisons',
      items: items.map((it) => {
        const text = it.kind === 'scalar' ? String(it.value) : '';
        const m = /^\s*([A-Za-z][\w-]*)[.\s]+((?:train|validation|test)[-\s](?:accuracy|loss)|params)\s*(>=|<=|>|<)\s*([A-Za-z][\w-]*)[.\s]+((?:train|validation|test)[-\s](?:accuracy|loss)|params)\s*$/.exec(text);
        const known = (name: string) => g.models.some((x) => x.name === name);
        if (!m || !known(m[1]) || !known(m[4])) {
          throw new AnswerError('answer.invalid', `"${text}" is not a comparison such as "cnn test-accuracy > mlp test-accuracy" or "cnn params < mlp params" between models ${g.models.map((x) => x.name).join(', ')}`, it.pos);
        }
        if (!g.validation && [m[2], m[5]].some((x) => x.startsWith('validation'))) {
          throw new AnswerError('answer.invalid', `"${text}" names a validation figure, but this problem holds no validation images out`, it.pos);
        }
        return { text: text.trim(), left: [m[1], m[2].replace(' ', '-') as Side[1]], op: m[3], right: [m[4], m[5].replace(' ', '-') as Side[1]], pos: it.pos };
      }),
    };
  }
  const [, model, metric, curve] = PART.exec(part)!;
  if (curve) {
    if (node.kind !== 'seq') throw new AnswerError('answer.invalid', `${part} is a list of per-epoch values`, node.pos);
    return { part, kind: 'curve', model, metric: metric as Metric, values: node.items.map((i) => figure(i, metric as Metric).value), pos: node.pos };
  }
  const f = figure(node, metric as Metric);
  return { part, kind: 'value', model, metric: metric as Metric, value: f.value, text: f.text, pos: node.pos };
}

export function band(metric: Metric, s: Stat): [number, number] {
  const w = Math.max(3 * s.spread, metric.endsWith('accuracy') ? 0.015 : 0.2 * Math.abs(s.mean));
  return [s.mean - w, s.mean + w];
}

const f4 = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4));

export function gradeClaims(input: GradeInput<TrainingGiven, TrainingRef, Claim>): Map<string, PartGrade> {
  const ref = input.ref;
  const out = new Map<string, PartGrade>();
  const last = (model: string, metric: Metric) => ref.models[model][metric][ref.epochs - 1];
  const shortened = input.problem.given.shortened;
  const g = input.problem.given;
  const claims = [...input.answers.values()].map((x) => x.answer);
  const sideValue = (side: Side) => (side[1] === 'params' ? Number(paramsOf(g, side[0])) : last(side[0], side[1]).mean);
  const fmtSide = (side: Side, v: number) => (side[1] === 'params' ? `${fmtCount(BigInt(v))} parameters` : `${side[1]} ${f4(v)}`);
  type Item = Extract<Claim, { kind: 'comparisons' }>['items'][number];
  const isCounted = (it: Item) => it.left[1] === 'params' && it.right[1] === 'params';
  const judge = (it: Item): Finding => {
    const l = sideValue(it.left), r = sideValue(it.right);
    const v = { claim: it.text, left: `${it.left[0]} ${fmtSide(it.left, l)}`, right: `${it.right[0]} ${fmtSide(it.right, r)}`, ...(isCounted(it) ? { counted: true as const } : {}) };
    return compare(l, it.op, r) ? trainingFinding('training.comparison-holds', v, { pos: it.pos }) : trainingFinding('training.comparison-false', v, { pos: it.pos });
  };
  for (const part of input.asked) {
    const a = input.answers.get(part);
    if (!a) continue;
    const c = a.answer;
    const at = { pos: a.pos };
    if (shortened?.length) {
      // A quick check judges nothing it did not run: the part keeps its points and says why.
      // Parameter counts need no training: those comparisons are judged all the same.
      const counted = c.kind === 'comparisons' ? c.items.filter(isCounted).map(judge) : [];
      if (c.kind === 'comparisons' && c.items.length > 0 && counted.length === c.items.length) {
        out.set(part, { fraction: counted.filter((f) => f.severity === 'info').length / counted.length, findings: counted });
        continue;
      }
      const trained = !g.untrained;
      const reproduced = c.kind === 'value' && trained ? `${f4(last(c.model, c.metric).mean)}` : '';
      const note = trained ? trainingFinding('training.not-judged', { part, shortened: shortened.join(', '), reproduced }, at) : trainingFinding('training.not-retrained', { part }, at);
      const attachments = c.kind === 'comparisons' || !trained ? undefined : [picture(input, c, true)];
      out.set(part, { fraction: 1, status: 'unjudged', findings: [note, ...counted, ...disagreements(c, claims)], ...(attachments ? { attachments } : {}) });
      continue;
    }
    if (c.kind === 'value') {
      const s = last(c.model, c.metric);
      const [lo, hi] = band(c.metric, s);
      const v = { part, claimed: c.text, mean: f4(s.mean), spread: f4(s.spread), seeds: ref.seeds };
      const ok = c.value >= lo && c.value <= hi;
      out.set(part, { fraction: ok ? 1 : 0, findings: [ok ? trainingFinding('training.claim-consistent', v, at) : trainingFinding('training.claim-inconsistent', { ...v, low: f4(lo), high: f4(hi) }, at), ...disagreements(c, claims)], attachments: [picture(input, c, false)] });
    } else if (c.kind === 'curve') {
      const stats = ref.models[c.model][c.metric];
      const n = Math.min(stats.length, c.values.length);
      const bad: number[] = [];
      for (let e = 0; e < n; e++) {
        const [lo, hi] = band(c.metric, stats[e]);
        if (!(c.values[e] >= lo && c.values[e] <= hi)) bad.push(e);
      }
      const findings: Finding[] = [];
      if (bad.length) {
        const detail = bad.slice(0, 4).map((e) => `epoch ${e + 1}: claimed ${f4(c.values[e])}, reproduced ${f4(stats[e].mean)} ± ${f4(stats[e].spread)}`).join('; ');
        findings.push(trainingFinding('training.curve-inconsistent', { part, epochs: bad.map((e) => e + 1).join(', '), detail: detail + (bad.length > 4 ? '; …' : '') }, at));
      }
      out.set(part, { fraction: n ? (n - bad.length) / n : 0, findings: [...findings, ...disagreements(c, claims)], attachments: [picture(input, c, false)] });
    } else {
      const findings = c.items.map(judge);
      const good = findings.filter((f) => f.severity === 'info').length;
      out.set(part, { fraction: c.items.length ? good / c.items.length : 0, findings: [...findings, ...disagreements(c, claims)] });
    }
  }
  return out;
}


/**
 * The picture of a claim: the reproduced curve of its metric, the acceptance band, and the claimed
 * point (a final figure, at the last epoch) or points (a curve). Titled with the student (filled in
 * per submission), the problem and the part, and how the figures were reproduced.
 */
function picture(input: GradeInput<TrainingGiven, TrainingRef, Claim>, c: Extract<Claim, { kind: 'value' | 'curve' }>, quick: boolean): { name: string; content: string } {
  const { ref, problem } = input;
  const stats = ref.models[c.model][c.metric];
  const claimed = c.kind === 'curve' ? stats.map((_, i) => c.values[i] ?? null) : stats.map((_, i) => (i === stats.length - 1 ? c.value : null));
  const how = `reproduced with ${ref.engine}, ${ref.seeds} seed${ref.seeds > 1 ? 's' : ''}, ${ref.trainExamples.toLocaleString('en-US')} training images`;
  const content = curveSvg({
    title: [`${STUDENT_MARKER} · ${problem.title ?? problem.id} · ${c.part}`, quick ? `quick check, not judged (${input.problem.given.shortened!.join(', ')}): ${how}` : how],
    axis: `${c.model} ${c.metric.replace('-', ' ')}`,
    accuracy: c.metric.endsWith('accuracy'),
    reproduced: stats,
    bands: stats.map((s) => band(c.metric, s)),
    claimed,
    quick,
  });
  return { name: `${c.part}.svg`, content };
}

const compare = (l: number, op: string, r: number) => (op === '>' ? l > r : op === '<' ? l < r : op === '>=' ? l >= r : l <= r);

/** A model's parameter count, exact, by the layer engine (no training). */
function paramsOf(g: TrainingGiven, model: string): bigint {
  const m = g.models.find((x) => x.name === model)!;
  return runStack(m.layers, m.input, true).steps.reduce((a, s) => a + s.params, 0n);
}

/** Close enough to be the same figure: half a point of accuracy, 2 % of a loss. */
const same = (metric: Metric, a: number, b: number) => Math.abs(a - b) <= (metric.endsWith('accuracy') ? 0.005 : 0.02 * Math.max(Math.abs(a), Math.abs(b)));

/**
 * What a report's own claims contradict, found without training: a final figure that is not the
 * last point of its own curve, and a comparison the claimed figures themselves contradict.
 */
function disagreements(c: Claim, all: Claim[]): Finding[] {
  const valueOf = (model: string, metric: Metric) => all.find((x): x is Extract<Claim, { kind: 'value' }> => x.kind === 'value' && x.model === model && x.metric === metric)?.value;
  if (c.kind === 'value') {
    const curve = all.find((x): x is Extract<Claim, { kind: 'curve' }> => x.kind === 'curve' && x.model === c.model && x.metric === c.metric);
    const end = curve?.values.at(-1);
    if (end === undefined || same(c.metric, c.value, end)) return [];
    return [trainingFinding('training.claims-disagree', { part: c.part, claim: `${c.model} ${c.metric} ${f4(c.value)}`, other: `the last point of its ${c.metric} curve, ${f4(end)}` }, { pos: c.pos })];
  }
  if (c.kind !== 'comparisons') return [];
  return c.items.flatMap((it) => {
    if (it.left[1] === 'params' || it.right[1] === 'params') return [];
    const l = valueOf(it.left[0], it.left[1]), r = valueOf(it.right[0], it.right[1]);
    if (l === undefined || r === undefined || compare(l, it.op, r)) return [];
    return [trainingFinding('training.claims-disagree', { part: c.part, claim: `"${it.text}"`, other: `the figures claimed for them, ${f4(l)} and ${f4(r)}` }, { pos: it.pos })];
  });
}
