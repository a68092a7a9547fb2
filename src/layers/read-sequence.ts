// Reading the settings of sequence layers (src/layers/sequence.ts) from a layer's mapping.
import type { PMap } from '../load/pnode.js';
import { bool, fail, int } from './read.js';
import { isSequence, SEQUENCE_KEYS } from './sequence-types.js';
import type { Layer, LayerType } from './types.js';

export function readSequenceSettings(layer: Layer, m: PMap): void {
  const g = (k: string) => m.index.get(k)?.value;
  const t = layer.type;
  if (!isSequence(t)) {
    for (const k of SEQUENCE_KEYS) if (g(k)) fail(`"${k}" is a setting of sequence layers, not of ${t}`, g(k)!.pos);
    return;
  }
  const need = (k: string, what: string, min = 1) => int(g(k), k, min) ?? fail(`a${/^[aeiou]/.test(t) ? 'n' : ''} ${t} layer needs "${k}" (${what})`, m.pos);
  const allowed = new Set(['type', 'name', 'repeat', 'in', 'out', 'params', 'activation', 'batch_first', ...(KEYS[t] ?? [])]);
  for (const e of m.entries) if (!allowed.has(e.key) && (SEQUENCE_KEYS.includes(e.key) || ['filters', 'kernel', 'stride', 'padding', 'size', 'units', 'rate'].includes(e.key))) fail(`"${e.key}" is not a setting of ${t} (its settings: ${(KEYS[t] ?? []).join(', ')})`, e.keyPos);
  bool(g('batch_first'), 'batch_first');
  switch (t) {
    case 'embedding':
      layer.vocab = need('vocab', 'the vocabulary size');
      layer.dim = need('dim', 'the embedding dimension');
      break;
    case 'positional-embedding':
      layer.length = int(g('length'), 'length', 1);
      break;
    case 'rnn':
    case 'lstm':
    case 'gru': {
      layer.hidden = need('hidden', 'the hidden size');
      layer.numLayers = int(g('num_layers'), 'num_layers', 1, 100);
      layer.bidirectional = bool(g('bidirectional'), 'bidirectional');
      layer.inputSize = int(g('input_size'), 'input_size', 1);
      layer.resetAfter = bool(g('reset_after'), 'reset_after');
      if (layer.resetAfter !== undefined && t !== 'gru') fail('reset_after is a setting of Keras\'s GRU', g('reset_after')!.pos);
      const r = g('return');
      if (r) {
        const v = r.kind === 'scalar' ? String(r.value) : '';
        if (v !== 'sequence' && v !== 'last') fail('return must be sequence (every step\'s output, [T, h]) or last (the last step\'s, [h])', r.pos);
        layer.returns = v as 'sequence' | 'last';
      }
      break;
    }
    case 'multihead-attention':
      layer.heads = need('heads', 'the number of heads');
      layer.embed = int(g('embed'), 'embed', 1);
      layer.kdim = int(g('kdim'), 'kdim', 1);
      layer.vdim = int(g('vdim'), 'vdim', 1);
      break;
    case 'transformer-encoder': {
      layer.heads = need('heads', 'the number of heads');
      layer.embed = int(g('embed'), 'embed', 1);
      layer.feedforward = int(g('feedforward'), 'feedforward', 1);
      const n = g('norm');
      if (n) {
        const v = n.kind === 'scalar' ? String(n.value) : '';
        if (v !== 'pre' && v !== 'post') fail('norm must be pre or post (where the layer norms stand; the count is the same)', n.pos);
        layer.norm = v as 'pre' | 'post';
      }
      break;
    }
    case 'layernorm':
      break;
  }
  const b = g('bias');
  if (b) {
    const v = b.kind === 'scalar' ? b.value : null;
    if (v === 'pytorch' || v === 'keras') {
      if (!['rnn', 'lstm', 'gru'].includes(t)) fail('a bias convention (pytorch, keras) is for recurrent layers; write true or false', b.pos);
      layer.bias = v;
    } else layer.bias = bool(b, 'bias');
  }
}

const KEYS: Partial<Record<LayerType, string[]>> = {
  embedding: ['vocab', 'dim'],
  'positional-embedding': ['length'],
  rnn: ['hidden', 'num_layers', 'bidirectional', 'input_size', 'return', 'bias'],
  lstm: ['hidden', 'num_layers', 'bidirectional', 'input_size', 'return', 'bias'],
  gru: ['hidden', 'num_layers', 'bidirectional', 'input_size', 'return', 'bias', 'reset_after'],
  layernorm: ['bias'],
  'multihead-attention': ['heads', 'embed', 'kdim', 'vdim', 'bias'],
  'transformer-encoder': ['heads', 'embed', 'feedforward', 'norm', 'bias'],
};
