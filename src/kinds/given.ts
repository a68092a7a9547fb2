// Reading a problem's `given` data exactly: every number is exact (0.2 is 1/5), and every
// error is a ProblemError at the offending node.
import { AnswerError, readMatrix, readScalar, readVector } from '../answers/values.js';
import type { PNode } from '../load/pnode.js';
import { get } from '../load/pnode.js';
import type { Num } from '../numbers/num.js';
import { ProblemError } from './types.js';

/** Runs a reader of answer values on problem data: its AnswerError becomes a ProblemError. */
export function asProblemError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof AnswerError) throw new ProblemError(e.message, e.pos);
    throw e;
  }
}

export function givenNumber(node: PNode): Num {
  return asProblemError(() => readScalar(node).value.withExact(true));
}
export function givenVector(node: PNode): Num[] {
  return asProblemError(() => readVector(node).map((e) => e.value.withExact(true)));
}
export function givenMatrix(node: PNode): Num[][] {
  return asProblemError(() => readMatrix(node).map((r) => r.map((e) => e.value.withExact(true))));
}
export function need(node: PNode, key: string): PNode {
  const v = get(node, key);
  if (!v) throw new ProblemError(`"${key}" is required`, node.pos);
  return v;
}
