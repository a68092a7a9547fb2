// How sequence layers read in worked solutions: a short description and the convention line.
import { conventionName, isSequence } from './sequence.js';
import type { BiasConvention, Layer } from './types.js';

export function describeSequenceLayer(l: Layer): string | null {
  switch (l.type) {
    case 'embedding': return `embedding ${l.vocab} × ${l.dim}`;
    case 'positional-embedding': return `learned positional embedding${l.length ? ` (${l.length} positions)` : ''}`;
    case 'rnn': case 'lstm': case 'gru': {
      const bits = [`hidden ${l.hidden}`];
      if ((l.numLayers ?? 1) > 1) bits.push(`${l.numLayers} layers`);
      if (l.bidirectional) bits.push('bidirectional');
      if (l.returns === 'last') bits.push('last step');
      return `${l.type.toUpperCase()} (${bits.join(', ')})`;
    }
    case 'layernorm': return 'layer norm';
    case 'multihead-attention': return `multi-head attention, ${l.heads} heads${l.kdim ? `, kdim ${l.kdim}` : ''}${l.vdim ? `, vdim ${l.vdim}` : ''}`;
    case 'transformer-encoder': return `transformer encoder layer, ${l.heads} heads, feed-forward ${l.feedforward ?? 2048}${l.norm ? `, ${l.norm}-norm` : ''}`;
    default: return null;
  }
}

/** The conventions sequence layers are counted by, when the network has any. */
export function sequenceConventionLine(layers: Layer[], bias: BiasConvention): string | null {
  if (!layers.some((l) => isSequence(l.type))) return null;
  const parts = ['Shapes are one sequence\'s, [T, d], without the batch (batch_first does not change them).'];
  if (layers.some((l) => ['rnn', 'lstm', 'gru'].includes(l.type))) {
    parts.push(bias === false ? 'Recurrent layers: no biases counted.' : `Recurrent layers: each gate (RNN 1, GRU 3, LSTM 4) has an input matrix h·in, a recurrent matrix h·h and, by ${conventionName(bias)}'s convention, ${bias === 'keras' ? "one bias vector (Keras's GRU two, with reset_after true, its default)" : 'two bias vectors (b_ih and b_hh)'}.`);
  }
  if (layers.some((l) => l.type === 'multihead-attention' || l.type === 'transformer-encoder')) parts.push('Attention (PyTorch nn.MultiheadAttention): query, key and value projections with their biases, and the output projection; the heads split the width, they do not multiply the parameters.');
  if (layers.some((l) => l.type === 'transformer-encoder')) parts.push('A transformer encoder layer (nn.TransformerEncoderLayer): attention, a feed-forward d → ff → d, two layer norms (pre- or post-norm counts the same).');
  return parts.join(' ');
}
