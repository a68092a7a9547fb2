// `gradecheck collect`: every roster student's repository, fetched where the grade of record is
// made (the instructor's machine or repository), and its last commit at or before that
// student's deadline checked out into OUT/<student>/. With --late-days N, commits up to N days
// after the deadline are taken too (the last one counts, as a late submission): the late policy
// (`late:` in assignment.yaml) then takes its share off when `grade --manifest` reads the record.
//
// A commit's time is its committer date, which the student's own git writes. Collecting at the
// deadline (a schedule) bounds it: a commit fetched at time F was made before F, whatever date
// it claims; collect records when it fetched (collectedAt) for that reason.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Roster, RosterEntry } from '../grading/roster.js';
import { lateness } from '../read/identity.js';
import { MANIFEST_FILE, type Manifest, type ManifestEntry } from '../read/manifest.js';
import { checkout, commits, mirror } from './git.js';

export interface CollectOptions {
  roster: Roster;
  out: string;
  /** `file:///srv/{github}.git`: {student}, {github}, {email}, {sid}, {username} filled from the roster row. Else the row's repo. */
  repoUrl?: string;
  /** ISO 8601; none: each repository's newest commit, never late. */
  deadline?: string;
  /** Student → their own deadline (ISO 8601). */
  extensions?: ReadonlyMap<string, string>;
  /** Commits up to this many days after a student's deadline are taken (late). */
  lateDays?: number;
  /** Only these paths of each commit (default: all its files). */
  paths?: string[];
  /** Repositories fetched at once. */
  jobs?: number;
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export async function collect(o: CollectOptions): Promise<Manifest> {
  mkdirSync(o.out, { recursive: true });
  const cache = join(o.out, '.gradecheck-repos');
  mkdirSync(cache, { recursive: true });
  const collectedAt = (o.now?.() ?? new Date()).toISOString();
  const students = [...o.roster.values()];
  const dirs = folderNames(students.map((e) => e.student));
  const results: ({ entry: ManifestEntry } | { missing: { student: string; reason: string } })[] = new Array(students.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < students.length; i = next++) results[i] = await collectOne(students[i], dirs.get(students[i].student)!, cache, o);
  };
  await Promise.all(Array.from({ length: Math.max(1, o.jobs ?? 4) }, worker));
  const manifest: Manifest = {
    gradecheck: 'collect',
    collectedAt,
    deadline: o.deadline ?? null,
    submissions: results.flatMap((r) => ('entry' in r ? [r.entry] : [])),
    missing: results.flatMap((r) => ('missing' in r ? [r.missing] : [])),
  };
  writeFileSync(join(o.out, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function collectOne(e: RosterEntry, dir: string, cache: string, o: CollectOptions): Promise<{ entry: ManifestEntry } | { missing: { student: string; reason: string } }> {
  const missing = (reason: string) => ({ missing: { student: e.student, reason } });
  // A folder left by an earlier run is never graded in place of this one.
  const target = join(o.out, dir);
  rmSync(target, { recursive: true, force: true });
  const url = repoUrl(e, o.repoUrl);
  if (!url) return missing(o.repoUrl ? `the roster row has no value for ${o.repoUrl.match(/\{(\w+)\}/g)?.join(', ')}` : 'no repository (no repo column, no --repo-url)');
  const shown = withoutCredentials(url);
  const gitDir = join(cache, `${dir}.git`);
  try {
    await mirror(url, gitDir, existsSync(gitDir));
  } catch (err) {
    return missing(`cannot fetch ${shown}: ${(err as Error).message}`);
  }
  let all;
  try {
    all = await commits(gitDir, 'HEAD');
  } catch {
    return missing(`${shown} has no commit`);
  }
  const deadline = o.extensions?.get(e.student) ?? o.deadline;
  const cutoff = deadline === undefined ? Infinity : Date.parse(deadline) + (o.lateDays ?? 0) * DAY_MS;
  // The newest commit at or before the cutoff (commit dates need not be in history order).
  let pick: (typeof all)[number] | undefined;
  for (const c of all) if (c.time * 1000 <= cutoff && (!pick || c.time > pick.time)) pick = c;
  if (!pick) return missing(`no commit at or before ${deadline}${o.lateDays ? ` + ${o.lateDays} late day(s)` : ''} (the first is ${all.at(-1)?.iso ?? 'none'})`);
  mkdirSync(target, { recursive: true });
  try {
    await checkout(gitDir, pick.sha, target, o.paths ?? []);
  } catch (err) {
    return missing(`cannot check out ${pick.sha.slice(0, 12)}: ${(err as Error).message}`);
  }
  const late = deadline === undefined ? { late: false, daysLate: 0 } : lateness(new Date(pick.time * 1000).toISOString(), deadline);
  return { entry: { student: e.student, dir, repo: shown, sha: pick.sha, submittedAt: pick.iso, deadline: deadline ?? '', late: late.late ?? false, daysLate: late.daysLate ?? 0 } };
}

/** The URL of a student's repository: the template filled from their row, else their repo column (owner/name is GitHub's). */
export function repoUrl(e: RosterEntry, template: string | undefined): string | undefined {
  if (template) {
    let ok = true;
    const url = template.replace(/\{(\w+)\}/g, (_, k: string) => {
      const v = (e as unknown as Record<string, string | undefined>)[k];
      if (!v) ok = false;
      return encodeURIComponent(v ?? '');
    });
    return ok ? url : undefined;
  }
  if (!e.repo) return undefined;
  return /^[\w.-]+\/[\w.-]+$/.test(e.repo) ? `https://github.com/${e.repo}.git` : e.repo;
}

/** A URL as recorded: any user and password taken out (a token never lands in the manifest). */
export function withoutCredentials(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)[^/@]*@/i, '$1');
}

/**
 * Each student's folder: their id when it is a plain folder name, else the id made safe (no
 * slash, no leading dot, not `..`, at most 100 characters, a hash added when it had to change);
 * every id gets one folder of its own.
 */
export function folderNames(ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let name = id;
    const plain = /^[^/\\\0\x01-\x1f]+$/.test(id) && !id.startsWith('.') && id.length <= 100;
    if (!plain) name = `${id.replace(/[/\\\0\x01-\x1f]/g, '_').replace(/^\./, '_').slice(0, 80)}-${createHash('sha256').update(id).digest('hex').slice(0, 10)}`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${name}~${k}`;
    used.add(name.toLowerCase());
    out.set(id, name);
  }
  return out;
}
