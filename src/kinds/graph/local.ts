// The local derivative of a graph line with respect to one tensor it reads, written the way a
// student writes it: the upstream gradient dS carried down the line's expression to each place
// the tensor appears (g @ Wᵀ, xᵀ @ g, g ⊙ (1 − S²), Σ over the batch for a broadcast bias…).
import { parseStatement, type Ast } from '../../autodiff/parse.js';

function show(a: Ast): string {
  switch (a.k) {
    case 'num': return a.text;
    case 'bool': return a.v ? 'True' : 'False';
    case 'name': return a.name;
    case 'neg': return `−${wrap(a.a)}`;
    case 'bin': return `${wrap(a.a)} ${a.op === '*' ? '*' : a.op} ${wrap(a.b)}`;
    case 'T': return `${wrap(a.a)}ᵀ`;
    case 'index': return `${wrap(a.a)}[…]`;
    case 'list': return `[${a.items.map(show).join(', ')}]`;
    case 'call': return `${a.fn}(${[...a.args.map(show), ...Object.entries(a.kw).map(([k, v]) => `${k}=${show(v)}`)].join(', ')})`;
  }
}
const wrap = (a: Ast): string => (a.k === 'bin' || a.k === 'neg' ? `(${show(a)})` : show(a));
const paren = (s: string): string => (/^[\w.]+$|^\(.*\)$|^d\w+$/.test(s) ? s : `(${s})`);

/** The terms g flows into at each use of `x` in `a`, g being the gradient arriving at `a`. */
function down(a: Ast, g: string, x: string, out: string[], root: string | null): void {
  const self = root ?? show(a);
  switch (a.k) {
    case 'name':
      if (a.name === x) out.push(g);
      return;
    case 'neg': return down(a.a, `−${paren(g)}`, x, out, null);
    case 'T': return down(a.a, `${paren(g)}ᵀ`, x, out, null);
    case 'bin':
      switch (a.op) {
        case '+': down(a.a, g, x, out, null); return down(a.b, g, x, out, null);
        case '-': down(a.a, g, x, out, null); return down(a.b, `−${paren(g)}`, x, out, null);
        case '*': down(a.a, `${paren(g)} ⊙ ${wrap(a.b)}`, x, out, null); return down(a.b, `${wrap(a.a)} ⊙ ${paren(g)}`, x, out, null);
        case '/': down(a.a, `${paren(g)} / ${wrap(a.b)}`, x, out, null); return down(a.b, `−${paren(g)} ⊙ ${wrap(a.a)} / ${wrap(a.b)}²`, x, out, null);
        case '@': down(a.a, `${paren(g)} @ ${wrap(a.b)}ᵀ`, x, out, null); return down(a.b, `${wrap(a.a)}ᵀ @ ${paren(g)}`, x, out, null);
      }
      return;
    case 'call': {
      const [u] = a.args;
      const s = paren(self);
      const rule: Record<string, string> = {
        tanh: `${paren(g)} ⊙ (1 − ${s}²)`,
        sigmoid: `${paren(g)} ⊙ ${s} ⊙ (1 − ${s})`,
        relu: u ? `${paren(g)} ⊙ [${show(u)} > 0]` : '',
        leaky_relu: u ? `${paren(g)} ⊙ (1 if ${show(u)} > 0 else α)` : '',
        exp: `${paren(g)} ⊙ ${s}`,
        log: u ? `${paren(g)} / ${wrap(u)}` : '',
        sqrt: `${paren(g)} / (2${s})`,
        transpose: `${paren(g)}ᵀ`,
        softmax: `${s} ⊙ (${g} − Σ ${paren(g)} ⊙ ${s})`,
      };
      if (a.fn in rule && u && a.args.length <= (a.fn === 'transpose' ? 1 : 2)) return down(u, rule[a.fn], x, out, null);
      const t = a.args[1];
      if (u && t && ['half_sse', 'sse', 'mse', 'bce', 'cross_entropy'].includes(a.fn)) {
        const diff = `(${show(u)} − ${show(t)})`;
        const first: Record<string, string> = {
          half_sse: diff,
          sse: `2${diff}`,
          mse: `2${diff}/n`,
          bce: `${diff} / (${wrap(u)}(1 − ${wrap(u)}))/n`,
          cross_entropy: `(softmax(${show(u)}) − ${show(t)}′)/N (${show(t)}′: one-hot or soft targets${a.args[2] || a.kw.label_smoothing ? ', smoothed' : ''})`,
        };
        const scale = g === 'dL' || /^d\w+$/.test(g) ? `${g} · ` : `${paren(g)} · `;
        down(u, `${scale}${first[a.fn]}`, x, out, null);
        if (a.fn !== 'cross_entropy') down(t, `−${scale}${first[a.fn]}`, x, out, null);
        return;
      }
      if (u && a.fn === 'l2') return down(u, `${paren(g)} · 2${wrap(u)}`, x, out, null);
      // Anything else: named by its operation.
      a.args.forEach((arg, i) => down(arg, `${paren(g)} · ∂${a.fn}/∂(arg ${i + 1})`, x, out, null));
      return;
    }
    case 'index': return down(a.a, `${paren(g)} placed back at […]`, x, out, null);
    default: return;
  }
}

/** ∂L/∂x's share from the line `name = text`, given its upstream dname, as a formula. */
export function localFormula(name: string, text: string, x: string): string {
  try {
    const st = parseStatement(`${name} = ${text}`);
    const terms: string[] = [];
    down(st.expr, `d${name}`, x, terms, name);
    return terms.join(' + ') || `∂${name}/∂${x}`;
  } catch {
    return `∂${name}/∂${x}`;
  }
}
