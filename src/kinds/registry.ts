// The problem kinds gradecheck knows. Adding a kind: a folder under src/kinds/ and one line here.
import type { Verifier } from './types.js';
import { gdStepSize } from './gd-step-size/index.js';
import { paramCount } from './param-count/index.js';
import { convDesign } from './conv-design/index.js';
import { mlpGradients } from './mlp-gradients/index.js';
import { trainingClaims } from './training-claims/index.js';
import { convBackprop } from './conv-backprop/index.js';
import { graph } from './graph/index.js';
import { optimizerSteps } from './optimizer-steps/index.js';

export const KINDS: Record<string, Verifier> = {
  [gdStepSize.kind]: gdStepSize,
  [paramCount.kind]: paramCount,
  [convDesign.kind]: convDesign,
  [mlpGradients.kind]: mlpGradients,
  [trainingClaims.kind]: trainingClaims,
  [convBackprop.kind]: convBackprop,
  [graph.kind]: graph,
  [optimizerSteps.kind]: optimizerSteps,
};

export function verifierFor(kind: string): Verifier | undefined {
  return Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
}
