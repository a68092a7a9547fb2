// The graph language's tokenizer and parser (docs/graph-language.md). A closed grammar read by
// recursive descent: nothing is ever evaluated as code. Every error carries the column (1-based,
// in the line's text) of the token it is about.
import { Num, NumError } from '../numbers/num.js';

export class SyntaxErr extends Error {
  constructor(
    message: string,
    /** 1-based column in the statement text. */
    readonly column: number,
  ) {
    super(message);
  }
}

export const MAX_LINE = 1000;
export const MAX_DEPTH = 50;

type TokKind = 'num' | 'name' | 'op' | 'end';
interface Tok {
  kind: TokKind;
  text: string;
  col: number;
}

const OPS = ['(', ')', '[', ']', ',', ':', '=', '+', '-', '*', '/', '@', '.'];

export function tokenize(src: string): Tok[] {
  if (src.length > MAX_LINE) throw new SyntaxErr(`the line has ${src.length} characters, over the limit of ${MAX_LINE}`, MAX_LINE + 1);
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i, i + 80));
    if (num && !(c === '.' && !/\d/.test(src[i + 1] ?? ''))) {
      if (/[A-Za-z_]/.test(src[i + num[0].length] ?? '')) throw new SyntaxErr(`"${src.slice(i, i + num[0].length + 1)}" is not a number or a name`, i + 1);
      toks.push({ kind: 'num', text: num[0], col: i + 1 });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (name) {
      if (name[0].length > 100) throw new SyntaxErr('a name of more than 100 characters', i + 1);
      toks.push({ kind: 'name', text: name[0], col: i + 1 });
      i += name[0].length;
      continue;
    }
    if (c === '*' && src[i + 1] === '*') throw new SyntaxErr('"**" is not in the language: write pow(x, p)', i + 1);
    if (OPS.includes(c)) {
      toks.push({ kind: 'op', text: c, col: i + 1 });
      i++;
      continue;
    }
    const shown = /[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/.test(c) ? `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : c === '"' ? `'"'` : `"${c}"`;
    throw new SyntaxErr(`${shown} is not in the graph language`, i + 1);
  }
  toks.push({ kind: 'end', text: '', col: src.length + 1 });
  return toks;
}

export type Ast =
  | { k: 'num'; v: Num; text: string; col: number }
  | { k: 'bool'; v: boolean; col: number }
  | { k: 'name'; name: string; col: number }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '@'; a: Ast; b: Ast; col: number }
  | { k: 'neg'; a: Ast; col: number }
  | { k: 'call'; fn: string; args: Ast[]; kw: Record<string, Ast>; kwCol: Record<string, number>; col: number }
  | { k: 'index'; a: Ast; items: IndexItem[]; col: number }
  | { k: 'T'; a: Ast; col: number }
  | { k: 'list'; items: Ast[]; col: number };

export type IndexItem = { k: 'at'; i: number; col: number } | { k: 'range'; start?: number; stop?: number; step?: number; col: number };

export interface Statement {
  name: string;
  nameCol: number;
  expr: Ast;
  /** The expression's text as written (for the worked solution). */
  text: string;
}

class Parser {
  private p = 0;
  private depth = 0;
  constructor(private toks: Tok[]) {}
  peek(): Tok {
    return this.toks[this.p];
  }
  next(): Tok {
    return this.toks[this.p++];
  }
  isOp(t: string): boolean {
    const k = this.peek();
    return k.kind === 'op' && k.text === t;
  }
  expect(t: string, what = `"${t}"`): Tok {
    const k = this.peek();
    if (k.kind !== 'op' || k.text !== t) throw new SyntaxErr(`expected ${what}, found ${describe(k)}`, k.col);
    return this.next();
  }
  enter(col: number): void {
    if (++this.depth > MAX_DEPTH) throw new SyntaxErr(`the expression nests more than ${MAX_DEPTH} deep`, col);
  }

  expr(): Ast {
    this.enter(this.peek().col);
    let a = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.next();
      a = { k: 'bin', op: t.text as '+' | '-', a, b: this.term(), col: t.col };
    }
    this.depth--;
    return a;
  }
  term(): Ast {
    let a = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('@')) {
      const t = this.next();
      a = { k: 'bin', op: t.text as '*' | '/' | '@', a, b: this.unary(), col: t.col };
    }
    return a;
  }
  unary(): Ast {
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.next();
      this.enter(t.col);
      const a = this.unary();
      this.depth--;
      return t.text === '-' ? { k: 'neg', a, col: t.col } : a;
    }
    return this.postfix();
  }
  postfix(): Ast {
    let a = this.primary();
    for (;;) {
      if (this.isOp('[')) {
        const t = this.next();
        const items: IndexItem[] = [this.indexItem()];
        while (this.isOp(',')) {
          this.next();
          items.push(this.indexItem());
        }
        this.expect(']');
        a = { k: 'index', a, items, col: t.col };
      } else if (this.isOp('.')) {
        const t = this.next();
        const n = this.peek();
        if (n.kind !== 'name' || n.text !== 'T') throw new SyntaxErr(`".${n.text}" is not in the language (only ".T", the transpose)`, n.col);
        this.next();
        a = { k: 'T', a, col: t.col };
      } else return a;
    }
  }
  int(): number {
    const t = this.peek();
    let sign = 1;
    if (t.kind === 'op' && t.text === '-') {
      this.next();
      sign = -1;
    }
    const n = this.peek();
    if (n.kind !== 'num' || !/^\d+$/.test(n.text) || n.text.length > 9) throw new SyntaxErr(`an index is a whole number, found ${describe(n)}`, n.col);
    this.next();
    return sign * Number(n.text);
  }
  indexItem(): IndexItem {
    const col = this.peek().col;
    const bound = (): number | undefined => (this.isOp(':') || this.isOp(',') || this.isOp(']') ? undefined : this.int());
    const start = bound();
    if (!this.isOp(':')) {
      if (start === undefined) throw new SyntaxErr(`expected an index or a slice, found ${describe(this.peek())}`, this.peek().col);
      return { k: 'at', i: start, col };
    }
    this.next();
    const stop = bound();
    let step: number | undefined;
    if (this.isOp(':')) {
      this.next();
      step = bound();
      if (step !== undefined && step <= 0) throw new SyntaxErr('a slice step must be positive', col);
    }
    return { k: 'range', start, stop, step, col };
  }
  primary(): Ast {
    const t = this.peek();
    if (t.kind === 'num') {
      this.next();
      try {
        return { k: 'num', v: Num.parseDecimal(t.text), text: t.text, col: t.col };
      } catch (e) {
        if (e instanceof NumError) throw new SyntaxErr(e.message, t.col);
        throw e;
      }
    }
    if (t.kind === 'op' && t.text === '(') {
      this.next();
      this.enter(t.col);
      const first = this.expr();
      if (this.isOp(',')) {
        // A tuple: only as a shape argument (reshape(x, (2, 3))).
        const items = [first];
        while (this.isOp(',')) {
          this.next();
          items.push(this.expr());
        }
        this.expect(')');
        this.depth--;
        return { k: 'list', items, col: t.col };
      }
      this.expect(')');
      this.depth--;
      return first;
    }
    if (t.kind === 'op' && t.text === '[') {
      this.next();
      this.enter(t.col);
      const items: Ast[] = [];
      if (!this.isOp(']')) {
        items.push(this.expr());
        while (this.isOp(',')) {
          this.next();
          items.push(this.expr());
        }
      }
      this.expect(']');
      this.depth--;
      return { k: 'list', items, col: t.col };
    }
    if (t.kind === 'name') {
      this.next();
      if (t.text === 'True' || t.text === 'False') return { k: 'bool', v: t.text === 'True', col: t.col };
      if (!this.isOp('(')) return { k: 'name', name: t.text, col: t.col };
      this.next();
      this.enter(t.col);
      const args: Ast[] = [];
      const kw: Record<string, Ast> = Object.create(null);
      const kwCol: Record<string, number> = Object.create(null);
      while (!this.isOp(')')) {
        if (args.length + Object.keys(kw).length > 0) this.expect(',', '"," or ")"');
        const k = this.peek();
        if (k.kind === 'name' && this.toks[this.p + 1].kind === 'op' && this.toks[this.p + 1].text === '=') {
          this.p += 2;
          if (k.text in kw) throw new SyntaxErr(`"${k.text}" is given twice`, k.col);
          kwCol[k.text] = k.col;
          kw[k.text] = this.expr();
        } else {
          if (Object.keys(kw).length) throw new SyntaxErr('a positional argument after a keyword argument', k.col);
          args.push(this.expr());
        }
      }
      this.next();
      this.depth--;
      return { k: 'call', fn: t.text, args, kw, kwCol, col: t.col };
    }
    throw new SyntaxErr(`expected a number, a name or "(", found ${describe(t)}`, t.col);
  }
}

function describe(t: Tok): string {
  return t.kind === 'end' ? 'the end of the line' : `"${t.text}"`;
}

export function parseExpression(src: string): Ast {
  const p = new Parser(tokenize(src));
  const e = p.expr();
  const rest = p.peek();
  if (rest.kind !== 'end') throw new SyntaxErr(`unexpected ${describe(rest)} after the expression`, rest.col);
  return e;
}

/** `name = expression`. */
export function parseStatement(src: string): Statement {
  const toks = tokenize(src);
  const [n, eq] = toks;
  if (n.kind !== 'name') throw new SyntaxErr(`a graph line is "name = expression", found ${describe(n)} first`, n.col);
  if (eq.kind !== 'op' || eq.text !== '=') throw new SyntaxErr(`expected "=" after "${n.text}", found ${describe(eq)}`, eq.col);
  const p = new Parser(toks.slice(2));
  const expr = p.expr();
  const rest = p.peek();
  if (rest.kind !== 'end') throw new SyntaxErr(`unexpected ${describe(rest)} after the expression`, rest.col);
  return { name: n.text, nameCol: n.col, expr, text: src.slice(eq.col).trim() };
}
