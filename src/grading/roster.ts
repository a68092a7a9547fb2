// The class roster (`--roster roster.csv`): who the students are in the LMS. A `student` column
// (the id submissions use) and any of the LMS's fields, under Canvas's own export names or plain
// ones: name / Student, id / ID, sis_user_id / SIS User ID, sis_login_id / SIS Login ID,
// section / Section, email / Email address, username / Username, idnumber / ID number; and the
// platforms' identities: github, sid (Gradescope's student id), repo (owner/name or clone URL).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { UsageError } from '../commands/usage-error.js';

export interface RosterEntry {
  student: string;
  name?: string;
  id?: string;
  sisUserId?: string;
  sisLoginId?: string;
  section?: string;
  email?: string;
  username?: string;
  idNumber?: string;
  // Platform identities (read/identity.ts): who a Gradescope upload, a GitHub repository or a
  // collected repository belongs to.
  /** GitHub login. */
  github?: string;
  /** The student number Gradescope reports as `sid`. */
  sid?: string;
  /** The student's repository: owner/name or a clone URL. */
  repo?: string;
}
export type Roster = Map<string, RosterEntry>;

const FIELDS: Record<string, keyof RosterEntry> = {
  student: 'student', name: 'name', 'full name': 'name', id: 'id', 'canvas id': 'id', 'sis user id': 'sisUserId', sis_user_id: 'sisUserId',
  'sis login id': 'sisLoginId', sis_login_id: 'sisLoginId', section: 'section', email: 'email', 'email address': 'email', username: 'username',
  idnumber: 'idNumber', 'id number': 'idNumber',
  github: 'github', 'github username': 'github', 'github login': 'github', sid: 'sid', 'student id': 'sid', repo: 'repo', repository: 'repo',
};

export function readRoster(file: string): Roster {
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  let rows: Record<string, string>[];
  try {
    rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new UsageError(`--roster ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  const roster: Roster = new Map();
  rows.forEach((row, i) => {
    const entry: Partial<RosterEntry> = {};
    for (const [k, v] of Object.entries(row)) {
      const field = FIELDS[k.toLowerCase()];
      if (field && v !== '') entry[field] = v;
    }
    if (entry.student === undefined) {
      // Canvas's own export has no `student` column: its login id is what students usually write.
      entry.student = entry.sisLoginId ?? entry.username;
      if (entry.student === undefined) throw new UsageError(`--roster ${file}: row ${i + 2} has no "student" (nor "SIS Login ID" or "username")`);
    }
    if (roster.has(entry.student)) throw new UsageError(`--roster ${file}: student "${entry.student}" is listed twice (rows ${[...roster.keys()].indexOf(entry.student) + 2} and ${i + 2})`);
    roster.set(entry.student, entry as RosterEntry);
  });
  return roster;
}
