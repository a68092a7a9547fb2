// PNode: a YAML document as plain data that remembers where every value was written.
// Everything downstream (schema errors, answer parsing, findings) points at FILE:LINE:COLUMN
// through these positions.
export interface Pos {
  line: number;
  column: number;
}

export type PNode = PScalar | PSeq | PMap;

export interface PScalar {
  kind: 'scalar';
  pos: Pos;
  value: string | number | boolean | null | bigint;
  /** The text as written (a YAML number keeps its digits: 0.1 is read exactly as 1/10). */
  source: string;
  /** True for quoted or block strings: "1/6" is text, 0.5 is a number. */
  quoted: boolean;
}

export interface PSeq {
  kind: 'seq';
  pos: Pos;
  items: PNode[];
}

export interface PMapEntry {
  key: string;
  keyPos: Pos;
  value: PNode;
}

export interface PMap {
  kind: 'map';
  pos: Pos;
  entries: PMapEntry[];
  index: Map<string, PMapEntry>;
}

export function get(node: PNode | undefined, key: string): PNode | undefined {
  return node?.kind === 'map' ? node.index.get(key)?.value : undefined;
}

/** The node at a JSON-pointer-like path, or the deepest ancestor that exists. */
export function nodeAt(root: PNode, path: readonly (string | number)[]): { node: PNode; keyPos?: Pos } {
  let node = root;
  let keyPos: Pos | undefined;
  for (const seg of path) {
    if (node.kind === 'map') {
      const e = node.index.get(String(seg));
      if (!e) break;
      node = e.value;
      keyPos = e.keyPos;
    } else if (node.kind === 'seq') {
      const item = node.items[Number(seg)];
      if (!item) break;
      node = item;
      keyPos = undefined;
    } else break;
  }
  return { node, keyPos };
}

/** Plain JS for the schema validator. */
export function toPlain(node: PNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'bigint' ? Number(node.value) : node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) out[e.key] = toPlain(e.value);
      return out;
    }
  }
}
