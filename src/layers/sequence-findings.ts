// The named mistakes of counting sequence layers' parameters (src/layers/sequence.ts recomputes
// each count). Kept beside findings.ts so the layer catalog stays one file per family.
import { catalog } from '../findings/finding.js';

type V = { layer: string; got: string; expected: string };

export const sequenceFinding = catalog({
  'layer.gate-count': {
    severity: 'error',
    message: (v: V & { gates: number; actual: number; type: string }) =>
      `${v.layer}: ${v.got} counts ${v.gates} gate${v.gates > 1 ? 's' : ''}; a${v.type === 'RNN' ? 'n' : 'n'} ${v.type} has ${v.actual} (each with an input and a recurrent weight matrix and its biases): ${v.expected}`,
    hint: (v: V & { gates: number; actual: number; type: string }) => `${v.layer}: ${v.got} counts ${v.gates} gate${v.gates > 1 ? 's' : ''}; count the gates of a${v.type === 'RNN' ? 'n' : 'n'} ${v.type} again`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.rnn-bias-vectors': {
    severity: 'error',
    message: (v: V & { used: number; actual: number; convention: string }) =>
      `${v.layer}: ${v.got} counts ${v.used} bias vector${v.used > 1 ? 's' : ''} per gate; by ${v.convention}'s convention, which this problem uses, there ${v.actual > 1 ? 'are' : 'is'} ${v.actual}${v.actual === 2 ? ' (b_ih and b_hh)' : ''}: ${v.expected}`,
    hint: (v: V & { used: number; convention: string }) => `${v.layer}: ${v.got} counts ${v.used} bias vector${v.used > 1 ? 's' : ''} per gate; look again at ${v.convention}'s convention, which this problem uses`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.attention-no-output-projection': {
    severity: 'error',
    message: (v: V & { missing: string }) => `${v.layer}: ${v.got} leaves out the output projection (${v.missing}) that maps the concatenated heads back to the model's width: ${v.expected}`,
    hint: (v: V) => `${v.layer}: ${v.got} leaves out the output projection that maps the concatenated heads back`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.attention-no-qkv-bias': {
    severity: 'error',
    message: (v: V & { missing: string }) => `${v.layer}: ${v.got} leaves out the biases of the query, key and value projections (${v.missing}): ${v.expected}`,
    hint: (v: V) => `${v.layer}: ${v.got} leaves out the biases of the query, key and value projections`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.attention-heads-multiply': {
    severity: 'error',
    message: (v: V & { heads: number }) => `${v.layer}: ${v.got} multiplies the projections by the ${v.heads} heads; the heads split the model's width (each works on d/${v.heads} of it), they do not multiply the parameters: ${v.expected}`,
    hint: (v: V & { heads: number }) => `${v.layer}: ${v.got} multiplies the projections by the ${v.heads} heads; the heads split the width, they do not multiply it`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
});
