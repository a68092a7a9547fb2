// Reading untrusted YAML: size cap before parsing, syntax errors with positions, duplicate keys
// found with a Set (yaml's own uniqueKeys check is quadratic), aliases expanded under a budget
// so an alias bomb costs microseconds, not gigabytes.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Node as YNode, Document, Scalar as YScalar } from 'yaml';

/** The yaml library is loaded on first use: the fast path reads almost every file without it. */
let Y: typeof import('yaml') | undefined;
const yamlLib = () => (Y ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
import type { PNode, PMapEntry, Pos } from './pnode.js';
import { parseFastOr } from './fast-yaml.js';
import { findTooDeep } from './depth.js';

export const LIMITS = {
  /** Bytes per file: a 10 MB "matrix" is refused before the parser sees it. */
  maxFileBytes: 1 << 20,
  /** Aliases in one file: real coursework uses a handful. */
  maxAliases: 100,
  /** Nodes after expanding aliases. */
  maxNodes: 200_000,
  maxDepth: 64,
  /**
   * Files above this size are read by the fast path only: the yaml library reads ~1.4 MB/s, so
   * a 1 MB file with one alias took 2 s. In them aliases, anchors and tags are refused, and a
   * syntax error is reported as js-yaml words it.
   */
  maxYamlLibBytes: 128 * 1024,
};

export class LoadError extends Error {
  constructor(
    message: string,
    readonly pos: Pos = { line: 1, column: 1 },
  ) {
    super(message);
  }
}

export interface LoadedYaml {
  file: string;
  root: PNode;
  /** First comment of the file, e.g. the yaml-language-server schema line (unused by grading). */
}

export function loadYamlFile(file: string): LoadedYaml {
  return loadYamlText(readYamlText(file), file);
}

/**
 * The file's text, refused (LoadError) when it cannot be read, is not a regular file, or is over
 * the size limit. Opened without blocking (a FIFO would otherwise wait for a writer for ever)
 * and checked with fstat before reading (a device such as /dev/zero is not read at all); read
 * into one buffer, at most the limit and a byte, so a huge file costs no more than a small one.
 */
export function readYamlText(file: string, maxBytes: number = LIMITS.maxFileBytes): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw cannotRead(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new LoadError(`cannot read the file: it is ${fileType(st)}, not a regular file`);
    // A larger limit (a notebook's, see submission-text.ts) reads into a buffer of the file's size.
    const buf = maxBytes === LIMITS.maxFileBytes ? (readBuffer ??= Buffer.allocUnsafe(LIMITS.maxFileBytes + 1)) : Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    for (let n = -1; got < buf.length && n !== 0; got += n) n = readSync(fd, buf, got, buf.length - got, null);
    if (got > maxBytes) {
      throw new LoadError(`the file is ${Math.max(st.size, got).toLocaleString('en-US')} bytes, over the limit of ${formatBytes(maxBytes)} (${maxBytes.toLocaleString('en-US')} bytes); nothing in it was read`);
    }
    return buf.toString('utf8', 0, got);
  } catch (e) {
    throw e instanceof LoadError ? e : cannotRead(e); // a read error
  } finally {
    closeSync(fd);
  }
}

function cannotRead(e: unknown): LoadError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ELOOP' ? 'a symbolic link loop' : code === 'ENOENT' ? 'no such file (a dangling symbolic link?)' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : undefined;
  return new LoadError(`cannot read the file: ${why ? `${why} (${code})` : (code ?? (e as Error).message)}`);
}

function fileType(st: import('node:fs').Stats): string {
  return st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a named pipe (FIFO)' : st.isCharacterDevice() ? 'a character device' : st.isBlockDevice() ? 'a block device' : st.isSocket() ? 'a socket' : 'not a regular file';
}
let readBuffer: Buffer | undefined;

export function loadYamlText(text: string, file = '<input>'): LoadedYaml {
  if (text.length > LIMITS.maxFileBytes) throw new LoadError(`the text is over the ${formatBytes(LIMITS.maxFileBytes)} limit`);
  const deep = findTooDeep(text, LIMITS.maxDepth);
  if (deep) throw new LoadError(`nested more than ${LIMITS.maxDepth} levels deep`, deep.pos);
  const fast = parseFastOr(text, LIMITS);
  if (!('why' in fast)) return { file, root: fast };
  if (text.length > LIMITS.maxYamlLibBytes && fast.why === 'error') throw new LoadError(`not readable YAML: ${fast.reason}`, fast.pos);
  if (text.length > LIMITS.maxYamlLibBytes && fast.why === 'special') {
    throw new LoadError(`aliases (*), anchors (&) and tags (!) are read only in files up to ${formatBytes(LIMITS.maxYamlLibBytes)}; this one is ${formatBytes(text.length)}`, fast.pos);
  }
  return loadWithYaml(text, file);
}

