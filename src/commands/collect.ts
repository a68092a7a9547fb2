// `gradecheck collect --roster R --out DIR [--repo-url T] [--deadline T] [--extensions FILE]
// [--late-days N] [--path P]`: each student's repository fetched and the commit that counts
// checked out into DIR/<student>/, recorded in DIR/gradecheck-collect.json for
// `grade --manifest` (see collect/collect.ts).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collect } from '../collect/collect.js';
import { readRoster } from '../grading/roster.js';
import { MANIFEST_FILE } from '../read/manifest.js';
import { lineStart } from '../reporters/escape.js';
import { UsageError } from './shared.js';

export interface CollectCommandOptions {
  roster: string;
  out: string;
  repoUrl?: string;
  deadline?: string;
  extensions?: string;
  lateDays?: string;
  path?: string[];
  jobs?: string;
}

/** An ISO 8601 time with its offset (a deadline without one would move with the machine's time zone). */
function time(v: string, what: string): string {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(v) || Number.isNaN(Date.parse(v))) throw new UsageError(`${what}: "${v}" is not a time with its offset, e.g. 2026-03-01T23:59:00+01:00 or 2026-03-01T22:59:00Z`);
  return v;
}

/** `student,deadline` (a time) or `student,days` (days added to --deadline) per row. */
export function readExtensions(file: string, deadline: string | undefined): Map<string, string> {
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new UsageError(`--extensions ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const out = new Map<string, string>();
  rows.forEach((r, i) => {
    const where = `--extensions ${file}, row ${i + 2}`;
    if (!r.student) throw new UsageError(`${where}: no student`);
    if (r.deadline) out.set(r.student, time(r.deadline, where));
    else if (r.days !== undefined && r.days !== '') {
      const d = Number(r.days);
      if (!(d >= 0 && d <= 365)) throw new UsageError(`${where}: days must be a number from 0 to 365`);
      if (deadline === undefined) throw new UsageError(`${where}: days need --deadline`);
      out.set(r.student, new Date(Date.parse(deadline) + d * 86_400_000).toISOString());
    } else throw new UsageError(`${where}: give a deadline or days`);
  });
  return out;
}

export async function collectCommand(opts: CollectCommandOptions): Promise<number> {
  const roster = readRoster(opts.roster);
  const deadline = opts.deadline === undefined ? undefined : time(opts.deadline, '--deadline');
  const extensions = opts.extensions ? readExtensions(opts.extensions, deadline) : undefined;
  for (const s of extensions?.keys() ?? []) if (!roster.has(s)) throw new UsageError(`--extensions: "${s}" is not in ${opts.roster}`);
  const lateDays = opts.lateDays === undefined ? undefined : Number(opts.lateDays);
  if (lateDays !== undefined && !(Number.isInteger(lateDays) && lateDays >= 0 && lateDays <= 365)) throw new UsageError('--late-days takes a whole number of days from 0 to 365');
  if (lateDays && deadline === undefined && !extensions) throw new UsageError('--late-days needs --deadline');
  const jobs = opts.jobs === undefined ? undefined : Number(opts.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError('--jobs takes 1 to 64');
  const m = await collect({ roster, out: opts.out, repoUrl: opts.repoUrl, deadline, extensions, lateDays, paths: opts.path, jobs });
  const late = m.submissions.filter((s) => s.late);
  process.stderr.write(`gradecheck: collected ${m.submissions.length} of ${roster.size} student(s) into ${opts.out}${late.length ? `, ${late.length} late (${late.map((s) => `${lineStart(s.student)} ${s.daysLate} d`).join(', ')})` : ''}; the record is ${join(opts.out, MANIFEST_FILE)}\n`);
  for (const x of m.missing) process.stderr.write(`gradecheck: nothing collected for ${lineStart(x.student)}: ${x.reason}\n`);
  return 0;
}
