// An optimizer-steps problem: start values, where the gradient comes from (a quadratic as
// gd-step-size reads it, or one gradient per step), the optimiser and its settings, and the
// number of steps. Every number is read exactly (0.9 is 9/10).
import { get, type PNode } from '../../load/pnode.js';
import { Num } from '../../numbers/num.js';
import { asProblemError, givenMatrix, givenNumber, givenVector } from '../given.js';
import { readQuadratic, MAX_VARIABLES, type Quadratic } from '../gd-step-size/quadratic.js';
import { ProblemError } from '../types.js';

export const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type OptName = (typeof OPTIMIZERS)[number];
export const MAX_STEPS = 50;

export interface OptSettings {
  name: OptName;
  lr: Num;
  /** μ of momentum and nesterov. */
  momentum: Num;
  /** momentum: PyTorch's v = μv + g, w −= ηv, or the classical v = μv − ηg, w += v. */
  convention: 'pytorch' | 'classical';
  beta1: Num;
  beta2: Num;
  /** RMSprop's smoothing constant (PyTorch's alpha, Keras's rho). */
  alpha: Num;
  eps: Num;
  /** ε added to √s (PyTorch, Adam everywhere) or inside the root, √(s + ε) (TensorFlow's RMSprop and Adagrad). */
  epsPlacement: 'outside' | 'inside';
  /** L2 in the gradient (g + λw); for adamw, the decoupled decay w ← w − ηλw. */
  weightDecay: Num;
  /** Adagrad's starting sum of squares. */
  initialAccumulator: Num;
}

export type GradientSource = { kind: 'quadratic'; q: Quadratic } | { kind: 'list'; gradients: Num[][] };

export interface OptGiven {
  start: Num[];
  variables: string[];
  source: GradientSource;
  opt: OptSettings;
  steps: number;
}

/** The state an optimiser keeps, in part-id names. */
export const STATE_KEYS: Record<OptName, readonly StateKey[]> = {
  sgd: [],
  momentum: ['v'],
  nesterov: ['v'],
  adagrad: ['s'],
  rmsprop: ['s'],
  adam: ['m', 'v', 'm_hat', 'v_hat'],
  adamw: ['m', 'v', 'm_hat', 'v_hat'],
};
export type StateKey = 'v' | 's' | 'm' | 'm_hat' | 'v_hat';
export type Key = 'g' | 'w' | StateKey;
/** The order the quantities of one step are computed in. */
export const STEP_ORDER: readonly Key[] = ['g', 'm', 'v', 's', 'm_hat', 'v_hat', 'w'];

export function keysOf(opt: OptName): Key[] {
  return STEP_ORDER.filter((k) => k === 'g' || k === 'w' || STATE_KEYS[opt].includes(k as StateKey));
}

export const PART_RE = /^(g|w|v|s|m|m_hat|v_hat)([1-9][0-9]*)$/;

export function splitPart(part: string): { key: Key; t: number } | null {
  const m = PART_RE.exec(part);
  return m ? { key: m[1] as Key, t: Number(m[2]) } : null;
}

export function partExists(g: OptGiven, part: string): boolean {
  const s = splitPart(part);
  return !!s && s.t <= g.steps && keysOf(g.opt.name).includes(s.key);
}

const DEFAULTS: Record<string, string> = { momentum: '0.9', beta1: '0.9', beta2: '0.999', eps: '1e-8', alpha: '0.99', weight_decay: '0', initial_accumulator: '0' };

