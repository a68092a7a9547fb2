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
import { selfChecks, writtenDecimals } from './self-checks.js';

export type Claim =
  | { part: string; kind: 'value'; model: string; metric: Metric; value: number; text: string; pos: Pos; approx?: true }
  | { part: string; kind: 'curve'; model: string; metric: Metric; values: number[]; pos: Pos; /** Each point as written ("0.94"): a table read off a plot is as precise as its digits. */ texts?: string[] }
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
function figure(node: PNode, metric: Metric): { value: number; text: string; approx?: true } {
  const written = node.kind === 'scalar' && typeof node.value === 'string' ? node.value.trim() : undefined;
  const raw = written?.replace(/^[~≈]\s*/, '');
  const approx = written !== undefined && raw !== written ? { approx: true as const } : {};
  const pct = raw?.endsWith('%') ?? false;
  const e = raw !== undefined && node.kind === 'scalar' ? readScalar({ ...node, value: pct ? raw.slice(0, -1) : raw }) : readScalar(node);
  let v = e.value.toNumber();
  if (metric.endsWith('accuracy') && (pct || (v > 1 && v <= 100))) v /= 100;
  return { value: v, text: e.text + (pct ? '%' : ''), ...approx };
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
    const points = node.items.map((i) => figure(i, metric as Metric));
    return { part, kind: 'curve', model, metric: metric as Metric, values: points.map((p) => p.value), texts: points.map((p) => p.text), pos: node.pos };
  }
  const f = figure(node, metric as Metric);
  return { part, kind: 'value', model, metric: metric as Metric, value: f.value, text: f.text, pos: node.pos, ...(f.approx ? { approx: f.approx } : {}) };
}

export function band(metric: Metric, s: Stat, approx?: { text: string }): [number, number] {
  // A figure the report gives as approximate ("~0.05", "≈ 99%") is read to one unit of its last written digit at least.
  const unit = approx ? 10 ** -writtenDecimals(approx.text) : 0;
  const w = Math.max(3 * s.spread, metric.endsWith('accuracy') ? 0.015 : 0.2 * Math.abs(s.mean), unit);
  return [s.mean - w, s.mean + w];
}

const f4 = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(4));

type Figures = TrainingRef['models'];
/** One way the networks were retrained: a combination of plausible settings, read at one epoch count. */
interface Candidate {
  label: string;
  models: Figures;
  /** The epoch the final figures are read at (1-based). */
  epoch: number;
}

/** Every combination retrained, at every plausible epoch count (the stated settings first). */
export function candidates(ref: TrainingRef, g: TrainingGiven): Candidate[] {
  const combos = [{ label: ref.label ?? '', models: ref.models }, ...(ref.alternatives ?? [])];
  const epochs = g.plan.epochs.filter((e) => e <= ref.epochs);
  const eps = epochs.length ? epochs : [ref.epochs];
  return combos.flatMap((c) => eps.map((epoch) => ({ label: [c.label, eps.length > 1 ? `${epoch} epochs` : ''].filter(Boolean).join(', '), models: c.models, epoch })));
}

type Lost = { why: 'chance'; best: string; claimed: string; combinations: number } | { why: 'anchor'; epochs: number; detail: string; combinations: number };

/**
 * Whether the rebuilt network is not the report's, so its claims are not judged (never marked
 * wrong): it stays at chance under every plausible combination while the report's learns; or the
 * instructor anchored it on the report's first epochs (`anchor: N` on the model) and no plausible
 * combination reproduces them (seed 001's CNNs: 0.77 after one epoch, chance when rebuilt).
 */
