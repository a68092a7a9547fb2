import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from '../findings/finding.js';
import { findingLine } from '../reporters/text.js';
import { expandPaths } from '../grading/files.js';
import pc from 'picocolors';

export class UsageError extends Error {}

export function emit(text: string, output?: string): void {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  try {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function printFindings(findings: Finding[]): void {
  const c = pc.createColors(Boolean(process.stderr.isTTY) && !process.env.NO_COLOR);
  for (const f of findings) process.stderr.write(findingLine(f, c) + '\n');
}

export function filesOf(paths: string[], what: string): string[] {
  const { files, missing } = expandPaths(paths);
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
  for (const f of files) writeFileSync(join(dirname(output), f.name.replace(/[^\w.-]/g, '_')), f.content);
}
