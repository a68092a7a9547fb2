// Grading a param-count answer: the claims of each layer, the total, the solve-for variable.
import { readScalar, type Entry } from '../../answers/values.js';
import { finding } from '../../findings/codes.js';
import { gradeClaims, layerName } from '../../layers/claims.js';
import { fmtCount, layerFinding } from '../../layers/findings.js';
import { gradeTotal } from '../../layers/total.js';
import type { ClaimedLayer } from '../../layers/types.js';
import type { Pos } from '../../load/pnode.js';
import type { GradeInput, PartGrade } from '../types.js';
import { countAt, type ParamGiven, type Solved } from './model.js';

export interface ParamRef {
  solved: Solved | null;
}

export type ParamAnswer = { part: 'layers'; layers: ClaimedLayer[]; pos: Pos; missing?: number[]; extra?: { row: number; type: string | null }[] } | { part: 'total'; value: bigint; pos: Pos } | { part: 'variable'; value: Entry | null; pos: Pos };

export function gradeParamCount(input: GradeInput<ParamGiven, ParamRef, ParamAnswer>): Map<string, PartGrade> {
  const g = input.problem.given;
  const out = new Map<string, PartGrade>();
  const vars = g.solveFor && input.ref.solved ? { [g.solveFor.variable]: input.ref.solved.n } : {};
  const layersAns = input.answers.get('layers')?.answer as Extract<ParamAnswer, { part: 'layers' }> | undefined;
  const layers = layersAns?.layers ?? g.layers;
  const claims = layers ? gradeClaims(layers, g.input, g.bias, vars) : null;
  if (layersAns && claims) {
    const findings = [...claims.findings];
    // A parameterised layer left out costs what its claims would have earned; an extra row is named.
    const missing = layersAns.missing ?? [];
    for (const i of missing) findings.unshift(layerFinding('layer.count-mismatch', { missing: layerName(i, g.layers![i].layer) }, { pos: layersAns.pos }));
    for (const x of layersAns.extra ?? []) findings.unshift(layerFinding('layer.count-mismatch', { extra: `row ${x.row + 1}${x.type ? ` (${x.type})` : ''}` }, { pos: layersAns.pos }));
    const items = claims.items + missing.length + (layersAns.extra?.length ?? 0);
    out.set('layers', { fraction: items ? claims.earned / items : 0, findings });
  }
  const total = input.answers.get('total')?.answer as Extract<ParamAnswer, { part: 'total' }> | undefined;
  if (total) {
    if (!claims) out.set('total', { fraction: 0, findings: [finding('answer.invalid', { part: 'total', reason: 'the total of which layers? This problem has no given layers and the answer lists none' }, { pos: total.pos })] });
    else out.set('total', carriedTotal(total, g, input) ?? gradeTotal(total, layersAns ? claims : { ...claims, claimedSum: null }));
  }
  if (g.solveFor) {
    const v = input.answers.get(g.solveFor.variable)?.answer as Extract<ParamAnswer, { part: 'variable' }> | undefined;
    if (v) out.set(g.solveFor.variable, gradeVariable(v.value, v.pos, g, input.ref.solved));
  }
  return out;
}

/**
 * A total right for the submission's own (wrong) solve-for value is carried forward: the wrong
 * value was charged once, on its own part.
 */
function carriedTotal(total: { value: bigint; pos: Pos }, g: ParamGiven, input: GradeInput<ParamGiven, ParamRef, ParamAnswer>): PartGrade | null {
  const sf = g.solveFor;
  const own = sf && (input.answers.get(sf.variable)?.answer as Extract<ParamAnswer, { part: 'variable' }> | undefined)?.value;
  if (!sf || !own || !own.value.isInteger() || own.value.toNumber() === input.ref.solved?.n) return null;
  const n = own.value.toNumber();
  const count = n >= sf.min && n <= sf.max ? countAt(g, n) : null;
  if (count === null || count !== total.value) return null;
  const key = input.ref.solved ? countAt(g, input.ref.solved.n) : null;
  return { fraction: 1, findings: [layerFinding('total.mismatch', { got: fmtCount(total.value), sum: fmtCount(total.value), expected: key === null ? '?' : fmtCount(key), carried: true, own: `${sf.variable} = ${n}` }, { pos: total.pos, severity: 'info' })] };
}

function gradeVariable(got: Entry | null, pos: Pos, g: ParamGiven, solved: Solved | null): PartGrade {
  const sf = g.solveFor!;
  const at = { pos };
  if (!solved) {
    if (got === null) return { fraction: 1, findings: [] };
    return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: got.text, expected: `none: no whole ${sf.variable} from ${sf.min} to ${sf.max} gives exactly ${fmtCount(sf.budget)}` }, at)] };
  }
  if (got === null) return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: 'none', expected: `${solved.n} (${sf.variable} = ${solved.n} gives ${fmtCount(solved.count)} parameters; the budget is ${fmtCount(sf.budget)})` }, at)] };
  if (got.value.isInteger() && got.value.toNumber() === solved.n) return { fraction: 1, findings: [] };
  const n = Math.round(got.value.toNumber());
  const theirs = Number.isFinite(n) && n >= sf.min && n <= sf.max ? countAt(g, n) : null;
  const why = `${sf.variable} = ${solved.n} gives ${fmtCount(solved.count)} parameters${theirs !== null ? `, ${sf.variable} = ${n} gives ${fmtCount(theirs)}` : ''}; the budget is ${fmtCount(sf.budget)}`;
  return { fraction: 0, findings: [finding('value.mismatch', { part: sf.variable, where: '', got: got.text, expected: `${solved.n} (${why})` }, at)] };
}

