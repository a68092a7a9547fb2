// Expanding file and directory arguments into the YAML files to read, in a stable order. Every
// entry of a directory named *.yaml/*.yml is a submission, whatever it is: a symbolic link loop,
// a dangling link, a FIFO or a device is listed, so reading it reports it as unreadable (never
// skipped silently, never thrown: the rest of the batch is graded). Sub-directories are not.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const YAML = /\.ya?ml$/i;

export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (YAML.test(entry.name) && !isDirectory(join(p, entry.name), entry)) files.push(join(p, entry.name));
      }
    } else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

/** A directory, or a link to one; a link that cannot be followed is not (it is reported when read). */
function isDirectory(path: string, entry: { isDirectory(): boolean; isSymbolicLink(): boolean }): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
