// Where a worker thread's script is. Built, it sits next to the module that starts it; run
// from the TypeScript sources (vitest), the compiled copy `npm run build` put in dist/ is used.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function workerFile(relative: string, base: string): URL {
  const here = new URL(relative, base);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL(here.href.replace('/src/', '/dist/'));
}

/** Node's flags minus --input-type, which a worker given a file refuses. */
export const workerArgv = (): string[] => process.execArgv.filter((a) => !a.startsWith('--input-type'));
