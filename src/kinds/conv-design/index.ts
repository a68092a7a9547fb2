// Kind conv-design: a sequence of layers from an input to a target shape under constraints.
import { readCount, readLayers } from '../../layers/read.js';
import { shapeSchema } from '../../layers/schema.js';
import { crossCheckStack } from '../../layers/tfjs-check.js';
import { runStack } from '../../layers/engine.js';
import { fmtCount } from '../../layers/findings.js';
import { shapeText } from '../../layers/types.js';
import { encode, decode } from '../../numbers/codec.js';
import { partsSchema } from '../../load/schema-parts.js';
import { describeLayer, layerTable } from '../param-count/worked.js';
import type { Verifier } from '../types.js';
import { designKey, enumerateDesigns, searchDesigns, type Design } from './enumerate.js';
import { DESIGN_DEPENDENCIES, gradeDesign, type DesignAnswer } from './grade.js';
import { readDesignGiven, type DesignGiven } from './model.js';

export interface DesignRef {
  /** The fewest-parameter design first, then up to 500 others. */
  designs: Design[];
  /** How many designs meet the constraints (a decimal string: it can be large). */
  count: string;
}

export const convDesign: Verifier<DesignGiven, DesignRef, DesignAnswer> = {
  kind: 'conv-design',
  summary: 'design layers that turn an input into a target shape under constraints',
  conditions: {
    // A target no design reaches is refused when the problem is read, so a variant that loads has one.
    'design-exists': { describe: 'some design meets the constraints', holds: (_g, ref) => ref().designs.length > 0 },
  },
  schema: {
    given: {
      type: 'object',
      additionalProperties: false,
      required: ['input', 'target'],
      properties: {
        input: shapeSchema,
        target: shapeSchema,
        bias: { type: 'boolean' },
        constraints: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kernels: { type: 'array', items: { type: 'integer', minimum: 1 } },
            stride: { type: 'integer', minimum: 1 },
            padding: { anyOf: [{ type: 'integer', minimum: 0 }, { const: 'same' }] },
            pooling: { type: 'object', additionalProperties: false, properties: { type: { enum: ['max', 'avg'] }, size: { type: 'integer', minimum: 1 }, stride: { type: 'integer', minimum: 1 } } },
            alternate: { type: 'boolean' },
            filters: { type: 'array', items: { type: 'integer', minimum: 1 }, description: 'filter counts the answer key may use' },
            'max-depth': { type: 'integer', minimum: 1, maximum: 12 },
          },
        },
      },
    },
    parts: partsSchema(['layers', 'total']),
  },
  prepare: (node) => readDesignGiven(node),
  hasPart: (_g, part) => part === 'layers' || part === 'total',
  reference(g) {
    const { best, count } = searchDesigns(g);
    return { designs: enumerateDesigns(g, best), count: count.toString() };
  },
  async crossCheck(g, ref) {
    if (!ref.designs.length) return { engine: 'none', items: [{ name: 'designs', ok: true, detail: 'no design meets the constraints' }] };
    return crossCheckStack(ref.designs[0].layers, g.input, g.bias);
  },
  encodeRef: (ref) => encode(ref),
  decodeRef: (data) => decode<DesignRef>(data),
  parseAnswer(part, node): DesignAnswer {
    if (part === 'layers') return { part, layers: readLayers(node, { claims: true }), pos: node.pos };
    return { part: 'total', value: readCount(node, 'total'), pos: node.pos };
  },
  grade: (input) => gradeDesign(input),
  // The codes that can explain a whole part (a rubric may price only these: policy/rubric.ts).
  diagnoses: ['layer.missing-bias'],
  // layers (layer by layer, each claim also against the student's own previous one) → total.
  dependencies: () => DESIGN_DEPENDENCIES,
  solve(problem, ref) {
    const g = problem.given;
    const best = ref.designs[0];
    const answers: Record<string, unknown> = {};
    const L = [`## ${problem.title ?? problem.id} (${problem.id})`, ''];
    L.push(`From ${shapeText(g.input)} to ${shapeText(g.target)} (channels, height, width).`, '');
    if (!best) {
      L.push(`No sequence of at most ${g.constraints.maxDepth} layers meets the constraints.`);
      return { answers, markdown: L.join('\n'), details: { designs: 0 } };
    }
    const run = runStack(best.layers, g.input, g.bias);
    answers.layers = best.layers.map((l, i) => {
      const row: Record<string, unknown> = { type: l.type };
      if (l.type === 'conv') Object.assign(row, { kernel: l.kernel, filters: l.filters, stride: l.stride, padding: l.padding, in: (i === 0 ? g.input : run.steps[i - 1].out)[0] });
      else Object.assign(row, { size: l.size, stride: l.stride });
      return { ...row, out: run.steps[i].out, ...(l.type === 'conv' ? { params: Number(run.steps[i].params) } : {}) };
    });
    answers.total = Number(best.params);
    const count = BigInt(ref.count);
    L.push(`${fmtCount(count)} design${count === 1n ? '' : 's'} meet the constraints (at most ${g.constraints.maxDepth} layers; hidden convs use ${g.constraints.filters[0]} filters, the last conv ${g.target[0]}, to keep the count small)${count > BigInt(ref.designs.length) ? `; the fewest-parameter one first, then ${Math.min(49, ref.designs.length - 1)} others` : ''}:`, '');
    L.push('| # | layers | parameters |', '| ---: | --- | ---: |');
    ref.designs.slice(0, 50).forEach((d, i) => L.push(`| ${i + 1} | ${d.layers.map(describeLayer).join(' → ')} | ${fmtCount(d.params)} |`));
    if (count > 50n) L.push(`| | … ${fmtCount(count - BigInt(Math.min(50, ref.designs.length)))} more | |`);
    L.push('', `The answer key (fewest parameters, ${designKey(best)}):`, '', ...layerTable(best.layers, g.input, g.bias, {}));
    return { answers, markdown: L.join('\n'), details: { designs: ref.count, best: designKey(best), params: best.params.toString() } };
  },
};
