// Grading a design: the claims of each layer (with error carried forward), the constraints of
// the problem, the target shape, and the total.
import type { Finding } from '../../findings/finding.js';
import { gradeClaims, layerName } from '../../layers/claims.js';
import { layerFinding } from '../../layers/findings.js';
import { gradeTotal } from '../../layers/total.js';
import type { ClaimedLayer, Layer } from '../../layers/types.js';
import { shapeText } from '../../layers/types.js';
import type { Pos } from '../../load/pnode.js';
import type { GradeInput, PartGrade } from '../types.js';
import type { Constraints, DesignGiven } from './model.js';

export type DesignAnswer = { part: 'layers'; layers: ClaimedLayer[]; pos: Pos } | { part: 'total'; value: bigint; pos: Pos };

const maps = (s: number[]) => (s.length === 3 ? `${s[0]} maps of ${s[1]}×${s[2]}` : `${s[0]} units`);

/** One finding per broken constraint of a layer. */
export function checkConstraints(layers: ClaimedLayer[], c: Constraints): { checked: number; broken: number; findings: Finding[] } {
  const findings: Finding[] = [];
  let checked = 0, broken = 0;
  let prev: Layer | undefined;
  layers.forEach(({ layer: l }, i) => {
    const name = layerName(i, l);
    const v: { constraint: string; got: string; allowed: string }[] = [];
    if (l.type === 'conv') {
      checked++;
      if (c.kernels && !c.kernels.includes(l.kernel!)) v.push({ constraint: 'kernel', got: `kernel ${l.kernel}×${l.kernel}`, allowed: c.kernels.map((k) => `${k}×${k}`).join(', ') });
      if (c.stride !== null && (l.stride ?? 1) !== c.stride) v.push({ constraint: 'stride', got: `stride ${l.stride ?? 1}`, allowed: `stride ${c.stride}` });
      if (c.padding !== null && (l.padding ?? 0) !== c.padding) v.push({ constraint: 'padding', got: `padding ${l.padding ?? 0}`, allowed: `padding ${c.padding}` });
    } else if (l.type === 'maxpool' || l.type === 'avgpool') {
      checked++;
      const p = c.pooling;
      if (p) {
        if ((p.type === 'max') !== (l.type === 'maxpool')) v.push({ constraint: 'pooling', got: l.type, allowed: `${p.type}pool` });
        if (l.size !== p.size || (l.stride ?? l.size) !== p.stride) v.push({ constraint: 'pooling', got: `${l.size}×${l.size} pooling with stride ${l.stride ?? l.size}`, allowed: `${p.size}×${p.size} with stride ${p.stride}` });
      }
    }
    const kind = (x?: Layer) => (x?.type === 'conv' ? 'conv' : x?.type === 'maxpool' || x?.type === 'avgpool' ? 'pool' : null);
    if (c.alternate && kind(l) && kind(prev) === kind(l)) v.push({ constraint: 'order', got: `two ${kind(l)} layers in a row`, allowed: 'conv and pooling layers alternating' });
    if (kind(l)) prev = l;
    if (v.length) broken++;
    for (const x of v) findings.push(layerFinding('design.constraint-violated', { layer: name, ...x }, { pos: l.pos }));
  });
  return { checked, broken, findings };
}

