// Findings about layer shapes, parameter counts, totals and designs.
import { catalog } from '../findings/finding.js';

const L = (v: { layer: string }) => v.layer;

export const layerFinding = catalog({
  'layer.shape-mismatch': {
    severity: 'error',
    message: (v: { layer: string; got: string; expected: string; arithmetic: string; carried?: boolean }) =>
      v.carried
        ? `${L(v)}: ${v.got} follows from your earlier output (error carried forward; with the true input it is ${v.expected})`
        : `${L(v)} outputs ${v.expected}, not ${v.got}${v.arithmetic ? `: ${v.arithmetic}` : ''}`,
    hint: (v: { layer: string; got: string; carried?: boolean }) => (v.carried ? `${L(v)}: ${v.got} follows from your earlier output (error carried forward)` : `${L(v)}: the output ${v.got} is not right (each side is ⌊(n + 2p − k)/s⌋ + 1)`),
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.params-mismatch': {
    severity: 'error',
    message: (v: { layer: string; got: string; expected: string; formula: string; carried?: boolean }) =>
      v.carried ? `${L(v)}: ${v.got} parameters follows from your earlier output (error carried forward; the true count is ${v.expected})` : `${L(v)} has ${v.expected} parameters${v.formula ? ` (${v.formula})` : ''}, not ${v.got}`,
    hint: (v: { layer: string; got: string; carried?: boolean }) => (v.carried ? `${L(v)}: ${v.got} parameters follows from your earlier output (error carried forward)` : `${L(v)}: ${v.got} is not its parameter count (weights and biases)`),
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.missing-bias': {
    severity: 'error',
    message: (v: { layer: string; got: string; expected: string; biases: string }) => `${L(v)}: ${v.got} leaves out the ${v.biases} biases (${v.expected} with them)`,
    hint: (v: { layer: string; got: string }) => `${L(v)}: ${v.got} leaves out the biases`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'layer.channel-mismatch': {
    severity: 'error',
    message: (v: { layer: string; assumed: number; actual: number; via: 'in' | 'params' }) =>
      `${L(v)} ${v.via === 'in' ? 'says it takes' : 'is counted as if it took'} ${v.assumed} input ${v.assumed === 1 ? 'channel' : 'channels'}, but gets ${v.actual}`,
    hint: (v: { layer: string; assumed: number; via: 'in' | 'params' }) => `${L(v)} ${v.via === 'in' ? 'says it takes' : 'is counted as if it took'} ${v.assumed} input ${v.assumed === 1 ? 'channel' : 'channels'}, which is not what the layer before it gives`,
    expected: (v) => String(v.actual),
    got: (v) => String(v.assumed),
  },
  'layer.invalid-size': { severity: 'error', message: (v: { layer: string; reason: string }) => `${L(v)}: ${v.reason}` },
  'layer.invalid-input': { severity: 'error', message: (v: { layer: string; reason: string }) => `${L(v)}: ${v.reason}` },
  'layer.count-mismatch': {
    severity: 'error',
    message: (v: { missing?: string; extra?: string }) =>
      v.missing ? `the answer leaves out ${v.missing}, which has parameters` : `${v.extra} of the answer matches no layer of the network (rows are matched by name wherever they stand, else in order by type or by what they claim; activations, dropout, flatten and pooling may be left out)`,
  },
  'total.mismatch': {
    severity: 'error',
    message: (v: { got: string; sum: string | null; expected: string; carried?: boolean; own?: string }) =>
      v.own
        ? `the total ${v.got} is right for your own ${v.own} (error carried forward: it keeps its points; with the right value the network has ${v.expected})`
        : v.carried
        ? `the total ${v.got} is the sum of your counts (error carried forward; the network has ${v.expected})`
        : v.sum !== null
          ? `the total ${v.got} is not the sum of your counts (${v.sum}); the network has ${v.expected}`
          : `the total is ${v.got}; the network has ${v.expected}`,
    hint: (v: { got: string; sum: string | null; carried?: boolean; own?: string }) => v.own ? `the total ${v.got} is right for your own ${v.own} (error carried forward: it keeps its points)` : v.carried ? `the total ${v.got} is the sum of your counts (error carried forward)` : v.sum !== null ? `the total ${v.got} is not the sum of your counts (${v.sum})` : `the total ${v.got} is not right`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
  'design.constraint-violated': {
    severity: 'error',
    message: (v: { layer: string; constraint: string; got: string; allowed: string }) => `${L(v)} breaks the ${v.constraint} constraint: ${v.got}, where the problem allows ${v.allowed}`,
  },
  'design.target-missed': {
    severity: 'error',
    message: (v: { got: string; expected: string }) => `the network ends with ${v.got}; the target is ${v.expected}`,
    expected: (v) => v.expected,
    got: (v) => v.got,
  },
});

export function fmtCount(n: bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