export function readOptGiven(given: PNode): OptGiven {
  return asProblemError(() => {
    const str = (k: string, allowed: readonly string[], dflt?: string): string => {
      const n = get(given, k);
      if (!n) {
        if (dflt !== undefined) return dflt;
        throw new ProblemError(`"${k}" is required (${allowed.join(', ')})`, given.pos);
      }
      const v = n.kind === 'scalar' ? String(n.value).toLowerCase() : '';
      if (!allowed.includes(v)) throw new ProblemError(`${k} must be one of ${allowed.join(', ')}`, n.pos);
      return v;
    };
    const num = (k: string, lo?: Num, hi?: Num): Num => {
      const n = get(given, k);
      const v = n ? givenNumber(n) : k in DEFAULTS ? Num.parseDecimal(DEFAULTS[k]) : null;
      if (!v) throw new ProblemError(`"${k}" is required`, given.pos);
      if ((lo && v.lt(lo)) || (hi && hi.lt(v))) throw new ProblemError(`${k} must be from ${lo ?? '−∞'} to ${hi ?? '∞'}`, n?.pos ?? given.pos);
      return v;
    };
    const name = str('optimizer', OPTIMIZERS) as OptName;
    const stepsNode = get(given, 'steps');
    // A number, or a templated variant's "3".
    const steps = stepsNode?.kind === 'scalar' && (typeof stepsNode.value === 'number' || (typeof stepsNode.value === 'string' && /^\s*\d+\s*$/.test(stepsNode.value))) ? Number(stepsNode.value) : NaN;
    if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) throw new ProblemError(`steps must be a whole number from 1 to ${MAX_STEPS}`, stepsNode?.pos ?? given.pos);
    const startNode = get(given, 'start');
    if (!startNode) throw new ProblemError('"start" is required: the parameters\' values before the first step', given.pos);
    const start = startNode.kind === 'scalar' ? [givenNumber(startNode)] : givenVector(startNode);
    if (start.length > MAX_VARIABLES) throw new ProblemError(`at most ${MAX_VARIABLES} parameters`, startNode.pos);
    const gradsNode = get(given, 'gradients');
    let source: GradientSource, variables: string[];
    if (gradsNode) {
      if (get(given, 'matrix') || get(given, 'function')) throw new ProblemError('give the gradients either by a quadratic ("matrix" or "function") or as a list ("gradients"), not both', gradsNode.pos);
      const rows = start.length === 1 && gradsNode.kind === 'seq' && gradsNode.items.every((i) => i.kind === 'scalar') ? givenVector(gradsNode).map((v) => [v]) : givenMatrix(gradsNode);
      if (rows.length < steps) throw new ProblemError(`${steps} steps need ${steps} gradients; "gradients" has ${rows.length}`, gradsNode.pos);
      if (rows.some((r) => r.length !== start.length)) throw new ProblemError(`each gradient has ${start.length} entries, as "start" has`, gradsNode.pos);
      source = { kind: 'list', gradients: rows };
      variables = start.length === 1 ? ['w'] : start.map((_, i) => `w${i + 1}`);
    } else {
      if (!get(given, 'matrix') && !get(given, 'function')) throw new ProblemError('the gradient comes from a quadratic ("matrix" or "function") or a list ("gradients")', given.pos);
      const q = readQuadratic(given);
      if (q.variables.length !== start.length) throw new ProblemError(`"start" has ${start.length} values; f has ${q.variables.length} variables (${q.variables.join(', ')})`, startNode.pos);
      source = { kind: 'quadratic', q };
      variables = q.variables;
    }
    const ZERO = Num.ZERO, ONE = Num.ONE;
    const opt: OptSettings = {
      name,
      lr: num('lr', ZERO),
      momentum: num('momentum', ZERO, ONE),
      convention: str('convention', ['pytorch', 'classical'], 'pytorch') as 'pytorch' | 'classical',
      beta1: num('beta1', ZERO, ONE),
      beta2: num('beta2', ZERO, ONE),
      alpha: num('alpha', ZERO, ONE),
      eps: num('eps', ZERO),
      epsPlacement: str('eps_placement', ['outside', 'inside'], 'outside') as 'outside' | 'inside',
      weightDecay: get(given, 'weight_decay') ? num('weight_decay', ZERO) : name === 'adamw' ? Num.frac(1, 100) : ZERO,
      initialAccumulator: num('initial_accumulator', ZERO),
    };
    if (opt.lr.isZero()) throw new ProblemError('lr must be above 0', get(given, 'lr')?.pos ?? given.pos);
    if ((name === 'adam' || name === 'adamw') && (opt.beta1.eq(ONE) || opt.beta2.eq(ONE))) throw new ProblemError('beta1 and beta2 must be below 1 (bias correction divides by 1 − βᵗ)', given.pos);
    if (get(given, 'convention') && name !== 'momentum') throw new ProblemError('"convention" names a momentum convention: it is for optimizer: momentum (nesterov follows PyTorch)', get(given, 'convention')!.pos);
    const settings = new Set(SETTINGS_OF[name]);
    for (const k of ['momentum', 'beta1', 'beta2', 'alpha', 'eps', 'eps_placement', 'initial_accumulator'])
      if (get(given, k) && !settings.has(k)) throw new ProblemError(`"${k}" is not a setting of ${name} (its settings: lr, weight_decay${SETTINGS_OF[name].length ? ', ' + SETTINGS_OF[name].join(', ') : ''})`, get(given, k)!.pos);
    return { start, variables, source, opt, steps };
  });
}

export const SETTINGS_OF: Record<OptName, string[]> = {
  sgd: [],
  momentum: ['momentum', 'convention'],
  nesterov: ['momentum'],
  adagrad: ['eps', 'eps_placement', 'initial_accumulator'],
  rmsprop: ['alpha', 'eps', 'eps_placement'],
  adam: ['beta1', 'beta2', 'eps', 'eps_placement'],
  adamw: ['beta1', 'beta2', 'eps', 'eps_placement'],
};