export function gradeDesign(input: GradeInput<DesignGiven, unknown, DesignAnswer>): Map<string, PartGrade> {
  const g = input.problem.given;
  const out = new Map<string, PartGrade>();
  const la = input.answers.get('layers')?.answer as Extract<DesignAnswer, { part: 'layers' }> | undefined;
  const claims = la ? gradeClaims(la.layers, g.input, g.bias) : null;
  if (la && claims) {
    const cons = checkConstraints(la.layers, g.constraints);
    const findings = [...cons.findings, ...claims.findings];
    const last = claims.trueOut[claims.trueOut.length - 1];
    const hit = Boolean(last && last.join() === g.target.join());
    if (!hit) findings.push(layerFinding('design.target-missed', { got: last ? maps(last) : 'an invalid layer', expected: maps(g.target) }, { pos: la.layers[la.layers.length - 1].pos }));
    // Claims, constraint-abiding layers and the target each count once; a layer that cannot
    // be built (and every layer after it) earns nothing.
    const firstInvalid = claims.trueOut.findIndex((s) => s === undefined);
    const unbuilt = firstInvalid < 0 ? 0 : la.layers.slice(firstInvalid).filter((l) => ['conv', 'maxpool', 'avgpool'].includes(l.layer.type)).length;
    const items = claims.items + cons.checked + 1;
    const earned = claims.earned + Math.max(0, cons.checked - cons.broken - unbuilt) + (hit ? 1 : 0);
    // Claims right only from the student's own previous claim: kept (error carried forward) unless
    // the rubric says `ecf: false`; against the network alone they are wrong.
    const carriedClaims = findings.filter(isCarriedClaim);
    if (carriedClaims.length) {
      const strict = findings.map((f) => (isCarriedClaim(f) ? claimAsError(f) : f));
      out.set('layers', { fraction: (earned - carriedClaims.length) / items, findings: strict, carried: { fraction: earned / items, from: ['layers'], findings } });
    } else out.set('layers', { fraction: earned / items, findings });
  }
  const total = input.answers.get('total')?.answer as Extract<DesignAnswer, { part: 'total' }> | undefined;
  if (total && claims) out.set('total', totalGrade(total, claims));
  else if (total) out.set('total', { fraction: 0, findings: [] });
  return out;
}

/** conv-design's parts: the layers, layer by layer, then the total computed from them. */
export const DESIGN_DEPENDENCIES: Record<string, string[]> = { total: ['layers'] };

/**
 * The total against the network, and (error carried forward) against the student's own counts:
 * a total that is the sum of their counts is wrong only because a count is, and keeps its points
 * unless the rubric says `ecf: false`. A total that leaves out exactly the biases is that one mistake.
 */
function totalGrade(total: Extract<DesignAnswer, { part: 'total' }>, claims: NonNullable<ReturnType<typeof gradeClaims>>): PartGrade {
  const g = gradeTotal(total, claims);
  const isSum = claims.trueTotal !== null && total.value !== claims.trueTotal && claims.claimedSum !== null && total.value === claims.claimedSum;
  if (!isSum) return missingBias(g);
  // Against the network: the same findings, as the errors they are there.
  const strict = missingBias({ fraction: 0, findings: g.findings.map(asError) });
  return { ...strict, carried: { fraction: 1, from: ['layers'], findings: g.findings } };
}

function missingBias(g: PartGrade): PartGrade {
  const errors = g.findings.filter((f) => f.severity === 'error');
  return errors.length === 1 && errors[0].code === 'layer.missing-bias' ? { ...g, diagnosis: 'layer.missing-bias' } : g;
}

function isCarriedClaim(f: Finding): boolean {
  return f.severity === 'info' && f.values.carried === true && (f.code === 'layer.shape-mismatch' || f.code === 'layer.params-mismatch');
}

/** A claim that follows from the student's own earlier claim, as the error it is against the network. */
function claimAsError(f: Finding): Finding {
  const pos = f.line === undefined ? undefined : { line: f.line, column: f.column ?? 1 };
  const v = f.values as { layer: string; got: string; expected: string };
  return f.code === 'layer.shape-mismatch'
    ? layerFinding('layer.shape-mismatch', { layer: v.layer, got: v.got, expected: v.expected, arithmetic: '' }, { pos })
    : layerFinding('layer.params-mismatch', { layer: v.layer, got: v.got, expected: v.expected, formula: '' }, { pos });
}

function asError(f: Finding): Finding {
  if (f.code === 'total.mismatch') return layerFinding('total.mismatch', { got: String(f.values.got), sum: null, expected: String(f.values.expected) }, { pos: f.line === undefined ? undefined : { line: f.line, column: f.column ?? 1 } });
  return { ...f, severity: 'error' };
}