function notRebuilt(ref: TrainingRef, g: TrainingGiven, model: string, claims: Claim[]): Lost | null {
  const combos = [ref.models, ...(ref.alternatives ?? []).map((a) => a.models)];
  const anchor = g.models.find((m) => m.name === model)?.anchor;
  const curves = claims.filter((c): c is Extract<Claim, { kind: 'curve' }> => c.kind === 'curve' && c.model === model);
  if (anchor && curves.length) {
    const reproduces = (m: Figures) => curves.every((c) => c.values.slice(0, anchor).every((v, e) => { const [lo, hi] = band(c.metric, m[model][c.metric][e]); return v >= lo && v <= hi; }));
    if (!combos.some(reproduces)) {
      const c = curves[0], e = 0, s = ref.models[model][c.metric][e];
      return { why: 'anchor', epochs: anchor, detail: `${c.part} epoch ${e + 1}: the report's ${f4(c.values[e])}, rebuilt ${f4(s.mean)}`, combinations: combos.length };
    }
  }
  // At chance: within a tenth of the way from chance to perfect (0.19 for 10 classes).
  const chance = 1 / (ref.classes ?? 10);
  const stuck = chance + 0.1 * (1 - chance);
  const best = Math.max(...combos.map((m) => Math.max(...m[model]['train-accuracy'].map((s) => s.mean))));
  if (best > stuck) return null;
  const claimed = claims.flatMap((c) => (c.kind === 'value' && c.model === model && c.metric.endsWith('accuracy') ? [c.value] : c.kind === 'curve' && c.model === model && c.metric.endsWith('accuracy') ? c.values : []));
  const top = Math.max(...claimed, -Infinity);
  return top > stuck + 0.1 ? { why: 'chance', best: f4(best), claimed: f4(top), combinations: combos.length } : null;
}

