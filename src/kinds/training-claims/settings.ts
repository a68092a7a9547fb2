// Training settings as a report gives them: each one either stated by the report or assumed by the
// instructor, and an assumed one may be a small set of plausible values. The retraining covers
// every plausible combination (bounded below), and a claim is judged against all of them.
//
//   training:
//     stated:  { optimizer: sgd, lr: 0.001, batch: 100 }            # the report's own words
//     assumed: { momentum: [0, 0.9], init: [pytorch, keras], epochs: [5, 10] }
//
// A flat `training: { lr: …, … }` (the older form) is read as stated. A setting given nowhere is
// the default below, counted as assumed.
import { get, type PNode, type Pos } from '../../load/pnode.js';
import { ProblemError } from '../types.js';
import type { Settings } from './train.js';

export const SETTING_KEYS = ['optimizer', 'lr', 'momentum', 'batch', 'epochs', 'weight-decay', 'init'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type Provenance = 'stated' | 'assumed' | 'default';

/** At most this many combinations of plausible values (epochs excepted: every epoch count is read off one run of the longest). */
export const MAX_COMBINATIONS = 8;
/** At most this many epochs trained in all (models × seeds × combinations × the longest epoch count). */
export const MAX_TRAINED_EPOCHS = 3000;

export const DEFAULTS: Settings = { optimizer: 'sgd', lr: 0.01, momentum: 0.9, batch: 100, epochs: 1, weightDecay: 0, init: { kind: 'xavier', std: 0 } };

export interface Combination {
  /** The plausible values this combination takes, as written ("momentum 0.9, init pytorch"); empty for the stated settings alone. */
  label: string;
  settings: Settings;
}

export interface SettingsPlan {
  /** One per combination of plausible values (the first takes the first value of each). */
  combinations: Combination[];
  /** Epoch counts claims may be read at (the plausible set, else the one given); training runs the longest. */
  epochs: number[];
  provenance: Record<SettingKey, Provenance>;
  /** The settings with a plausible set, and its values as written. */
  plausible: Partial<Record<SettingKey, string[]>>;
}

const str = (n: PNode | undefined) => (n?.kind === 'scalar' && n.value !== null ? String(n.value).trim() : undefined);

function number(n: PNode, name: string, min: number, max: number, integer = false): number {
  const v = n.kind === 'scalar' ? Number(n.value) : NaN;
  if (!(v >= min && v <= max) || (integer && !Number.isInteger(v))) throw new ProblemError(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`, n.pos);
  return v;
}

const INIT_HELP = 'init: pytorch (PyTorch\'s defaults: Kaiming-uniform weights with a = √5, biases uniform ±1/√fan_in), keras (Glorot-uniform weights, zero biases), xavier, he or normal(std), e.g. normal(0.01)';

/** One value of one setting, into `s`. */
function apply(s: Settings, key: SettingKey, n: PNode): void {
  switch (key) {
    case 'optimizer': {
      const v = str(n);
      if (v !== 'sgd' && v !== 'sgd-momentum' && v !== 'adam') throw new ProblemError('optimizer: sgd, sgd-momentum or adam', n.pos);
      s.optimizer = v;
      return;
    }
    case 'init': {
      const v = str(n) ?? '';
      const normal = /^normal\(\s*([\d.e-]+)\s*\)$/.exec(v);
      if (normal && Number(normal[1]) > 0) s.init = { kind: 'normal', std: Number(normal[1]) };
      else if (v === 'xavier' || v === 'he' || v === 'pytorch' || v === 'keras') s.init = { kind: v, std: 0 };
      else throw new ProblemError(INIT_HELP, n.pos);
      return;
    }
    case 'lr':
      s.lr = number(n, 'lr', 1e-9, 10);
      return;
    case 'momentum':
      s.momentum = number(n, 'momentum', 0, 1);
      return;
    case 'batch':
      s.batch = number(n, 'batch', 1, 100_000, true);
      return;
    case 'epochs':
      s.epochs = number(n, 'epochs', 1, 1000, true);
      return;
    case 'weight-decay':
      s.weightDecay = number(n, 'weight-decay', 0, 1);
      return;
  }
}

const isKey = (k: string): k is SettingKey => (SETTING_KEYS as readonly string[]).includes(k);

interface Entry {
  key: SettingKey;
  provenance: 'stated' | 'assumed';
  /** One node, or the plausible values (assumed only). */
  values: PNode[];
  pos: Pos;
}

/** The settings a mapping gives: flat (stated), or split into `stated` and `assumed`. */
function entries(t: PNode, where: string): Entry[] {
  if (t.kind !== 'map') throw new ProblemError(`${where} is a mapping of settings (${SETTING_KEYS.join(', ')}), or { stated: {…}, assumed: {…} }`, t.pos);
  const split = get(t, 'stated') !== undefined || get(t, 'assumed') !== undefined;
  const out: Entry[] = [];
  const seen = new Map<string, Pos>();
  const read = (m: PNode, provenance: 'stated' | 'assumed') => {
    if (m.kind !== 'map') throw new ProblemError(`${where}.${provenance} is a mapping of settings (${SETTING_KEYS.join(', ')})`, m.pos);
    for (const e of m.entries) {
      if (!isKey(e.key)) throw new ProblemError(`unknown training setting "${e.key}" (known: ${SETTING_KEYS.join(', ')})`, e.keyPos);
      if (seen.has(e.key)) throw new ProblemError(`${e.key} is given twice (line ${seen.get(e.key)!.line}): a setting is either stated or assumed`, e.keyPos);
      seen.set(e.key, e.keyPos);
      if (e.value.kind === 'seq') {
        if (provenance === 'stated') throw new ProblemError(`${e.key}: a stated setting has one value; a set of plausible values is assumed (put it under assumed)`, e.value.pos);
        if (e.value.items.length === 0) throw new ProblemError(`${e.key}: an empty set of plausible values`, e.value.pos);
        out.push({ key: e.key, provenance, values: e.value.items, pos: e.keyPos });
      } else out.push({ key: e.key, provenance, values: [e.value], pos: e.keyPos });
    }
  };
  if (split) {
    for (const e of t.entries) {
      if (e.key !== 'stated' && e.key !== 'assumed') throw new ProblemError(`${where}: with stated/assumed, every setting goes under one of them ("${e.key}" is beside them)`, e.keyPos);
      read(e.value, e.key);
    }
  } else read(t, 'stated');
  return out;
}

/** The problem's settings (given.training, or given itself in the oldest form). */
export function readPlan(t: PNode): SettingsPlan {
  const base: Settings = { ...DEFAULTS, init: { ...DEFAULTS.init } };
  const provenance = Object.fromEntries(SETTING_KEYS.map((k) => [k, 'default'])) as Record<SettingKey, Provenance>;
  const plausible: SettingsPlan['plausible'] = {};
  const varying: Entry[] = [];
  let epochs: number[] | null = null;
  const own = t.kind === 'map' && (get(t, 'stated') || get(t, 'assumed') || t.entries.some((e) => isKey(e.key))) ? entries(t, 'training') : [];
  for (const e of own) {
    provenance[e.key] = e.provenance;
    for (const v of e.values) apply({ ...base, init: { ...base.init } }, e.key, v); // each value is checked where it is written
    apply(base, e.key, e.values[0]);
    if (e.values.length > 1) {
      plausible[e.key] = e.values.map((v) => str(v) ?? '');
      if (e.key === 'epochs') epochs = e.values.map((v) => number(v, 'epochs', 1, 1000, true));
      else varying.push(e);
    }
  }
  let combinations: Combination[] = [{ label: '', settings: base }];
  for (const e of varying) {
    combinations = combinations.flatMap((c) =>
      e.values.map((v) => {
        const s: Settings = { ...c.settings, init: { ...c.settings.init } };
        apply(s, e.key, v);
        return { label: [c.label, `${e.key} ${str(v)}`].filter(Boolean).join(', '), settings: s };
      }),
    );
    if (combinations.length > MAX_COMBINATIONS) throw new ProblemError(`the plausible settings make more than ${MAX_COMBINATIONS} combinations to retrain (${varying.map((x) => `${x.key}: ${x.values.length}`).join(', ')}): narrow them`, e.pos);
  }
  const ep = epochs ?? [base.epochs];
  const longest = Math.max(...ep);
  for (const c of combinations) c.settings.epochs = longest;
  return { combinations, epochs: [...new Set(ep)].sort((a, b) => a - b), provenance, plausible };
}

/** A model's own settings (one value each, stated or assumed), laid over each combination. */
export function readOwn(t: PNode, model: string): { own: Partial<Settings>; pos: Pos } {
  const s: Settings = { ...DEFAULTS, init: { ...DEFAULTS.init } };
  const own: Partial<Settings> = {};
  for (const e of entries(t, `model ${model}: training`)) {
    if (e.key === 'epochs') throw new ProblemError("epochs are the problem's, the same for every model: give them in given.training", e.pos);
    if (e.values.length > 1) throw new ProblemError(`model ${model}: plausible sets belong to the problem's training settings, not a model's`, e.pos);
    apply(s, e.key, e.values[0]);
    const field = e.key === 'weight-decay' ? 'weightDecay' : e.key;
    (own as Record<string, unknown>)[field] = (s as unknown as Record<string, unknown>)[field];
  }
  return { own, pos: t.pos };
}

/** A model's settings under one combination. */
export function settingsFor(c: Combination, own: Partial<Settings> | undefined): Settings {
  return own ? { ...c.settings, ...own, epochs: c.settings.epochs } : c.settings;
}
