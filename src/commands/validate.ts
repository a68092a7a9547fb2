// `gradecheck validate`: problem files are checked fully (schema, the kind's own checks, the
// reference can be computed and agrees with its tfjs cross-check: what `grade` would refuse, this
// reports first); assignment files against the problems; submission files by schema, and
// against --problems if given (the assignment they name, the problems it has).
import { answerErrorFinding, finding, notPartsReason } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { loadProblem, loadProblems } from '../grading/problems.js';
import { loadSubmission, type InvalidSubmission, type WholeSubmission } from '../grading/submission.js';
import { loadReportBlocks } from '../grading/report-submission.js';
import type { LoadedProblem } from '../grading/problems.js';
import { chooseAssignment, isAssignmentFile, type Assignment } from '../grading/assignments.js';
import { AnswerError } from '../answers/values.js';
import { get, type PMap, type PNode, type Pos } from '../load/pnode.js';
import { isTemplate } from '../variants/template.js';
import { isVariantsFile, loadTemplate, SAMPLE_SECRET, sharedParams } from '../variants/load.js';
import { acceptanceRate } from '../variants/variant.js';
import { sharedSpecsListing } from '../grading/assignments.js';
import { LoadError, loadYamlFile, readYamlText } from '../load/yaml.js';
import { extractReport, placeInReport, REPORT_FILE } from '../answers/reports.js';
import { filesOf, printFindings } from './shared.js';
import { isOverridesFile, readOverrides } from '../policy/overrides.js';
import { readRoster } from '../grading/roster.js';
import { resolveFiles } from '../data/datasets.js';
import type { TrainingGiven } from '../kinds/training-claims/model.js';
import { computeReference, CrossCheckError, defaultCacheDir, ReferenceError } from '../grading/references.js';

export async function validateCommand(paths: string[], opts: { problems?: string[]; roster?: string }): Promise<number> {
  const files = filesOf(paths, 'validate', { reports: true });
  const problemSet = opts.problems ? loadProblems(filesOf(opts.problems, '--problems')) : null;
  if (problemSet?.errors.length) {
    printFindings(problemSet.errors);
    return 2;
  }
  const findings: Finding[] = [...(problemSet?.warnings ?? [])];
  let bad = 0;
  const ids = new Map<string, string>(); // problem id → the file that has it first (grade refuses a second)
  const assignmentFiles: string[] = [];
  // Assignment files first: a template may use their shared params.
  const assignmentRoots = files.flatMap((f) => {
    try {
      const root = loadYamlFile(f).root;
      return isAssignmentFile(f, root) ? [root] : [];
    } catch {
      return [];
    }
  });
  const overrideFiles: string[] = [];
  for (const file of files) {
    if (isOverridesFile(file)) {
      overrideFiles.push(file); // read against the assignments, once every problem is known
      continue;
    }
    if (REPORT_FILE.test(file)) {
      // A Markdown report or notebook: its gradecheck blocks checked as the submission they make.
      const fs = checkReport(file, problemSet?.assignments);
      findings.push(...fs);
      if (fs.some((f) => f.severity === 'error')) bad++;
      continue;
    }
    let isProblem = false;
    let root: PNode;
    try {
      root = loadYamlFile(file).root;
      if (isAssignmentFile(file, root)) {
        assignmentFiles.push(file);
        continue;
      }
      if (isVariantsFile(file)) continue;
      isProblem = Boolean(get(root, 'kind') || get(root, 'given'));
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      findings.push(finding('submission.invalid', { reason: e.message }, { file, pos: e.pos }));
      bad++;
      continue;
    }
    if (isProblem) {
      const r = isTemplate(root) ? templateChecked(file, root, assignmentRoots, findings) : loadProblem(file, root);
      if ('errors' in r) {
        findings.push(...r.errors);
        bad++;
      } else if (ids.has(r.problem.id)) {
        findings.push(finding('problem.duplicate-id', { id: r.problem.id, other: ids.get(r.problem.id)! }, { file, pos: r.idPos }));
        bad++;
      } else {
        ids.set(r.problem.id, file);
        try {
          // Training problems are checked for their data, not retrained: that is `solve`'s job.
          if (r.problem.kind === 'training-claims') findings.push(...dataWarning(r));
          else await computeReference(r, { cacheDir: defaultCacheDir(), crossCheck: true });
        } catch (e) {
          const reason = e instanceof CrossCheckError ? `the reference disagrees with its tfjs cross-check: ${e.detail}` : `the reference cannot be computed: ${e instanceof ReferenceError ? e.detail : (e as Error).message}`;
          findings.push(finding('problem.invalid', { reason }, { file, pos: e instanceof ReferenceError ? e.pos : { line: 1, column: 1 } }));
          bad++;
        }
      }
    } else {
      const fs = checkSubmission(file, problemSet?.assignments);
      findings.push(...fs);
      if (fs.some((f) => f.severity === 'error')) bad++;
    }
  }
  if (assignmentFiles.length) {
    // Read against the problems validated here (and --problems): what grade would refuse or warn of.
    const r = loadProblems([...new Set([...ids.values(), ...(opts.problems ? filesOf(opts.problems, '--problems') : []), ...assignmentFiles])]);
    const mine = (f: Finding) => f.code === 'problem.not-assigned' || assignmentFiles.includes(f.file ?? '');
    findings.push(...r.errors.filter(mine), ...r.warnings.filter(mine));
    bad += new Set(r.errors.filter(mine).map((f) => f.file)).size;
  }
  if (overrideFiles.length) bad += checkOverrides(overrideFiles, files, opts, findings);
  printFindings(findings);
  process.stderr.write(`${files.length} file${files.length === 1 ? '' : 's'} checked, ${bad} with errors\n`);
  return bad ? 2 : 0;
}

