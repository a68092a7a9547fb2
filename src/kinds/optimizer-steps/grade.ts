// Grading optimizer-steps answers: each part (a vector, one entry per parameter) against the
// exact reference; a wrong part is matched against the mistaken optimisers run from the start
// (the diagnosis names the mistake), and against the steps from the submission's own earlier
// values (error carried forward, with or without a mistake). The policy stage decides what
// each of those earns; nothing here applies a rubric.
import { readScalar, readVector, AnswerError, type Entry } from '../../answers/values.js';
import { compareMatrix, matrixClose, values } from '../../grading/compare.js';
import { explaining, type Finding } from '../../findings/finding.js';
import type { PNode, Pos } from '../../load/pnode.js';
import { Num, NumError } from '../../numbers/num.js';
import { ProblemError, type GradeInput, type PartGrade } from '../types.js';
import { keysOf, splitPart, type Key, type OptGiven } from './config.js';
import { MISTAKE_CODE, optimFinding } from './findings.js';
import { offByOne, ownRun, runAll, StepError, type Mistake, type Run, type StepValues } from './run.js';

export type Mutant = Exclude<Mistake, 'none'> | 'off-by-one';

export interface OptRef {
  run: Run;
  /** The mistaken optimisers, each run from the start (a run that divides by zero is left out). */
  mutants: { mistake: Mutant; run: Run }[];
}

export type OptAnswer = Entry[];

/** The mistakes that can show in this problem, most specific first. */
export function mistakesOf(g: OptGiven): Exclude<Mistake, 'none'>[] {
  const o = g.opt;
  const out: Exclude<Mistake, 'none'>[] = [];
  if (o.name === 'adam' || o.name === 'adamw') out.push('no-bias-correction', 'bias-t-plus-1', 'bias-t-first');
  if (['adam', 'adamw', 'adagrad', 'rmsprop'].includes(o.name) && !o.eps.isZero()) out.push('eps-other');
  if (o.name === 'momentum') out.push('momentum-other');
  if (o.name === 'momentum' || o.name === 'nesterov') out.push('lr-twice');
  if ((o.name === 'adam' || o.name === 'adamw') && !o.weightDecay.isZero()) out.push('decay-other');
  out.push('gradient-sign');
  return out;
}

export function computeOptRef(g: OptGiven): OptRef {
  let run: Run;
  try {
    run = runAll(g);
  } catch (e) {
    // Rationals past the size bound (many steps of tangled fractions), or 0/0 with ε = 0: refused, not crashed.
    if (e instanceof NumError || e instanceof StepError) throw new ProblemError(`the steps cannot be computed exactly: ${e.message} (take fewer steps or simpler numbers)`);
    throw e;
  }
  const mutants: OptRef['mutants'] = [];
  for (const m of mistakesOf(g)) {
    try {
      mutants.push({ mistake: m, run: runAll(g, m) });
    } catch (e) {
      if (!(e instanceof StepError || e instanceof NumError)) throw e;
    }
  }
  mutants.push({ mistake: 'off-by-one', run: offByOne(g, run) });
  return { run, mutants };
}

export function parseOptAnswer(node: PNode, g: OptGiven): OptAnswer {
  const n = g.start.length;
  const v = node.kind === 'scalar' ? [readScalar(node)] : readVector(node);
  if (v.length !== n) throw new AnswerError('answer.wrong-shape', `this part has ${n} ${n === 1 ? 'entry' : 'entries'}, one per parameter`, node.pos, { got: `${v.length} values`, expected: `${n} values` });
  return v;
}

