// Ids are strings, always. A YAML scalar like `student: 00123` or a 20-digit number is read by
// YAML as a number (123; two 20-digit ids round to the same double): an id is the text as the
// student wrote it, never the number YAML made of it.
import type { PNode } from '../load/pnode.js';

/** The id a scalar node holds: a string as read, anything else (number, boolean) as written in the source. */
export function idText(node: PNode | undefined): string | null {
  if (node?.kind !== 'scalar' || node.value === null) return null;
  return typeof node.value === 'string' ? node.value : node.source;
}
