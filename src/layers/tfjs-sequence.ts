// Sequence layers built in TensorFlow.js for the cross-check: embedding, SimpleRNN, LSTM, GRU
// (stacked, bidirectional), layer normalization. TensorFlow.js follows Keras: one bias vector per
// gate, and its GRU supports only reset_after false; a count under PyTorch's convention (two
// vectors) is tfjs's plus the second vectors, said in the note. tfjs-layers exports no
// multi-head attention, transformer encoder or learned positional embedding: those are not built.
import type { Tf } from '../tfjs/load.js';
import { GATES, biasVectors } from './sequence.js';
import type { BiasConvention, Layer, Shape } from './types.js';

export function buildSequenceLayer(tf: Tf, l: Layer, input: Shape, bias: BiasConvention): { out: number[]; params: bigint; note?: string } | { none: string } {
  const counted = (l.bias ?? bias) !== false;
  const model = tf.sequential();
  let note: string | undefined;
  switch (l.type) {
    case 'embedding':
      model.add(tf.layers.embedding({ inputDim: l.vocab!, outputDim: l.dim!, inputShape: [input[0]], embeddingsInitializer: 'zeros' }));
      break;
    case 'layernorm':
      model.add(tf.layers.layerNormalization({ axis: -1, center: counted, inputShape: input }));
      break;
    case 'rnn':
    case 'lstm':
    case 'gru': {
      const L = l.numLayers ?? 1, h = l.hidden!, dirs = l.bidirectional ? 2 : 1;
      for (let k = 0; k < L; k++) {
        // Zeros: only shapes and counts are compared, and tfjs's default orthogonal recurrent
        // initializer takes minutes on a 200-unit LSTM (a QR of 200×800 in JavaScript).
        const cfg = { units: h, useBias: counted, returnSequences: k < L - 1 || l.returns !== 'last', kernelInitializer: 'zeros', recurrentInitializer: 'zeros' } as const;
        const cell = l.type === 'lstm' ? tf.layers.lstm(cfg) : l.type === 'gru' ? tf.layers.gru(cfg) : tf.layers.simpleRNN(cfg);
        const first = k === 0 ? { inputShape: input } : {};
        if (l.bidirectional) model.add(tf.layers.bidirectional({ layer: cell as never, mergeMode: 'concat', ...first }));
        else if (k === 0) model.add(l.type === 'lstm' ? tf.layers.lstm({ ...cfg, ...first }) : l.type === 'gru' ? tf.layers.gru({ ...cfg, ...first }) : tf.layers.simpleRNN({ ...cfg, ...first }));
        else model.add(cell);
      }
      const vectors = biasVectors(l, bias);
      if (vectors > 1) note = `${l.type.toUpperCase()}: tfjs has one bias vector per gate; the second (${GATES[l.type]}·${h} per layer and direction) is added to its count`;
      const extra = counted ? BigInt((vectors - 1) * GATES[l.type] * h * dirs * L) : 0n;
      const out = (model.outputs[0].shape as (number | null)[]).slice(1) as number[];
      const params = model.trainableWeights.reduce((a, w) => a + BigInt(w.shape.reduce((x: number, y) => x * (y ?? 1), 1)), 0n) + extra;
      model.dispose();
      return { out, params, ...(note ? { note } : {}) };
    }
    case 'multihead-attention':
      return { none: 'multi-head attention (tfjs-layers exports no MultiHeadAttention)' };
    case 'transformer-encoder':
      return { none: 'transformer encoder (tfjs-layers exports no MultiHeadAttention)' };
    default:
      return { none: 'learned positional embedding (no tfjs layer)' };
  }
  const out = (model.outputs[0].shape as (number | null)[]).slice(1) as number[];
  const params = model.trainableWeights.reduce((a, w) => a + BigInt(w.shape.reduce((x: number, y) => x * (y ?? 1), 1)), 0n);
  model.dispose();
  return { out, params };
}
