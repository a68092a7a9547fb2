// Who a submission belongs to is what the platform says, never what the file says. The file's
// `student:` is a claim: the platform's student is graded (their variant, their gradebook row),
// and a claim naming someone else is the finding `submission.identity-mismatch`, which no
// feedback level hides.
//
// A platform identity is resolved to the course's student id through the roster (its `student`
// column, matched on github, email, sid or repo). Without a roster the platform's own ids are
// all there is: a claim equal to one of them, case aside (the sid, the email, the email's local
// part, the GitHub login), is graded under that id as the platform spells it (so their variant
// is the one released under it); a claim equal to none is graded as the platform's first id.
import { finding } from '../findings/codes.js';
import { at, type Finding } from '../findings/finding.js';
import type { Roster, RosterEntry } from '../grading/roster.js';

export type Platform = 'gradescope' | 'github' | 'collect';

export interface Identity {
  platform: Platform;
  /** The student graded when the claim names nobody this identity is known by. */
  student: string;
  /** True when `student` is the roster's id (then it is graded under that id, whatever alias the file uses). */
  fromRoster: boolean;
  /** Every id the platform's student is known by (compared without case): a claim equal to one is no mismatch. */
  aliases: string[];
  /** What the platform said, for the finding ("Gradescope's submitter carol@uni.example"). */
  evidence: string;
}

/** When and what was handed in (collect's manifest, Gradescope's metadata); read by the late policy. */
export interface SubmissionInfo {
  /** The commit graded (collect). */
  sha?: string;
  repo?: string;
  /** ISO 8601: the commit's time (collect) or the upload's (Gradescope). */
  submittedAt?: string;
  /** The student's own deadline (with any extension), ISO 8601. */
  deadline?: string;
  late?: boolean;
  /** Whole days after the deadline, rounded up (0 when on time). */
  daysLate?: number;
}

