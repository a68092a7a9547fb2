import { dirname, join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/codes.js';
import { computeReferences, CrossCheckError, ReferenceError, type ReferenceEntry, type ReferenceOptions } from '../grading/references.js';
import type { LoadedProblem } from '../grading/problems.js';
import { findingLine } from '../reporters/text.js';
import { expandPaths } from '../grading/files.js';
import pc from 'picocolors';

import { UsageError } from './usage-error.js';
import { writeOutput } from './output-file.js';

export { UsageError };
export { cannotWrite, ensureDir } from './output-file.js';

export function emit(text: string, output?: string): void {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  writeOutput(output, text);
}

export function printFindings(findings: Finding[]): void {
  const c = pc.createColors(Boolean(process.stderr.isTTY) && !process.env.NO_COLOR);
  for (const f of findings) process.stderr.write(findingLine(f, c) + '\n');
}

export function filesOf(paths: string[], what: string, opts: { reports?: boolean } = {}): string[] {
  const { files, missing } = expandPaths(paths, opts);
  if (missing.length) throw new UsageError(`${what}: no such file or directory: ${missing.join(', ')}`);
  return files;
}

/** Pictures of a Markdown report go next to it; without --output there is nowhere to put them. */
export function writeAttachments(files: { name: string; content: string }[], output?: string): void {
  if (!files.length) return;
  if (!output) {
    process.stderr.write(`gradecheck: ${files.length} picture(s) not written: give --output report.md to write them next to the report\n`);
    return;
  }
  for (const f of files) writeOutput(join(dirname(output), f.name.replace(/[^\w.~-]/g, '_')), f.content); // ~: a flattened name's hash (reporters/markdown.ts)
}

/**
 * Every problem's reference, or null after saying on stderr which one cannot be computed (its
 * data missing, say) or disagrees with its cross-check: nothing is graded or solved against it.
 */
export async function referencesOrReport(problems: ReadonlyMap<string, LoadedProblem>, opts: ReferenceOptions): Promise<Map<string, ReferenceEntry> | null> {
  try {
    return await computeReferences(problems, opts);
  } catch (e) {
    if (e instanceof CrossCheckError) {
      printFindings([finding('internal.cross-check', { problem: e.problemId, detail: e.detail }, { file: e.file, pos: { line: 1, column: 1 } })]);
      return null;
    }
    if (e instanceof ReferenceError) {
      printFindings([finding('problem.invalid', { reason: `the reference of ${e.problemId} cannot be computed: ${e.detail}` }, { file: e.file, pos: e.pos })]);
      return null;
    }
    throw e;
  }
}
