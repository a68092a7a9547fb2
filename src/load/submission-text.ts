// A submission's text, read as grading reads it: a submission is a student's files, so a
// symbolic link in it may point only within its own folder (a link to an instructor's key, or
// to a secret, is refused before anything is read; the error never quotes what it points at),
// and a notebook may be larger than a YAML file: its outputs (plots, often megabytes of base64)
// are not read, so the file may be up to NOTEBOOK_FILE_BYTES and the cells' sources (what is
// read) up to LIMITS.maxFileBytes (answers/reports.ts checks them).
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { LIMITS, LoadError, readYamlText } from './yaml.js';

export const NOTEBOOK_FILE_BYTES = 32 << 20;

export function readSubmissionText(file: string): string {
  refuseLinkOut(file);
  return readYamlText(file, /\.ipynb$/i.test(file) ? NOTEBOOK_FILE_BYTES : LIMITS.maxFileBytes);
}

/** A symbolic link whose target is outside the link's own folder: refused (LoadError). */
export function refuseLinkOut(file: string): void {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return; // reading it says why
  }
  if (!st.isSymbolicLink()) return;
  let real: string, dir: string;
  try {
    if (!statSync(file).isFile()) return; // a device, a FIFO, a folder: reading it says what it is, and reads nothing
    real = realpathSync(file);
    dir = realpathSync(dirname(file));
  } catch {
    return; // dangling or a loop: reading it says so
  }
  if (!real.startsWith(dir + sep)) throw new LoadError('cannot read the file: it is a symbolic link to a file outside its folder (a submission may link only within its own folder); nothing was read');
}
