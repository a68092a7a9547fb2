// The variant cache (issue 25): per assignment and course secret, one file in the reference
// cache folder holding, for each student's variant, which draw made it (so a warm run draws it
// once, not through every rejected attempt and `require:` check), and the encoded reference of
// every variant of the assignment (one file read and parsed per run, not one per variant).
//
// It is a layer around the plain path: with --no-cache, or when a file is absent, damaged or
// not this run's, everything is drawn and computed as before, and grading gives the same bytes.
// An entry is trusted only when its file's HMAC, keyed by a key derived from the secret, is
// right: a file edited by hand (another attempt, another reference) is ignored and recomputed,
// never used to change a grade. The secret is never stored: the file names a keyed hash of it.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { lstatSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Num } from '../numbers/num.js';
import { ENGINE_VERSION } from '../grading/problems.js';
import { cacheFolderTrusted } from '../grading/cache-entry.js';
import type { ReferenceStore } from '../grading/references.js';
import type { Params } from './params.js';
import { textOf, type ProblemTemplate } from './template.js';

const VERSION = 1;

/** What a run knows of drawn variants: the attempt that made each (assignment, draw key). */
export interface DrawnVariants {
  get(assignment: string | null, key: string): number | undefined;
  set(assignment: string | null, key: string, attempt: number): void;
}

/** The key of one student's variant of a template: its id and content, the student, and what else the draw depends on. */
export function drawKey(t: ProblemTemplate, student: string, reseed: number | undefined, shared: Params | undefined, pinned: Params | undefined): string {
  const text = (p: Params | undefined) => [...(p ?? [])].map(([k, v]) => [k, textOf(v)]);
  return JSON.stringify([`${t.id}@${templateHash(t)}`, student, reseed ?? 0, text(shared), text(pinned)]);
}

const hashes = new WeakMap<ProblemTemplate, string>();
/** A template's content (its document, params, require, statement), not where it is written. */
export function templateHash(t: ProblemTemplate): string {
  let h = hashes.get(t);
  if (h === undefined) {
    const plain = JSON.stringify([ENGINE_VERSION, t.id, t.specs, t.require, t.statement ?? null, t.root], (k, v) => (k === 'pos' || k === 'keyPos' || k === 'file' ? undefined : v instanceof Map ? undefined : v instanceof Num ? v.toExact() : typeof v === 'bigint' ? String(v) : v));
    hashes.set(t, (h = createHash('sha256').update(plain).digest('hex')));
  }
  return h;
}

interface FileState {
  attempts: Map<string, number>;
  /** refKey → [kind, encoded reference]. */
  refs: Map<string, [string, unknown]>;
  dirty: boolean;
  /** Its references forgotten: never written again in this run (it would lose them). */
  closed?: boolean;
}

/** The drawn variants and variant references of one run, read from (and written back to) one file per assignment. */
export class VariantCache implements DrawnVariants {
  private readonly files = new Map<string | null, FileState>();
  private readonly macKey: Buffer;
  private readonly secretId: string;

  /** `dir` null: nothing is read or written (a worker's copy, or a test). */
  constructor(
    private readonly dir: string | null,
    secret: string,
  ) {
    this.macKey = createHmac('sha256', secret).update('gradecheck-variant-cache-mac').digest();
    this.secretId = createHmac('sha256', secret).update('gradecheck-variant-cache-id').digest('hex');
    if (dir !== null && !cacheFolderTrusted(dir)) this.dir = null;
  }

  /** The file of one assignment (for this secret): named by hashes only. */
  pathOf(assignment: string | null): string | null {
    if (this.dir === null) return null;
    return join(this.dir, `variants-${createHash('sha256').update(JSON.stringify([this.secretId, assignment])).digest('hex').slice(0, 32)}.json`);
  }

  private state(assignment: string | null): FileState {
    let s = this.files.get(assignment);
    if (!s) this.files.set(assignment, (s = this.read(assignment) ?? { attempts: new Map(), refs: new Map(), dirty: false }));
    return s;
  }

