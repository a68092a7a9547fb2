// A student's folder under `release --out`: any id `grade` accepts gets one, by an encoding,
// never by refusing the id. Letters, digits and `_ @ + - .` stay; every other character
// (space, `/`, `%`, a non-ASCII letter such as é) is written as `%XX` of its UTF-8 bytes, and a
// leading `.` as `%2E` (so `.` and `..` are ordinary folders, never the release itself or its
// parent). The encoding is one to one; an id whose name would be too long for a file system
// (over 120 bytes) keeps its first 100 and ends `~` + 16 hex digits of its SHA-256, and ids
// that differ only in case (`Ann`, `ann`: one folder on macOS and Windows) end the same way.
import { createHash } from 'node:crypto';

const MAX = 120;
const KEEP = 100;

export function encodeId(id: string): string {
  let out = '';
  for (const ch of id) {
    if (/^[A-Za-z0-9_@+-]$/.test(ch) || (ch === '.' && out !== '')) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out || '%';
}

const suffix = (id: string) => `~${createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 16)}`;

/** The folder of each student of a roster: distinct even where names differ only in case. */
export function folderNames(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const byLower = new Map<string, string[]>();
  for (const id of ids) {
    let name = encodeId(id);
    if (name.length > MAX) name = name.slice(0, KEEP).replace(/%[0-9A-F]?$/, '') + suffix(id);
    out.set(id, name);
    const k = name.toLowerCase();
    byLower.set(k, [...(byLower.get(k) ?? []), id]);
  }
  for (const same of byLower.values()) if (same.length > 1) for (const id of same) if (!out.get(id)!.includes('~')) out.set(id, out.get(id)! + suffix(id));
  return out;
}
