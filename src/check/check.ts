// `gradecheck check`: a student's answers read and compared in shape with the check file
// (spec.ts): a missing problem or part, a part that is not asked, a value that does not read as
// a number, a list or matrix of the wrong size. Nothing is graded: there is no reference here,
// so no expected value and no score can be printed.
import { readScalar, AnswerError } from '../answers/values.js';
import { extractReport, placeInReport, REPORT_FILE } from '../answers/reports.js';
import { finding } from '../findings/codes.js';
import { at, type Finding } from '../findings/finding.js';
import type { PNode, Pos } from '../load/pnode.js';
import { LoadError, readYamlText } from '../load/yaml.js';
import { loadSubmission } from '../grading/submission.js';
import { describe, type CheckSpec, type Shape } from './spec.js';

export interface CheckResult {
  file: string;
  findings: Finding[];
  /** Parts answered and read in the right shape. */
  ready: number;
  parts: number;
}

export function checkFile(file: string, spec: CheckSpec): CheckResult {
  const parts = spec.problems.reduce((a, p) => a + p.parts.length, 0);
  if (!REPORT_FILE.test(file)) return { ...checkYaml(file, undefined, spec), file, parts };
  let text: string;
  try {
    text = readYamlText(file);
  } catch (e) {
    if (e instanceof LoadError) return { file, parts, ready: 0, findings: [finding('submission.invalid', { reason: e.message }, { file, pos: e.pos })] };
    throw e;
  }
  const report = extractReport(file, text);
  if ('reason' in report) return { file, parts, ready: 0, findings: [finding('submission.invalid', { reason: report.reason }, { file, pos: { line: 1, column: 1 } })] };
  const r = checkYaml(`${file}\0yaml`, report.yaml, spec);
  return { file, parts, ready: r.ready, findings: r.findings.map((f) => ({ ...placeInReport(f, report.origins), file })) };
}

function checkYaml(file: string, text: string | undefined, spec: CheckSpec): { findings: Finding[]; ready: number } {
  const sub = loadSubmission(file, text, 'whole');
  if ('errors' in sub) return { findings: sub.errors, ready: 0 };
  const findings: Finding[] = [];
  const push = (f: Finding) => findings.push(at(f, file));
  if (spec.assignment !== null && sub.assignment && sub.assignment.id !== spec.assignment) push(finding('submission.invalid', { reason: `it names assignment "${sub.assignment.id}"; this check file is for "${spec.assignment}"`, assignment: true }, { pos: sub.assignment.pos }));
  const byId = new Map(sub.answers.map((a) => [a.id, a.answers]));
  let ready = 0;
  for (const a of sub.answers) if (!spec.problems.some((p) => p.id === a.id)) push(finding('submission.unknown-problem', { id: a.id, known: spec.problems.map((p) => p.id), ...(spec.assignment ? { assignment: spec.assignment } : {}) }, { pos: a.keyPos }));
  for (const p of spec.problems) {
    const pa = byId.get(p.id);
    if (!pa) {
      push(finding('answer.missing', { problem: p.id, parts: p.parts.map((x) => x.id), all: true, unscored: true }, { pos: sub.answersPos })); // "p is not answered" (the grader's message also says what it scores)
      continue;
    }
    if (!pa.parts) {
      push(finding('answer.invalid', { part: p.id, reason: `the answers to ${p.id} must be a mapping of parts (${p.parts.map((x) => x.id).join(', ')})` }, { pos: pa.node.pos }));
      continue;
    }
    for (const e of pa.parts.entries) if (!p.parts.some((x) => x.id === e.key) && !p.stated?.includes(e.key)) push(finding('answer.unknown-part', { part: `${p.id}.${e.key}`, asked: p.parts.map((x) => x.id) }, { pos: e.keyPos }));
    for (const part of p.parts) {
      const entry = pa.parts.index.get(part.id);
      const name = `${p.id}.${part.id}`;
      if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) {
        push(finding('answer.missing', { problem: p.id, parts: [part.id], all: false, unscored: true }, { pos: entry?.keyPos ?? pa.keyPos }));
        continue;
      }
      const problems = compare(name, entry.value, part.shape);
      problems.forEach(push);
      if (!problems.length) ready++;
    }
  }
  return { findings, ready };
}

/** What is wrong with an answer's shape and notation; [] when it reads as the shape wants. */
function compare(part: string, node: PNode, want: Shape | null): Finding[] {
  if (want === null) return []; // differs between variants: only the grader can say
  const wrongShape = (pos: Pos) => [finding('answer.wrong-shape', { part, got: shapeOfNode(node), expected: describe(want) }, { pos })];
  switch (want.t) {
    case 'text':
      return node.kind === 'scalar' ? [] : wrongShape(node.pos);
    case 'number':
      if (node.kind !== 'scalar') return wrongShape(node.pos);
      try {
        readScalar(node);
        return [];
      } catch (e) {
        if (e instanceof AnswerError) return [finding('answer.invalid', { part, reason: e.message }, { pos: e.pos ?? node.pos })];
        throw e;
      }
    case 'list': {
      if (node.kind !== 'seq' || (want.n >= 0 && node.items.length !== want.n)) return wrongShape(node.pos);
      if (want.of && want.of.t === 'list' && node.items.some((i) => i.kind !== 'seq' || i.items.length !== (want.of as { n: number }).n)) return wrongShape(node.pos);
      return want.of ? node.items.flatMap((item) => compare(part, item, want.of)) : [];
    }
    case 'map': {
      if (node.kind !== 'map') return wrongShape(node.pos);
      const out: Finding[] = [];
      for (const [k, s] of Object.entries(want.keys)) {
        const e = node.index.get(k);
        if (!e) out.push(finding('answer.missing', { problem: part, parts: [k], all: false, unscored: true }, { pos: node.pos }));
        else out.push(...compare(`${part}.${k}`, e.value, s));
      }
      return out;
    }
  }
}

function shapeOfNode(node: PNode): string {
  if (node.kind === 'scalar') return 'a single value';
  if (node.kind === 'map') return `a mapping of ${node.entries.map((e) => e.key).slice(0, 6).join(', ')}`;
  const rows = node.items;
  if (rows.length && rows.every((r) => r.kind === 'seq')) {
    const lens = new Set(rows.map((r) => (r.kind === 'seq' ? r.items.length : 0)));
    return lens.size === 1 ? `a ${rows.length}×${[...lens][0]} matrix` : `${rows.length} rows of different lengths`;
  }
  return `a list of ${rows.length}`;
}
