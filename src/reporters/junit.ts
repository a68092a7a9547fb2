// JUnit XML for CI test tabs: a testsuite per submission, a testcase per part; a part that
// lost points is a <failure>, an unreadable one an <error>. xmlbuilder2 does the escaping.
import { createRequire } from 'node:module';
import type { Report } from '../grading/types.js';

export function junitReport(r: Report): string {
  let tests = 0, failures = 0, errors = 0;
  // xmlbuilder2 takes ~0.1 s to load: only for this format.
  const { create } = createRequire(import.meta.url)('xmlbuilder2') as typeof import('xmlbuilder2');
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', { name: 'gradecheck' });
  for (const s of r.submissions) {
    const who = s.student ?? s.file;
    const cases = s.status === 'invalid' ? [{ name: 'submission', status: 'invalid', findings: s.findings, score: 0, maxScore: 0, problem: 'file' }] : s.problems.flatMap((p) => p.parts.map((pt) => ({ ...pt, name: `${p.id} ${pt.id}`, problem: p.id })));
    const sFail = cases.filter((c) => c.status !== 'correct' && c.status !== 'invalid').length;
    const sErr = cases.filter((c) => c.status === 'invalid').length;
    tests += cases.length;
    failures += sFail;
    errors += sErr;
    const suite = root.ele('testsuite', { name: who, tests: cases.length, failures: sFail, errors: sErr, skipped: 0, time: '0', file: s.file });
    suite.ele('properties').ele('property', { name: 'score', value: `${s.score}/${s.maxScore}` });
    for (const c of cases) {
      const tc = suite.ele('testcase', { name: c.name, classname: `${who}.${c.problem}`, time: '0' });
      if (c.status === 'correct') continue;
      const text = c.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} (${f.code})`).join('\n') || c.status;
      const first = c.findings.find((f) => f.severity === 'error') ?? c.findings[0];
      tc.ele(c.status === 'invalid' ? 'error' : 'failure', { message: first?.message ?? c.status, type: first?.code ?? c.status }).txt(`${c.status}: ${c.score}/${c.maxScore} points\n${text}`);
    }
  }
  root.att({ tests: String(tests), failures: String(failures), errors: String(errors), time: '0' });
  return root.end({ prettyPrint: true }) + '\n';
}