export function gradeClaims(input: GradeInput<TrainingGiven, TrainingRef, Claim>): Map<string, PartGrade> {
  const ref = input.ref;
  const out = new Map<string, PartGrade>();
  const shortened = input.problem.given.shortened;
  const g = input.problem.given;
  const claims = [...input.answers.values()].map((x) => x.answer);
  const cands = g.untrained ? [] : candidates(ref, g);
  const combinations = (ref.alternatives?.length ?? 0) + 1;
  const lost = new Map<string, ReturnType<typeof notRebuilt>>();
  const rebuiltNot = (model: string) => {
    if (!lost.has(model)) lost.set(model, shortened?.length ? null : notRebuilt(ref, g, model, claims));
    return lost.get(model)!;
  };
  const checks = (c: Claim) => selfChecks(c, claims, g, ref.testExamples);
  const paramsOfSide = (side: Side) => Number(paramsOf(g, side[0]));
  const fmtSide = (side: Side, v: number) => (side[1] === 'params' ? `${fmtCount(BigInt(v))} parameters` : `${side[1]} ${f4(v)}`);
  type Item = Extract<Claim, { kind: 'comparisons' }>['items'][number];
  const isCounted = (it: Item) => it.left[1] === 'params' && it.right[1] === 'params';
  const assumedIn = (it: Item) => [it.left, it.right].find((s) => s[1] === 'params' && g.models.find((m) => m.name === s[0])?.assumed);
  /** A comparison's verdict: a finding, or null when it is not judged (and the finding says why). */
  const judge = (it: Item): { finding: Finding; judged: boolean } => {
    const assumed = assumedIn(it);
    if (assumed) return { finding: trainingFinding('training.assumed-network', { claim: it.text, model: assumed[0], assumed: g.models.find((m) => m.name === assumed[0])!.assumed! }, { pos: it.pos }), judged: false };
    const lostSide = [it.left, it.right].find((s) => s[1] !== 'params' && rebuiltNot(s[0]));
    if (lostSide) {
      const nr = rebuiltNot(lostSide[0])!;
      return { finding: trainingFinding('training.not-rebuilt', { part: 'comparisons', model: lostSide[0], ...nr }, { pos: it.pos }), judged: false };
    }
    const at = (c: Candidate | null, side: Side) => (side[1] === 'params' ? paramsOfSide(side) : c!.models[side[0]][side[1]][c!.epoch - 1].mean);
    const tried = isCounted(it) ? [null] : cands;
    const hold = tried.find((c) => compare(at(c, it.left), it.op, at(c, it.right)));
    const c = hold ?? tried[0];
    const l = at(c, it.left), r = at(c, it.right);
    const v = { claim: it.text, left: `${it.left[0]} ${fmtSide(it.left, l)}`, right: `${it.right[0]} ${fmtSide(it.right, r)}`, ...(isCounted(it) ? { counted: true as const } : {}) };
    if (hold !== undefined) return { finding: trainingFinding('training.comparison-holds', { ...v, ...(hold?.label ? { under: hold.label } : {}) }, { pos: it.pos }), judged: true };
    return { finding: trainingFinding('training.comparison-false', { ...v, ...(combinations > 1 ? { combinations } : {}) }, { pos: it.pos }), judged: true };
  };
  const gradeItems = (items: Item[], extra: Finding[]): PartGrade => {
    const verdicts = items.map(judge);
    const judged = verdicts.filter((x) => x.judged);
    const findings = [...verdicts.map((x) => x.finding), ...extra];
    if (!judged.length) return { fraction: 1, status: 'unjudged', findings };
    return { fraction: judged.filter((x) => x.finding.severity === 'info').length / judged.length, findings };
  };
  for (const part of input.asked) {
    const a = input.answers.get(part);
    if (!a) continue;
    const c = a.answer;
    const at = { pos: a.pos };
    if (shortened?.length) {
      // A quick check judges nothing it did not run: the part keeps its points and says why.
      // Parameter counts need no training: those comparisons are judged all the same.
      if (c.kind === 'comparisons' && c.items.length > 0 && c.items.every(isCounted)) {
        out.set(part, gradeItems(c.items, []));
        continue;
      }
      const counted = c.kind === 'comparisons' ? c.items.filter(isCounted).map((it) => judge(it).finding) : [];
      const trained = !g.untrained;
      const reproduced = c.kind === 'value' && trained ? `${f4(ref.models[c.model][c.metric][ref.epochs - 1].mean)}` : '';
      const note = trained ? trainingFinding('training.not-judged', { part, shortened: shortened.join(', '), reproduced }, at) : trainingFinding('training.not-retrained', { part }, at);
      const attachments = c.kind === 'comparisons' || !trained ? undefined : [picture(input, c, true, cands[0])];
      out.set(part, { fraction: 1, status: 'unjudged', findings: [note, ...counted, ...checks(c)], ...(attachments ? { attachments } : {}) });
      continue;
    }
    if (c.kind === 'comparisons') {
      out.set(part, gradeItems(c.items, checks(c)));
      continue;
    }
    const nr = rebuiltNot(c.model);
    if (nr) {
      out.set(part, { fraction: 1, status: 'unjudged', findings: [trainingFinding('training.not-rebuilt', { part, model: c.model, ...nr }, at), ...checks(c)] });
      continue;
    }
    if (c.kind === 'value') {
      const stats = cands.map((k) => ({ k, s: k.models[c.model][c.metric][k.epoch - 1] }));
      const approx = c.approx ? c : undefined;
      const inside = stats.find(({ s }) => { const [lo, hi] = band(c.metric, s, approx); return c.value >= lo && c.value <= hi; });
      // Contradicted: quote the closest of the combinations, in band widths.
      const closest = inside ?? stats.reduce((x, y) => (distance(c, y.s) < distance(c, x.s) ? y : x));
      const [lo, hi] = band(c.metric, closest.s, approx);
      const v = { part, claimed: c.approx ? `~${c.text}` : c.text, mean: f4(closest.s.mean), spread: f4(closest.s.spread), seeds: ref.seeds, ...(closest.k.label ? { under: closest.k.label } : {}) };
      const verdict = inside ? trainingFinding('training.claim-consistent', v, at) : trainingFinding('training.claim-inconsistent', { ...v, low: f4(lo), high: f4(hi), ...(combinations > 1 ? { combinations } : {}) }, at);
      out.set(part, { fraction: inside ? 1 : 0, ...(inside ? {} : { diagnosis: 'training.claim-inconsistent' }), findings: [verdict, ...checks(c)], attachments: [picture(input, c, false, closest.k)] });
    } else {
      // A curve: the combination that reproduces most of its epochs.
      const tried = cands.filter((k, i) => cands.findIndex((x) => x.models === k.models) === i).map((k) => {
        const stats = k.models[c.model][c.metric];
        const n = Math.min(stats.length, c.values.length);
        const bad = Array.from({ length: n }, (_, e) => e).filter((e) => { const [lo, hi] = band(c.metric, stats[e]); return !(c.values[e] >= lo && c.values[e] <= hi); });
        return { k: { ...k, label: k.label.replace(/, \d+ epochs$|^\d+ epochs$/, '') }, stats, n, bad };
      });
      const best = tried.reduce((x, y) => (y.bad.length < x.bad.length ? y : x));
      const findings: Finding[] = [];
      if (best.bad.length) {
        const detail = best.bad.slice(0, 4).map((e) => `epoch ${e + 1}: claimed ${f4(c.values[e])}, reproduced ${f4(best.stats[e].mean)} ± ${f4(best.stats[e].spread)}`).join('; ');
        findings.push(trainingFinding('training.curve-inconsistent', { part, epochs: best.bad.map((e) => e + 1).join(', '), detail: detail + (best.bad.length > 4 ? '; …' : ''), ...(best.k.label ? { under: best.k.label } : {}), ...(combinations > 1 ? { combinations } : {}) }, at));
      }
      out.set(part, { fraction: best.n ? (best.n - best.bad.length) / best.n : 0, findings: [...findings, ...checks(c)], attachments: [picture(input, c, false, best.k)] });
    }
  }
  return out;
}

