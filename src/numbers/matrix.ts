// Small exact matrices of Num (a row per example, a row per unit).
import { Num } from './num.js';

export type M = Num[][];

export const shape = (a: M): [number, number] => [a.length, a[0]?.length ?? 0];
export const T = (a: M): M => (a.length ? a[0].map((_, j) => a.map((r) => r[j])) : []);
export const map = (a: M, f: (x: Num, i: number, j: number) => Num): M => a.map((r, i) => r.map((x, j) => f(x, i, j)));
export const zip = (a: M, b: M, f: (x: Num, y: Num) => Num): M => a.map((r, i) => r.map((x, j) => f(x, b[i][j])));
export const scale = (a: M, k: Num): M => map(a, (x) => x.mul(k));

export function matmul(a: M, b: M): M {
  const [n, k] = shape(a), m = b[0]?.length ?? 0;
  const out: M = [];
  for (let i = 0; i < n; i++) {
    const row: Num[] = [];
    for (let j = 0; j < m; j++) {
      let s = Num.ZERO;
      for (let t = 0; t < k; t++) s = s.add(a[i][t].mul(b[t][j]));
      row.push(s);
    }
    out.push(row);
  }
  return out;
}

/** Column sums (Σ over examples): the bias gradient. */
export const colSums = (a: M): Num[] => (a.length ? a[0].map((_, j) => a.reduce((s, r) => s.add(r[j]), Num.ZERO)) : []);
export const addRow = (a: M, v: Num[]): M => a.map((r) => r.map((x, j) => x.add(v[j])));
export const sumAll = (a: M): Num => a.reduce((s, r) => r.reduce((t, x) => t.add(x), s), Num.ZERO);

/** [[10, 4], [4, 4]]: a matrix as students write it. */
export function formatMatrix(m: readonly Num[][], fmt: (x: Num) => string = (x) => x.toString()): string {
  return `[${m.map((r) => `[${r.map(fmt).join(', ')}]`).join(', ')}]`;
}
