// Answers inside reports: a Markdown file's fenced blocks marked ```yaml gradecheck, or a Jupyter
// notebook's (in Markdown cells, and raw or Markdown cells tagged `gradecheck`), read together as
// one submission. Everything else in the report is ignored. Each line of the YAML read remembers
// where it came from, so every finding points into the original file: its line and column in a
// .md, its cell (index and id) and line within the cell in a notebook.
import type { Finding } from '../findings/finding.js';

export interface Origin {
  line: number;
  /** Columns the block's lines were indented by in the report (added back). */
  indent: number;
  cell?: { index: number; id?: string };
}

export interface ExtractedReport {
  /** The blocks' YAML, one after the other. */
  yaml: string;
  /** origins[i]: where line i + 1 of `yaml` is in the report. */
  origins: Origin[];
  /** Each block's lines in `yaml` (0-based, `end` excluded), in order: a fence, or a tagged cell. */
  blocks: { start: number; end: number }[];
}

export const REPORT_FILE = /\.(md|ipynb)$/i;

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})\s*yaml\s+gradecheck\s*$/;

/** The gradecheck blocks of a report, or why it has none (a reason for submission.invalid). */
export function extractReport(file: string, text: string): ExtractedReport | { reason: string } {
  if (/\.ipynb$/i.test(file)) return fromNotebook(text);
  const r = fromMarkdown(text.split(/\r?\n/), 0);
  return r.origins.length ? r : { reason: 'the report has no ```yaml gradecheck block: put the answers in one (see the answers template)' };
}

/** A fence's opening line (CommonMark: up to 3 spaces, 3 or more ` or ~, an info string; a ` fence's info has no `). */
const ANY_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const COMMENT_OPEN = /^ {0,3}<!--/;

/**
 * The blocks of Markdown lines; `base` is the line number of lines[0] minus 1, `cell` the notebook
 * cell. Read as CommonMark reads them: a ```yaml gradecheck block shown inside another fence
 * (a ````markdown example of how to answer) or inside an HTML comment (`<!-- -->`) is text, not
 * answers, so it is not graded; a fence left open runs to the end of the file.
 */
function fromMarkdown(lines: string[], base: number, cell?: Origin['cell']): ExtractedReport {
  const out: string[] = [];
  const origins: Origin[] = [];
  const blocks: ExtractedReport['blocks'] = [];
  for (let i = 0; i < lines.length; i++) {
    if (COMMENT_OPEN.test(lines[i])) {
      // An HTML comment block ends on the line holding -->
      while (i < lines.length && !lines[i].includes('-->', lines[i].indexOf('<!--') >= 0 ? lines[i].indexOf('<!--') + 4 : 0)) i++;
      continue;
    }
    const any = ANY_FENCE.exec(lines[i]);
    if (!any || (any[2][0] === '`' && any[3].includes('`'))) continue;
    const indent = any[1].length, fence = any[2];
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = out.length;
    const graded = FENCE_OPEN.test(lines[i]);
    for (i++; i < lines.length && !close.test(lines[i]); i++) {
      if (!graded) continue; // another fence's content (an example): skipped whole
      out.push(lines[i].slice(Math.min(indent, lines[i].length - lines[i].trimStart().length)));
      origins.push({ line: base + i + 1, indent, ...(cell ? { cell } : {}) });
    }
    if (out.length > start) blocks.push({ start, end: out.length });
  }
  return { yaml: out.join('\n'), origins, blocks };
}

