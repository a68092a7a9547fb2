// Reading answer values from YAML nodes: numbers, exact expressions, vectors, matrices.
// Never scores: it returns values with their positions, or an AnswerError with a code.
import type { PNode, Pos } from '../load/pnode.js';
import { Num, NumError } from '../numbers/num.js';
import { evaluateArithmetic, ExprError } from '../numbers/expr.js';
import { markWrittenAs, readWritten } from '../numbers/written.js';
import { isRoundedFigure } from '../numbers/notation.js';

export const MAX_ENTRIES = 10_000;

export class AnswerError extends Error {
  constructor(
    readonly code: 'answer.invalid' | 'answer.wrong-shape',
    message: string,
    readonly pos: Pos,
    readonly shape?: { got: string; expected: string },
  ) {
    super(message);
  }
}

export interface Entry {
  value: Num;
  pos: Pos;
  /** The text as written, for messages ("0.431", "1/6"). */
  text: string;
}

const DECIMAL_SOURCE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function readScalar(node: PNode): Entry {
  if (node.kind !== 'scalar') throw new AnswerError('answer.invalid', `expected a number, found a ${node.kind === 'seq' ? 'list' : 'mapping'}`, node.pos);
  const v = node.value;
  try {
    if (typeof v === 'number' || typeof v === 'bigint') {
      if (typeof v === 'number' && !Number.isFinite(v)) throw new AnswerError('answer.invalid', `${node.source} is not a finite number`, node.pos);
      if (DECIMAL_SOURCE.test(node.source)) {
        // A YAML number keeps its digits: 1.77e-3 is 3 figures, 1.000e4 four (a rounded figure, as "1.000e4" is).
        const value = Num.parseDecimal(node.source);
        const written = readWritten(node.source)!;
        return { value: markWrittenAs(value.withExact(!isRoundedFigure(value, written)), written), pos: node.pos, text: node.source };
      }
      if (typeof v === 'bigint' || Number.isSafeInteger(v)) return { value: Num.int(v), pos: node.pos, text: node.source };
      throw new AnswerError('answer.invalid', `write ${node.source} as a plain decimal number`, node.pos);
    }
    if (typeof v === 'string') {
      const { value } = evaluateArithmetic(v);
      return { value, pos: node.pos, text: v.trim() };
    }
  } catch (e) {
    if (e instanceof ExprError || e instanceof NumError) throw new AnswerError('answer.invalid', e.message, node.pos);
    throw e;
  }
  throw new AnswerError('answer.invalid', v === null ? 'no value is given' : `expected a number, found ${String(v)}`, node.pos);
}

function seqItems(node: PNode, what: string): PNode[] {
  if (node.kind !== 'seq') throw new AnswerError('answer.invalid', `expected ${what}, found ${node.kind === 'map' ? 'a mapping' : 'a single value'}`, node.pos);
  if (node.items.length > MAX_ENTRIES) throw new AnswerError('answer.invalid', `the list has ${node.items.length} entries, over the limit of ${MAX_ENTRIES}`, node.pos);
  return node.items;
}

export function readVector(node: PNode): Entry[] {
  return seqItems(node, 'a list of numbers').map(readScalar);
}

/** A matrix as a list of rows. A flat list is read as one row (a single-row gradient). */
export function readMatrix(node: PNode): Entry[][] {
  const items = seqItems(node, 'a matrix (a list of rows)');
  if (items.length > 0 && items.every((it) => it.kind === 'scalar')) return [items.map(readScalar)];
  let total = 0;
  const rows = items.map((row) => {
    const r = seqItems(row, 'a row (a list of numbers)');
    total += r.length;
    if (total > MAX_ENTRIES) throw new AnswerError('answer.invalid', `the matrix has more than ${MAX_ENTRIES} entries`, node.pos);
    return r.map(readScalar);
  });
  const widths = new Set(rows.map((r) => r.length));
  if (widths.size > 1) {
    const bad = rows.findIndex((r) => r.length !== rows[0].length);
    throw new AnswerError('answer.wrong-shape', `row ${bad + 1} has ${rows[bad].length} entries, row 1 has ${rows[0].length}`, items[bad].pos, {
      got: 'ragged',
      expected: `${rows.length}×${rows[0].length}`,
    });
  }
  return rows;
}

export function shapeOf(rows: readonly unknown[][]): string {
  return `${rows.length}×${rows[0]?.length ?? 0}`;
}
