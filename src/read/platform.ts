// `grade`'s platform options turned into each file's context (read/identity.ts): who it belongs
// to and when it was handed in.
//   --manifest DIR/gradecheck-collect.json  collect's record: DIR/<folder>/… is that student's commit
//   --gradescope-metadata FILE              Gradescope's submission_metadata.json: its submitter
//   --github-repository R [--github-actor A]  the repository a workflow runs in (the Action passes them)
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../commands/usage-error.js';
import type { Roster } from '../grading/roster.js';
import { fromRosterEntry, githubIdentity, gradescopeMember, gradescopeSubmission, parseGradescopeMetadata, type Identity, type SubmissionContext } from './identity.js';
import { readManifest, type Manifest } from './manifest.js';

export interface PlatformOptions {
  roster?: Roster;
  manifest?: string;
  gradescopeMetadata?: string;
  githubRepository?: string;
  githubActor?: string;
}

/** File → its context; files the platform says nothing about are not in the map. */
export function platformContexts(files: readonly string[], claims: ReadonlyMap<string, string | null>, o: PlatformOptions): Map<string, SubmissionContext> {
  const given = [o.manifest, o.gradescopeMetadata, o.githubRepository].filter((x) => x !== undefined).length;
  if (given > 1) throw new UsageError('--manifest, --gradescope-metadata and --github-repository each say who handed in the files: give one');
  const out = new Map<string, SubmissionContext>();
  if (o.manifest !== undefined) {
    const m = readManifestOrFail(o.manifest);
    const base = resolve(dirname(o.manifest));
    const byDir = new Map(m.submissions.map((s) => [s.dir, s]));
    for (const f of files) {
      const rel = relative(base, resolve(f));
      const top = rel.split(sep)[0];
      const s = rel.startsWith('..') || rel === top ? undefined : byDir.get(top);
      if (!s) continue;
      const e = o.roster?.get(s.student);
      const identity: Identity = e ? fromRosterEntry('collect', e, `it was collected from ${s.repo}`) : { platform: 'collect', student: s.student, fromRoster: true, aliases: [s.student], evidence: `it was collected from ${s.repo}` };
      const { sha, repo, submittedAt, deadline, late, daysLate } = s;
      out.set(f, { identity, submission: { sha, repo, submittedAt, deadline, late, daysLate } });
    }
  }
  if (o.gradescopeMetadata !== undefined) {
    let meta;
    try {
      meta = parseGradescopeMetadata(readFileSync(o.gradescopeMetadata, 'utf8'));
    } catch (e) {
      // Never graded as whoever the file names: with no submitter known, nothing is graded.
      throw new UsageError(`--gradescope-metadata ${o.gradescopeMetadata}: not Gradescope's submission metadata (${(e as Error).message.split('\n')[0]})`);
    }
    for (const f of files) {
      // The member graded, and their own deadline (an extension Gradescope wrote for them).
      const { identity, user } = gradescopeMember(meta, o.roster, claims.get(f) ?? null);
      const submission = gradescopeSubmission(meta, user);
      out.set(f, { identity, ...(submission ? { submission } : {}) });
    }
  }
  if (o.githubRepository !== undefined) {
    const identity = githubIdentity(o.githubRepository, o.githubActor, o.roster);
    if (!identity) throw new UsageError(o.roster ? `--github-repository ${o.githubRepository}: no roster row has this repo, nor a github login that owns or ends it${o.githubActor ? `, nor ${o.githubActor}` : ''}` : '--github-repository needs --github-actor or a --roster with github or repo columns');
    for (const f of files) out.set(f, { identity });
  }
  return out;
}

function readManifestOrFail(file: string): Manifest {
  try {
    return readManifest(file);
  } catch (e) {
    throw new UsageError(`--manifest ${file}: ${(e as Error).message.split('\n')[0]}`);
  }
}
