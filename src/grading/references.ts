// Each problem's reference is computed once per run and cached on disk, keyed by the
// problem's content, together with its tfjs cross-check: a second run loads neither tfjs nor
// recomputes anything.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CrossCheck } from '../kinds/types.js';
import type { LoadedProblem } from './problems.js';
import { saveVariantBundles, variantBundle } from './reference-bundle.js';

export interface ReferenceEntry {
  ref: unknown;
  crossCheck?: CrossCheck;
  /** Where it came from (the tests check a second run is served from the cache). */
  source: 'computed' | 'cache';
}

export interface ReferenceOptions {
  cacheDir?: string | null;
  crossCheck: boolean;
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
  // A variant's entry is in its template's one file (reference-bundle.ts), any other problem's in its own.
  const bundle = opts.cacheDir && problem.variant ? variantBundle(opts.cacheDir, problem.kind, problem.id) : null;
  const path = opts.cacheDir ? join(opts.cacheDir, `${problem.kind}-${problem.hash}.json`) : null;
  if (path) {
    try {
      let cached = bundle?.get(problem.hash) as { ref: unknown; crossCheck?: CrossCheck } | undefined;
      if (!cached) {
        cached = JSON.parse(readFileSync(path, 'utf8')) as { ref: unknown; crossCheck?: CrossCheck };
        bundle?.set(problem.hash, cached); // a variant cached in a file of its own (before issue 25)
      }
      if (!opts.crossCheck || cached.crossCheck) return { ref: verifier.decodeRef(cached.ref), crossCheck: cached.crossCheck, source: 'cache' };
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
  if (bundle) bundle.set(problem.hash, { ref: verifier.encodeRef(ref), crossCheck });
  else if (path) {
    try {
      mkdirSync(opts.cacheDir!, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ ref: verifier.encodeRef(ref), crossCheck }));
      renameSync(tmp, path);
    } catch {
      /* a read-only cache is not an error */
    }
  }
  return { ref, crossCheck, source: 'computed' };
}

export async function computeReferences(problems: ReadonlyMap<string, LoadedProblem>, opts: ReferenceOptions): Promise<Map<string, ReferenceEntry>> {
  const out = new Map<string, ReferenceEntry>();
  for (const [id, lp] of [...problems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.set(id, await computeReference(lp, opts));
  saveVariantBundles();
  return out;
}
