// Exact work on big numbers: a Hessian of 30-digit entries computes at once; one past the bound
// on its digits is refused at load, at the matrix, with the count.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from '../../../test/helpers.js';
import { loadProblems } from '../../grading/problems.js';
import { MAX_HESSIAN_DIGITS } from './quadratic.js';
import type { GdReference } from './reference.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

describe('the size of exact numbers', () => {
  // A hang guard, not a timing: it ran for over a minute before isqrt was fixed.
  it('a non-symmetric 2×2 of 30-digit integers gives its exact reference (it hung)', { timeout: 15_000 }, async () => {
    const { ref } = await fixture(here('./fixtures/digits-30.yaml'));
    const r = ref as GdReference;
    // H = A + Aᵀ; its eigenvalues are (tr ± √(tr² − 4 det))/2, an exact surd with a 60-digit radicand
    expect(r.eigenvalues).toHaveLength(2);
    expect(r.hessian[0][1].toString()).toBe(String(BigInt('-89355399714881846580041849427') + BigInt('928097011405822562815403223759')));
    expect(r.hessian[0][0].toString()).toBe(String(2n * 134130306591929369856526838597n));
  });

  it.each([
    ['8×8 of 200-digit entries', 8, 200, true],
    ['12×12 of 12-digit entries', 12, 12, false],
    ['2×2 of 150-digit entries', 2, 150, false],
  ])('%s: refused past the bound, with the count', (_n, n, d, refused) => {
    const digit = (i: number, j: number) => `${(i * 7 + j * 3) % 9 + 1}`.repeat(d);
    const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => digit(i, j)));
    const f = join(mkdtempSync(join(tmpdir(), 'gc-digits-')), 'p.yaml');
    writeFileSync(f, `id: big\nkind: gd-step-size\ngiven:\n  matrix: ${JSON.stringify(matrix).replace(/"/g, '')}\nparts: { range: 1 }\n`);
    const errors = loadProblems([f]).errors;
    if (refused) {
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toMatch(new RegExp(`hold \\d+ digits in all; exact eigenvalues are computed for at most ${MAX_HESSIAN_DIGITS}`));
      expect(errors[0].line).toBe(4);
    } else expect(errors).toEqual([]);
  });
});