/** What the platform tells about one submission file. */
export interface SubmissionContext {
  identity?: Identity;
  submission?: SubmissionInfo;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function claimMatches(claim: string, id: Identity): boolean {
  return same(claim, id.student) || id.aliases.some((a) => same(claim, a));
}

/** The student a submission is graded as, and the finding when its claim names another. */
export function platformStudent(claim: string | null, id: Identity | undefined, file: string): { student: string | null; note?: Finding } {
  if (!id) return { student: claim };
  if (claim === null) return { student: id.student };
  // Matched: the roster's id, or (no roster) the platform's own spelling of the id matched ("Carol" → carol).
  if (claimMatches(claim, id)) return { student: id.fromRoster ? id.student : [id.student, ...id.aliases].find((x) => same(x, claim))! };
  const note = at(finding('submission.identity-mismatch', { claimed: claim, student: id.student, platform: id.platform, evidence: id.evidence }, { pos: { line: 1, column: 1 } }), file);
  return { student: id.student, note };
}

/** The ids a roster entry is known by. */
function rosterAliases(e: RosterEntry): string[] {
  return [e.student, e.email, e.sid, e.github, e.sisLoginId, e.sisUserId, e.username, e.idNumber].filter((x): x is string => Boolean(x));
}

export function fromRosterEntry(platform: Platform, e: RosterEntry, evidence: string): Identity {
  return { platform, student: e.student, fromRoster: true, aliases: rosterAliases(e), evidence };
}

/** `https://github.com/Org/Repo.git`, `git@github.com:org/repo`, `org/repo` → `org/repo` (lower case). */
export function normalizeRepo(s: string): string {
  return s
    .trim()
    .replace(/^[a-z+]+:\/\/[^/]+\//i, '')
    .replace(/^[^@/]+@[^:]+:/, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

export function findInRoster(roster: Roster, key: 'email' | 'sid' | 'github' | 'repo' | 'student', value: string | undefined): RosterEntry | undefined {
  if (!value) return undefined;
  const want = key === 'repo' ? normalizeRepo(value) : value.toLowerCase();
  for (const e of roster.values()) {
    const v = e[key];
    if (v && (key === 'repo' ? normalizeRepo(v) === want : v.toLowerCase() === want)) return e;
  }
  return undefined;
}

// --- Gradescope: /autograder/submission_metadata.json -----------------------------------------

export interface GradescopeUser {
  name?: string;
  email?: string;
  sid?: string;
  id?: string;
  /**
   * This user's own dates (`users[].assignment.due_date` / `late_due_date`): Gradescope writes
   * them per user, with any extension the instructor gave that student; absent, the class's.
   */
  dueDate?: string;
  lateDueDate?: string;
}

export interface GradescopeMetadata {
  users: GradescopeUser[];
  /** The upload's time. */
  createdAt?: string;
  dueDate?: string;
  lateDueDate?: string;
}

/** The metadata's parts gradecheck reads; every id as a string. Throws on a file that is not the metadata. */
export function parseGradescopeMetadata(text: string): GradescopeMetadata {
  const data = JSON.parse(text) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined);
  if (!data || typeof data !== 'object' || !Array.isArray(data.users)) throw new Error('it has no "users" list');
  const users = (data.users as Record<string, unknown>[])
    .filter((u) => u && typeof u === 'object')
    .map((u) => {
      const own = (u.assignment && typeof u.assignment === 'object' ? u.assignment : {}) as Record<string, unknown>;
      const fields = { name: str(u.name), email: str(u.email), sid: str(u.sid), id: str(u.id), dueDate: date(own.due_date), lateDueDate: date(own.late_due_date) };
      return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as GradescopeUser;
    });
  if (!users.length) throw new Error('its "users" list is empty');
  const a = (data.assignment ?? {}) as Record<string, unknown>;
  const out: GradescopeMetadata = { users };
  if (str(data.created_at)) out.createdAt = str(data.created_at);
  if (date(a.due_date)) out.dueDate = date(a.due_date);
  if (date(a.late_due_date)) out.lateDueDate = date(a.late_due_date);
  return out;
}

/** A time as Gradescope writes it (ISO 8601); anything that does not read as a time is no date (never a deadline of NaN). */
function date(v: unknown): string | undefined {
  return typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : undefined;
}

function gradescopeUser(u: GradescopeUser, roster: Roster | undefined, group: number): Identity {
  const who = u.email ?? u.sid ?? u.name ?? u.id ?? '?';
  const evidence = `Gradescope's submitter is ${who}${group > 1 ? ` (a group of ${group})` : ''}`;
  const e = roster && (findInRoster(roster, 'email', u.email) ?? findInRoster(roster, 'sid', u.sid) ?? findInRoster(roster, 'student', u.sid) ?? findInRoster(roster, 'student', u.email));
  if (e) return fromRosterEntry('gradescope', e, evidence);
  const local = u.email?.replace(/@.*$/, '');
  return { platform: 'gradescope', student: u.sid ?? u.email ?? u.id ?? who, fromRoster: false, aliases: [u.sid, u.email, local].filter((x): x is string => Boolean(x)), evidence };
}

/**
 * The Gradescope submitter a file is graded as. A group submission is graded as the member the
 * file names, or (naming none of them) as its first member.
 */
export function gradescopeIdentity(meta: GradescopeMetadata, roster: Roster | undefined, claim: string | null): Identity {
  return gradescopeMember(meta, roster, claim).identity;
}

/** The member graded (see gradescopeIdentity) and their entry in the metadata (their own due dates). */
export function gradescopeMember(meta: GradescopeMetadata, roster: Roster | undefined, claim: string | null): { identity: Identity; user: GradescopeUser } {
  const members = meta.users.map((u) => gradescopeUser(u, roster, meta.users.length));
  const k = claim === null ? -1 : members.findIndex((m) => claimMatches(claim, m));
  return { identity: members[Math.max(0, k)], user: meta.users[Math.max(0, k)] };
}

/**
 * Gradescope's times: the upload and the student's own deadline. A student with an extension has
 * their own due date in `users[].assignment` (the one graded, in a group): it is the deadline, as
 * collect's extensions file is; the class's `assignment.due_date` is everyone else's.
 */
export function gradescopeSubmission(meta: GradescopeMetadata, user?: GradescopeUser): SubmissionInfo | undefined {
  const deadline = user?.dueDate ?? meta.dueDate;
  if (!meta.createdAt || !deadline) return undefined;
  return lateness(meta.createdAt, deadline);
}

// --- GitHub: the repository the workflow runs in -----------------------------------------------

/**
 * The student of a repository: the roster row whose repo is it, or whose GitHub login owns it or
 * ends its name (GitHub Classroom names repositories `<assignment>-<login>`), or the actor's row.
 * Null when the roster knows neither (the caller says so).
 */
export function githubIdentity(repository: string, actor: string | undefined, roster: Roster | undefined): Identity | null {
  const [owner, name = ''] = normalizeRepo(repository).split('/');
  const evidence = `the repository is ${repository}${actor ? `, pushed by ${actor}` : ''}`;
  if (roster) {
    const byRepo = findInRoster(roster, 'repo', repository);
    if (byRepo) return fromRosterEntry('github', byRepo, evidence);
    // The longest login that ends the repository's name wins (hw1-ann-lee is ann-lee's, not lee's).
    const byName = [...roster.values()].filter((e) => e.github && (same(e.github, owner) || name.toLowerCase().endsWith(`-${e.github.toLowerCase()}`))).sort((a, b) => b.github!.length - a.github!.length)[0];
    if (byName) return fromRosterEntry('github', byName, evidence);
    const byActor = findInRoster(roster, 'github', actor);
    if (byActor) return fromRosterEntry('github', byActor, evidence);
    return null;
  }
  if (!actor) return null;
  const suffixes = name.split('-').map((_, i, parts) => parts.slice(i).join('-'));
  return { platform: 'github', student: actor, fromRoster: false, aliases: [actor, owner, ...suffixes].filter(Boolean), evidence };
}

// --- Lateness --------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/** On time, or how many days late (each started day counts: 1 minute late is 1 day). */
export function lateness(submittedAt: string, deadline: string): SubmissionInfo {
  const over = Date.parse(submittedAt) - Date.parse(deadline);
  const daysLate = over > 0 ? Math.ceil(over / DAY_MS) : 0;
  return { submittedAt, deadline, late: daysLate > 0, daysLate };
}
