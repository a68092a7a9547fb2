// Expanding file and directory arguments into the YAML files to read, in a stable order.
// Directories are searched recursively (sorted, dot-folders and node_modules skipped, and a
// folder holding a `.gradecheck-skip` file, such as the bundled training problems, which take
// minutes: it is read only when named; a folder reached twice through links is read once, so a
// link loop ends). Every entry named
// *.yaml/*.yml that is not a directory is a file to read, whatever it is: a symbolic link loop,
// a dangling link, a FIFO or a device is listed, so reading it reports it as unreadable (never
// skipped silently, never thrown: the rest of the batch is graded). Searching submissions, a
// linked folder whose real path is outside the folder searched is not entered (a submission's
// link to a file outside its own folder is refused when read: load/submission-text.ts).
import { existsSync, readFileSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';

const YAML = /\.ya?ml$/i;
const SKIPPED_DIRS = /^(\..*|node_modules)$/;
/** A folder holding this file is not entered by a search of a parent (it is when named itself). */
export const SKIP_MARKER = '.gradecheck-skip';

/** Submissions may also be Markdown reports and notebooks (their gradecheck blocks are read). */
const SUBMISSION = /\.(ya?ml|md|ipynb)$/i;

export function expandPaths(paths: string[], opts: { reports?: boolean } = {}): { files: string[]; missing: string[] } {
  const wanted = opts.reports ? SUBMISSION : YAML;
  const files: string[] = [];
  const missing: string[] = [];
  const seenDirs = new Set<string>();
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    // Submissions: a folder linked from inside a submission folder is entered only if it is inside it too.
    if (st.isDirectory()) walk(p, files, seenDirs, wanted, opts.reports ? (realOf(p) ?? p) : null);
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

/** The YAML files under `dir`, in sorted order of their paths. */
function walk(dir: string, files: string[], seenDirs: Set<string>, wanted: RegExp, confine: string | null): void {
  let real: string;
  let entries: Dirent[];
  try {
    real = realpathSync(dir);
    if (seenDirs.has(real)) return;
    if (confine !== null && real !== confine && !real.startsWith(confine + sep)) return; // a link out of the submission folder: not entered
    seenDirs.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder inside the tree (permissions): what it holds cannot be listed
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (isDirectory(path, entry)) {
      if (!SKIPPED_DIRS.test(entry.name) && !existsSync(join(path, SKIP_MARKER))) walk(path, files, seenDirs, wanted, confine);
    } else if (wanted.test(entry.name) && (YAML.test(entry.name) || mentionsGradecheck(path))) files.push(path);
  }
}

/**
 * A report found in a folder is a submission only when it holds gradecheck answers (a block or a
 * tagged cell names gradecheck): a folder's README.md or notes are not graded. A report named on
 * the command line is always read (and, without answers, said to be invalid).
 */
function mentionsGradecheck(path: string): boolean {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > 16 * 1024 * 1024) return true; // let reading it say what is wrong
    return readFileSync(path, 'latin1').includes('gradecheck');
  } catch {
    return true;
  }
}

function realOf(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
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
