// Grading a claimed total parameter count.
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import type { Pos } from '../load/pnode.js';
import type { PartGrade } from '../kinds/types.js';
import { fmtCount, layerFinding } from './findings.js';
import type { ClaimsResult } from './claims.js';

export function gradeTotal(claimed: { value: bigint; pos: Pos; text?: string }, claims: Pick<ClaimsResult, 'trueTotal' | 'noBiasTotal' | 'claimedSum'>): PartGrade {
  const at = { pos: claimed.pos };
  // As the student wrote it ("268800", "268,800"), when the answer kept its text.
  const got = claimed.text ?? fmtCount(claimed.value);
  if (claims.trueTotal === null) return { fraction: 0, findings: [] }; // the network itself is invalid: reported on the layers
  const expected = fmtCount(claims.trueTotal);
  if (claimed.value === claims.trueTotal) return { fraction: 1, findings: [] };
  const isSum = claims.claimedSum !== null && claimed.value === claims.claimedSum;
  const findings: Finding[] = [];
  if (claims.noBiasTotal !== null && claimed.value === claims.noBiasTotal && claims.noBiasTotal !== claims.trueTotal) {
    findings.push(
      layerFinding('layer.missing-bias', { layer: 'the total', got, expected, biases: fmtCount(claims.trueTotal - claims.noBiasTotal) }, { ...at, severity: isSum ? 'info' : 'error' }),
    );
  } else if (isSum) {
    findings.push(layerFinding('total.mismatch', { got, sum: got, expected, carried: true }, { ...at, severity: 'info' }));
  } else if (claims.claimedSum !== null) {
    findings.push(layerFinding('total.mismatch', { got, sum: fmtCount(claims.claimedSum), expected }, at));
  } else {
    findings.push(finding('value.mismatch', { part: 'total', where: '', got, expected }, at));
  }
  // Adding up one's own (wrong) counts correctly keeps the points: the slip was charged once.
  return { fraction: isSum ? 1 : 0, findings };
}
