// A problem's `params`: how each is drawn. `{ int: [lo, hi] }`, `{ decimal: [lo, hi], places: d }`,
// `{ choice: [...] }`, `{ expr: "..." }` (computed from earlier params by the safe expression
// reader), and whole matrices `{ matrix: [r, c], int: [lo, hi], symmetric: true }` (or decimal).
// Params are drawn in the order written, so an expr sees those above it.
import { evaluateArithmetic, ExprError } from '../numbers/expr.js';
import { Num } from '../numbers/num.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';
import { ProblemError } from '../kinds/types.js';
import type { VariantStream } from './seed.js';

export type ParamValue = Num | string | ParamValue[];
export type Params = Map<string, ParamValue>;

type Range = { kind: 'int'; lo: number; hi: number } | { kind: 'decimal'; lo: number; hi: number; places: number };
export type ParamSpec =
  | { name: string; pos: Pos; draw: 'scalar'; range: Range }
  | { name: string; pos: Pos; draw: 'choice'; options: ParamValue[] }
  | { name: string; pos: Pos; draw: 'expr'; text: string }
  | { name: string; pos: Pos; draw: 'matrix'; rows: number; cols: number; range: Range; symmetric: boolean };

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set(['pi', 'e', 'sqrt', 'given']);
const MAX_MATRIX = 12;

export function readParamSpecs(node: PNode, earlier: readonly string[] = []): ParamSpec[] {
  if (node.kind !== 'map') throw new ProblemError('params: a mapping of name → how it is drawn', node.pos);
  const seen = new Set(earlier);
  return node.entries.map((e) => {
    if (!NAME.test(e.key) || RESERVED.has(e.key)) throw new ProblemError(`params: "${e.key}" cannot be a param name (letters, digits and _, not pi, e, sqrt or given)`, e.keyPos);
    if (seen.has(e.key)) throw new ProblemError(`params: "${e.key}" is drawn twice`, e.keyPos);
    seen.add(e.key);
    return readSpec(e.key, e.value, e.keyPos);
  });
}

function readSpec(name: string, v: PNode, pos: Pos): ParamSpec {
  if (v.kind !== 'map') throw new ProblemError(`params.${name}: one of { int: [lo, hi] }, { decimal: [lo, hi], places: d }, { choice: [...] }, { expr: "..." }, { matrix: [r, c], int: [lo, hi] }`, v.pos);
  const choice = get(v, 'choice'), expr = get(v, 'expr'), matrix = get(v, 'matrix');
  if (choice) {
    if (choice.kind !== 'seq' || choice.items.length === 0) throw new ProblemError(`params.${name}.choice: a non-empty list`, choice.pos);
    return { name, pos, draw: 'choice', options: choice.items.map(plainValue) };
  }
  if (expr) {
    if (expr.kind !== 'scalar' || typeof expr.value !== 'string') throw new ProblemError(`params.${name}.expr: an expression in quotes`, expr.pos);
    return { name, pos, draw: 'expr', text: expr.value };
  }
  const range = readRange(name, v);
  if (matrix) {
    const dims = matrix.kind === 'seq' ? matrix.items.map((i) => Number((i as { value?: unknown }).value)) : [];
    if (dims.length !== 2 || !dims.every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_MATRIX)) throw new ProblemError(`params.${name}.matrix: [rows, columns], each 1 to ${MAX_MATRIX}`, matrix.pos);
    const sym = get(v, 'symmetric');
    const symmetric = sym?.kind === 'scalar' && sym.value === true;
    if (symmetric && dims[0] !== dims[1]) throw new ProblemError(`params.${name}: a symmetric matrix is square`, matrix.pos);
    return { name, pos, draw: 'matrix', rows: dims[0], cols: dims[1], range, symmetric };
  }
  return { name, pos, draw: 'scalar', range };
}

