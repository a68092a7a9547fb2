// Small exact tensors of Num, nested as students write them ([B][C][H][W]), with the few
// operations the convolution layer needs.
import { AnswerError, readScalar, type Entry } from '../../answers/values.js';
import type { PNode } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';

/** A nested array of rank 1 to 4. */
export type Nested<T> = T | Nested<T>[];
export type T4 = Num[][][][];

export function shapeOf(t: Nested<unknown>): number[] {
  const s: number[] = [];
  let x = t;
  while (Array.isArray(x)) s.push(x.length), (x = x[0]);
  return s;
}

export const shapeText = (s: readonly number[]) => s.join('×');

export function zeros4(b: number, c: number, h: number, w: number): T4 {
  return Array.from({ length: b }, () => Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<Num>(w).fill(Num.ZERO))));
}

export function map4(t: T4, f: (x: Num, b: number, c: number, i: number, j: number) => Num): T4 {
  return t.map((tb, b) => tb.map((tc, c) => tc.map((row, i) => row.map((x, j) => f(x, b, c, i, j)))));
}

/** Every entry with its index, in row-major order. */
export function entries<T>(t: Nested<T>, prefix: number[] = []): { at: number[]; value: T }[] {
  const out: { at: number[]; value: T }[] = [];
  // Pushed in one walk (a flatMap per level made and copied an array per entry: it showed in profiles).
  const walk = (x: Nested<T>, at: number[]) => {
    if (!Array.isArray(x)) out.push({ at: [...at], value: x });
    else for (let i = 0; i < x.length; i++) at.push(i), walk(x[i], at), at.pop();
  };
  walk(t, [...prefix]);
  return out;
}

export function get<T>(t: Nested<T>, at: readonly number[]): T {
  let x = t;
  for (const i of at) x = (x as Nested<T>[])[i];
  return x as T;
}

/** Reads a nested list of exactly `rank` levels, every level rectangular. */
export function readNested(node: PNode, rank: number, what: string): Nested<Entry> {
  const read = (n: PNode, depth: number): Nested<Entry> => {
    if (depth === rank) return readScalar(n);
    if (n.kind !== 'seq') throw new AnswerError('answer.invalid', `${what}: expected a list nested ${rank} deep, found ${n.kind === 'map' ? 'a mapping' : 'a single value'} at depth ${depth + 1}`, n.pos);
    if (n.items.length === 0) throw new AnswerError('answer.invalid', `${what}: an empty list`, n.pos);
    const items = n.items.map((it) => read(it, depth + 1));
    const widths = new Set(items.map((it) => (Array.isArray(it) ? it.length : -1)));
    if (widths.size > 1) throw new AnswerError('answer.wrong-shape', `${what}: the lists at depth ${depth + 2} differ in length`, n.pos, { got: 'ragged', expected: '' });
    return items;
  };
  return read(node, 0);
}

/** The rank of a nested list as written (how deep its first entries go). */
export function rankOf(node: PNode): number {
  let r = 0;
  let n: PNode | undefined = node;
  while (n && n.kind === 'seq') r++, (n = n.items[0]);
  return r;
}

/** Every entry mapped, the nesting kept. */
export function mapNested<A, B>(t: Nested<A>, f: (x: A) => B): Nested<B> {
  return Array.isArray(t) ? t.map((x) => mapNested(x, f)) : f(t);
}

/** Flipped in both spatial axes (the last two). */
export function flip(t: T4): T4 {
  return t.map((a) => a.map((m) => [...m].reverse().map((row) => [...row].reverse())));
}

/** Axes 0 and 1 swapped ([F, C, …] ↔ [C, F, …]). */
export function swap01<T>(t: T[][][][]): T[][][][] {
  return t[0].map((_, c) => t.map((tf) => tf[c]));
}
