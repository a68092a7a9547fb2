// An answer reduced to what it says, so the same values written two ways meet: numbers (and
// fractions such as 1/6, also inside text like "0 < eta < 1/6") to 4 significant figures, text
// lowercased without spaces, mappings by key. Used only to find evidence for the instructor
// (integrity/pass.ts), never to grade.

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?:\s*\/\s*(?:\d+\.?\d*|\.\d+))?/gi;

export function fingerprint(v: unknown): string {
  if (v === null || v === undefined) return '~';
  if (typeof v === 'number' || typeof v === 'bigint') return num(Number(v));
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return text(v);
  if (Array.isArray(v)) return `[${v.map(fingerprint).join(',')}]`;
  if (typeof v === 'object')
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${k}:${fingerprint((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return '?';
}

function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  return String(Number(x.toPrecision(4)));
}

function text(s: string): string {
  const t = s.trim().toLowerCase().replace(/\s+/g, '');
  return t.replace(NUMBER, (m) => {
    const [a, b] = m.split('/');
    const x = b === undefined ? Number(a) : Number(a) / Number(b);
    return Number.isFinite(x) ? num(x) : m;
  });
}

/**
 * Whether a value says enough to be evidence when two students share it wrong: at least one
 * number with 3 significant figures, or 3 numbers or more (a lone 0, 1 or 12 is a common slip).
 */
export function unusual(fp: string): boolean {
  const nums = fp.match(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g) ?? [];
  return nums.length >= 3 || nums.some((n) => n.replace(/^-|e.*$/g, '').replace('.', '').replace(/^0+/, '').length >= 3);
}
