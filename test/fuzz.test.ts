// The fuzz suite in `npm test`: a short campaign with a fixed seed (hostile submissions in every
// format, hostile problem files), every invariant of src/fuzz/checks.ts asserted. Long campaigns:
// `npm run fuzz -- --runs N` (README, Reliability).
import { describe, expect, it } from 'vitest';
import { runCampaign } from '../src/fuzz/campaign.js';

describe('fuzz', () => {
  it('250 hostile submissions and 60 hostile problem files: no crash, no hang, no entry lost, nothing injected, the same report on 1 and 2 threads', async () => {
    const r = await runCampaign({ root: process.cwd(), submissions: 250, problems: 60, seed: 20261129, batch: 125, timeout: 120 });
    expect(r.violations).toEqual([]);
    expect(r.submissionFiles).toBeGreaterThanOrEqual(250);
    expect(r.problemFiles).toBe(60);
    expect(r.cliRuns).toBe(17); // 2 batches (one graded as one set, one against the assignments) × 8 runs, and validate
  }, 300_000);
});
