// Loading a submission: YAML → schema → the answers block, with positions. An unreadable
// submission becomes an `invalid` result with its errors; it never stops the batch.
//
// Two ways in, same result: a file in the plain layout is cut into blocks (load/blocks.ts) and
// each problem's block is read only if its text has not been graded before; any other file,
// and any file whose blocks do not read cleanly on their own, is read whole.
import { finding } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { splitBlocks } from '../load/blocks.js';
import { parseFast } from '../load/fast-yaml.js';
import { get, type PMap, type PMapEntry, type PNode, type Pos } from '../load/pnode.js';
import { validateSubmissionShape } from '../load/validate.js';
import { LIMITS, LoadError, loadYamlText } from '../load/yaml.js';
import { idText } from '../read/ids.js';
import { readSubmissionText } from '../load/submission-text.js';

export interface ProblemAnswers {
  id: string;
  keyPos: Pos;
  /** null when the answers are not a mapping of parts (then every part is invalid). */
  parts: PMap | null;
  node: PNode;
}

/** One problem's answers: read with the whole file, or its block's text, read when needed. */
export type AnswerSource = { id: string; keyPos: Pos } & ({ answers: ProblemAnswers } | { text: string });

export interface LoadedSubmission {
  file: string;
  /** The file's text, as read (to read it whole if a block does not read on its own). */
  text: string;
  student: string;
  /** The assignment it names (`assignment: ID`), if it names one. */
  assignment?: { id: string; pos: Pos };
  /** Where `answers:` is: a problem the submission does not answer is reported there. */
  answersPos: Pos;
  answers: AnswerSource[];
}

/** Read whole: every problem's answers as a tree with the file's positions (for `validate`). */
export interface WholeSubmission extends LoadedSubmission {
  answers: ({ id: string; keyPos: Pos } & { answers: ProblemAnswers })[];
}

export interface InvalidSubmission {
  file: string;
  student: string | null;
  errors: Finding[];
}

export type SubmissionLoad = LoadedSubmission | InvalidSubmission;

/** Blocks are used for files up to this size: below it no file can reach the node limit, so both ways refuse the same files. */
const BLOCKS_UP_TO = 64 * 1024;

export function loadSubmission(file: string, text: string | undefined, way: 'whole'): WholeSubmission | InvalidSubmission;
export function loadSubmission(file: string, text?: string, way?: 'blocks'): SubmissionLoad;
export function loadSubmission(file: string, text?: string, way: 'blocks' | 'whole' = 'blocks'): SubmissionLoad {
  try {
    text ??= readSubmissionText(file);
  } catch (e) {
    if (e instanceof LoadError) return invalid(file, null, [{ message: e.message, pos: e.pos }]);
    throw e;
  }
  return (way === 'blocks' && text.length <= BLOCKS_UP_TO ? loadByBlocks(file, text) : null) ?? loadWhole(file, text);
}

export function loadWhole(file: string, text: string): WholeSubmission | InvalidSubmission {
  let root: PNode;
  try {
    root = loadYamlText(text, file).root;
  } catch (e) {
    if (e instanceof LoadError) return invalid(file, null, [{ message: e.message, pos: e.pos }]);
    throw e;
  }
  return fromRoot(file, text, root);
}

/** A submission read from its tree (a whole file's, or a report's blocks put together). */
export function fromRoot(file: string, text: string, root: PNode): WholeSubmission | InvalidSubmission {
  const issues = validateSubmissionShape(root);
  const student = studentOf(root);
  if (issues.length) return invalid(file, student, issues);
  const answersNode = get(root, 'answers') as PMap;
  return {
    file,
    text,
    student: student!,
    ...assignmentOf(root),
    answersPos: (root as PMap).index.get('answers')!.keyPos,
    answers: answersNode.entries.map((e) => ({ id: e.key, keyPos: e.keyPos, answers: { id: e.key, keyPos: e.keyPos, parts: e.value.kind === 'map' ? e.value : null, node: e.value } })),
  };
}

/**
 * The top-level keys read block by block, `answers` taken as a mapping of the problems found;
 * null (read the whole file) when a block does not read cleanly or the schema objects: the
 * whole-file reader then reports exactly what is wrong, where.
 */
function loadByBlocks(file: string, text: string): LoadedSubmission | null {
  const blocks = splitBlocks(text);
  if (!blocks) return null;
  const entries: PMapEntry[] = [];
  let assignmentLine = 1;
  for (const b of blocks.top) {
    const entry = onlyEntry(parseFast(b.text, LIMITS), b.key, 1);
    if (!entry) return null;
    entries.push(entry);
    if (b.key === 'assignment') assignmentLine = b.line;
  }
  const answersPos = { line: blocks.answersLine, column: 1 };
  entries.push({ key: 'answers', keyPos: answersPos, value: { kind: 'map', pos: answersPos, entries: [], index: new Map() } });
  const root: PNode = { kind: 'map', pos: { line: 1, column: 1 }, entries, index: new Map(entries.map((e) => [e.key, e])) };
  const student = studentOf(root);
  if (student === null || validateSubmissionShape(root).length > 0) return null;
  // A block's positions count from its own first line; the assignment's is told in the file's.
  const named = assignmentOf(root).assignment;
  const assignment = named && { assignment: { id: named.id, pos: { line: named.pos.line + assignmentLine - 1, column: named.pos.column } } };
  return { file, text, student, ...assignment, answersPos, answers: blocks.problems.map((p) => ({ id: p.key, keyPos: { line: p.line, column: p.column }, text: p.text })) };
}

/**
 * A problem's block read on its own: positions count from its key's line (line 1). Null when it
 * does not read cleanly alone (then the whole file is read).
 */
export function readBlock(text: string, id: string, column: number): ProblemAnswers | null {
  // One level shallower than in the file (no `answers:` above it), so the depth limit is too.
  const entry = onlyEntry(parseFast(text, { ...LIMITS, maxDepth: LIMITS.maxDepth - 1 }), id, column);
  if (!entry) return null;
  return { id, keyPos: entry.keyPos, parts: entry.value.kind === 'map' ? entry.value : null, node: entry.value };
}

/** The one entry of a block's mapping, if the block read as exactly the key the split found. */
function onlyEntry(root: PNode | null, key: string, column: number): PMapEntry | null {
  if (root?.kind !== 'map' || root.entries.length !== 1) return null;
  const e = root.entries[0];
  return e.key === key && e.keyPos.line === 1 && e.keyPos.column === column ? e : null;
}

function studentOf(root: PNode): string | null {
  return idText(get(root, 'student'));
}

function assignmentOf(root: PNode): { assignment?: { id: string; pos: Pos } } {
  const node = get(root, 'assignment');
  const id = idText(node);
  return id !== null ? { assignment: { id, pos: node!.pos } } : {};
}

function invalid(file: string, student: string | null, issues: { message: string; pos: Pos }[]): InvalidSubmission {
  return { file, student, errors: issues.map((i) => finding('submission.invalid', { reason: i.message }, { file, pos: i.pos })) };
}
