// Loading problem files: YAML → schema → the kind's own checks; and the assignments they form.
// A broken problem or assignment is an error that stops grading (exit 2): nothing is graded
// against a problem that may be wrong.
import { createHash } from 'node:crypto';
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { get, toPlain, type PMap, type PNode } from '../load/pnode.js';
import { validateProblemShape } from '../load/validate.js';
import { LoadError, loadYamlFile } from '../load/yaml.js';
import { verifierFor } from '../kinds/registry.js';
import { ProblemError, type PartSpec, type Problem, type Verifier } from '../kinds/types.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './types.js';
import { MAX_PART_POINTS, MAX_PROBLEM_POINTS } from '../load/schema-parts.js';
import { isOverridesFile } from '../policy/overrides.js';
import { isAssignmentFile, loadAssignment, sharedSpecsListing, wholeSet, type Assignment } from './assignments.js';
import { readRubric } from '../policy/rubric.js';
import { isTemplate, renderStatement, type ProblemTemplate } from '../variants/template.js';
import { isVariantsFile, loadTemplate, readVariantFiles, type VariantPins } from '../variants/load.js';

/** Bumped when a reference's shape or meaning changes: the cache key includes it. */
export const ENGINE_VERSION = '4';

export interface LoadedProblem {
  /** For a template: its sample variant (the parts and points every variant shares). */
  problem: Problem;
  verifier: Verifier;
  /** A templated problem (`params`): each student's variant is drawn from it. */
  template?: ProblemTemplate;
}

export interface ProblemSet {
  problems: Map<string, LoadedProblem>;
  /** The assignment files' assignments, or (none given) the whole set as one. */
  assignments: Assignment[];
  errors: Finding[];
  /** Problems no assignment lists. */
  warnings: Finding[];
  /** variants.yaml: per student, another draw or pinned values. */
  pins: VariantPins;
}

/**
 * Problem files and assignment files (told apart by name or content, see assignments.ts). The
 * assignments are read once every problem is loaded, so the order of the files does not matter.
 */
export function loadProblems(files: string[]): ProblemSet {
  const problems = new Map<string, LoadedProblem>();
  const errors: Finding[] = [];
  const assignmentFiles: { file: string; root: PNode }[] = [];
  const templates: { file: string; root: PNode }[] = [];
  const variantFiles: { file: string; root: PNode }[] = [];
  for (const file of files) {
    if (isOverridesFile(file)) continue; // the instructor's overrides: read by grade and validate (policy/overrides.ts)
    let root: PNode;
    try {
      root = loadYamlFile(file).root;
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      errors.push(finding('problem.invalid', { reason: e.message }, { file, pos: e.pos }));
      continue;
    }
    if (isAssignmentFile(file, root)) {
      assignmentFiles.push({ file, root });
      continue;
    }
    if (isVariantsFile(file)) {
      variantFiles.push({ file, root });
      continue;
    }
    if (isTemplate(root)) {
      templates.push({ file, root });
      continue;
    }
    const r = loadProblem(file, root);
    if ('errors' in r) {
      errors.push(...r.errors);
      continue;
    }
    const other = problems.get(r.problem.id);
    if (other) {
      errors.push(finding('problem.duplicate-id', { id: r.problem.id, other: other.problem.file }, { file, pos: r.idPos }));
      continue;
    }
    problems.set(r.problem.id, { problem: r.problem, verifier: r.verifier });
  }
  // Templates are read once the assignments' shared params are known (a template may use them):
  // their ids first, so an assignment can list them.
  const templateIds = new Map<string, { file: string; root: PNode }>();
  for (const t of templates) {
    const id = String((get(t.root, 'id') as { value?: unknown } | undefined)?.value ?? '');
    if (problems.has(id) || templateIds.has(id)) errors.push(finding('problem.duplicate-id', { id, other: problems.get(id)?.problem.file ?? templateIds.get(id)!.file }, { file: t.file, pos: (t.root as PMap).index.get('id')?.keyPos ?? { line: 1, column: 1 } }));
    else templateIds.set(id, t);
  }
  const assignments: Assignment[] = [];
  const warnings: Finding[] = [];
  const sharedOf = (id: string) => assignmentFiles.map((a) => sharedSpecsListing(a.root, id)).find((x) => x !== null) ?? [];
  for (const [id, t] of templateIds) {
    const r = loadTemplate(t.file, t.root, sharedOf(id));
    if ('errors' in r) errors.push(...r.errors);
    else problems.set(id, r);
  }
  const pins = readVariantFiles(variantFiles, errors);
  for (const { file, root } of assignmentFiles) {
    const r = loadAssignment(file, root, problems);
    if ('errors' in r) errors.push(...r.errors);
    else if (assignments.some((a) => a.id === r.assignment.id)) {
      errors.push(finding('assignment.invalid', { reason: `the assignment id "${r.assignment.id}" is already used by ${assignments.find((a) => a.id === r.assignment.id)!.file}` }, { file, pos: r.idPos }));
    } else assignments.push(r.assignment);
  }
  if (assignmentFiles.length === 0) assignments.push(wholeSet(problems));
  else if (assignments.length === assignmentFiles.length) {
    const assigned = new Set(assignments.flatMap((a) => [...a.problems.keys()]));
    for (const lp of problems.values()) if (!assigned.has(lp.problem.id)) warnings.push(finding('problem.not-assigned', { id: lp.problem.id }, { file: lp.problem.file, pos: { line: 1, column: 1 } }));
  }
  return { problems, assignments, errors, warnings, pins };
}