/** Each part → the parts its value is computed from directly (step t from step t − 1). */
export function optDependencies(g: OptGiven): Record<string, string[]> {
  const deps: Record<string, string[]> = {};
  const o = g.opt.name;
  const at = (k: Key, t: number) => (t >= 1 ? [`${k}${t}`] : []);
  const gradientReadsW = g.source.kind === 'quadratic' || !g.opt.weightDecay.isZero();
  for (let t = 1; t <= g.steps; t++) {
    deps[`g${t}`] = gradientReadsW ? at('w', t - 1) : [];
    const wFrom = [...at('w', t - 1)];
    switch (o) {
      case 'sgd':
        wFrom.push(`g${t}`);
        break;
      case 'momentum':
      case 'nesterov':
        deps[`v${t}`] = [...at('v', t - 1), `g${t}`];
        wFrom.push(`v${t}`, ...(o === 'nesterov' ? [`g${t}`] : []));
        break;
      case 'adagrad':
      case 'rmsprop':
        deps[`s${t}`] = [...at('s', t - 1), `g${t}`];
        wFrom.push(`g${t}`, `s${t}`);
        break;
      default:
        deps[`m${t}`] = [...at('m', t - 1), `g${t}`];
        deps[`v${t}`] = [...at('v', t - 1), `g${t}`];
        deps[`m_hat${t}`] = [`m${t}`];
        deps[`v_hat${t}`] = [`v${t}`];
        wFrom.push(`m_hat${t}`, `v_hat${t}`);
    }
    deps[`w${t}`] = wFrom;
  }
  return deps;
}

export const valueOf = (r: { steps: StepValues[] }, part: string): Num[] | undefined => {
  const s = splitPart(part);
  return s ? r.steps[s.t - 1]?.[s.key] : undefined;
};

function describe(m: Mutant, g: OptGiven, part: string): string {
  const o = g.opt;
  const s = splitPart(part)!;
  switch (m) {
    case 'bias-t-plus-1': return `t + 1 = ${s.t + 1} at step ${s.t}`;
    case 'bias-t-first': return 't = 1 at every step';
    case 'eps-other': return o.epsPlacement === 'outside' ? 'inside the square root, √(v + ε), where this problem adds it outside: √v + ε' : 'outside the square root, √v + ε, where this problem adds it inside: √(v + ε)';
    case 'momentum-other': return o.convention === 'pytorch' ? "the classical v = μv − ηg, w += v; this problem uses PyTorch's v = μv + g, w −= ηv" : "PyTorch's v = μv + g, w −= ηv; this problem uses the classical v = μv − ηg, w += v";
    case 'lr-twice': return o.name === 'momentum' && o.convention === 'classical' ? 'v = μv − ηg, then w += ηv' : 'v = μv + ηg, then w −= ηv';
    case 'decay-other': return o.name === 'adamw' ? 'the weight decay added to the gradient (Adam with L2, g + λw), where AdamW decouples it: w ← w − ηλw before the step' : "the weight decay decoupled (AdamW's w ← w − ηλw), where this problem's Adam adds it to the gradient: g + λw";
    case 'off-by-one': return `${s.key}${s.t - 1 === 0 ? '0, the start' : s.t - 1}`;
    default: return '';
  }
}

/** A value in a message: short fractions exact, long ones (Adam's 10⁻⁸ makes many) as 6 significant figures. */
const one = (x: Num) => (x.isRational && x.toString().length <= 12 ? x.toString() : x.toDecimalString(6));
const show = (v: Num[]) => (v.length === 1 ? one(v[0]) : `[${v.map(one).join(', ')}]`);
const codeOf = (m: Mutant) => (m === 'off-by-one' ? 'optim.step-off-by-one' : MISTAKE_CODE[m]);

