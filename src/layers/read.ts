// Reading layer lists (a problem's given layers, or a submission's design with its claims).
import { AnswerError } from '../answers/values.js';
import type { PMap, PNode, Pos } from '../load/pnode.js';
import { readSequenceSettings } from './read-sequence.js';
import { SEQUENCE_ALIAS, SEQUENCE_KEYS } from './sequence-types.js';
import { LAYER_TYPES, type ClaimedLayer, type Layer, type LayerClaims, type LayerType, type Shape } from './types.js';

export const MAX_LAYERS = 500;
const MAX_DIM = 1_000_000;

export function fail(message: string, pos: Pos): never {
  throw new AnswerError('answer.invalid', message, pos);
}

export function int(node: PNode | undefined, name: string, min: number, max = MAX_DIM): number | undefined {
  if (!node) return undefined;
  const v = node.kind === 'scalar' ? node.value : undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) fail(`${name} must be a whole number from ${min} to ${max}`, node.pos);
  return n;
}

export function bool(node: PNode | undefined, name: string): boolean | undefined {
  if (!node) return undefined;
  if (node.kind !== 'scalar' || typeof node.value !== 'boolean') fail(`${name} must be true or false`, node.pos);
  return node.value as boolean;
}

export function readShape(node: PNode, name = 'out'): Shape {
  // "16x28x28", "16×28×28" or "16 x 28 x 28", as reports write shapes.
  if (node.kind === 'scalar' && typeof node.value === 'string' && /^\s*\d+(\s*[x×*]\s*\d+){0,2}\s*$/.test(node.value)) {
    const dims = node.value.split(/[x×*]/).map((d) => Number(d.trim()));
    // "28x28" is a feature map without its channels far more often than a sequence: a sequence is written [T, d].
    if (dims.length === 2) fail(`${name} must be [C, H, W] or [units]: "${node.value}" has no channel count (write a sequence's shape as [T, d])`, node.pos);
    if (dims.every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_DIM)) return dims;
  }
  if (node.kind !== 'seq' || node.items.length < 1 || node.items.length > 3) fail(`${name} must be [C, H, W], [T, d] (a sequence) or [units]`, node.pos);
  return (node as { items: PNode[] }).items.map((i) => int(i, name, 1)!);
}

const ALIAS: Record<string, LayerType> = { linear: 'dense', fc: 'dense', conv2d: 'conv', pool: 'maxpool', maxpooling: 'maxpool', avgpooling: 'avgpool', bn: 'batchnorm', ...SEQUENCE_ALIAS };
const KNOWN = new Set(['type', 'filters', 'kernel', 'stride', 'padding', 'bias', 'size', 'units', 'rate', 'repeat', 'in', 'out', 'params', 'name', 'activation', ...SEQUENCE_KEYS]);