/** The reference reader (the `yaml` library): every error and edge case goes through here. */
export function loadWithYaml(text: string, file = '<input>'): LoadedYaml {
  const { LineCounter, parseDocument } = yamlLib();
  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false, strict: true, intAsBigInt: false });
  } catch (e) {
    // The library recurses per level even while recovering from errors; the depth scan catches
    // what it can see, and anything deeper still is refused here, never a crash.
    if (e instanceof RangeError) throw new LoadError(`nested more than ${LIMITS.maxDepth} levels deep`);
    throw e;
  }
  const posOf = (offset: number | undefined): Pos => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new LoadError(`not readable YAML: ${firstLine(err.message)}`, posOf(err.pos[0]));
  }
  if (doc.contents === null) throw new LoadError('the file is empty');
  const conv = new Converter(doc, posOf);
  return { file, root: conv.convert(doc.contents as YNode, 0) };
}

class Converter {
  private nodes = 0;
  private aliases = 0;
  /** Anchors by name, in document order: found in one pass when the first alias is met. */
  private anchors: Map<string, { at: number; node: YNode }[]> | undefined;
  constructor(
    private doc: Document,
    private posOf: (o: number | undefined) => Pos,
  ) {}

  /**
   * The node an alias names: the last anchor of that name before it. The yaml library's own
   * Alias.resolve walks the whole document for every alias (100 aliases next to a 100,000-entry
   * list took 2 s); this walks it once.
   */
  private anchorBefore(name: string, offset: number): YNode | undefined {
    if (!this.anchors) {
      const anchors = new Map<string, { at: number; node: YNode }[]>();
      yamlLib().visit(this.doc, (_key, n) => {
        const a = (n as { anchor?: string } | null)?.anchor;
        if (a) anchors.set(a, [...(anchors.get(a) ?? []), { at: (n as YNode).range?.[0] ?? 0, node: n as YNode }]);
      });
      this.anchors = anchors;
    }
    let found: YNode | undefined;
    for (const a of this.anchors.get(name) ?? []) if (a.at < offset) found = a.node;
    return found;
  }

  convert(node: YNode, depth: number): PNode {
    const { isAlias, isMap, isScalar, isSeq, Scalar } = yamlLib();
    const pos = this.posOf(node.range?.[0]);
    if (++this.nodes > LIMITS.maxNodes) throw new LoadError(`more than ${LIMITS.maxNodes} values (after expanding aliases)`, pos);
    if (depth > LIMITS.maxDepth) throw new LoadError(`nested more than ${LIMITS.maxDepth} levels deep`, pos);
    if (isAlias(node)) {
      if (++this.aliases > LIMITS.maxAliases) throw new LoadError(`more than ${LIMITS.maxAliases} aliases: refused (alias bomb?)`, pos);
      const target = this.anchorBefore(node.source, node.range?.[0] ?? 0);
      if (!target) throw new LoadError(`unknown alias *${node.source}`, pos);
      return this.convert(target as YNode, depth + 1);
    }
    if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) throw new LoadError(`the YAML tag ${shortTag(node.tag)} is not allowed: write plain values`, pos);
    if (isScalar(node)) {
      const s = node as YScalar & { source?: string };
      // A tag the core schema resolves (!!int, !!str…) gives a plain value; anything else is refused above.
      if (s.value !== null && !PLAIN_TYPES.has(typeof s.value)) throw new LoadError('this value is not a plain string, number or boolean', pos);
      const quoted = s.type !== undefined && s.type !== Scalar.PLAIN;
      return { kind: 'scalar', pos, value: s.value as never, source: typeof s.source === 'string' ? s.source : String(s.value), quoted };
    }
    if (isSeq(node)) {
      return { kind: 'seq', pos, items: node.items.map((it) => this.convert(it as YNode, depth + 1)) };
    }
    if (isMap(node)) {
      const entries: PMapEntry[] = [];
      const index = new Map<string, PMapEntry>();
      for (const pair of node.items) {
        const k = pair.key as YNode | null;
        const keyPos = this.posOf(k?.range?.[0] ?? node.range?.[0]);
        if (!k || !isScalar(k)) throw new LoadError('a key must be a plain name or number', keyPos);
        const key = String(k.value);
        if (index.has(key)) throw new LoadError(`the key "${key}" appears twice (first at line ${index.get(key)!.keyPos.line})`, keyPos);
        const written = pair.value && !(isScalar(pair.value) && pair.value.value === null && !(pair.value as { source?: string }).source);
        const value: PNode = written
          ? this.convert(pair.value as YNode, depth + 1)
          : { kind: 'scalar', pos: keyPos, value: null, source: '', quoted: false };
        const entry = { key, keyPos, value };
        entries.push(entry);
        index.set(key, entry);
      }
      return { kind: 'map', pos, entries, index };
    }
    throw new LoadError('unsupported YAML node', pos);
  }
}

/** The core schema's tags: what a YAML number, string, list or mapping is anyway. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));
const PLAIN_TYPES = new Set(['string', 'number', 'boolean', 'bigint']);
const shortTag = (tag: string) => (tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice(18)}` : tag.startsWith('!') ? tag : `!<${tag}>`);

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} B`;
}
