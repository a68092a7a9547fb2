// The nesting limit, enforced on the text before any parser recurses. Both YAML readers descend
// one stack frame per level: 1 MB of `[` took 22 s and 1 GB to refuse, and overflowed the stack
// at a depth that depends on the thread (so the same file was reported at different columns
// with and without worker threads). This scan is linear and never recurses.
//
// It counts a lower bound of the depth of every collection: each flow bracket (outside quotes
// and comments) exactly, and in block context a new level only where a line or a compact `- `
// opens one to the right of the enclosing collection. A file it lets through is at most about
// twice as deep as its limit (a block list written at its key's indentation is not counted), a
// depth both readers handle in microseconds; the reader's own check then refuses it at the node.
import type { Pos } from './pnode.js';

export interface TooDeep {
  pos: Pos;
}

/**
 * The place of the first collection nested deeper than `maxDepth` levels (the top collection is
 * level 0, as the reader counts), or null when the text is shallow enough to parse.
 */
export function findTooDeep(text: string, maxDepth: number): TooDeep | null {
  const block: number[] = []; // columns of the open block collections, increasing
  let flow = 0;
  let quote: '"' | "'" | null = null;
  let scalarAbove: number | null = null; // lines indented past this belong to a block scalar
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const line = text.slice(start, end);
    start = end + 1;
    let i = 0;
    const tooDeep = (depth: number, col: number) => (depth > maxDepth ? { pos: { line: lineNo, column: col + 1 } } : null);
    if (flow === 0 && quote === null) {
      while (i < line.length && line[i] === ' ') i++;
      const blank = i >= line.length || line[i] === '#' || line[i] === '\r';
      if (scalarAbove !== null) {
        if (blank || i > scalarAbove) continue;
        scalarAbove = null;
      }
      if (blank) continue;
      if (line.startsWith('---') || line.startsWith('...')) {
        block.length = 0;
        continue;
      }
      const indent = i;
      while (block.length && block[block.length - 1] > indent) block.pop();
      const open = (col: number) => {
        if (block.length && block[block.length - 1] >= col) return null;
        const deep = tooDeep(block.length, col);
        block.push(col);
        return deep;
      };
      // `- ` items, several on a line in the compact form (`- - - x`).
      while (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\r')) {
        const deep = open(i);
        if (deep) return deep;
        i++;
        while (line[i] === ' ') i++;
      }
      // A key on this line opens a mapping at its column; its value follows the `: `.
      const colon = keyEnd(line, i);
      if (colon >= 0) {
        const deep = open(i);
        if (deep) return deep;
        i = colon + 1;
        while (line[i] === ' ') i++;
      }
      const c = line[i];
      if (c === '|' || c === '>') {
        scalarAbove = indent;
        continue;
      }
      if (c === '"' || c === "'") (quote = c), i++;
      else if (c !== '[' && c !== '{') continue; // a plain scalar: no collection in it
    }
    if (flow > 0 && quote === null) {
      // Inside a flow collection a line of `- - - …` is not YAML, but the yaml library's error
      // recovery still descends one block sequence per dash: counted like nesting.
      let j = 0, dashes = 0;
      while (line[j] === ' ') j++;
      while (line[j] === '-' && (j + 1 >= line.length || line[j + 1] === ' ')) {
        const deep = tooDeep(block.length + flow + dashes++, j);
        if (deep) return deep;
        j++;
        while (line[j] === ' ') j++;
      }
    }
    for (; i < line.length; i++) {
      const c = line[i];
      if (quote !== null) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = null;
        }
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) break;
      else if (c === '[' || c === '{') {
        const deep = tooDeep(block.length + flow, i);
        if (deep) return deep;
        flow++;
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
      if (flow === 0 && quote === null) break; // the rest of the line follows a closed value
    }
  }
  return null;
}

/** The index of the `:` that ends a plain or quoted key starting at `i`, or -1. */
function keyEnd(line: string, i: number): number {
  let j = i;
  const q = line[j];
  if (q === '"' || q === "'") {
    for (j++; j < line.length && line[j] !== q; j++) if (q === '"' && line[j] === '\\') j++;
    j++;
  } else if (q === '[' || q === '{' || q === '#' || q === undefined) return -1;
  for (; j < line.length; j++) {
    const c = line[j];
    if (c === ':' && (j + 1 >= line.length || line[j + 1] === ' ' || line[j + 1] === '\r' || line[j + 1] === '\t')) return j;
    if (c === '#' && (line[j - 1] === ' ' || line[j - 1] === '\t')) return -1;
  }
  return -1;
}
