// Which given layer each row of a submission's layer list speaks of. Students list the layers
// that matter to them: the parameterised ones, often without the activations. Rows are matched
// in order, by name where both have one, else by type, else by what they claim; parameter-free
// layers (activations, dropout, flatten) may be left out. Reading only: nothing is scored here.
import { AnswerError } from '../answers/values.js';
import type { PMap, PNode } from '../load/pnode.js';
import { readClaims, readCount, typeOf } from './read.js';
import type { ClaimedLayer, LayerType } from './types.js';

/** Layers a list may leave out: they have no parameters and do not change what follows. */
export const OPTIONAL_LAYERS: readonly LayerType[] = ['relu', 'sigmoid', 'tanh', 'softmax', 'dropout', 'flatten'];
const PARAMETERISED: readonly LayerType[] = ['conv', 'dense', 'batchnorm', 'embedding', 'rnn', 'lstm', 'gru', 'layernorm', 'multihead-attention', 'transformer-encoder', 'positional-embedding'];

export interface MatchedLayers {
  /** One per given layer: its claims from the row that speaks of it (none where no row does). */
  layers: ClaimedLayer[];
  /** Given parameterised layers no row speaks of (0-based). */
  missing: number[];
  /** Rows that speak of no given layer (0-based), with the type they name. */
  extra: { row: number; type: string | null }[];
}

interface Row {
  node: PMap;
  type: LayerType | null;
  name: string | null;
  /** The claimed count, when given: 0 speaks of a parameter-free layer, more of a parameterised one. */
  params: bigint | null;
}

/** Two rows that say the same of a layer (a copy of a repeated layer written out again). */
function sameClaims(a: Row, b: Row): boolean {
  const text = (r: Row) => JSON.stringify(r.node.entries.filter((e) => e.key !== 'name').map((e) => [e.key, e.value.kind === 'scalar' ? e.value.source : JSON.stringify(plainOf(e.value))]));
  return text(a) === text(b);
}

function plainOf(n: PNode): unknown {
  return n.kind === 'scalar' ? n.source : n.kind === 'seq' ? n.items.map(plainOf) : n.entries.map((e) => [e.key, plainOf(e.value)]);
}

export function matchGivenLayers(items: PNode[], given: ClaimedLayer[]): MatchedLayers {
  const rows: Row[] = items.map((it) => {
    if (it.kind !== 'map') throw new AnswerError('answer.invalid', 'each entry is a mapping such as { out: [16, 28, 28], params: 160 }', it.pos);
    const nameNode = it.index.get('name')?.value;
    const paramsNode = it.index.get('params')?.value;
    return {
      node: it,
      type: typeOf(it),
      name: nameNode?.kind === 'scalar' && nameNode.value !== null ? String(nameNode.value) : null,
      params: paramsNode ? readCount(paramsNode, 'params') : null,
    };
  });
  const fits = (r: Row, g: ClaimedLayer): boolean => {
    if (r.name && g.layer.name) return r.name.toLowerCase() === g.layer.name.toLowerCase();
    if (r.type) return r.type === g.layer.type;
    if (r.params !== null) return r.params > 0n === PARAMETERISED.includes(g.layer.type);
    return true;
  };
  const claimsOf = new Map<number, Row>();
  const extra: MatchedLayers['extra'] = [];
  const missing: number[] = [];
  let i = 0;
  let previous: { given: number; row: Row } | null = null;
  rows.forEach((r, j) => {
    // A repeated layer may be written out as one row per copy: the same claims again.
    if (previous && given[previous.given].layer.repeat !== undefined && sameClaims(previous.row, r)) return;
    while (i < given.length && OPTIONAL_LAYERS.includes(given[i].layer.type) && !fits(r, given[i])) i++;
    if (i < given.length && fits(r, given[i])) {
      previous = { given: i, row: r };
      claimsOf.set(i++, r);
      return;
    }
    // The row speaks of a later layer: the parameterised ones in between are missing.
    let k = i + 1;
    while (k < given.length && !fits(r, given[k])) k++;
    if (k < given.length) {
      for (let m = i; m < k; m++) if (!OPTIONAL_LAYERS.includes(given[m].layer.type)) missing.push(m);
      claimsOf.set(k, r);
      previous = { given: k, row: r };
      i = k + 1;
    } else extra.push({ row: j, type: r.type });
  });
  for (let m = i; m < given.length; m++) if (!OPTIONAL_LAYERS.includes(given[m].layer.type) && !claimsOf.has(m)) missing.push(m);
  return {
    layers: given.map((g, k) => {
      const r = claimsOf.get(k);
      return r ? { layer: g.layer, claims: readClaims(r.node), pos: r.node.pos } : { layer: g.layer, claims: {}, pos: g.pos };
    }),
    missing,
    extra,
  };
}
