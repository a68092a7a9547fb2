// A kind's own grade output (before the policy stage): diagnosis, carried, fraction, findings.
import { AnswerError } from '../src/answers/values.js';
import type { LoadedProblem } from '../src/grading/problems.js';
import { loadYamlText } from '../src/load/yaml.js';
import type { PartGrade } from '../src/kinds/types.js';

/** Parses `answersYaml` (one problem's parts) as grading does and returns the verifier's PartGrades. */
export function kindGrade(fx: { lp: LoadedProblem; ref: unknown }, answersYaml: string): Map<string, PartGrade> {
  const { problem, verifier } = fx.lp;
  const root = loadYamlText(answersYaml).root;
  if (root.kind !== 'map') throw new Error('answers must be a mapping');
  const asked = problem.parts.map((p) => p.id);
  const answers = new Map<string, { answer: unknown; pos: { line: number; column: number } }>();
  for (const e of root.entries) {
    if (!asked.includes(e.key) && !verifier.statedPart?.(problem.given, e.key)) continue;
    try {
      answers.set(e.key, { answer: verifier.parseAnswer(e.key, e.value, problem.given), pos: e.value.pos });
    } catch (err) {
      if (!(err instanceof AnswerError)) throw err;
    }
  }
  return verifier.grade({ problem, ref: fx.ref, answers: answers as never, asked });
}