export function readLayer(node: PNode, opts: { claims: boolean }): ClaimedLayer {
  if (node.kind !== 'map') fail('a layer is a mapping such as { type: conv, filters: 16, kernel: 3 }', node.pos);
  const m = node as PMap;
  for (const e of m.entries) if (!KNOWN.has(e.key)) fail(`unknown layer setting "${e.key}"`, e.keyPos);
  const g = (k: string) => m.index.get(k)?.value;
  const typeNode = g('type');
  const type = typeNode?.kind === 'scalar' ? String(typeNode.value).toLowerCase() : '';
  const t = (Object.hasOwn(ALIAS, type) ? ALIAS[type] : type) as LayerType;
  if (!LAYER_TYPES.includes(t)) fail(`unknown layer type "${type}" (known: ${LAYER_TYPES.join(', ')})`, typeNode?.pos ?? m.pos);
  const layer: Layer = { type: t, pos: m.pos };
  if (t === 'conv') {
    layer.filters = int(g('filters'), 'filters', 1) ?? fail('a conv layer needs "filters"', m.pos);
    layer.kernel = int(g('kernel'), 'kernel', 1) ?? fail('a conv layer needs "kernel"', m.pos);
    layer.stride = int(g('stride'), 'stride', 1);
    const p = g('padding');
    if (p) {
      const v = p.kind === 'scalar' ? p.value : null;
      layer.padding = v === 'same' ? 'same' : v === 'valid' ? 0 : int(p, 'padding', 0);
    }
  }
  if (t === 'maxpool' || t === 'avgpool') {
    layer.size = int(g('size') ?? g('kernel'), 'size', 1) ?? fail('a pooling layer needs "size"', m.pos);
    layer.stride = int(g('stride'), 'stride', 1);
  }
  if (t === 'dense') layer.units = int(g('units'), 'units', 1) ?? fail('a dense layer needs "units"', m.pos);
  if (t === 'conv' || t === 'dense') layer.bias = bool(g('bias'), 'bias');
  readSequenceSettings(layer, m);
  const nameNode = g('name');
  if (nameNode?.kind === 'scalar' && nameNode.value !== null) layer.name = String(nameNode.value).slice(0, 40);
  const rep = g('repeat');
  if (rep) {
    // A problem names its unknown (solve-for checks which); a submission counts copies.
    if (opts.claims && rep.kind === 'scalar' && typeof rep.value === 'string') fail(`repeat must be a number of copies; "${rep.value}" is not a name this answer can use`, rep.pos);
    if (rep.kind === 'scalar' && typeof rep.value === 'string' && /^[A-Za-z]\w*$/.test(rep.value)) {
      layer.repeat = rep.value;
    } else layer.repeat = int(rep, 'repeat', 0, 10_000);
  }
  const claims = opts.claims ? readClaims(m) : {};
  return { layer, claims, pos: m.pos };
}

/**
 * The layer type a row names (aliases such as linear or conv2d read as dense and conv), or null.
 * Every key must be a layer setting or a claim.
 */
export function typeOf(m: PMap): LayerType | null {
  for (const e of m.entries) if (!KNOWN.has(e.key)) fail(`unknown layer setting "${e.key}"`, e.keyPos);
  const typeNode = m.index.get('type')?.value;
  if (!typeNode) return null;
  const type = typeNode.kind === 'scalar' ? String(typeNode.value).toLowerCase() : '';
  const t = (Object.hasOwn(ALIAS, type) ? ALIAS[type] : type) as LayerType;
  if (!LAYER_TYPES.includes(t)) fail(`unknown layer type "${type}" (known: ${LAYER_TYPES.join(', ')})`, typeNode.pos);
  return t;
}

export function readClaims(m: PMap): LayerClaims {
  const claims: LayerClaims = {};
  const inN = m.index.get('in')?.value, out = m.index.get('out')?.value, params = m.index.get('params')?.value;
  if (inN) claims.in = { value: int(inN, 'in', 1)!, pos: inN.pos };
  // The text as written, for messages that quote it.
  if (out) claims.out = { value: readShape(out), pos: out.pos, ...(out.kind === 'scalar' && typeof out.value === 'string' ? { text: out.value.trim() } : {}) };
  if (params) claims.params = { value: readCount(params, 'params'), pos: params.pos, text: params.kind === 'scalar' ? (typeof params.value === 'string' ? params.value.trim() : params.source) : '' };
  return claims;
}

/** A parameter count: a whole number, written plainly or with separators ("839,802", "2.048.500" is refused). */
export function readCount(node: PNode, name: string): bigint {
  if (node.kind === 'scalar') {
    const v = node.value;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
    if (typeof v === 'string' && /^\s*\d{1,3}(,\d{3})*\s*$|^\s*\d+\s*$/.test(v)) return BigInt(v.replace(/[,\s]/g, ''));
    if (typeof v === 'string' && /^\s*\d{1,3}(_\d{3})*\s*$/.test(v)) return BigInt(v.replace(/_/g, ''));
  }
  fail(`${name} must be a whole number`, node.pos);
}

export function readLayers(node: PNode, opts: { claims: boolean }): ClaimedLayer[] {
  if (node.kind !== 'seq') fail('layers must be a list', node.pos);
  const items = (node as { items: PNode[] }).items;
  if (items.length > MAX_LAYERS) fail(`more than ${MAX_LAYERS} layers`, node.pos);
  if (items.length === 0) fail('the list of layers is empty', node.pos);
  return items.map((i) => readLayer(i, opts));
}

