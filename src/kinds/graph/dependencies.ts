// How a graph's parts depend on each other, read off the graph: a line's value on the named
// tensors its expression reads; d<x> on d<line> and the values of every line that uses x (the
// local derivative is computed from them). The policy stage orders parts by it (charge-once,
// error carried forward), and grading carries stated values along it.
import { namedInputs } from '../../autodiff/graph.js';
import type { GraphGiven } from './problem.js';

const cache = new WeakMap<GraphGiven, Record<string, string[]>>();

export function partDependencies(given: GraphGiven): Record<string, string[]> {
  const hit = cache.get(given);
  if (hit) return hit;
  const { graph } = given;
  const deps: Record<string, string[]> = {};
  const name = (id: number): string => graph.nodes[id].name!;
  for (const [part, t] of given.parts) {
    if (!t.grad) {
      deps[part] = graph.nodes[t.node].op === 'leaf' ? [] : namedInputs(graph, t.node).map(name);
      continue;
    }
    if (t.node === graph.loss) {
      deps[part] = [];
      continue;
    }
    const out = new Set<string>();
    for (const line of graph.lines) {
      if (line.node > graph.loss) continue;
      const reads = namedInputs(graph, line.node);
      if (!reads.includes(t.node)) continue;
      if (line.node !== graph.loss) out.add(`d${line.name}`);
      out.add(line.name);
      for (const r of reads) if (r !== t.node) out.add(name(r));
    }
    deps[part] = [...out].filter((p) => given.parts.has(p));
  }
  cache.set(given, deps);
  return deps;
}
