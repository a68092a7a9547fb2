// The JSON report written while grading goes on: entries go out in file order as soon as they
// and all before them are graded, so writing 50 MB overlaps the workers instead of following
// them. The bytes are jsonReport's (its HEAD, SEPARATOR, entries and reportTail: the assignments
// and the integrity section, known at the end); a test compares.
import type { Report, SubmissionResult } from '../grading/types.js';
import { HEAD, reportTail, SEPARATOR, submissionJson } from '../reporters/json.js';
import { OutputFile } from './output-file.js';

const FLUSH_AT = 1 << 20;

export class JsonReportStream {
  /** null: stdout. A file is written under a temporary name and renamed when the report is whole. */
  private readonly file: OutputFile | null;
  private pending: string[] = [];
  private size = 0;
  private entries = 0;

  constructor(output?: string) {
    this.file = output ? new OutputFile(output) : null;
  }

  add(r: SubmissionResult): void {
    const text = (this.entries++ === 0 ? HEAD : SEPARATOR) + (r.json ?? submissionJson(r));
    r.json = undefined; // written: the string need not live on
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  /** The report's end: its assignments and integrity section (known once every entry is out). */
  end(extras: Pick<Report, 'assignments' | 'integrity'> = {}): void {
    this.pending.push((this.entries === 0 ? '{\n  "submissions": [' : '') + reportTail(extras, this.entries));
    this.flush();
    this.file?.commit();
  }

  /** The run failed: no report is left behind (the temporary file is removed). */
  abort(): void {
    this.file?.abort();
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.file === null) process.stdout.write(text);
    else this.file.write(text);
  }
}
