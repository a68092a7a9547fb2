// `gradecheck validate`: problem files are checked fully (schema, the kind's own checks, the
// reference can be computed); submission files by schema, and against --problems if given.
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { loadProblem, loadProblems } from '../grading/problems.js';
import { gradeFile } from '../grading/grade.js';
import { computeReferences, defaultCacheDir } from '../grading/references.js';
import { get } from '../load/pnode.js';
import { LoadError, loadYamlFile } from '../load/yaml.js';
import { filesOf, printFindings } from './shared.js';

export async function validateCommand(paths: string[], opts: { problems?: string[] }): Promise<number> {
  const files = filesOf(paths, 'validate');
  const problemSet = opts.problems ? loadProblems(filesOf(opts.problems, '--problems')) : null;
  if (problemSet?.errors.length) {
    printFindings(problemSet.errors);
    return 2;
  }
  // Submissions are read against the problems' references (no cross-check: validation is quick).
  const refs = problemSet ? new Map([...(await computeReferences(problemSet.problems, { cacheDir: defaultCacheDir(), crossCheck: false }))].map(([id, r]) => [id, r.ref])) : new Map();
  const findings: Finding[] = [];
  let bad = 0;
  for (const file of files) {
    let isProblem = false;
    try {
      const root = loadYamlFile(file).root;
      isProblem = Boolean(get(root, 'kind') || get(root, 'given'));
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      findings.push(finding('submission.invalid', { reason: e.message }, { file, pos: e.pos }));
      bad++;
      continue;
    }
    if (isProblem) {
      const r = loadProblem(file);
      if ('errors' in r) {
        findings.push(...r.errors);
        bad++;
      } else {
        try {
          r.verifier.reference(r.problem.given);
        } catch (e) {
          findings.push(finding('problem.invalid', { reason: `the reference cannot be computed: ${(e as Error).message}` }, { file, pos: { line: 1, column: 1 } }));
          bad++;
        }
      }
    } else {
      const res = gradeFile(file, problemSet?.problems ?? new Map(), refs);
      const fs = [...res.findings, ...res.problems.flatMap((p) => p.parts.flatMap((pt) => pt.findings))].filter(
        (f) => f.code === 'submission.invalid' || f.code === 'answer.invalid' || f.code === 'answer.wrong-shape' || f.code === 'submission.unknown-problem' || f.code === 'answer.unknown-part',
      );
      findings.push(...fs);
      if (res.status === 'invalid' || fs.some((f) => f.severity === 'error')) bad++;
    }
  }
  printFindings(findings);
  process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'} checked, ${bad} with errors\n`);
  return bad ? 2 : 0;
}
