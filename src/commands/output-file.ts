// Report files are written whole or not at all: the text goes to a temporary file beside the
// target and is renamed over it when complete, so a run that dies (an internal error, a full disk,
// a killed job) never leaves a report cut off mid-entry for a gradebook to import. A target that
// exists and is not a regular file (/dev/stdout, a FIFO) is written in place: it cannot be
// renamed over, and whoever reads it sees the stream anyway.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/** The usage error for an output that cannot be written: `cannot write FILE: CODE`. */
export function cannotWrite(output: string, e: unknown): UsageError {
  return new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}

/**
 * Creates a directory and its missing parents, one level at a time: Node's recursive mkdirSync
 * never returns on some paths (under /proc it retries ENOENT for ever); this throws.
 */
export function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  mkdirSync(dir);
}

/** An output being written: append with `write`, then `commit` (rename into place) or `abort`. */
export class OutputFile {
  private readonly fd: number;
  private readonly temp: string | null;

  constructor(readonly path: string) {
    try {
      ensureDir(dirname(path));
      this.temp = inPlace(path) ? null : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      this.fd = openSync(this.temp ?? path, 'w');
    } catch (e) {
      throw cannotWrite(path, e);
    }
  }

  /** Appends text, or bytes (all of them: writeSync of a buffer may write part, so it is repeated). */
  write(data: string | Uint8Array): void {
    try {
      if (typeof data === 'string') writeSync(this.fd, data);
      else for (let at = 0; at < data.length; ) at += writeSync(this.fd, data, at);
    } catch (e) {
      this.abort();
      throw cannotWrite(this.path, e);
    }
  }

  commit(): void {
    try {
      closeSync(this.fd);
      if (this.temp) renameSync(this.temp, this.path);
    } catch (e) {
      this.abort();
      throw cannotWrite(this.path, e);
    }
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    if (this.temp) {
      try {
        unlinkSync(this.temp);
      } catch {
        // already gone
      }
    }
  }
}

/** Writes a whole output file (see OutputFile). */
export function writeOutput(path: string, text: string): void {
  const out = new OutputFile(path);
  out.write(text);
  out.commit();
}

function inPlace(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false; // not there yet: written through a temporary file
  }
}
