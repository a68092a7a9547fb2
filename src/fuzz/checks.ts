// The invariants a run over hostile files must keep, checked on what the CLI printed. Each
// returns the violations it found (empty: the run kept its promises).
import { createRequire } from 'node:module';
import { PLANT } from './hostile.js';

export interface Violation {
  check: string;
  detail: string;
}

export interface CliRun {
  /** What was run, for the report (format, jobs). */
  label: string;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Characters no report may carry raw: controls (but the line feed), C1, Unicode line breaks. */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]/;
/** How planted text would look at the start of a line, if it got there. */
const PLANTED_START = [`${PLANT}`, `# ${PLANT}`, '<img', '<h1>', '![t]', '=cmd', '+1+cmd', '@SUM', '-2+3', '=1+1'];
/** What @actions/core itself prints: one annotation per line, its properties escaped. */
const ANNOTATION = /^::(error|warning) [^:\n]*::/;
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

export function checkProcess(run: CliRun, allowed: number[]): Violation[] {
  const out: Violation[] = [];
  if (run.timedOut) out.push({ check: 'hang', detail: `${run.label}: did not finish in time` });
  else if (run.code === null || !allowed.includes(run.code)) out.push({ check: 'exit', detail: `${run.label}: exit ${run.code}, expected ${allowed.join(' or ')}; stderr: ${run.stderr.slice(0, 300)}` });
  if (/internal error/.test(run.stderr) || STACK_LINE.test(run.stderr)) out.push({ check: 'crash', detail: `${run.label}: ${run.stderr.slice(0, 400)}` });
  return out;
}

/** No output line may start with student text, and none may carry raw control characters. */
export function checkLines(label: string, text: string, opts: { annotations?: boolean } = {}): Violation[] {
  const out: Violation[] = [];
  const raw = RAW_CONTROL.exec(text);
  if (raw) out.push({ check: 'raw-control', detail: `${label}: U+${raw[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${raw.index}: ${JSON.stringify(text.slice(Math.max(0, raw.index - 60), raw.index + 20))}` });
  for (const line of text.split('\n')) {
    const t = line.trimStart();
    if (t.startsWith('::') && !(opts.annotations && ANNOTATION.test(t))) out.push({ check: 'workflow-command', detail: `${label}: ${JSON.stringify(line.slice(0, 120))}` });
    if (PLANTED_START.some((p) => t.startsWith(p))) out.push({ check: 'line-start', detail: `${label}: ${JSON.stringify(line.slice(0, 120))}` });
  }
  return out;
}

/**
 * The JSON report: parseable, each file once: as an entry of its own, or among the files of an
 * entry that graded several files of one student as one submission (policy/submissions.ts).
 */
export function checkJson(label: string, text: string, files: string[]): Violation[] {
  let rep: { submissions?: { file: string; score: unknown; maxScore: unknown; combined?: { files?: { file: string }[] } }[] };
  try {
    rep = JSON.parse(text);
  } catch (e) {
    return [{ check: 'json', detail: `${label}: not JSON (${(e as Error).message}), ${text.length} bytes` }];
  }
  const got = (rep.submissions ?? []).flatMap((s) => (Array.isArray(s.combined?.files) ? s.combined.files.map((f) => f.file) : [s.file])).sort();
  const want = [...files].sort();
  const out: Violation[] = [];
  if (got.length !== want.length || got.some((f, i) => f !== want[i])) {
    const missing = want.filter((f) => !got.includes(f));
    out.push({ check: 'entries', detail: `${label}: ${got.length} entries for ${want.length} files; missing ${JSON.stringify(missing.slice(0, 5))}` });
  }
  // A bug met on one file is reported on that file, not the batch: still a crash to the campaign.
  const internal = /internal error/.exec(text);
  if (internal) out.push({ check: 'crash', detail: `${label}: a report entry says ${JSON.stringify(text.slice(Math.max(0, internal.index - 200), internal.index + 120))}` });
  for (const s of rep.submissions ?? []) {
    if (typeof s.score !== 'number' || !Number.isFinite(s.score) || typeof s.maxScore !== 'number' || !Number.isFinite(s.maxScore)) out.push({ check: 'score', detail: `${label}: ${JSON.stringify(s.file)} scored ${s.score}/${s.maxScore}` });
  }
  return out;
}

/** The gradebook: every cell a spreadsheet reads as text, every row as wide as the header. */
export function checkCsv(label: string, text: string): Violation[] {
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true });
  } catch (e) {
    return [{ check: 'csv', detail: `${label}: ${(e as Error).message}` }];
  }
  const out: Violation[] = [];
  for (const row of rows) {
    if (row.length !== rows[0].length) out.push({ check: 'csv-row', detail: `${label}: a row of ${row.length} cells under a header of ${rows[0].length}` });
    for (const cell of row) if (/^[=+\-@\t\r]/.test(cell)) out.push({ check: 'csv-formula', detail: `${label}: ${JSON.stringify(cell.slice(0, 60))}` });
  }
  return out;
}

/** Markdown: headings are only the report's own, every table row keeps its cells. */
export function checkMarkdown(label: string, text: string): Violation[] {
  const out: Violation[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') && !/^(# gradecheck report$|## |### )/.test(line)) out.push({ check: 'md-heading', detail: `${label}: ${JSON.stringify(line.slice(0, 100))}` });
    if (line.startsWith('|')) {
      const cells = line.split(/(?<!\\)\|/).length - 2;
      if (cells !== 3 && cells !== 4) out.push({ check: 'md-row', detail: `${label}: ${cells} cells: ${JSON.stringify(line.slice(0, 100))}` });
    }
  }
  return out;
}

/** The job summary: HTML of the report's own elements only, and no blank line (which would let Markdown in). */
export function checkSummary(label: string, html: string): Violation[] {
  const out: Violation[] = [];
  if (/\n\s*\n/.test(html)) out.push({ check: 'summary-blank-line', detail: label });
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) {
    if (!['h2', 'h3', 'p', 'code', 'table', 'tr', 'th', 'td', 'ul', 'li'].includes(m[1].toLowerCase())) out.push({ check: 'summary-tag', detail: `${label}: <${m[1]}>` });
  }
  return out;
}

/** JUnit: well-formed XML. */
export function checkJunit(label: string, xml: string): Violation[] {
  const { convert } = createRequire(import.meta.url)('xmlbuilder2') as typeof import('xmlbuilder2');
  try {
    convert(xml, { format: 'object' });
    return [];
  } catch (e) {
    return [{ check: 'junit', detail: `${label}: ${(e as Error).message.slice(0, 200)}` }];
  }
}

/** Gradescope: parseable, finite scores. */
export function checkGradescope(label: string, text: string): Violation[] {
  try {
    const r = JSON.parse(text) as { score: number; max_score: number };
    return Number.isFinite(r.score) && Number.isFinite(r.max_score) ? [] : [{ check: 'gradescope-score', detail: `${label}: ${r.score}/${r.max_score}` }];
  } catch (e) {
    return [{ check: 'gradescope', detail: `${label}: ${(e as Error).message}` }];
  }
}
