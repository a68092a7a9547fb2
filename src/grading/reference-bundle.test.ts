// Variants' references in one file per templated problem (issue 25): a layer around the plain
// computation, so a reference read back from the bundle encodes to the same bytes as one
// computed afresh, and a class's variants make one file per templated problem, not one each.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProblems, type LoadedProblem } from './problems.js';
import { expandPaths } from './files.js';
import { problemFor, refKey } from '../variants/grading.js';
import { computeReferences } from './references.js';
import { forgetVariantBundles } from './reference-bundle.js';

const set = loadProblems(expandPaths(['test/fixtures/variants/course']).files);
const assignment = set.assignments[0];
const setup = { secret: 'bundle-test', pins: set.pins };
const templated = [...assignment.problems.values()].filter((lp) => lp.template);
/** Ten students' variants of every templated problem, by reference key. */
const variants = new Map<string, LoadedProblem>();
for (let i = 0; i < 10; i++) for (const lp of templated) {
  const v = problemFor(lp, assignment, `s${i}`, setup);
  variants.set(refKey(v), v);
}
const encoded = (refs: Map<string, { ref: unknown; source: string }>) => [...refs].map(([k, r]) => [k, JSON.stringify(variants.get(k)!.verifier.encodeRef(r.ref))]);

describe('variant references in one file per templated problem', () => {
  it('read back warm, they are the bytes of the plain computation; one file per templated problem', async () => {
    expect(templated.length).toBeGreaterThan(0);
    const plain = await computeReferences(variants, { cacheDir: null, crossCheck: false });
    const dir = mkdtempSync(join(tmpdir(), 'gc-bundle-'));
    const cold = await computeReferences(variants, { cacheDir: dir, crossCheck: false });
    expect([...cold.values()].every((r) => r.source === 'computed')).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(templated.map((lp) => `${lp.problem.kind}-${lp.problem.id}.variants.json`).sort());
    forgetVariantBundles(); // read back from the files, as the next run would
    const warm = await computeReferences(variants, { cacheDir: dir, crossCheck: false });
    expect([...warm.values()].every((r) => r.source === 'cache')).toBe(true);
    expect(encoded(warm)).toEqual(encoded(plain));
    expect(encoded(cold)).toEqual(encoded(plain));
  }, 60_000);
});
