// The sequence layer types (kept apart so types.ts does not import the engine).
export const SEQUENCE_TYPES = ['embedding', 'rnn', 'lstm', 'gru', 'layernorm', 'multihead-attention', 'transformer-encoder', 'positional-embedding'] as const;
export type SequenceType = (typeof SEQUENCE_TYPES)[number];
export const isSequence = (t: string): t is SequenceType => (SEQUENCE_TYPES as readonly string[]).includes(t);

export const SEQUENCE_ALIAS: Record<string, SequenceType> = {
  simplernn: 'rnn', 'simple-rnn': 'rnn', layernormalization: 'layernorm', 'layer-norm': 'layernorm', mha: 'multihead-attention', multiheadattention: 'multihead-attention', attention: 'multihead-attention',
  transformerencoderlayer: 'transformer-encoder', transformer: 'transformer-encoder', 'positional-encoding-learned': 'positional-embedding', 'pos-embedding': 'positional-embedding',
};
export const SEQUENCE_KEYS = ['vocab', 'dim', 'length', 'hidden', 'num_layers', 'bidirectional', 'input_size', 'return', 'reset_after', 'embed', 'heads', 'kdim', 'vdim', 'feedforward', 'norm', 'batch_first'];