export function gradeOpt(input: GradeInput<OptGiven, OptRef, OptAnswer>): Map<string, PartGrade> {
  const g = input.problem.given, ref = input.ref, tol = input.problem.tolerance;
  const out = new Map<string, PartGrade>();
  const stated = (k: Key, t: number) => {
    const a = input.answers.get(`${k}${t}`);
    return a ? values([a.answer])[0] : undefined;
  };
  const deps = optDependencies(g);
  // The steps from the submission's own values, correct and with each mistake: one run each per submission.
  const own = new Map<Mistake, StepValues[]>();
  const ownOf = (m: Mistake) => {
    let r = own.get(m);
    if (!r) own.set(m, (r = safeOwnRun(g, m, stated)));
    return r;
  };
  for (const part of input.asked) {
    const a = input.answers.get(part);
    if (!a) continue;
    const E = valueOf(ref.run, part)!;
    const G = values([a.answer]);
    const pos = a.answer[0]?.pos ?? a.pos;
    const cmp = compareMatrix(part, [a.answer], [E], tol);
    if (cmp.correct === cmp.total) {
      out.set(part, { fraction: 1, findings: [] });
      continue;
    }
    const grade: PartGrade = { fraction: cmp.correct / cmp.total, findings: cmp.findings };
    const carried = carry(part, G, E, pos, g, ref.run, deps, stated, ownOf, tol);
    if (carried) grade.carried = carried;
    // A part computed right from the submission's own wrong values made no mistake of its own:
    // it is not diagnosed with the mistake that made those values wrong (the earlier part is).
    const rightForOwn = carried && carried.fraction === 1 && !carried.diagnosis;
    for (const mu of rightForOwn ? [] : ref.mutants) {
      const M = valueOf(mu.run, part);
      if (!M || matrixClose([M], [E], tol) || !matrixClose(G, [M], tol)) continue;
      const f = optimFinding(codeOf(mu.mistake) as 'optim.gradient-sign', { part, got: show(G[0]), expected: show(E), what: describe(mu.mistake, g, part) }, { pos });
      grade.findings = [explaining(f, cmp.findings)];
      grade.diagnosis = f.code;
      break;
    }
    out.set(part, grade);
  }
  return out;
}

function safeOwnRun(g: OptGiven, m: Mistake, stated: (k: Key, t: number) => Num[] | undefined): StepValues[] {
  try {
    return ownRun(g, m, stated);
  } catch (e) {
    if (e instanceof NumError) return [];
    throw e;
  }
}

/** The stated parts a part's value comes from: its dependencies, followed through the parts the submission leaves out. */
function sources(part: string, deps: Record<string, string[]>, isStated: (p: string) => boolean): string[] {
  const found = new Set<string>(), seen = new Set<string>();
  const walk = (p: string) => {
    for (const d of deps[p] ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      if (isStated(d)) found.add(d);
      else walk(d);
    }
  };
  walk(part);
  return [...found];
}

function carry(
  part: string, G: Num[][], E: Num[], pos: Pos, g: OptGiven, ref: Run, deps: Record<string, string[]>,
  stated: (k: Key, t: number) => Num[] | undefined, ownOf: (m: Mistake) => StepValues[], tol: GradeInput<OptGiven, OptRef, OptAnswer>['problem']['tolerance'],
): PartGrade['carried'] | undefined {
  const s = splitPart(part)!;
  const statedPart = (p: string) => {
    const q = splitPart(p);
    return !!q && stated(q.key, q.t) !== undefined;
  };
  // Only the stated sources that are themselves wrong make this part's own value differ.
  const from = sources(part, deps, statedPart).filter((p) => {
    const q = splitPart(p)!;
    const mine = stated(q.key, q.t)!;
    const truth = valueOf(ref, p);
    return !truth || !matrixClose([mine], [truth], tol);
  });
  if (from.length === 0) return undefined;
  const at = { pos };
  const mine = ownOf('none')[s.t - 1]?.[s.key];
  if (mine && matrixClose(G, [mine], tol) && !matrixClose([mine], [E], tol)) {
    return { fraction: 1, from, findings: [optimFinding('optim.carried-forward', { part, from: from.join(', ') }, at)] };
  }
  for (const m of mistakesOf(g)) {
    const M = ownOf(m)[s.t - 1]?.[s.key];
    if (!M || (mine && matrixClose([M], [mine], tol)) || !matrixClose(G, [M], tol)) continue;
    const expected = mine ?? E;
    const cmp = compareMatrix(part, G.map((r) => r.map((v) => ({ value: v, pos, text: v.toString() }))), [expected], tol);
    const f = optimFinding(MISTAKE_CODE[m] as 'optim.gradient-sign', { part, got: show(G[0]), expected: `${show(expected)} from your own ${from.join(', ')}`, what: describe(m, g, part) }, at);
    return { fraction: cmp.correct / cmp.total, from, findings: [f], diagnosis: f.code };
  }
  return undefined;
}

export { keysOf };
