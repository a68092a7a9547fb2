import { catalog } from '../../findings/finding.js';

const fig = (v: { mean: string; spread: string; seeds: number }) => `${v.mean} ± ${v.spread} over ${v.seeds} seed${v.seeds === 1 ? '' : 's'}`;
/** Which settings a verdict was reached under: the stated ones, or a combination of plausible (assumed) values. */
const under = (v: { under?: string }) => (v.under ? ` with ${v.under} (assumed)` : '');
/** A contradicted claim is contradicted under every plausible combination tried. */
const every = (v: { combinations?: number }) => (v.combinations && v.combinations > 1 ? ` under every one of the ${v.combinations} plausible combinations of settings` : '');
const grouped = (n: number) => n.toLocaleString('en-US');

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
    message: (v: { part: string; claimed: string; mean: string; spread: string; seeds: number; low: string; high: string; under?: string; combinations?: number }) =>
      `${v.part}: the claimed ${v.claimed} is contradicted${every(v)}: retraining gives at best ${fig(v)}${under(v)} (plausible: ${v.low} to ${v.high})`,
    hint: (v: { part: string; claimed: string }) => `${v.part}: the claimed ${v.claimed} is not reproduced by retraining the network as described`,
    expected: (v) => v.mean,
    got: (v) => v.claimed,
  },
  'training.claim-consistent': {
    severity: 'info',
    message: (v: { part: string; claimed: string; mean: string; spread: string; seeds: number; under?: string }) => `${v.part}: the claimed ${v.claimed} is reproduced by retraining (${fig(v)}${under(v)})`,
    hint: (v: { part: string; claimed: string }) => `${v.part}: the claimed ${v.claimed} is consistent with retraining`,
  },
  'training.curve-inconsistent': {
    severity: 'error',
    message: (v: { part: string; epochs: string; detail: string; under?: string; combinations?: number }) => `${v.part}: epochs ${v.epochs} are contradicted${every(v)} (closest${under(v)}: ${v.detail})`,
    hint: (v: { part: string; epochs: string }) => `${v.part}: epochs ${v.epochs} are not reproduced by retraining`,
  },
  'training.comparison-false': {
    severity: 'error',
    message: (v: { claim: string; left: string; right: string; counted?: true; combinations?: number }) => `"${v.claim}" does not hold ${v.counted ? '(counted exactly, no training)' : `for the retrained networks${every(v)}`}: ${v.left} vs ${v.right}`,
    hint: (v: { claim: string }) => `"${v.claim}" does not hold for the retrained networks`,
  },
  'training.comparison-holds': {
    severity: 'info',
    message: (v: { claim: string; left: string; right: string; counted?: true; under?: string }) => `"${v.claim}" holds ${v.counted ? '(counted exactly, no training)' : `for the retrained networks${under(v)}`}: ${v.left} vs ${v.right}`,
    hint: (v: { claim: string }) => `"${v.claim}" holds for the retrained networks`,
  },
  'training.not-rebuilt': {
    severity: 'warning',
    message: (v: { part: string; model: string; combinations: number } & ({ why: 'chance'; best: string; claimed: string } | { why: 'anchor'; epochs: number; detail: string })) =>
      `${v.part}: not judged: ${
        v.why === 'chance'
          ? `the rebuilt ${v.model} does not learn under any of the ${v.combinations} plausible combination${v.combinations === 1 ? '' : 's'} of settings (best train accuracy ${v.best}, chance level) while the report's reaches ${v.claimed}`
          : `no plausible combination of settings (${v.combinations} tried) reproduces the report's first ${v.epochs === 1 ? 'epoch' : `${v.epochs} epochs`} of ${v.model} (${v.detail})`
      }: the network cannot be rebuilt from what the report states, so retraining says nothing about its figures`,
  },
  'training.assumed-network': {
    severity: 'info',
    message: (v: { claim: string; model: string; assumed: string }) => `"${v.claim}": not judged: the report does not state ${v.model}'s layers (assumed: ${v.assumed}), so a count of its parameters judges the instructor's guess, not the student's network`,
  },
  'training.loss-below-bound': {
    severity: 'error',
    message: (v: { part: string; loss: string; accuracy: string; bound: string }) =>
      `${v.part}: a mean cross-entropy of ${v.loss} is impossible beside ${v.accuracy}: every misclassified image puts at most ½ on its class and costs at least ln 2 nats, so the loss is at least (1 − accuracy)·ln 2 = ${v.bound} (found without training)`,
  },
  'training.implausible': {
    severity: 'warning',
    message: (v: { part: string; loss: string; accuracy: string; nats: number }) =>
      `${v.part}: a mean loss of ${v.loss} beside ${v.accuracy} would need about ${v.nats} nats per misclassified image even if every right answer cost nothing (a probability of e^−${v.nats} on the true class): implausible; was it summed rather than averaged, or taken from another run? (found without training)`,
  },
  'training.test-size': {
    severity: 'warning',
    message: (v: { part: string; claimed: string; value: number; size: number; images: string; fits: number[] }) =>
      `${v.part}: ${v.claimed} is not a whole number of images out of the ${grouped(v.size)} evaluated (${v.images} images)${v.fits.length ? `; it is exactly ${grouped(Math.round(v.value * v.fits[0]))} of ${grouped(v.fits[0])} images${v.fits.length > 1 ? ` (or of ${v.fits.slice(1).map(grouped).join(', ')})` : ''}: was it measured on another set?` : ''} (found without training)`,
  },
});
