// The optimizer-steps diagnoses. Each names a mistaken optimiser that the grader runs from the
// start (src/kinds/optimizer-steps/run.ts) and whose value the part matches exactly.
import { catalog } from '../../findings/finding.js';
import type { Mistake } from './run.js';

type V = { part: string; got: string; expected: string };
type W = V & { what: string };

const diag = (why: (v: W) => string) => ({
  severity: 'error' as const,
  message: (v: W) => `${v.part}: ${v.got} is what ${why(v)}; expected ${v.expected}`,
  hint: (v: W) => `${v.part}: ${v.got} is what ${why(v)}`,
  expected: (v: W) => v.expected,
  got: (v: W) => v.got,
});

export const optimFinding = catalog({
  'optim.no-bias-correction': diag(() => 'Adam gives without bias correction: m̂ = m/(1 − β₁ᵗ) and v̂ = v/(1 − β₂ᵗ) undo the zero start of the moments'),
  'optim.bias-correction-t': diag((v) => `Adam gives with bias correction at the wrong step (${v.what}); step t divides by 1 − βᵗ with t counted from 1 at the first step`),
  'optim.eps-placement': diag((v) => `the step gives with ε ${v.what}`),
  'optim.momentum-convention': diag((v) => `the other momentum convention gives (${v.what})`),
  'optim.lr-twice': diag((v) => `momentum gives with the learning rate applied twice (${v.what})`),
  'optim.weight-decay-coupling': diag((v) => `the step gives with ${v.what}`),
  'optim.step-off-by-one': diag((v) => `the value one step earlier is (${v.what}): step t's value follows from step t − 1's`),
  'optim.gradient-sign': diag(() => 'a step up the gradient gives (the gradient\'s sign flipped): descent subtracts the gradient'),
  'optim.carried-forward': {
    severity: 'info',
    message: (v: { part: string; from: string }) => `${v.part} is right for your own ${v.from} (error carried forward)`,
  },
});

export type OptimCode = Exclude<Parameters<typeof optimFinding>[0], 'optim.carried-forward'>;

/** The code of each mistaken optimiser. */
export const MISTAKE_CODE: Record<Exclude<Mistake, 'none'>, OptimCode> = {
  'no-bias-correction': 'optim.no-bias-correction',
  'bias-t-plus-1': 'optim.bias-correction-t',
  'bias-t-first': 'optim.bias-correction-t',
  'eps-other': 'optim.eps-placement',
  'momentum-other': 'optim.momentum-convention',
  'lr-twice': 'optim.lr-twice',
  'decay-other': 'optim.weight-decay-coupling',
  'gradient-sign': 'optim.gradient-sign',
};
