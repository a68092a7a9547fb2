// Grading graph parts: per entry against the exact reference (the best of the accepted
// conventions at a ReLU kink or a max-pool tie), then the diagnoses (one named mistake explains
// the whole part), then error carried forward from the submission's own stated values.
import { finding } from '../../findings/codes.js';
import { explaining, type Finding } from '../../findings/finding.js';
import { compareMatrix } from '../../grading/compare.js';
import type { Tolerance } from '../../grading/types.js';
import type { Pos } from '../../load/pnode.js';
import type { Num } from '../../numbers/num.js';
import { asRows, permute, shapeText, size, type Tensor } from '../../autodiff/tensor.js';
import { backward, forward, NodeError } from '../../autodiff/run.js';
import type { Entry } from '../../answers/values.js';
import type { GradeInput, PartGrade } from '../types.js';
import { align, type GraphAnswer } from './answer.js';
import { allClose, diagnose, unsummedGrad } from './diagnose.js';
import { graphFinding } from './findings.js';
import type { GraphGiven } from './problem.js';
import type { GraphPass, GraphRef } from './reference.js';
import { partDependencies } from './dependencies.js';

type Answers = GradeInput<GraphGiven, GraphRef, GraphAnswer>['answers'];

export function gradeGraph(input: GradeInput<GraphGiven, GraphRef, GraphAnswer>): Map<string, PartGrade> {
  const out = new Map<string, PartGrade>();
  const ownPasses = new Map<string, GraphPass | null>();
  for (const part of input.asked) {
    const ans = input.answers.get(part);
    if (ans) out.set(part, gradePart(part, ans.answer, ans.pos, input.problem.given, input.ref, input.problem.tolerance, input.answers, ownPasses));
  }
  return out;
}

const valueOf = (p: GraphPass, t: { node: number; grad: boolean }): Tensor => (t.grad ? p.grads[t.node] : p.values[t.node])!;

function compare(part: string, got: Entry[], exp: Tensor, tol: Tolerance) {
  const rows = asRows(exp);
  const cols = rows[0].length;
  const g = rows.map((_, i) => got.slice(i * cols, (i + 1) * cols));
  return compareMatrix(part, g, rows, tol);
}

function gradePart(part: string, ans: GraphAnswer, pos: Pos, given: GraphGiven, ref: GraphRef, tol: Tolerance, answers: Answers, ownPasses: Map<string, GraphPass | null>): PartGrade {
  const target = given.parts.get(part)!;
  const { graph } = given;
  const E0 = valueOf(ref.passes[0], target);
  const at = { pos: ans.entries[0]?.pos ?? pos };
  const got = align(ans, E0.shape);
  if (!got) return wrongShape(part, ans, E0, target, given, ref, tol, at.pos);
  const tries = ref.passes.map((p) => ({ p, cmp: compare(part, got, valueOf(p, target), tol) }));
  const best = tries.reduce((a, b) => (b.cmp.correct > a.cmp.correct ? b : a));
  const differ = tries.some((t) => !allClose(valueOf(t.p, target).data, E0.data, tol));
  const notes: Finding[] = differ ? [graphFinding('graph.kink', { part, what: kinkText(ref, best.p) }, at)] : [];
  if (best.cmp.correct === best.cmp.total) return { fraction: 1, findings: notes };
  const values = got.map((e) => e.value);
  const fraction = best.cmp.correct / best.cmp.total;
  const diag = diagnose({ part, node: target.node, grad: target.grad, got: values, pass: best.p, graph, tol, pos: at.pos });
  const grade: PartGrade = diag ? { fraction, findings: [explaining(diag, best.cmp.findings)], diagnosis: diag.code } : { fraction, findings: best.cmp.findings };
  const carried = carriedForward(part, got, given, ref, tol, answers, at.pos, ownPasses);
  if (carried && (carried.fraction > fraction || (carried.diagnosis && !grade.diagnosis))) grade.carried = carried;
  return grade;
}

function kinkText(ref: GraphRef, p: GraphPass): string {
  const parts: string[] = [];
  if (ref.kinks) parts.push(`some ReLU input is exactly 0, where ReLU has no derivative (yours takes ${p.kink ? "ReLU'(0) = 1" : "ReLU'(0) = 0"})`);
  if (ref.ties) parts.push(`some max-pool window has tied maxima (yours sends the gradient to the ${p.tie} of them)`);
  return parts.join('; ');
}

