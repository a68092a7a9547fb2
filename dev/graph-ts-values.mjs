// gradecheck's side of dev/graph-differential.mjs: every named tensor's value and ∂loss/∂name
// from kind graph's exact reference (pass k: one per accepted convention at kinks and ties), as
// float64 arrays in row-major order. A tensor the loss does not reach has gradient 0.
export function graphValues(lp, ref, k = 0) {
  const g = lp.problem.given.graph, pass = ref.passes[k];
  const value = {}, grad = {};
  for (const [name, id] of g.names) {
    value[name] = pass.values[id].data.map((x) => x.toNumber());
    const d = pass.grads[id];
    grad[name] = d ? d.data.map((x) => x.toNumber()) : pass.values[id].data.map(() => 0);
  }
  return { value, grad };
}
