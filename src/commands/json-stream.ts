// The JSON report written while grading goes on: entries go out in file order as soon as they
// and all before them are graded, so writing 50 MB overlaps the workers instead of following
// them. The bytes are jsonReport's (its HEAD, SEPARATOR, TAIL and entries); a test compares.
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SubmissionResult } from '../grading/types.js';
import { EMPTY, HEAD, SEPARATOR, submissionJson, TAIL } from '../reporters/json.js';
import { cannotWrite, ensureDir } from './shared.js';

const FLUSH_AT = 1 << 20;

export class JsonReportStream {
  private readonly fd: number | null;
  private pending: string[] = [];
  private size = 0;
  private entries = 0;

  constructor(private readonly output?: string) {
    this.fd = output ? openOutput(output) : null;
  }

  add(r: SubmissionResult): void {
    const text = (this.entries++ === 0 ? HEAD : SEPARATOR) + (r.json ?? submissionJson(r));
    r.json = undefined; // written: the string need not live on
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  end(): void {
    this.pending.push(this.entries === 0 ? EMPTY : `${TAIL}\n`);
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.fd === null) process.stdout.write(text);
    else {
      try {
        writeSync(this.fd, text);
      } catch (e) {
        throw cannotWrite(this.output!, e);
      }
    }
  }
}

function openOutput(output: string): number {
  try {
    ensureDir(dirname(output));
    return openSync(output, 'w');
  } catch (e) {
    throw cannotWrite(output, e);
  }
}
