import { catalog } from '../../findings/finding.js';

const fig = (v: { mean: string; spread: string; seeds: number }) => `${v.mean} ± ${v.spread} over ${v.seeds} seed${v.seeds === 1 ? '' : 's'}`;

export const trainingFinding = catalog({
  'training.claims-disagree': {
    severity: 'warning',
    message: (v: { part: string; claim: string; other: string }) => `${v.part}: the report contradicts itself: ${v.claim} does not agree with ${v.other} (found without training)`,
  },
  'training.not-judged': {
    severity: 'info',
    message: (v: { part: string; shortened: string; reproduced: string }) =>
      `${v.part}: not judged: this was a quick check (${v.shortened}), a smoke test of the retraining, not a verdict on the claim${v.reproduced ? `; the shortened run gave ${v.reproduced}` : ''}. Retrain in full to judge it`,
  },
  'training.not-retrained': {
    severity: 'info',
    message: (v: { part: string }) => `${v.part}: not judged: nothing was retrained (--no-train); only what the report's own figures say, and exact parameter counts, were checked`,
  },
  'training.claim-inconsistent': {
    severity: 'error',
    message: (v: { part: string; claimed: string; mean: string; spread: string; seeds: number; low: string; high: string }) =>
      `${v.part}: the claimed ${v.claimed} is not reproduced: retraining gives ${fig(v)} (plausible: ${v.low} to ${v.high})`,
    hint: (v: { part: string; claimed: string }) => `${v.part}: the claimed ${v.claimed} is not reproduced by retraining the network as described`,
    expected: (v) => v.mean,
    got: (v) => v.claimed,
  },
  'training.claim-consistent': {
    severity: 'info',
    message: (v: { part: string; claimed: string; mean: string; spread: string; seeds: number }) => `${v.part}: the claimed ${v.claimed} is consistent with retraining (${fig(v)})`,
    hint: (v: { part: string; claimed: string }) => `${v.part}: the claimed ${v.claimed} is consistent with retraining`,
  },
  'training.curve-inconsistent': {
    severity: 'error',
    message: (v: { part: string; epochs: string; detail: string }) => `${v.part}: epochs ${v.epochs} are not reproduced (${v.detail})`,
    hint: (v: { part: string; epochs: string }) => `${v.part}: epochs ${v.epochs} are not reproduced by retraining`,
  },
  'training.comparison-false': {
    severity: 'error',
    message: (v: { claim: string; left: string; right: string; counted?: true }) => `"${v.claim}" does not hold ${v.counted ? '(counted exactly, no training)' : 'for the retrained networks'}: ${v.left} vs ${v.right}`,
    hint: (v: { claim: string }) => `"${v.claim}" does not hold for the retrained networks`,
  },
  'training.comparison-holds': {
    severity: 'info',
    message: (v: { claim: string; left: string; right: string; counted?: true }) => `"${v.claim}" holds ${v.counted ? '(counted exactly, no training)' : 'for the retrained networks'}: ${v.left} vs ${v.right}`,
    hint: (v: { claim: string }) => `"${v.claim}" holds for the retrained networks`,
  },
});
