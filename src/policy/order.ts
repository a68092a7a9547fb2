// The order a problem's parts are computed in, from the kind's declared dependencies: a part
// comes after every part it is computed from (directly or through a stated part). Among parts
// free to go, the problem's own order decides, so the order is the same on every run.

/** The asked parts in dependency order (a cycle, which a kind should never declare, keeps the problem's order). */
export function dependencyOrder(parts: readonly string[], deps: Record<string, string[]> | undefined): string[] {
  if (!deps) return [...parts];
  const asked = new Set(parts);
  // Every part and every part named as a dependency, the problem's first.
  const nodes: string[] = [...parts];
  const seen = new Set(nodes);
  const add = (n: string) => {
    if (!seen.has(n)) seen.add(n), nodes.push(n);
  };
  for (const [k, vs] of Object.entries(deps)) {
    add(k);
    vs.forEach(add);
  }
  const rank = new Map(nodes.map((n, i) => [n, i]));
  const indegree = new Map(nodes.map((n) => [n, 0]));
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  for (const [k, vs] of Object.entries(deps)) {
    for (const v of new Set(vs)) {
      if (v === k) continue;
      next.get(v)!.push(k);
      indegree.set(k, indegree.get(k)! + 1);
    }
  }
  const ready = nodes.filter((n) => indegree.get(n) === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort((a, b) => rank.get(a)! - rank.get(b)!);
    const n = ready.shift()!;
    order.push(n);
    for (const m of next.get(n)!) {
      indegree.set(m, indegree.get(m)! - 1);
      if (indegree.get(m) === 0) ready.push(m);
    }
  }
  for (const n of nodes) if (!order.includes(n)) order.push(n);
  return order.filter((n) => asked.has(n));
}
