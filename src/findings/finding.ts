// Findings are data: a stable code, a severity, the values that explain it, and a place.
// Each area declares its codes in a catalog (code → severity + message template); `catalog()`
// returns the one function that turns values into a finding with its rendered message.
import type { Pos } from '../load/pnode.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  expected?: string;
  got?: string;
  /** In a notebook submission: the cell the line is in (line and column count within it). */
  cell?: { index: number; id?: string };
  /** The values the message was rendered from; tests assert these, reports do not print them. */
  values: Record<string, unknown>;
  /**
   * The message without any expected value or key (`--feedback hints`): set when the message
   * has one. Not printed in reports.
   */
  hint?: string;
  /**
   * A diagnosis that explains a whole part replaces its per-entry mismatches (one mistake, one
   * finding); the entries stay here, as data for tools (the JSON report prints them).
   */
  entries?: { where: string; got: string; expected?: string; line?: number; column?: number }[];
}

/** The diagnosis with the per-entry mismatches it replaces kept as its data. */
export function explaining(diagnosis: Finding, mismatches: Finding[]): Finding {
  const entries = mismatches.map((m) => ({ where: String(m.values.where ?? ''), got: m.got ?? '', expected: m.expected ?? '', ...(m.line !== undefined ? { line: m.line, column: m.column } : {}) }));
  return entries.length ? { ...diagnosis, entries } : diagnosis;
}

export interface FindingSpec<V> {
  severity: Severity;
  message: (v: V) => string;
  /** The message for `--feedback hints`: the mistake and why, never an expected value (only where the message shows one). */
  hint?: (v: V) => string;
  /** Which values go to the report's `expected` / `got` fields. */
  expected?: (v: V) => string | undefined;
  got?: (v: V) => string | undefined;
}

export type Catalog = Record<string, FindingSpec<any>>;

type ValuesOf<C extends Catalog, K extends keyof C> = C[K] extends FindingSpec<infer V> ? V : never;

export interface MakeOptions {
  pos?: Pos;
  file?: string;
  severity?: Severity;
}

/** Every code of every catalog loaded (a rubric may only name a code that exists: a typo would silently cost nothing). */
export const KNOWN_CODES = new Set<string>();

export function catalog<C extends Catalog>(specs: C) {
  for (const code of Object.keys(specs)) KNOWN_CODES.add(code);
  return Object.assign(make, { errorCodes: Object.keys(specs).filter((c) => specs[c].severity === 'error') as (keyof C & string)[] });
  function make<K extends keyof C & string>(code: K, values: ValuesOf<C, K>, opts: MakeOptions = {}): Finding {
    const spec = specs[code];
    const f: Finding = { code, severity: opts.severity ?? spec.severity, message: spec.message(values), values: values as Record<string, unknown> };
    if (spec.hint) f.hint = spec.hint(values);
    if (opts.file) f.file = opts.file;
    if (opts.pos) (f.line = opts.pos.line), (f.column = opts.pos.column);
    const exp = spec.expected?.(values);
    const got = spec.got?.(values);
    if (exp !== undefined) f.expected = exp;
    if (got !== undefined) f.got = got;
    return f;
  }
}


export function at(f: Finding, file: string): Finding {
  return f.file ? f : { ...f, file };
}
