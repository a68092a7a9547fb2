// The policy stage's findings: what it did to a part's credit, said to the student.
import { catalog } from '../findings/finding.js';

export const policyFinding = catalog({
  'policy.carried-forward': {
    severity: 'info',
    message: (v: { part: string; from: string[] }) =>
      v.from.includes(v.part)
        ? `${v.part}: where an entry follows correctly from your own earlier wrong one, it keeps its points (error carried forward): each slip is charged once, where it was made`
        : `${v.part} is graded against your own ${list(v.from)} (error carried forward): it follows correctly from ${v.from.length === 1 ? 'it' : 'them'}, so the mistake is charged there only`,
  },
  'policy.charged-once': {
    severity: 'info',
    message: (v: { code: string; part: string; first: string }) =>
      `${v.part} has the same mistake as ${v.first} (${v.code}), already charged there: this part loses nothing more for it`,
  },
});

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