  /** The file's entries, or null when it is absent, not ours, damaged, or for another secret, assignment or release. */
  private read(assignment: string | null): FileState | null {
    const path = this.pathOf(assignment);
    if (!path) return null;
    try {
      const st = lstatSync(path);
      const uid = process.getuid?.();
      if (!st.isFile() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) return null;
      const e = JSON.parse(readFileSync(path, 'utf8')) as { v?: unknown; engine?: unknown; secret?: unknown; assignment?: unknown; mac?: unknown; payload?: unknown };
      if (e?.v !== VERSION || e.engine !== ENGINE_VERSION || e.secret !== this.secretId || e.assignment !== assignment || typeof e.payload !== 'string' || typeof e.mac !== 'string') return null;
      const mac = this.mac(e.payload);
      const given = Buffer.from(e.mac, 'hex');
      if (given.length !== mac.length || !timingSafeEqual(given, mac)) return null;
      const p = JSON.parse(e.payload) as { attempts: [string, number][]; refs: [string, string, unknown][] };
      return { attempts: new Map(p.attempts), refs: new Map(p.refs.map(([k, kind, ref]) => [k, [kind, ref]])), dirty: false };
    } catch {
      return null;
    }
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.macKey).update(payload, 'utf8').digest();
  }

  get(assignment: string | null, key: string): number | undefined {
    return this.state(assignment).attempts.get(key);
  }

  set(assignment: string | null, key: string, attempt: number): void {
    const s = this.state(assignment);
    if (s.attempts.get(key) !== attempt) (s.attempts.set(key, attempt), (s.dirty = true));
  }

  /** A variant's encoded reference, when the assignment's file has it for this kind. */
  ref(assignment: string | null, refKey: string, kind: string): { data: unknown } | undefined {
    const r = this.state(assignment).refs.get(refKey);
    return r && r[0] === kind ? { data: r[1] } : undefined;
  }

  putRef(assignment: string | null, refKey: string, kind: string, data: unknown): void {
    const s = this.state(assignment);
    if (!s.refs.has(refKey)) (s.refs.set(refKey, [kind, data]), (s.dirty = true));
  }

  /**
   * Drops the encoded references once the run has decoded them and the files are written (they
   * are the size of the class; grading needs the decoded ones only). Nothing is written after.
   */
  forgetReferences(): void {
    this.save();
    for (const s of this.files.values()) (s.refs = new Map()), (s.dirty = false), (s.closed = true);
  }

  /** Every drawn variant known, for a worker (which reads no file). */
  entries(): [string | null, string, number][] {
    return [...this.files].flatMap(([a, s]) => [...s.attempts].map(([k, n]) => [a, k, n] as [string | null, string, number]));
  }

  static fromEntries(secret: string, entries: readonly [string | null, string, number][]): VariantCache {
    const c = new VariantCache(null, secret);
    for (const [a, k, n] of entries) c.state(a).attempts.set(k, n);
    return c;
  }

  /** Writes back each file that gained entries (0600, atomically); a read-only cache is not an error. */
  save(): void {
    for (const [assignment, s] of this.files) {
      const path = this.pathOf(assignment);
      if (!path || !s.dirty || s.closed) continue;
      const payload = JSON.stringify({ attempts: [...s.attempts], refs: [...s.refs].map(([k, [kind, ref]]) => [k, kind, ref]) });
      const text = JSON.stringify({ v: VERSION, engine: ENGINE_VERSION, secret: this.secretId, assignment, mac: this.mac(payload).toString('hex'), payload });
      try {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, text, { mode: 0o600 });
        renameSync(tmp, path);
        s.dirty = false;
      } catch {
        /* not cached: the next run draws again */
      }
    }
  }
}

/** The references of the variants `owners` lists (refKey → its assignment), kept in their assignments' files. */
export function variantReferenceStore(cache: VariantCache, owners: ReadonlyMap<string, string | null>): ReferenceStore {
  return {
    holds: (key) => owners.has(key),
    get: (key, lp) => cache.ref(owners.get(key)!, key, lp.problem.kind)?.data,
    put: (key, lp, encoded) => cache.putRef(owners.get(key)!, key, lp.problem.kind, encoded),
  };
}
