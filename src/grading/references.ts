// Each problem's reference is computed once per run and cached on disk, keyed by the
// problem's content, together with its tfjs cross-check: a second run loads neither tfjs nor
// recomputes anything. Entries hold every variant's key, so they are the owner's alone (0600 in
// a 0700 folder; a folder or entry others can write is not trusted) and each is checked when
// read (cache-entry.ts): an entry edited by hand, moved to another problem's name or cut short is
// recomputed, never used.
import { renameSync, writeFileSync } from 'node:fs';
import { cacheFolderTrusted, entryText, readEntry } from './cache-entry.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CrossCheck } from '../kinds/types.js';
import type { LoadedProblem } from './problems.js';

export interface ReferenceEntry {
  ref: unknown;
  crossCheck?: CrossCheck;
  /** Where it came from (the tests check a second run is served from the cache). */
  source: 'computed' | 'cache';
}

export interface ReferenceOptions {
  cacheDir?: string | null;
  crossCheck: boolean;
  /** Where some problems' references are kept instead (the variants of an assignment, in its one file: variants/cache.ts). */
  store?: ReferenceStore;
}

/** A keeper of references for the problems it holds (their encoded form, cross-checked before it is put). */
export interface ReferenceStore {
  holds(key: string): boolean;
  get(key: string, lp: LoadedProblem): unknown | undefined;
  put(key: string, lp: LoadedProblem, encoded: unknown): void;
}

export function defaultCacheDir(): string {
  return process.env.GRADECHECK_CACHE_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'gradecheck');
}

export class CrossCheckError extends Error {
  constructor(
    readonly problemId: string,
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${problemId}: ${detail}`);
  }
}

/** A problem whose reference cannot be computed here (its data is missing, a model cannot be built …). */
export class ReferenceError extends Error {
  constructor(
    readonly problemId: string,
    readonly file: string,
    readonly pos: { line: number; column: number },
    readonly detail: string,
  ) {
    super(`${problemId}: ${detail}`);
  }
}

export async function computeReference(lp: LoadedProblem, opts: ReferenceOptions): Promise<ReferenceEntry> {
  const { problem, verifier } = lp;
  const path = opts.cacheDir && cacheFolderTrusted(opts.cacheDir) ? join(opts.cacheDir, `${problem.kind}-${problem.hash}.json`) : null;
  if (path) {
    try {
      const cached = readEntry(path, problem.kind, problem.hash);
      if (cached && (!opts.crossCheck || cached.crossCheck)) return { ref: verifier.decodeRef(cached.ref), crossCheck: cached.crossCheck as CrossCheck | undefined, source: 'cache' };
    } catch {
      /* not cached yet, or unreadable: compute */
    }
  }
  let ref: unknown;
  try {
    ref = await verifier.reference(problem.given);
  } catch (e) {
    const pos = (e as { pos?: { line: number; column: number } }).pos ?? { line: 1, column: 1 };
    throw new ReferenceError(problem.id, problem.file, pos, (e as Error).message);
  }
  let crossCheck: CrossCheck | undefined;
  if (opts.crossCheck) {
    crossCheck = await verifier.crossCheck(problem.given, ref);
    const bad = crossCheck.items.filter((i) => !i.ok);
    if (bad.length) throw new CrossCheckError(problem.id, problem.file, bad.map((b) => `${b.name}: ${b.detail ?? `differs by ${b.maxDiff}`}`).join('; '));
  }
  if (path) {
    try {
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, entryText(problem.kind, problem.hash, verifier.encodeRef(ref), crossCheck), { mode: 0o600 });
      renameSync(tmp, path);
    } catch {
      /* a read-only cache is not an error */
    }
  }
  return { ref, crossCheck, source: 'computed' };
}

export async function computeReferences(problems: ReadonlyMap<string, LoadedProblem>, opts: ReferenceOptions): Promise<Map<string, ReferenceEntry>> {
  const out = new Map<string, ReferenceEntry>();
  for (const [id, lp] of [...problems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!opts.store?.holds(id)) {
      out.set(id, await computeReference(lp, opts));
      continue;
    }
    const kept = opts.store.get(id, lp);
    if (kept !== undefined) {
      try {
        out.set(id, { ref: lp.verifier.decodeRef(kept), source: 'cache' });
        continue;
      } catch {
        /* not what was written: computed again */
      }
    }
    const e = await computeReference(lp, { ...opts, cacheDir: null });
    opts.store.put(id, lp, lp.verifier.encodeRef(e.ref));
    out.set(id, e);
  }
  return out;
}
