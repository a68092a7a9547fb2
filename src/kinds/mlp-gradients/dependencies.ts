// How the parts of an mlp-gradients problem depend on each other, as the network computes them:
// forward z1 → a1 → z2 → … → y, then loss, then δ of the last layer (its dW, db), and back
// layer by layer (δ of layer i from δ of layer i + 1, seen in db_{i+1} and dW_{i+1}). The policy
// stage orders parts by it (a mistake running through several is charged at the first);
// grading uses it to know which stated values a part may be carried forward from.
import type { Net } from './network.js';

export function mlpDependencies(net: Net): Record<string, string[]> {
  const L = net.layers.length;
  const d: Record<string, string[]> = {};
  for (let i = 1; i <= L; i++) {
    d[`z${i}`] = i === 1 ? [] : [`a${i - 1}`];
    d[`a${i}`] = [`z${i}`];
  }
  d.y = [`z${L}`];
  d.loss = ['y'];
  for (let i = L; i >= 1; i--) {
    // δ_L comes from the loss at y (and z_L); δ_i from δ_{i+1} through z_i.
    const delta = i === L ? ['loss', 'y', `z${L}`] : [`db${i + 1}`, `dW${i + 1}`, `z${i}`, `a${i}`];
    d[`db${i}`] = delta;
    d[`dW${i}`] = i === 1 ? delta : [...delta, `a${i - 1}`];
  }
  return d;
}

/** Every part `part` is computed from, directly or not. */
export function upstreamOf(deps: Record<string, string[]>, part: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(deps[part] ?? [])];
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(deps[p] ?? []));
  }
  return seen;
}
