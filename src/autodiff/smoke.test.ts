import { test } from 'vitest';
import { buildGraph } from '/work/wt/graph/src/autodiff/build.js';
import { forward, backward } from '/work/wt/graph/src/autodiff/run.js';
import { Num } from '/work/wt/graph/src/numbers/num.js';
import { formatTensor } from '/work/wt/graph/src/autodiff/tensor.js';
const T = (shape: number[], xs: (number|string)[]) => ({ shape, data: xs.map((x) => Num.parseDecimal(String(x))) });
test('smoke', () => {
  const g = buildGraph([
    { name: 'x1', role: 'input', value: T([1,2],[1,0]) },
    { name: 'x2', role: 'input', value: T([1,2],[0,1]) },
    { name: 'h0', role: 'input', value: T([1,2],[0,0]) },
    { name: 'Wx', role: 'param', value: T([2,2],[0.5,-1,1,0.5]) },
    { name: 'Wh', role: 'param', value: T([2,2],[0.2,0,0,0.2]) },
    { name: 'b', role: 'param', value: T([2],[0.1,-0.1]) },
    { name: 'y', role: 'target', value: T([1,2],[1,0]) },
  ], ['h1 = tanh(x1 @ Wx + h0 @ Wh + b)', 'h2 = tanh(x2 @ Wx + h1 @ Wh + b)', 'L  = half_sse(h2, y)'], 'L');
  const c = { kink: 0 as const, tie: 'first' as const };
  const f = forward(g, c);
  const b = backward(g, f, c);
  for (const [n, id] of g.names) console.log(n, formatTensor(f.values[id], (x) => x.toDecimalString(8)), 'd', b.grads[id] && formatTensor(b.grads[id]!, (x) => x.toDecimalString(8)));
});
