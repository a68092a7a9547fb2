// The course secret that draws each student's variant: from a file or the environment, never
// from the repository.
import { readFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';

/** The course secret: `--secret-file`, else $GRADECHECK_SECRET (never the repository). */
export function readSecret(file: string | undefined): string | undefined {
  if (file) {
    try {
      const s = readFileSync(file, 'utf8').trim();
      if (s) return s;
    } catch (e) {
      throw new UsageError(`--secret-file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    throw new UsageError(`--secret-file ${file} is empty`);
  }
  return process.env.GRADECHECK_SECRET || undefined;
}

