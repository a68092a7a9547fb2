// The JSON report written while grading goes on: entries go out in file order as soon as they
// and all before them are graded, so writing 50 MB overlaps the workers instead of following
// them. The bytes are jsonReport's (its HEAD, SEPARATOR, entries and reportTail: the assignments
// and the integrity section, known at the end); a test compares.
import type { Report, SubmissionResult } from '../grading/types.js';
import { HEAD, reportTail, SEPARATOR, submissionJson } from '../reporters/json.js';
import { OutputFile } from './output-file.js';

/**
 * Entries are encoded into one reused buffer of this size and written when it is full. Joining
 * them into a 1 MB string before writing (the earlier way) allocated a fresh large string per
 * flush, 131 MB of them on 10,000 few-of-13 students: the join was 1.4 s of CPU against 0.14 s for
 * the writes (issue 25, measured under load ~5).
 */
const BUFFER_BYTES = 1 << 20;
/** The most bytes a UTF-16 code unit takes in UTF-8 (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;

export class JsonReportStream {
  /** null: stdout. A file is written under a temporary name and renamed when the report is whole. */
  private readonly file: OutputFile | null;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private entries = 0;

  constructor(output?: string) {
    this.file = output ? new OutputFile(output) : null;
  }

  add(r: SubmissionResult): void {
    const text = r.json ?? submissionJson(r);
    r.json = undefined; // written: the string need not live on
    this.put(this.entries++ === 0 ? HEAD : SEPARATOR);
    this.put(text);
  }

  /** The report's end: its assignments and integrity section (known once every entry is out). */
  end(extras: Pick<Report, 'assignments' | 'integrity'> = {}): void {
    this.put((this.entries === 0 ? '{\n  "submissions": [' : '') + reportTail(extras, this.entries));
    this.flush();
    this.file?.commit();
  }

  /** The run failed: no report is left behind (the temporary file is removed). */
  abort(): void {
    this.file?.abort();
  }

  /** Text appended in order: encoded into the buffer, or (larger than it) written as it is. */
  private put(text: string): void {
    if (this.used + text.length * MAX_UTF8_PER_UNIT > BUFFER_BYTES) this.flush();
    if (text.length * MAX_UTF8_PER_UNIT > BUFFER_BYTES) this.out(text);
    else this.used += this.buffer.write(text, this.used, 'utf8');
  }

  private flush(): void {
    if (this.used === 0) return;
    // stdout may keep what it is given for later (a pipe that is full): it gets a copy.
    this.out(this.file === null ? Buffer.from(this.buffer.subarray(0, this.used)) : this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private out(data: string | Uint8Array): void {
    if (this.file === null) process.stdout.write(data);
    else this.file.write(data);
  }
}