/**
 * Overrides files read against the assignments (of --problems, or of the problem and assignment
 * files validated with them): an override naming an unknown assignment, problem or part, or a
 * student not in --roster, is an error at its line. Returns how many files have errors.
 */
function checkOverrides(overrideFiles: string[], files: string[], opts: { problems?: string[]; roster?: string }, findings: Finding[]): number {
  const problemFiles = [...new Set([...(opts.problems ? filesOf(opts.problems, '--problems') : []), ...files.filter((f) => !REPORT_FILE.test(f) && !overrideFiles.includes(f))])];
  const set = loadProblems(problemFiles);
  const roster = opts.roster ? new Set(readRoster(opts.roster).keys()) : undefined;
  let bad = 0;
  for (const file of overrideFiles) {
    const { errors } = readOverrides(file, set.assignments, { roster });
    findings.push(...errors);
    if (errors.length) bad++;
  }
  return bad;
}

/**
 * A template: its sample variant loaded (as grade loads it), and the share of draws that make a
 * valid variant said as a note, so an instructor sees how hard `require:` is to meet.
 */
function templateChecked(file: string, root: PNode, assignmentRoots: PNode[], findings: Finding[]): (LoadedProblem & { idPos: Pos }) | { errors: Finding[] } {
  const id = String((get(root, 'id') as { value?: unknown } | undefined)?.value ?? '');
  const shared = assignmentRoots.map((a) => sharedSpecsListing(a, id)).find((x) => x !== null) ?? [];
  const r = loadTemplate(file, root, shared);
  if ('errors' in r) return r;
  const rate = acceptanceRate(r.template!, 100, sharedParams(shared, SAMPLE_SECRET, null, '(rate)'));
  findings.push(finding('problem.variants', { accepted: rate.accepted, draws: rate.draws }, { file, pos: (root as PMap).index.get('params')!.keyPos }));
  return { ...r, idPos: (root as PMap).index.get('id')?.keyPos ?? { line: 1, column: 1 } };
}

/** A submission read against the problems: every answer parsed (never graded, no references needed). */
function checkReport(file: string, assignments: readonly Assignment[] | undefined): Finding[] {
  let text: string;
  try {
    text = readYamlText(file);
  } catch (e) {
    if (e instanceof LoadError) return [finding('submission.invalid', { reason: e.message }, { file, pos: e.pos })];
    throw e;
  }
  const r = extractReport(file, text);
  if ('reason' in r) return [finding('submission.invalid', { reason: r.reason }, { file, pos: { line: 1, column: 1 } })];
  return checkSubmission(file, assignments, r.yaml, loadReportBlocks(file, r) ?? undefined).map((f) => ({ ...placeInReport(f, r.origins), file }));
}

function checkSubmission(file: string, assignments: readonly Assignment[] | undefined, text?: string, read?: WholeSubmission | InvalidSubmission): Finding[] {
  const sub = read ?? loadSubmission(file, text, 'whole');
  if ('errors' in sub) return sub.errors;
  if (!assignments) return [];
  const assignment = chooseAssignment(sub.assignment, assignments);
  if ('reason' in assignment) return [finding('submission.invalid', { reason: assignment.reason, assignment: true }, { file, pos: assignment.pos })];
  const problems = assignment.problems;
  const out: Finding[] = [];
  for (const { answers: pa } of sub.answers) {
    const lp = problems.get(pa.id);
    if (!lp) {
      out.push(finding('submission.unknown-problem', { id: pa.id, known: [...problems.keys()], ...(assignment.id === null ? {} : { assignment: assignment.id }) }, { file, pos: pa.keyPos }));
      continue;
    }
    const asked = lp.problem.parts.map((p) => p.id);
    if (!pa.parts) {
      out.push(finding('answer.invalid', { part: pa.id, reason: notPartsReason(pa.id, asked, pa.node.kind) }, { file, pos: pa.node.pos }));
      continue;
    }
    for (const e of pa.parts.entries) {
      if (!asked.includes(e.key) && !lp.verifier.statedPart?.(lp.problem.given, e.key)) {
        out.push(finding('answer.unknown-part', { part: `${pa.id}.${e.key}`, asked }, { file, pos: e.keyPos }));
        continue;
      }
      if (e.value.kind === 'scalar' && e.value.value === null) continue; // left empty: not answered yet
      try {
        lp.verifier.parseAnswer(e.key, e.value, lp.problem.given);
      } catch (err) {
        if (!(err instanceof AnswerError)) throw err;
        out.push(answerErrorFinding(e.key, err, { file }));
      }
    }
  }
  return out;
}

/** A training problem whose data set is not on this machine: grade and solve would stop at it (a warning: it may be there in CI). */
function dataWarning(lp: LoadedProblem): Finding[] {
  const given = lp.problem.given as TrainingGiven;
  try {
    resolveFiles(given.dataset);
    return [];
  } catch (e) {
    return [finding('problem.data-missing', { reason: (e as Error).message }, { file: lp.problem.file, pos: given.datasetPos })];
  }
}