function readRange(name: string, v: PMap): Range {
  const int = get(v, 'int'), dec = get(v, 'decimal');
  const pair = (n: PNode, what: string) => {
    const xs = n.kind === 'seq' ? n.items.map((i) => Number((i as { value?: unknown }).value)) : [];
    if (xs.length !== 2 || !xs.every(Number.isFinite) || xs[0] > xs[1] || Math.abs(xs[0]) > 1e9 || Math.abs(xs[1]) > 1e9) throw new ProblemError(`params.${name}.${what}: [lo, hi] with lo ≤ hi`, n.pos);
    return xs as [number, number];
  };
  if (int) {
    const [lo, hi] = pair(int, 'int');
    if (!Number.isInteger(lo) || !Number.isInteger(hi)) throw new ProblemError(`params.${name}.int: whole numbers`, int.pos);
    return { kind: 'int', lo, hi };
  }
  if (dec) {
    const [lo, hi] = pair(dec, 'decimal');
    const p = get(v, 'places');
    const places = p ? Number((p as { value?: unknown }).value) : 1;
    if (!Number.isInteger(places) || places < 0 || places > 6) throw new ProblemError(`params.${name}.places: 0 to 6`, p?.pos ?? v.pos);
    return { kind: 'decimal', lo, hi, places };
  }
  throw new ProblemError(`params.${name}: give int, decimal, choice, expr or matrix`, v.pos);
}

function plainValue(n: PNode): ParamValue {
  if (n.kind === 'seq') return n.items.map(plainValue);
  if (n.kind === 'map') throw new ProblemError('a choice is a number, a text or a list', n.pos);
  if (typeof n.value === 'number' || (typeof n.value === 'string' && /^-?\d+(\.\d+)?$/.test(n.value))) return Num.parseDecimal(n.source.replace(/^'|'$|^"|"$/g, ''));
  return String(n.value);
}

function drawScalar(r: Range, s: VariantStream): Num {
  if (r.kind === 'int') return Num.int(s.int(r.lo, r.hi));
  const scale = 10 ** r.places;
  const k = s.int(Math.ceil(r.lo * scale - 1e-9), Math.floor(r.hi * scale + 1e-9));
  return Num.frac(k, scale);
}

/** The params drawn from the stream, after those already given (shared params, pins). */
export function drawParams(specs: readonly ParamSpec[], s: VariantStream, given: Params = new Map(), pinned: Params = new Map()): Params {
  const out: Params = new Map(given);
  for (const spec of specs) {
    let v: ParamValue;
    switch (spec.draw) {
      case 'scalar':
        v = drawScalar(spec.range, s);
        break;
      case 'choice':
        v = spec.options[s.int(0, spec.options.length - 1)];
        break;
      case 'matrix': {
        const m: Num[][] = Array.from({ length: spec.rows }, () => new Array<Num>(spec.cols));
        for (let i = 0; i < spec.rows; i++) for (let j = 0; j < spec.cols; j++) m[i][j] = spec.symmetric && j < i ? m[j][i] : drawScalar(spec.range, s);
        v = m;
        break;
      }
      case 'expr':
        v = evaluate(spec.text, out, spec.pos, `params.${spec.name}`);
        break;
    }
    // A pinned value replaces the draw (the stream still advances, so other params do not move).
    out.set(spec.name, pinned.get(spec.name) ?? v);
  }
  return out;
}

/** Arithmetic over the scalar params drawn so far. */
export function evaluate(text: string, params: Params, pos: Pos, where: string): Num {
  const vars: Record<string, Num> = {};
  for (const [k, v] of params) if (v instanceof Num) vars[k] = v;
  try {
    return evaluateArithmetic(text, vars).value.withExact(true);
  } catch (e) {
    if (e instanceof ExprError) throw new ProblemError(`${where}: ${e.message}`, pos);
    throw e;
  }
}

/** A param value as text: exact numbers (1/6, 0.25), lists in brackets. */
export function formatValue(v: ParamValue): string {
  if (v instanceof Num) return v.toExact();
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return v;
}