/** How far a claim lies from a reproduced figure, in widths of its band. */
function distance(c: Extract<Claim, { kind: 'value' }>, s: Stat): number {
  const [lo, hi] = band(c.metric, s, c.approx ? c : undefined);
  return Math.abs(c.value - s.mean) / Math.max(1e-12, (hi - lo) / 2);
}

/**
 * The picture of a claim: the reproduced curve of its metric, the acceptance band, and the claimed
 * point (a final figure, at the last epoch) or points (a curve). Titled with the student (filled in
 * per submission), the problem and the part, and how the figures were reproduced.
 */
function picture(input: GradeInput<TrainingGiven, TrainingRef, Claim>, c: Extract<Claim, { kind: 'value' | 'curve' }>, quick: boolean, k: Candidate | undefined): { name: string; content: string } {
  const { ref, problem } = input;
  const epochs = c.kind === 'value' && k ? k.epoch : ref.epochs;
  const stats = (k?.models ?? ref.models)[c.model][c.metric].slice(0, epochs);
  const claimed = c.kind === 'curve' ? stats.map((_, i) => c.values[i] ?? null) : stats.map((_, i) => (i === stats.length - 1 ? c.value : null));
  const how = `reproduced with ${ref.engine}, ${ref.seeds} seed${ref.seeds > 1 ? 's' : ''}, ${ref.trainExamples.toLocaleString('en-US')} training images${k?.label ? `, ${k.label} (assumed)` : ''}`;
  const content = curveSvg({
    title: [`${STUDENT_MARKER} · ${problem.title ?? problem.id} · ${c.part}`, quick ? `quick check, not judged (${input.problem.given.shortened!.join(', ')}): ${how}` : how],
    axis: `${c.model} ${c.metric.replace('-', ' ')}`,
    accuracy: c.metric.endsWith('accuracy'),
    reproduced: stats,
    bands: stats.map((s) => band(c.metric, s, c.kind === 'value' && c.approx ? c : undefined)),
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
