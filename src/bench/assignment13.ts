// A realistic assignment for the cold-start benchmark: 13 problems of every kind, written into a
// folder with its assignment.yaml. Four are the bundled seed problems; the others vary them (a
// function-form quadratic, surd eigenvalues, a 3×3 Hessian, a softmax network, a strided conv).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MADE: Record<string, string> = {
  'gd-function': 'kind: gd-step-size\ngiven:\n  function: "3x^2 + 2y^2 + x*y + x - 4y"\nparts: { hessian: 2, eigenvalues: 2, range: 3, optimal: 2 }',
  'gd-surd': 'kind: gd-step-size\ngiven:\n  matrix: [[2, 1], [1, 3]]\nparts: { hessian: 2, eigenvalues: 2, rule: 2, range: 3 }',
  'gd-3x3': 'kind: gd-step-size\ngiven:\n  matrix: [[2, 1, 0], [1, 3, 1], [0, 1, 4]]\nparts: { eigenvalues: 3, range: 3, optimal: 2 }',
  'mlp-softmax': 'kind: mlp-gradients\ngiven:\n  inputs: [[1, 0.5], [-0.5, 2]]\n  targets: [0, 2]\n  layers:\n    - { weights: [[0.1, -0.2], [0.3, 0.4]], bias: [0, 0.1], activation: tanh }\n    - { weights: [[0.5, -0.5], [0.2, 0.1], [-0.3, 0.6]], bias: [0, 0, 0], activation: softmax }\n  loss: cross-entropy\nparts: { loss: 2, dW1: 3, db1: 2, dW2: 3, db2: 2 }',
  'mlp-sigmoid': 'kind: mlp-gradients\ngiven:\n  inputs: [[0.5, -1, 2]]\n  targets: [[1, 0]]\n  layers:\n    - { weights: [[0.2, 0.1, -0.3], [0.4, -0.2, 0.1]], bias: [0.1, -0.1], activation: sigmoid }\n    - { weights: [[0.3, -0.6], [0.5, 0.2]], bias: [0, 0.2], activation: identity }\n  loss: mse\nparts: { loss: 2, dW1: 3, db1: 2, dW2: 3 }',
  'conv-stride': 'kind: conv-backprop\ngiven:\n  input: [[[[1, 2, 0, 1, 3], [0, 1, 2, 2, 1], [3, 0, 1, 0, 2], [1, 1, 0, 2, 0], [2, 0, 1, 1, 1]]]]\n  filters: [[[[1, 0, -1], [2, 0, -2], [1, 0, -1]]]]\n  bias: [0.5]\n  stride: 2\n  padding: 1\n  upstream: [[[[1, -1, 0], [0, 2, 1], [-1, 0, 1]]]]\nparts: { Z: 2, dX: 3, dW: 3, db: 1 }',
  'design-small': 'kind: conv-design\ngiven:\n  input: [1, 28, 28]\n  target: [32, 5, 5]\n  constraints:\n    kernels: [3, 5]\n    stride: 1\n    padding: 0\n    pooling: { type: max, size: 2, stride: 2 }\n    alternate: true\n    filters: [16, 32]\nparts: { layers: 6, total: 3 }',
  'count-cnn': 'kind: param-count\ngiven:\n  input: [3, 32, 32]\n  layers:\n    - { type: conv, filters: 32, kernel: 3, padding: 1 }\n    - { type: relu }\n    - { type: maxpool, size: 2 }\n    - { type: conv, filters: 64, kernel: 3, padding: 1 }\n    - { type: batchnorm }\n    - { type: maxpool, size: 2 }\n    - { type: flatten }\n    - { type: dense, units: 10 }\nparts: { layers: 4, total: 2 }',
  'count-solve': 'kind: param-count\ngiven:\n  input: [100]\n  layers:\n    - { type: dense, units: 32 }\n    - { type: dense, units: 32, repeat: n }\n    - { type: dense, units: 5 }\n  solve-for: { variable: n, budget: 12000, mode: closest }\nparts: { n: 2 }',
};
const BUNDLED = ['usi-a2/usi-a2-p1.yaml', 'usi-a2/usi-a2-gd.yaml', 'usi-a2/usi-a2-conv.yaml', 'hw3/hw3-mlp-count.yaml'];

/** Writes the 13 problems and assignment.yaml into `dir`. */
export function writeAssignment13(repo: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of BUNDLED) copyFileSync(join(repo, 'problems', f), join(dir, f.split('/')[1]));
  for (const [id, body] of Object.entries(MADE)) writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\n${body}\n`);
  const ids = [...BUNDLED.map((f) => f.split('/')[1].replace('.yaml', '')), ...Object.keys(MADE)];
  writeFileSync(join(dir, 'assignment.yaml'), `id: bench13\ntitle: Thirteen problems of every kind\nproblems: [${ids.join(', ')}]\n`);
}

/** Four templated problems (one assignment) for the variants benchmark: a class of students, each with their own numbers. */
export function writeTemplated4(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const problems: Record<string, string> = {
    'v-gd': 'kind: gd-step-size\nparams:\n  a: { int: [1, 9] }\n  b: { int: [-4, 4] }\n  c: { int: [1, 9] }\nrequire: [hessian-positive-definite]\ngiven:\n  matrix: [["${a}", "${b}"], ["${b}", "${c}"]]\nparts: { hessian: 2, eigenvalues: 2, range: 3 }',
    'v-mlp': 'kind: mlp-gradients\nparams:\n  W: { matrix: [2, 3], decimal: [-1, 1], places: 1 }\n  t: { decimal: [-1, 1], places: 1 }\nrequire: [no-relu-kink]\ngiven:\n  inputs: [[0.5, -1, 2], [1, 0.5, -0.5]]\n  targets: ["${t}", 0.5]\n  layers:\n    - { weights: "${W}", bias: [0.1, -0.1], activation: relu }\n    - { weights: [[0.3, -0.2]], bias: [0], activation: identity }\nparts: { loss: 2, dW1: 3, db1: 2 }',
    'v-count': 'kind: param-count\nparams:\n  f: { int: [4, 32] }\n  k: { choice: [3, 5] }\ngiven:\n  input: [3, 32, 32]\n  layers:\n    - { type: conv, filters: "${f}", kernel: "${k}" }\n    - { type: maxpool, size: 2 }\n    - { type: flatten }\n    - { type: dense, units: 10 }\nparts: { layers: 2, total: 2 }',
    'v-conv': 'kind: conv-backprop\nparams:\n  X: { matrix: [4, 4], int: [-2, 2] }\n  K: { matrix: [2, 2], int: [-1, 2] }\ngiven:\n  input: [["${X}"]]\n  filters: [["${K}"]]\n  upstream: [[[[1, 0, -1], [0, 2, 0], [1, 0, 0]]]]\nparts: { Z: 2, dX: 2, dW: 2 }',
  };
  for (const [id, body] of Object.entries(problems)) writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\n${body}\n`);
  writeFileSync(join(dir, 'assignment.yaml'), `id: variants4\nproblems: [${Object.keys(problems).join(', ')}]\n`);
}
