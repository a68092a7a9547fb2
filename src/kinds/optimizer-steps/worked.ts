// The worked solution: the update rule with this problem's settings, then a table per step.
import { prettyMath } from '../../numbers/expr.js';
import type { Num } from '../../numbers/num.js';
import type { Problem } from '../types.js';
import { keysOf, type Key, type OptGiven } from './config.js';
import type { OptRef } from './grade.js';

const show = (x: Num) => (x.isRational && x.toString().includes('/') ? `${x.toString()} ≈ ${x.toDecimalString(8)}` : x.isRational ? x.toString() : x.toDecimalString(10));

export function ruleLines(g: OptGiven): string[] {
  const o = g.opt;
  const root = (s: string) => (o.epsPlacement === 'inside' ? `√(${s} + ε)` : `(√${s} + ε)`);
  const L: string[] = [];
  const wd = o.weightDecay.isZero() ? '' : o.name === 'adamw' ? '' : ' + λ·w_{t−1}';
  L.push(`- g_t = ∇f(w_{t−1})${wd}`);
  switch (o.name) {
    case 'sgd': L.push('- w_t = w_{t−1} − η·g_t'); break;
    case 'momentum':
      if (o.convention === 'classical') L.push('- v_t = μ·v_{t−1} − η·g_t (classical convention)', '- w_t = w_{t−1} + v_t');
      else L.push("- v_t = μ·v_{t−1} + g_t (PyTorch's convention)", '- w_t = w_{t−1} − η·v_t');
      break;
    case 'nesterov': L.push('- v_t = μ·v_{t−1} + g_t', '- w_t = w_{t−1} − η·(g_t + μ·v_t) (PyTorch\'s Nesterov)'); break;
    case 'adagrad': L.push('- s_t = s_{t−1} + g_t²', `- w_t = w_{t−1} − η·g_t / ${root('s_t')}`); break;
    case 'rmsprop': L.push('- s_t = α·s_{t−1} + (1 − α)·g_t²', `- w_t = w_{t−1} − η·g_t / ${root('s_t')}`); break;
    default:
      L.push('- m_t = β₁·m_{t−1} + (1 − β₁)·g_t', '- v_t = β₂·v_{t−1} + (1 − β₂)·g_t²', '- m̂_t = m_t / (1 − β₁ᵗ), v̂_t = v_t / (1 − β₂ᵗ)');
      L.push(o.name === 'adamw' ? `- w_t = w_{t−1}·(1 − η·λ) − η·m̂_t / ${root('v̂_t')} (decoupled weight decay)` : `- w_t = w_{t−1} − η·m̂_t / ${root('v̂_t')}`);
  }
  return L;
}

export function optMarkdown(problem: Problem<OptGiven>, ref: OptRef): string {
  const g = problem.given, o = g.opt;
  const L: string[] = [`## ${problem.title ?? problem.id} (${problem.id})`, ''];
  if (g.source.kind === 'quadratic') {
    const q = g.source.q;
    L.push(`f(${g.variables.join(', ')}) = ${prettyMath(q.text)}, so ∇f(w) = Hw + b with H = [${q.hessian.map((r) => `[${r.join(', ')}]`).join(', ')}], b = [${q.linear.join(', ')}].`, '');
  } else L.push('The gradient of each step is given.', '');
  const settings = [`η = ${o.lr}`];
  if (o.name === 'momentum' || o.name === 'nesterov') settings.push(`μ = ${o.momentum}`);
  if (o.name === 'rmsprop') settings.push(`α = ${o.alpha}`);
  if (o.name === 'adam' || o.name === 'adamw') settings.push(`β₁ = ${o.beta1}`, `β₂ = ${o.beta2}`);
  if (['adagrad', 'rmsprop', 'adam', 'adamw'].includes(o.name)) settings.push(`ε = ${o.eps}`);
  if (!o.weightDecay.isZero()) settings.push(`λ = ${o.weightDecay}`);
  L.push(`${o.name}, ${settings.join(', ')}; w₀ = [${g.start.join(', ')}]${o.name === 'adagrad' && !o.initialAccumulator.isZero() ? `, s₀ = ${o.initialAccumulator}` : ''}.`, '');
  L.push('### Update rule', '', ...ruleLines(g), '');
  const keys = keysOf(o.name);
  const NAMES: Record<Key, string> = { g: 'g', w: 'w', v: 'v', m: 'm', s: 's', m_hat: 'm̂', v_hat: 'v̂' };
  L.push('### Steps', '');
  g.variables.forEach((name, i) => {
    if (g.variables.length > 1) L.push(`**${name}** (entry ${i + 1})`, '');
    L.push(`| t | ${keys.map((k) => NAMES[k]).join(' | ')} |`, `|---|${keys.map(() => '---').join('|')}|`);
    L.push(`| 0 | ${keys.map((k) => (k === 'w' ? show(g.start[i]) : '')).join(' | ')} |`);
    ref.run.steps.forEach((s, t) => L.push(`| ${t + 1} | ${keys.map((k) => show(s[k]![i])).join(' | ')} |`));
    L.push('');
  });
  return L.join('\n');
}
