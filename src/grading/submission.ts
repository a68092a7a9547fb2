// Loading a submission: YAML → schema → the answers block, with positions. An unreadable
// submission becomes an `invalid` result with its errors; it never stops the batch.
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';
import { validateSubmissionShape } from '../load/validate.js';
import { LoadError, loadYamlFile, loadYamlText } from '../load/yaml.js';

export interface ProblemAnswers {
  id: string;
  keyPos: Pos;
  /** null when the answers are not a mapping of parts (then every part is invalid). */
  parts: PMap | null;
  node: PNode;
}

export interface LoadedSubmission {
  file: string;
  student: string;
  answers: ProblemAnswers[];
}

export function loadSubmission(file: string, text?: string): LoadedSubmission | { file: string; student: string | null; errors: Finding[] } {
  let root: PNode;
  try {
    root = text === undefined ? loadYamlFile(file).root : loadYamlText(text, file).root;
  } catch (e) {
    if (e instanceof LoadError) return { file, student: null, errors: [finding('submission.invalid', { reason: e.message }, { file, pos: e.pos })] };
    throw e;
  }
  const issues = validateSubmissionShape(root);
  const studentNode = get(root, 'student');
  const student = studentNode?.kind === 'scalar' && studentNode.value !== null ? String(studentNode.value) : null;
  if (issues.length) return { file, student, errors: issues.map((i) => finding('submission.invalid', { reason: i.message }, { file, pos: i.pos })) };
  const answersNode = get(root, 'answers') as PMap;
  return {
    file,
    student: student!,
    answers: answersNode.entries.map((e) => ({ id: e.key, keyPos: e.keyPos, parts: e.value.kind === 'map' ? e.value : null, node: e.value })),
  };
}