function wrongShape(part: string, ans: GraphAnswer, E: Tensor, target: { node: number; grad: boolean }, given: GraphGiven, ref: GraphRef, tol: Tolerance, pos: Pos): PartGrade {
  const at = { pos };
  const values = ans.entries.map((e) => e.value);
  if (E.shape.length === 2 && ans.shape.length === 2 && ans.shape[0] === E.shape[1] && ans.shape[1] === E.shape[0] && allClose(values, permute(E, [1, 0]).data, tol)) {
    return { fraction: 0, findings: [graphFinding('graph.transposed', { part, shape: shapeText(E.shape) }, at)], diagnosis: 'graph.transposed' };
  }
  if (target.grad) {
    const full = unsummedGrad(given.graph, ref.passes[0], target.node);
    if (full && size(full.shape) === values.length && allClose(values, full.data, tol)) {
      const f = graphFinding('graph.broadcast-sum', { part, tensor: given.graph.nodes[target.node].name ?? part.slice(1), how: `one gradient per example (${shapeText(ans.shape)}), not summed`, shape: shapeText(E.shape) }, at);
      return { fraction: 0, findings: [f], diagnosis: 'graph.broadcast-sum' };
    }
  }
  return { fraction: 0, findings: [finding('answer.wrong-shape', { part, got: shapeText(ans.shape), expected: shapeText(E.shape) }, at)] };
}

/**
 * Error carried forward: the part recomputed from the submission's own stated values of the
 * parts it depends on (values replace node values in the forward pass, gradients replace node
 * gradients in the backward pass). Only when one of those stated values is itself wrong.
 */
function carriedForward(part: string, got: Entry[], given: GraphGiven, ref: GraphRef, tol: Tolerance, answers: Answers, pos: Pos, ownPasses: Map<string, GraphPass | null>): PartGrade['carried'] | undefined {
  const deps = transitive(given, part);
  const valueOver = new Map<number, Tensor>(), gradOver = new Map<number, Tensor>();
  const wrong: string[] = [];
  for (const [id, { answer }] of answers) {
    if (id === part || !deps.has(id)) continue;
    const t = given.parts.get(id);
    if (!t) continue;
    const E = valueOf(ref.passes[0], t);
    const a = align(answer, E.shape);
    if (!a) continue;
    const v: Tensor = { shape: E.shape, data: a.map((e) => e.value) };
    (t.grad ? gradOver : valueOver).set(t.node, v);
    if (!ref.passes.some((p) => allClose(v.data, valueOf(p, t).data, tol))) wrong.push(id);
  }
  if (!wrong.length) return undefined;
  const target = given.parts.get(part)!;
  let best: { fraction: number; findings: Finding[]; diagnosis?: string } | undefined;
  const from = wrong.sort().join(', ');
  // Parts carried from the same stated values share their pass (computed once per submission).
  const key = [...valueOver.keys(), -1, ...gradOver.keys()].join(',') + (target.grad ? ':g' : ':v');
  for (const p of ref.passes) {
    const k = `${key}:${p.kink}:${p.tie}`;
    if (!ownPasses.has(k)) {
      try {
        const f = forward(given.graph, p, valueOver);
        ownPasses.set(k, { kink: p.kink, tie: p.tie, values: f.values, grads: target.grad ? backward(given.graph, f, p, { gradOverride: gradOver }).grads : [] });
      } catch (e) {
        if (!(e instanceof NodeError)) throw e;
        ownPasses.set(k, null); // the stated values leave the exact maths (log of a negative number…): nothing to carry
      }
    }
    const own = ownPasses.get(k);
    if (!own) continue;
    const cmp = compare(part, got, valueOf(own, target), tol);
    const fraction = cmp.correct / cmp.total;
    if (best && fraction <= best.fraction) continue;
    if (fraction === 1) {
      best = { fraction, findings: [] }; // the policy stage says it was carried forward (policy.carried-forward)
      continue;
    }
    // A second mistake on top of the carried one is named the same way, from the student's own values.
    const diag = diagnose({ part, node: target.node, grad: target.grad, got: got.map((e) => e.value), pass: own, graph: given.graph, tol, pos, gradOverride: gradOver });
    best = diag ? { fraction, findings: [explaining(diag, cmp.findings)], diagnosis: diag.code } : { fraction, findings: cmp.findings };
  }
  return best && { ...best, from: wrong.sort() };
}

function transitive(given: GraphGiven, part: string): Set<string> {
  const deps = partDependencies(given);
  const out = new Set<string>();
  const stack = [...(deps[part] ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (out.has(p)) continue;
    out.add(p);
    stack.push(...(deps[p] ?? []));
  }
  return out;
}

export type { Num };
