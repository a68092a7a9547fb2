// A reference-cache entry and its checks. The entry names the problem it is for (kind and
// content hash, as its file name does) and carries the SHA-256 of its own payload; one whose
// payload, problem or digest does not agree is not used (the reference is computed again and the
// entry rewritten). The folder is made 0700 and entries 0600; a folder or entry owned by another
// user, or writable by others, is not trusted at all (grading then computes without the cache,
// and says so once).
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';

const VERSION = 2;

export function entryText(kind: string, hash: string, ref: unknown, crossCheck: unknown): string {
  const payload = JSON.stringify({ ref, crossCheck });
  return JSON.stringify({ v: VERSION, kind, problem: hash, sha256: sha256(payload), payload });
}

/** The entry's ref and cross-check, or null when it is absent, not this problem's, or not what was written. */
export function readEntry(path: string, kind: string, hash: string): { ref: unknown; crossCheck?: unknown } | null {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return null;
  }
  if (!st.isFile() || !ownedAndPrivate(st)) return null;
  let e: { v?: unknown; kind?: unknown; problem?: unknown; sha256?: unknown; payload?: unknown };
  try {
    e = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  if (e?.v !== VERSION || e.kind !== kind || e.problem !== hash || typeof e.payload !== 'string' || e.sha256 !== sha256(e.payload)) return null;
  try {
    return JSON.parse(e.payload);
  } catch {
    return null;
  }
}

const checked = new Map<string, boolean>();
/** The cache folder made (0700) if need be, and whether it is ours and no one else's. */
export function cacheFolderTrusted(dir: string): boolean {
  let ok = checked.get(dir);
  if (ok !== undefined) return ok;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    let st = statSync(dir);
    const uid = process.getuid?.();
    if (uid !== undefined && st.uid === uid && (st.mode & 0o077) !== 0) {
      chmodSync(dir, 0o700); // an older release made it 0755
      st = statSync(dir);
    }
    ok = ownedAndPrivate(st);
  } catch {
    ok = false;
  }
  if (!ok) process.stderr.write(`gradecheck: the reference cache ${JSON.stringify(dir)} is not private to this user (owner, or others may write): not used\n`);
  checked.set(dir, ok);
  return ok;
}

function ownedAndPrivate(st: { uid: number; mode: number }): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true; // Windows: no POSIX owner or mode to check
  return st.uid === uid && (st.mode & 0o022) === 0;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
