// Templated problems: a problem with `params` is a template; each student's variant is the problem
// with the params drawn for them (seed.ts) substituted into `given`, kept only if it meets
// `require:` (the kind's named conditions and comparisons over params), drawn again if not, up to
// MAX_TRIES times. A variant is an ordinary problem: loaded, validated, solved and graded as one.
import { get, type PMap, type PMapEntry, type PNode, type Pos } from '../load/pnode.js';
import { ProblemError, type Verifier } from '../kinds/types.js';
import { Num } from '../numbers/num.js';
import { drawParams, evaluate, readParamSpecs, type ParamSpec, type Params, type ParamValue } from './params.js';
import { VariantStream, type VariantKey } from './seed.js';

/** Draws per variant before a template is called impossible. */
export const MAX_TRIES = 200;

export interface Requirement {
  pos: Pos;
  /** A kind's named condition, or a comparison over params. */
  named?: string;
  compare?: { left: string; op: string; right: string };
  text: string;
}

export interface ProblemTemplate {
  id: string;
  file: string;
  specs: ParamSpec[];
  require: Requirement[];
  statement?: string;
  /** The problem document with its placeholders, less params, require and statement. */
  root: PMap;
}

const TEMPLATE_KEYS = new Set(['params', 'require', 'statement']);
const COMPARE = /^(.+?)\s*(==|!=|<=|>=|<|>)\s*(.+)$/;

export function isTemplate(root: PNode): boolean {
  return root.kind === 'map' && root.index.has('params');
}

export function readTemplate(file: string, root: PMap, verifier: Verifier | undefined, earlier: readonly string[] = []): ProblemTemplate {
  const id = String((get(root, 'id') as { value?: unknown } | undefined)?.value ?? '');
  const specs = readParamSpecs(get(root, 'params')!, earlier);
  const reqNode = get(root, 'require');
  const require: Requirement[] = [];
  if (reqNode) {
    if (reqNode.kind !== 'seq') throw new ProblemError('require: a list of conditions', reqNode.pos);
    for (const item of reqNode.items) {
      const text = item.kind === 'scalar' ? String(item.value) : '';
      if (verifier?.conditions && Object.hasOwn(verifier.conditions, text)) require.push({ pos: item.pos, named: text, text });
      else {
        const m = COMPARE.exec(text);
        if (!m) {
          const known = Object.keys(verifier?.conditions ?? {});
          throw new ProblemError(`require: "${text}" is neither a condition of this kind${known.length ? ` (${known.join(', ')})` : ''} nor a comparison such as "a != b"`, item.pos);
        }
        require.push({ pos: item.pos, compare: { left: m[1], op: m[2], right: m[3] }, text });
      }
    }
  }
  const st = get(root, 'statement');
  if (st && (st.kind !== 'scalar' || typeof st.value !== 'string')) throw new ProblemError('statement: Markdown text', st.pos);
  const entries = root.entries.filter((e) => !TEMPLATE_KEYS.has(e.key));
  return { id, file, specs, require, statement: st ? String((st as { value: unknown }).value) : undefined, root: { ...root, entries, index: new Map(entries.map((e) => [e.key, e])) } };
}

/** The problem document with the params substituted: `${expr}` alone in a scalar becomes its value (a number, or a whole matrix); inside text, its text. */
export function instantiate(t: ProblemTemplate, params: Params): PMap {
  return substitute(t.root, params) as PMap;
}

const PLACEHOLDER = /\$\{([^}]{1,200})\}/g;

function substitute(node: PNode, params: Params): PNode {
  switch (node.kind) {
    case 'map': {
      const entries: PMapEntry[] = node.entries.map((e) => ({ ...e, value: substitute(e.value, params) }));
      return { ...node, entries, index: new Map(entries.map((e) => [e.key, e])) };
    }
    case 'seq':
      return { ...node, items: node.items.map((i) => substitute(i, params)) };
    case 'scalar': {
      if (typeof node.value !== 'string' || !node.value.includes('${')) return node;
      const whole = /^\$\{([^}]{1,200})\}$/.exec(node.value.trim());
      if (whole) return toNode(valueOf(whole[1], params, node.pos), node.pos);
      return { ...node, value: node.value.replace(PLACEHOLDER, (_, e: string) => textOf(valueOf(e, params, node.pos))), quoted: true };
    }
  }
}

/** `${a}` is the param itself (a matrix, a choice); anything else is arithmetic over params. */
function valueOf(expr: string, params: Params, pos: Pos): ParamValue {
  const name = expr.trim();
  if (params.has(name)) return params.get(name)!;
  return evaluate(name, params, pos, `\${${name}}`);
}