/**
 * One problem file (read now, or given as read). `shapeChecked`: the document is one this release
 * has checked against the problem schema before (a variant the variant cache knows), not again.
 */
export function loadProblem(file: string, root?: PNode, opts: { shapeChecked?: boolean } = {}): (LoadedProblem & { idPos: { line: number; column: number } }) | { errors: Finding[] } {
  const fail = (reason: string, pos?: { line: number; column: number }) => ({ errors: [finding('problem.invalid', { reason }, { file, pos: pos ?? { line: 1, column: 1 } })] });
  if (!root) {
    try {
      root = loadYamlFile(file).root;
    } catch (e) {
      if (e instanceof LoadError) return fail(e.message, e.pos);
      throw e;
    }
  }
  const issues = opts.shapeChecked ? [] : validateProblemShape(root);
  if (issues.length) return { errors: issues.map((i) => finding('problem.invalid', { reason: i.message }, { file, pos: i.pos })) };
  const map = root as PMap;
  const id = String((get(map, 'id') as { value: unknown }).value);
  const kind = String((get(map, 'kind') as { value: unknown }).value);
  const verifier = verifierFor(kind)!;
  const givenNode = get(map, 'given')!;
  let given: unknown;
  try {
    given = verifier.prepare(givenNode, id);
  } catch (e) {
    if (e instanceof ProblemError) return fail(e.message, e.pos ?? givenNode.pos);
    throw e;
  }
  const tolNode = get(map, 'tolerance');
  const tolerance = toleranceOf(tolNode);
  const partsNode = get(map, 'parts') as PMap;
  const parts: PartSpec[] = [];
  let total = 0;
  for (const e of partsNode.entries) {
    if (!verifier.hasPart(given, e.key)) return fail(`this problem has no part "${e.key}"`, e.keyPos);
    // `dW1: 4`, or `dW1: { points: 4, tolerance: { decimals: 4 } }` (its own tolerance).
    const pointsNode = e.value.kind === 'map' ? get(e.value, 'points')! : e.value;
    const points = Number((pointsNode as { value: unknown }).value);
    if (!(Number.isFinite(points) && points > 0 && points <= MAX_PART_POINTS)) return fail(`points must be a number above 0 and at most ${MAX_PART_POINTS}`, pointsNode.pos);
    total += points;
    const partTol = get(e.value, 'tolerance');
    parts.push({ id: e.key, points, pos: e.keyPos, ...(partTol ? { tolerance: toleranceOf(partTol) } : {}) });
  }
  if (total > MAX_PROBLEM_POINTS) return fail(`the parts total ${total} points, more than ${MAX_PROBLEM_POINTS}`, partsNode.pos);
  const rubricNode = get(map, 'rubric');
  const rubric = rubricNode ? readRubric(rubricNode, parts.map((p) => p.id), { kinds: [kind], codes: verifier.diagnoses, ofPart: (part) => verifier.partDiagnoses?.(given, part) }) : undefined;
  if (rubric?.issues.length) return { errors: rubric.issues.map((i) => finding('problem.invalid', { reason: i.message }, { file, pos: i.pos })) };
  const titleNode = get(map, 'title');
  const hash = createHash('sha256')
    .update(JSON.stringify([ENGINE_VERSION, kind, toPlainExact(givenNode), verifier.cacheSalt?.() ?? '']))
    .digest('hex');
  const statementNode = get(map, 'statement');
  const problem: Problem = { id, kind, file, given, parts, tolerance, hash, title: titleNode ? String((titleNode as { value: unknown }).value) : undefined, ...(statementNode?.kind === 'scalar' ? { statement: renderStatement(String(statementNode.value), new Map(), map) } : {}), ...(rubric ? { rubric: rubric.rubric } : {}) };
  return { problem, verifier, idPos: map.index.get('id')!.keyPos };
}

/** A tolerance as written; `sigfigs` or `decimals` replace the relative and absolute ones. */
function toleranceOf(node: PNode | undefined): Tolerance {
  const t = node ? (toPlain(node) as Partial<Tolerance>) : {};
  return { ...DEFAULT_TOLERANCE, ...t };
}

/** `given` as written (numbers by their source text, so 0.1 and 0.10000000000000001 differ). */
function toPlainExact(node: PNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.quoted ? ['s', String(node.value)] : node.source;
    case 'seq':
      return node.items.map(toPlainExact);
    case 'map':
      return node.entries.map((e) => [e.key, toPlainExact(e.value)]);
  }
}
