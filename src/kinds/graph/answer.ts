// A graph part's answer: a number or nested lists of numbers (any rank up to 4), read with
// positions; never scored. Aligning it with the reference accepts the same numbers written
// with or without size-1 dimensions ([1, 2] for a 1×2 row, [[3]] for a scalar).
import { AnswerError, MAX_ENTRIES, readScalar, type Entry } from '../../answers/values.js';
import type { PNode } from '../../load/pnode.js';
import { sameShape, squeezed } from '../../autodiff/tensor.js';

export interface GraphAnswer {
  shape: number[];
  entries: Entry[];
}

export function parseGraphAnswer(node: PNode): GraphAnswer {
  let count = 0;
  const go = (n: PNode, depth: number): GraphAnswer => {
    if (n.kind === 'scalar') {
      if (++count > MAX_ENTRIES) throw new AnswerError('answer.invalid', `more than ${MAX_ENTRIES} entries`, n.pos);
      return { shape: [], entries: [readScalar(n)] };
    }
    if (n.kind !== 'seq' || n.items.length === 0) throw new AnswerError('answer.invalid', 'expected a number or a list of numbers', n.pos);
    if (depth >= 4) throw new AnswerError('answer.invalid', 'lists nested more than 4 deep', n.pos);
    const items = n.items.map((i) => go(i, depth + 1));
    items.forEach((it, i) => {
      if (!sameShape(it.shape, items[0].shape)) {
        throw new AnswerError('answer.wrong-shape', `entry ${i + 1} has ${it.shape.join('×') || 'one number'}, entry 1 has ${items[0].shape.join('×') || 'one number'}`, n.items[i].pos, { got: 'ragged', expected: '' });
      }
    });
    return { shape: [items.length, ...items[0].shape], entries: items.flatMap((i) => i.entries) };
  };
  return go(node, 0);
}

/** The answer in the reference's shape, when it holds the same numbers in the same order. */
export function align(a: GraphAnswer, shape: number[]): Entry[] | null {
  if (sameShape(a.shape, shape)) return a.entries;
  if (a.entries.length === shape.reduce((x, y) => x * y, 1) && sameShape(squeezed(a.shape), squeezed(shape))) return a.entries;
  return null;
}