/** A number as given data reads it: a terminating decimal as a YAML number (0.25), else exact text ("1/6"). */
export function numText(v: Num): string {
  const t = v.toExact();
  const m = /^(-?)(\d+)\/(\d+)$/.exec(t);
  if (!m) return t;
  // n/d terminates when d = 2^a·5^b: then it has max(a, b) decimals.
  let d = BigInt(m[3]), twos = 0, fives = 0;
  while (d % 2n === 0n) (d /= 2n), twos++;
  while (d % 5n === 0n) (d /= 5n), fives++;
  if (d !== 1n) return t;
  const places = Math.max(twos, fives);
  const digits = ((BigInt(m[2]) * 10n ** BigInt(places)) / BigInt(m[3])).toString().padStart(places + 1, '0');
  return `${m[1]}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

export function textOf(v: ParamValue): string {
  if (v instanceof Num) return numText(v);
  if (Array.isArray(v)) return `[${v.map(textOf).join(', ')}]`;
  return v;
}

function toNode(v: ParamValue, pos: Pos): PNode {
  if (Array.isArray(v)) return { kind: 'seq', pos, items: v.map((x) => toNode(x, pos)) };
  if (v instanceof Num) {
    const t = numText(v);
    return /^-?\d+(\.\d+)?$/.test(t) ? { kind: 'scalar', pos, value: Number(t), source: t, quoted: false } : { kind: 'scalar', pos, value: t, source: JSON.stringify(t), quoted: true };
  }
  return { kind: 'scalar', pos, value: v, source: v, quoted: false };
}

/** Whether the params meet the comparisons of `require` (the named conditions need the reference: see variant.ts). */
export function comparisonsHold(t: ProblemTemplate, params: Params): boolean {
  for (const r of t.require) {
    if (!r.compare) continue;
    const a = evaluate(r.compare.left, params, r.pos, 'require');
    const b = evaluate(r.compare.right, params, r.pos, 'require');
    const c = a.cmp(b);
    const ok = { '==': c === 0, '!=': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[r.compare.op];
    if (!ok) return false;
  }
  return true;
}

/** The params of one draw of a variant (attempt k of MAX_TRIES). */
export function drawAttempt(t: ProblemTemplate, secret: string, key: VariantKey, attempt: number, shared: Params, pinned: Params): Params {
  return drawParams(t.specs, VariantStream.of(secret, key, attempt), shared, pinned);
}

/** The statement with `${...}` filled in; `${given.<name>}` shows that given value (a matrix as a table when alone on its line). */
export function renderStatement(text: string, params: Params, given: PMap): string {
  return text
    .split('\n')
    .map((line) => {
      const alone = /^\s*\$\{given\.([A-Za-z0-9_.-]+)\}\s*$/.exec(line);
      if (alone) {
        const v = givenAt(given, alone[1]);
        if (v && isMatrix(v)) return `\n${table(v)}\n`; // a table needs blank lines around it
      }
      return line.replace(PLACEHOLDER, (_, expr: string) => {
        const e = expr.trim();
        if (e.startsWith('given.')) {
          const v = givenAt(given, e.slice(6));
          return v ? inline(v) : `\${${e}}`;
        }
        try {
          return textOf(valueOf(e, params, { line: 1, column: 1 }));
        } catch {
          return `\${${e}}`;
        }
      });
    })
    .join('\n');
}

function givenAt(given: PMap, path: string): PNode | undefined {
  let node: PNode | undefined = get(given, 'given');
  for (const seg of path.split('.')) node = node?.kind === 'map' ? get(node, seg) : node?.kind === 'seq' ? node.items[Number(seg)] : undefined;
  return node;
}

const isMatrix = (n: PNode): n is PNode & { kind: 'seq' } => n.kind === 'seq' && n.items.length > 0 && n.items.every((r) => r.kind === 'seq' && r.items.every((x) => x.kind === 'scalar'));
const cell = (x: PNode) => (x.kind === 'scalar' ? String(x.value) : inline(x));
function inline(n: PNode): string {
  if (n.kind === 'scalar') return String(n.value);
  if (n.kind === 'seq') return `[${n.items.map(inline).join(', ')}]`;
  return `{${n.entries.map((e) => `${e.key}: ${inline(e.value)}`).join(', ')}}`;
}
function table(m: PNode & { kind: 'seq' }): string {
  const rows = m.items.map((r) => (r as PNode & { kind: 'seq' }).items.map(cell));
  const cols = Math.max(...rows.map((r) => r.length));
  const head = Array.from({ length: cols }, (_, j) => ` ${j + 1} `);
  return [`|   |${head.join('|')}|`, `| --- |${head.map(() => ' ---: ').join('|')}|`, ...rows.map((r, i) => `| **${i + 1}** |${r.map((x) => ` ${x} `).join('|')}|`)].join('\n');
}
