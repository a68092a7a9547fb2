// A fast path for reading YAML with positions. The `yaml` library composes a full document
// model and runs at ~1.4 MB/s here (≈ 0.8 ms for a 1 KB submission); js-yaml runs at ~14 MB/s,
// and its `listener` reports where each node opens and closes. From those events this builds
// the same position-annotated tree as the `yaml` path in yaml.ts. Anything unusual — an alias,
// a syntax error, an event sequence that does not match the value — returns null, and the
// caller reads the file with the `yaml` library instead, so errors and edge cases are
// reported exactly as before. A differential test checks both paths give identical trees.
import yaml from 'js-yaml';
import type { PMapEntry, PNode, Pos } from './pnode.js';

interface Done {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: Done[];
}

class Fallback extends Error {
  /** Where the node that needs the yaml path starts (an alias, an anchor, a tag), when that is why. */
  constructor(readonly special?: number) {
    super();
  }
}

/** Why the fast path gave up: js-yaml's own error, a node it leaves to the yaml path, or anything else. */
export type FastMiss = { why: 'error'; reason: string; pos: Pos } | { why: 'special'; pos: Pos } | { why: 'other' };

export function parseFast(src: string, limits: { maxNodes: number; maxDepth: number }): PNode | null {
  const r = parseFastOr(src, limits);
  return 'why' in r ? null : r;
}

/** The tree, or why the fast path could not build it (see FastMiss). */
export function parseFastOr(src: string, limits: { maxNodes: number; maxDepth: number }): PNode | FastMiss {
  const stack: { open: number; children: Done[] }[] = [];
  const roots: Done[] = [];
  try {
    const options: yaml.LoadOptions & { maxDepth: number } = {
      schema: yaml.CORE_SCHEMA,
      maxDepth: limits.maxDepth,
      listener(type, state) {
        if (type === 'open') {
          stack.push({ open: state.position, children: [] });
          return;
        }
        const f = stack.pop()!;
        const done: Done = { start: skipSpace(src, f.open), end: state.position, kind: state.kind, result: state.result, children: f.children };
        (stack.length ? stack[stack.length - 1].children : roots).push(done);
      },
    };
    yaml.load(src, options);
  } catch (e) {
    // The yaml path reports the error with its position; js-yaml's own is kept for large files.
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason;
    return mark && reason ? { why: 'error', reason, pos: { line: mark.line + 1, column: mark.column + 1 } } : { why: 'other' };
  }
  if (roots.length !== 1) return { why: 'other' };
  const lines = lineStarts(src);
  let nodes = 0;
  const posOf = (offset: number): Pos => {
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lines[lo] + 1 };
  };
  const convert = (d: Done): PNode => {
    if (++nodes > limits.maxNodes) throw new Fallback();
    while ((d.kind === 'mapping' || d.kind === 'sequence') && d.children.length === 1 && d.children[0].result === d.result) d = d.children[0];
    // Aliases, anchors and tags: the yaml path (it enforces the alias limits and resolves tags).
    const c0 = src[d.start];
    if (c0 === '*' || c0 === '&' || c0 === '!') throw new Fallback(d.start);
    const pos = posOf(d.start);
    if (d.kind === 'sequence') {
      const arr = d.result as unknown[];
      if (!Array.isArray(arr) || d.children.length !== arr.length) throw new Fallback();
      return { kind: 'seq', pos, items: d.children.map(convert) };
    }
    if (d.kind === 'mapping') {
      const obj = d.result as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (d.children.length !== 2 * keys.length) throw new Fallback();
      const entries: PMapEntry[] = [];
      const index = new Map<string, PMapEntry>();
      for (let i = 0; i < d.children.length; i += 2) {
        const k = d.children[i];
        if (k.kind !== 'scalar') throw new Fallback();
        const keyPos = posOf(k.start);
        const v = d.children[i + 1];
        const value: PNode = v.result === null && (v.kind === null || v.kind === 'scalar') && !isToken(src, v) ? { kind: 'scalar', pos: keyPos, value: null, source: '', quoted: false } : convert(v);
        const entry = { key: String(k.result), keyPos, value };
        entries.push(entry);
        index.set(entry.key, entry);
      }
      return { kind: 'map', pos, entries, index };
    }
    if (d.kind === 'scalar' || (d.kind === null && d.result === null)) {
      const c = src[d.start];
      const quoted = c === '"' || c === "'" || c === '|' || c === '>';
      const value = d.result as PNode extends { value: infer V } ? V : never;
      const source = typeof d.result === 'string' ? d.result : token(src, d.start, d.end);
      return { kind: 'scalar', pos, value: value as never, source, quoted };
    }
    throw new Fallback();
  };
  try {
    return convert(roots[0]);
  } catch (e) {
    if (e instanceof Fallback) return e.special === undefined ? { why: 'other' } : { why: 'special', pos: posOf(e.special) };
    throw e;
  }
}

/** Skips blanks, line breaks and comments: js-yaml opens a node before its separating space. */
function skipSpace(src: string, i: number): number {
  for (;;) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
    else if (c === 35 /* # */) {
      while (i < src.length && src.charCodeAt(i) !== 10) i++;
    } else return i;
  }
}

/** A plain scalar's text: up to blanks, a comment, or a flow indicator. */
function token(src: string, start: number, end: number): string {
  const s = src.slice(start, end);
  const m = /^[^\s,\]}#]*/.exec(s);
  return m ? m[0] : s.trim();
}

/** Whether a null value is written (null, ~) rather than left empty. */
function isToken(src: string, d: Done): boolean {
  return /^(null|Null|NULL|~)(?![^\s,\]}#])/.test(src.slice(d.start, d.start + 5)) && d.start < d.end;
}

function lineStarts(src: string): number[] {
  const out = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}
