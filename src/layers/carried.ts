// Claims of a layer list that are right only from the student's own previous claim (a shape or
// count that follows from their own wrong earlier output): gradeClaims keeps them as `info`
// findings marked `carried`. As a part grade they are error carried forward, which the policy
// stage applies unless the rubric says `ecf: false`: against the network alone they are errors.
import type { Finding } from '../findings/finding.js';
import type { PartGrade } from '../kinds/types.js';
import { layerFinding } from './findings.js';

export function isCarriedClaim(f: Finding): boolean {
  return f.severity === 'info' && f.values.carried === true && (f.code === 'layer.shape-mismatch' || f.code === 'layer.params-mismatch');
}

/** A claim that follows from the student's own earlier claim, as the error it is against the network. */
export function claimAsError(f: Finding): Finding {
  const pos = f.line === undefined ? undefined : { line: f.line, column: f.column ?? 1 };
  const v = f.values as { layer: string; got: string; expected: string };
  return f.code === 'layer.shape-mismatch'
    ? layerFinding('layer.shape-mismatch', { layer: v.layer, got: v.got, expected: v.expected, arithmetic: '' }, { pos })
    : layerFinding('layer.params-mismatch', { layer: v.layer, got: v.got, expected: v.expected, formula: '' }, { pos });
}

/** The layers part against the network, with the grade that keeps the carried claims as `carried`. */
export function layersGrade(earned: number, items: number, findings: Finding[]): PartGrade {
  const carried = findings.filter(isCarriedClaim);
  if (!carried.length || !items) return { fraction: items ? earned / items : 0, findings };
  const strict = findings.map((f) => (isCarriedClaim(f) ? claimAsError(f) : f));
  return { fraction: (earned - carried.length) / items, findings: strict, carried: { fraction: earned / items, from: ['layers'], findings } };
}