function fromNotebook(text: string): ExtractedReport | { reason: string } {
  let nb: { cells?: { cell_type?: string; source?: string | string[]; id?: string; metadata?: { tags?: string[] } }[] };
  try {
    nb = JSON.parse(text);
  } catch (e) {
    // Where, never what: the parser's message quotes the text, which may be whatever the file is (a link's target, a secret).
    return { reason: `the notebook is not valid JSON${jsonErrorAt(text, (e as Error).message)}` };
  }
  if (!nb || typeof nb !== 'object' || !Array.isArray(nb.cells)) return { reason: 'the notebook has no cells' };
  // What is read is the cells' sources; outputs (plots) are not, so only the sources count against the limit.
  let sources = 0;
  for (const c of nb.cells) if (c && typeof c === 'object') sources += Array.isArray(c.source) ? c.source.reduce((a: number, l: unknown) => a + (typeof l === 'string' ? l.length : 0), 0) : typeof c.source === 'string' ? c.source.length : 0;
  if (sources > NOTEBOOK_SOURCE_CHARS) return { reason: `the notebook's cells hold ${sources.toLocaleString('en-US')} characters of source, over the limit of ${NOTEBOOK_SOURCE_CHARS.toLocaleString('en-US')} (outputs such as plots do not count)` };
  const yaml: string[] = [];
  const origins: Origin[] = [];
  const blocks: ExtractedReport['blocks'] = [];
  nb.cells.forEach((c, index) => {
    if (!c || typeof c !== 'object') return; // a null cell (or a number): nothing to read
    const src = Array.isArray(c.source) ? c.source.join('') : typeof c.source === 'string' ? c.source : '';
    const lines = src.split(/\r?\n/);
    const cell = { index, ...(typeof c.id === 'string' ? { id: c.id } : {}) };
    const tagged = Array.isArray(c.metadata?.tags) && c.metadata!.tags!.includes('gradecheck');
    let part: ExtractedReport;
    if (tagged && (c.cell_type === 'raw' || c.cell_type === 'markdown') && !lines.some((l) => FENCE_OPEN.test(l))) part = { yaml: lines.join('\n'), origins: lines.map((_, i) => ({ line: i + 1, indent: 0, cell })), blocks: [{ start: 0, end: lines.length }] };
    else if (c.cell_type === 'markdown' || c.cell_type === 'raw') part = fromMarkdown(lines, 0, cell);
    else return;
    if (!part.origins.length) return;
    yaml.push(part.yaml);
    blocks.push(...part.blocks.map((b) => ({ start: b.start + origins.length, end: b.end + origins.length })));
    origins.push(...part.origins);
  });
  return origins.length ? { yaml: yaml.join('\n'), origins, blocks } : { reason: 'the notebook has no gradecheck answers: a Markdown cell with a ```yaml gradecheck block, or a raw cell tagged gradecheck' };
}

/** A notebook's cell sources, together, at most this long (the YAML file limit: 1 MB). */
export const NOTEBOOK_SOURCE_CHARS = 1 << 20;

/** " at line L, column C" of a JSON parse error's position, or nothing. */
function jsonErrorAt(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const pos = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, pos).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** A finding moved from the YAML read to the report it came from. */
export function placeInReport(f: Finding, origins: readonly Origin[]): Finding {
  const mapOne = <T extends { line?: number; column?: number }>(x: T): T & { cell?: Origin['cell'] } => {
    if (x.line === undefined) return x;
    const o = origins[Math.min(Math.max(x.line, 1), origins.length) - 1];
    if (!o) return x;
    return { ...x, line: o.line, column: (x.column ?? 1) + o.indent, ...(o.cell ? { cell: o.cell } : {}) };
  };
  const g = mapOne(f);
  return f.entries ? { ...g, entries: f.entries.map(mapOne) } : g;
}

/** A report holding the statement and the answers template, for release --format md|ipynb. */
export function reportWith(format: 'md' | 'ipynb', statement: string, answers: string): string {
  if (format === 'md') return `${statement.trimEnd()}\n\n## Your answers\n\nWrite them in the block below (it is what is graded; the rest of this file is not).\n\n\`\`\`yaml gradecheck\n${answers.trimEnd()}\n\`\`\`\n`;
  const lines = (s: string) => s.split('\n').map((l, i, a) => (i < a.length - 1 ? `${l}\n` : l));
  const nb = {
    cells: [
      { cell_type: 'markdown', id: 'statement', metadata: {}, source: lines(statement.trimEnd()) },
      { cell_type: 'markdown', id: 'how', metadata: {}, source: lines('## Your answers\n\nThe raw cell below, tagged `gradecheck`, is what is graded. Your own code cells may go anywhere.') },
      { cell_type: 'raw', id: 'answers', metadata: { tags: ['gradecheck'] }, source: lines(answers.trimEnd()) },
    ],
    metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(nb, null, 1) + '\n';
}
