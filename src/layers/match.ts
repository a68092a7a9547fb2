// Which given layer each row of a submission's layer list speaks of. Students list the layers
// that matter to them: the parameterised ones, often without the activations. A row named as a
// given layer is that layer, wherever it stands; the others are matched in order, by type, else
// by what they claim. Activations, dropout and flatten may be left out silently; `missing` lists
// every other layer no row speaks of, and the kind charges those with parameters (a pooling
// layer, a repeated layer at 0 copies, have none). Reading only: nothing is scored here.
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
    // 0 parameters also speaks of a repeated layer at 0 copies (a solve-for answer n = 0).
    if (r.params !== null) return r.params > 0n === PARAMETERISED.includes(g.layer.type) || (r.params === 0n && g.layer.repeat !== undefined);
    return true;
  };
  // A row whose name is a given layer's name speaks of that layer, wherever it stands in the list.
  const byName = (r: Row): number => (r.name ? given.findIndex((g) => g.layer.name?.toLowerCase() === r.name!.toLowerCase()) : -1);
  const claimsOf = new Map<number, Row>();
  const extra: MatchedLayers['extra'] = [];
  const missing: number[] = [];
  let i = 0;
  let previous: { given: number; row: Row } | null = null;
  rows.forEach((r, j) => {
    // A repeated layer may be written out as one row per copy: the same claims again.
    if (previous && given[previous.given].layer.repeat !== undefined && sameClaims(previous.row, r)) return;
    const named = byName(r);
    if (named >= 0 && !claimsOf.has(named)) {
      // Parameterised layers skipped over on the way are missing (settled at the end).
      claimsOf.set(named, r);
      previous = { given: named, row: r };
      if (named >= i) i = named + 1;
      return;
    }
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
      claimsOf.set(k, r);
      previous = { given: k, row: r };
      i = k + 1;
    } else extra.push({ row: j, type: r.type });
  });
  // Every layer no row speaks of, but those a list may leave out (the kind decides which of
  // these have parameters: a pooling layer, a repeated layer at 0 copies have none).
  for (let m = 0; m < given.length; m++) if (!OPTIONAL_LAYERS.includes(given[m].layer.type) && !claimsOf.has(m)) missing.push(m);
  return {
    layers: given.map((g, k) => {
      const r = claimsOf.get(k);
      return r ? { layer: g.layer, claims: readClaims(r.node), pos: r.node.pos } : { layer: g.layer, claims: {}, pos: g.pos };
    }),
    missing,
    extra,
  };
}
