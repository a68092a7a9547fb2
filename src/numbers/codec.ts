// References are cached on disk and sent to worker threads as JSON; Num and Surd values are
// tagged so they come back exact.
import { Frac } from './mathjs.js';
import { Num, type SerializedNum } from './num.js';
import { Surd } from './surd.js';

export function encode(v: unknown): unknown {
  if (v instanceof Num) return { $n: v.serialize() };
  if (v instanceof Surd) return { $s: [frac(v.a), frac(v.b), v.r.toString()] };
  if (typeof v === 'bigint') return { $b: v.toString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

export function decode<T>(v: unknown): T {
  return dec(v) as T;
}

function dec(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dec);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$n' in o) return Num.deserialize(o.$n as SerializedNum);
    if ('$s' in o) {
      const [a, b, r] = o.$s as string[];
      return new Surd(parseFrac(a), parseFrac(b), BigInt(r));
    }
    if ('$b' in o) return BigInt(o.$b as string);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, dec(x)]));
  }
  return v;
}

function frac(q: { s: bigint; n: bigint; d: bigint }): string {
  return `${q.s < 0n ? '-' : ''}${q.n}/${q.d}`;
}
function parseFrac(s: string) {
  const [n, d] = s.split('/');
  return new Frac(BigInt(n), BigInt(d));
}
