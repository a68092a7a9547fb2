// collect's record of what it took (DIR/gradecheck-collect.json): for each student the folder
// their commit is checked out in, the commit, its time and lateness; and who has nothing.
// `grade --manifest` reads it: the files under a student's folder are that student's, whatever
// they say. The file is checked against its schema when read.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Ajv as AjvClass } from 'ajv';

export const MANIFEST_FILE = 'gradecheck-collect.json';

export interface ManifestEntry {
  student: string;
  /** The student's folder, beside the manifest. */
  dir: string;
  /** Where it was fetched from (the URL, never a token: collect refuses URLs with credentials). */
  repo: string;
  sha: string;
  /** The commit's committer time, ISO 8601 (as the student's git wrote it: see the README on what that proves). */
  submittedAt: string;
  /** The student's own deadline (an extension's, else the class's), ISO 8601. */
  deadline: string;
  late: boolean;
  daysLate: number;
}

export interface Manifest {
  gradecheck: 'collect';
  collectedAt: string;
  deadline: string | null;
  submissions: ManifestEntry[];
  /** Roster students with nothing to grade, and why (no repository, no commit before the deadline). */
  missing: { student: string; reason: string }[];
}

const str = { type: 'string', maxLength: 2000 };
const SCHEMA = {
  type: 'object',
  required: ['gradecheck', 'collectedAt', 'submissions', 'missing'],
  properties: {
    gradecheck: { const: 'collect' },
    collectedAt: str,
    deadline: { type: ['string', 'null'] },
    submissions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['student', 'dir', 'repo', 'sha', 'submittedAt', 'deadline', 'late', 'daysLate'],
        properties: { student: str, dir: { type: 'string', minLength: 1, maxLength: 255, not: { enum: ['.', '..'] }, pattern: '^[^/\\\\\\u0000]+$' }, repo: str, sha: { type: 'string', pattern: '^[0-9a-f]{40,64}$' }, submittedAt: str, deadline: str, late: { type: 'boolean' }, daysLate: { type: 'integer', minimum: 0 } },
      },
    },
    missing: { type: 'array', items: { type: 'object', required: ['student', 'reason'], properties: { student: str, reason: str } } },
  },
};

export function readManifest(file: string): Manifest {
  const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass };
  const validate = new Ajv({ allErrors: false, strict: false }).compile(SCHEMA);
  if (!validate(data)) {
    const e = validate.errors![0];
    throw new Error(`not a gradecheck collect manifest: ${e.instancePath || '/'} ${e.message}`);
  }
  return data as unknown as Manifest;
}
