// A report whose answers are split over several gradecheck blocks (fences in a Markdown file,
// cells in a notebook) is one submission. A block that starts a part of its own (a top-level
// `student:`, `assignment:` or `answers:` at its first column) is read on its own, and the
// parts are put together: `answers` of every block in one mapping, `student` and `assignment`
// said once or repeated alike. A block that starts none continues the one before it, as its
// text (an indented problem under the previous block's `answers:`). Positions stay those of the
// blocks' lines in the extracted YAML, so findings are moved to the file's lines as before.
import type { ExtractedReport } from '../answers/reports.js';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import type { PMap, PMapEntry, PNode, Pos } from '../load/pnode.js';
import { LoadError, loadYamlText } from '../load/yaml.js';
import { fromRoot, type InvalidSubmission, type WholeSubmission } from './submission.js';

const STARTS_PART = /^(student|assignment|answers)\s*:/m;
/** Keys said once for the whole submission: repeating them alike is fine, differently is not. */
const ONCE = new Set(['student', 'assignment']);

/** The groups of blocks read on their own: null when there is one (read the YAML as one document, as always). */
export function blockGroups(report: ExtractedReport): { start: number; end: number }[] | null {
  const lines = report.yaml.split('\n');
  const groups: { start: number; end: number }[] = [];
  for (const b of report.blocks) {
    const starts = STARTS_PART.test(lines.slice(b.start, b.end).join('\n'));
    if (starts || groups.length === 0) groups.push({ ...b });
    else groups[groups.length - 1].end = b.end;
  }
  return groups.length > 1 ? groups : null;
}

/** The report's blocks as one submission, or what is wrong (at the block's line); null when the report is one block. */
export function loadReportBlocks(file: string, report: ExtractedReport): WholeSubmission | InvalidSubmission | null {
  const groups = blockGroups(report);
  if (!groups) return null;
  const lines = report.yaml.split('\n');
  const errors: Finding[] = [];
  const fail = (reason: string, pos: Pos) => errors.push(finding('submission.invalid', { reason }, { file, pos }));
  // A line named in a message is the file's (and its cell's), as the finding's own is.
  const lineIn = (line: number) => {
    const o = report.origins[line - 1];
    return o ? `line ${o.line}${o.cell ? ` of cell ${o.cell.index + 1}` : ''}` : `line ${line}`;
  };
  const top = new Map<string, PMapEntry>();
  const problems = new Map<string, PMapEntry>();
  let student: string | null = null;
  for (const g of groups) {
    let root: PNode;
    try {
      root = shift(loadYamlText(lines.slice(g.start, g.end).join('\n'), file).root, g.start);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      fail(e.message, e.pos ? { line: e.pos.line + g.start, column: e.pos.column } : { line: g.start + 1, column: 1 });
      continue;
    }
    if (root.kind === 'scalar' && root.value === null) continue; // only comments
    if (root.kind !== 'map') {
      fail('a gradecheck block must be a mapping (student:, answers:)', root.pos);
      continue;
    }
    for (const e of root.entries) {
      let first = top.get(e.key);
      if (e.key === 'answers' && first?.value.kind === 'scalar' && first.value.value === null) top.delete('answers'), (first = undefined); // `answers:` left empty above
      if (e.key === 'answers' && first && e.value.kind === 'map' && first.value.kind === 'map') {
        for (const p of e.value.entries) addProblem(problems, p, fail, lineIn);
        continue;
      }
      if (!first) {
        top.set(e.key, e);
        if (e.key === 'answers' && e.value.kind === 'map') for (const p of e.value.entries) addProblem(problems, p, fail, lineIn);
        if (e.key === 'student' && e.value.kind === 'scalar' && e.value.value !== null) student = String(e.value.value);
        continue;
      }
      if (ONCE.has(e.key) && same(first.value, e.value)) continue;
      const was = first.value.kind === 'scalar' ? ` "${String(first.value.value)}"` : '';
      const now = e.value.kind === 'scalar' ? ` "${String(e.value.value)}"` : '';
      fail(ONCE.has(e.key) ? `this block's ${e.key}${now} differs from the${was} of an earlier block: a report is one ${e.key === 'student' ? "student's" : 'assignment\'s'} answers` : `\`${e.key}\` is given in two blocks`, e.keyPos);
    }
  }
  if (errors.length) return { file, student, errors };
  const answers = top.get('answers');
  if (answers && answers.value.kind === 'map') {
    const entries = [...problems.values()];
    top.set('answers', { ...answers, value: { ...answers.value, entries, index: new Map(entries.map((p) => [p.key, p])) } });
  }
  const entries = [...top.values()];
  const root: PMap = { kind: 'map', pos: { line: 1, column: 1 }, entries, index: new Map(entries.map((e) => [e.key, e])) };
  return fromRoot(file, report.yaml, root);
}

/** A problem of a later block: new, or more parts of one already given (a part given twice is an error). */
function addProblem(problems: Map<string, PMapEntry>, p: PMapEntry, fail: (reason: string, pos: Pos) => void, lineIn: (line: number) => string): void {
  const first = problems.get(p.key);
  if (!first) return void problems.set(p.key, p);
  if (first.value.kind !== 'map' || p.value.kind !== 'map') return fail(`problem "${p.key}" is answered in two blocks (first at ${lineIn(first.keyPos.line)})`, p.keyPos);
  const parts = [...first.value.entries];
  for (const e of p.value.entries) {
    const twice = first.value.index.get(e.key);
    if (twice) fail(`${p.key}.${e.key} is answered twice (first at ${lineIn(twice.keyPos.line)})`, e.keyPos);
    else parts.push(e);
  }
  problems.set(p.key, { ...first, value: { ...first.value, entries: parts, index: new Map(parts.map((e) => [e.key, e])) } });
}

function same(a: PNode, b: PNode): boolean {
  return a.kind === 'scalar' && b.kind === 'scalar' && String(a.value) === String(b.value);
}

/** The tree with every line moved down by `by` (a block's lines counted from the whole YAML). */
function shift(n: PNode, by: number): PNode {
  const pos = { line: n.pos.line + by, column: n.pos.column };
  switch (n.kind) {
    case 'scalar':
      return { ...n, pos };
    case 'seq':
      return { ...n, pos, items: n.items.map((i) => shift(i, by)) };
    case 'map': {
      const entries = n.entries.map((e) => ({ key: e.key, keyPos: { line: e.keyPos.line + by, column: e.keyPos.column }, value: shift(e.value, by) }));
      return { ...n, pos, entries, index: new Map(entries.map((e) => [e.key, e])) };
    }
  }
}
