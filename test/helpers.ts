// Test helpers: load fixture problems, grade answer snippets, collect codes.
import { loadProblems, type LoadedProblem } from '../src/grading/problems.js';
import { computeReference } from '../src/grading/references.js';
import { gradeFile } from '../src/grading/grade.js';
import { wholeSet } from '../src/grading/assignments.js';
import type { Finding } from '../src/findings/finding.js';
import type { PartResult } from '../src/grading/types.js';

export async function fixture(file: string): Promise<{ lp: LoadedProblem; ref: unknown }> {
  const set = loadProblems([file]);
  if (set.errors.length) throw new Error(set.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  const lp = [...set.problems.values()][0];
  const entry = await computeReference(lp, { cacheDir: null, crossCheck: false });
  return { lp, ref: entry.ref };
}

/** Grades `answers` (YAML of one problem's parts) and returns the part results by id. */
export function gradeAnswers(fx: { lp: LoadedProblem; ref: unknown }, answersYaml: string): Map<string, PartResult> {
  const id = fx.lp.problem.id;
  const indented = answersYaml.split('\n').map((l) => '    ' + l).join('\n');
  const text = `student: t\nanswers:\n  ${id}:\n${indented}\n`;
  const res = gradeFile('sub.yaml', [wholeSet(new Map([[id, fx.lp]]))], new Map([[id, fx.ref]]), text);
  if (res.status !== 'graded') throw new Error(JSON.stringify(res.findings));
  return new Map(res.problems[0].parts.map((p) => [p.id, p]));
}

export function codes(fs: Finding[]): string[] {
  return [...new Set(fs.map((f) => f.code))].sort();
}
