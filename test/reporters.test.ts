// Each format on one fixed grading result.
import { describe, expect, it } from 'vitest';
import { convert } from 'xmlbuilder2';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Report } from '../src/grading/types.js';
import type { Finding } from '../src/findings/finding.js';
import { REPORTERS } from '../src/reporters/index.js';
import { githubPlan, MAX_ANNOTATIONS } from '../src/reporters/github.js';
import { gradescopeReport } from '../src/reporters/gradescope.js';

const f = (code: string, message: string, line: number, severity: Finding['severity'] = 'error'): Finding => ({ code, severity, message, file: 'subs/eve.yaml', line, column: 5, values: {} });
const HOSTILE = 'eve <img src=x onerror=alert(1)> | "quoted", comma';

const report: Report = {
  submissions: [
    {
      file: 'subs/eve.yaml',
      student: HOSTILE,
      status: 'graded',
      score: 4.5,
      maxScore: 10,
      findings: [f('submission.unknown-problem', 'there is no problem "x" in this problem set', 2, 'warning')],
      problems: [
        {
          id: 'p1',
          score: 4.5,
          maxScore: 10,
          parts: [
            { id: 'dW1', status: 'partial', score: 4.5, maxScore: 6, findings: Array.from({ length: 12 }, (_, i) => f('value.mismatch', `dW1 row 1, column ${i + 1} is <b>1</b> & 2; expected 3`, 5 + i)) },
            { id: 'loss', status: 'incorrect', score: 0, maxScore: 4, findings: [f('mlp.factor-off', 'loss is off by a factor of 2', 20), f('value.mismatch', 'loss is 2; expected 1', 20)] },
          ],
        },
      ],
    },
    { file: 'subs/zed.yaml', student: null, status: 'invalid', score: 0, maxScore: 0, findings: [f('submission.invalid', 'not a readable submission: not readable YAML', 3)], problems: [] },
  ],
};
const render = (fmt: string, color = false) => REPORTERS[fmt](report, { color });

describe('text', () => {
  it('ESLint-like lines and a summary per student; colours only when asked', () => {
    const out = render('text');
    expect(out).toContain('subs/eve.yaml:5:5 error dW1 row 1, column 1 is <b>1</b> & 2; expected 3 value.mismatch');
    expect(out).toMatch(/^eve <img.* 4\.5\/10 \(45\.0%\) subs\/eve\.yaml/m);
    expect(out).toMatch(/\(unknown student\) invalid 0 subs\/zed\.yaml/);
    expect(out).not.toMatch(/\x1b\[/);
    expect(render('text', true)).toMatch(/\x1b\[31merror/);
  });
});

describe('json', () => {
  it('is the SPEC shape without internal fields, and stable', () => {
    const out = render('json');
    expect(out).toBe(render('json'));
    const j = JSON.parse(out);
    expect(j.submissions[0].problems[0].parts[0].findings[0]).toEqual({ code: 'value.mismatch', severity: 'error', message: 'dW1 row 1, column 1 is <b>1</b> & 2; expected 3', file: 'subs/eve.yaml', line: 5, column: 5 });
  });
});

describe('markdown', () => {
  it('escapes student text', () => {
    const out = render('markdown');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; \\|');
  });
});

describe('github', () => {
  const plan = githubPlan(report);
  it('ranks one annotation per wrong part first, caps them, and counts the rest', () => {
    const errors = plan.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBe(MAX_ANNOTATIONS.error);
    expect(errors.slice(0, 3).map((a) => a.title)).toEqual(['value.mismatch', 'mlp.factor-off', 'submission.invalid']);
    expect(errors[3].title).toBe('value.mismatch'); // then the other entries of dW1
    expect(plan.annotations.filter((a) => a.level === 'warning').length).toBe(1);
    expect(plan.omitted).toBe(1 + 12 + 2 + 1 - plan.annotations.length);
    expect(plan.summary).toContain(`${plan.omitted} more findings are listed above but not shown as annotations`);
    expect(plan.outputs).toEqual({ score: '4.5', 'max-score': '10' });
  });
  it('escapes student text in the summary', () => {
    expect(plan.summary).not.toContain('<img');
    expect(plan.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(plan.summary).toContain('<b>' === '' ? '' : '&lt;b&gt;1&lt;/b&gt; &amp; 2');
  });
});

describe('gradescope', () => {
  it('one test per part with the findings as output', () => {
    const j = JSON.parse(render('gradescope'));
    expect(j.score).toBe(4.5);
    const t = j.tests.find((x: any) => x.name.endsWith('p1 dW1'));
    expect(Object.keys(t).sort()).toEqual(['max_score', 'name', 'number', 'output', 'output_format', 'score', 'status', 'visibility']);
    expect(t).toMatchObject({ score: 4.5, max_score: 6, status: 'failed', visibility: 'visible', output_format: 'md' });
    expect(t.output.split('\n').length).toBe(12);
    expect(t.output.split('\n').every((l: string) => l.startsWith('- line '))).toBe(true);
    // an unreadable submission: said in the top-level output, not as a test
    expect(j.tests.some((x: any) => x.name.includes('submission file'))).toBe(false);
    expect(j.output).toMatch(/\*\*This submission could not be graded\.\*\* What is wrong:\n- line 3:\d+: not a readable submission/);
    expect(j.output_format).toBe('md');
  });
});

describe('gradescope settings', () => {
  it('tests numbered by problem and part; visibility from the setting; execution_time when known', () => {
    const one = { ...report, submissions: report.submissions.filter((s) => s.status === 'graded').slice(0, 1) };
    const j = JSON.parse(gradescopeReport({ ...one, elapsedSeconds: 1.23456 }, { visibility: 'after_published' }));
    const want = one.submissions[0].problems.flatMap((p, i) => p.parts.map((_, k) => `${i + 1}.${k + 1}`));
    expect(j.tests.map((t: any) => t.number)).toEqual(want);
    expect(j.tests.every((t: any) => t.visibility === 'after_published')).toBe(true);
    expect([j.visibility, j.execution_time]).toEqual(['after_published', 1.235]);
  });
});

describe('junit', () => {
  it('a testsuite per submission, a testcase per part, failures and errors', () => {
    const xml = render('junit');
    const doc = convert(xml, { format: 'object' }) as any;
    const suites = doc.testsuites.testsuite;
    expect(doc.testsuites['@tests']).toBe('3');
    expect(doc.testsuites['@failures']).toBe('2');
    expect(doc.testsuites['@errors']).toBe('1');
    for (const s of suites) for (const a of ['@name', '@tests', '@failures', '@errors', '@time']) expect(s[a], a).toBeDefined();
    const cases = [suites[0].testcase].flat();
    expect(cases.map((c: any) => c['@name'])).toEqual(['p1 dW1', 'p1 loss']);
    expect(cases[0].failure['@type']).toBe('value.mismatch');
    expect(xml).toContain('&lt;b&gt;1&lt;/b&gt; &amp; 2'); // student text is escaped
    expect(xml).not.toContain('<b>');
    expect([suites[1].testcase].flat()[0].error['@type']).toBe('submission.invalid');
  });
  it('stays well-formed when student text holds characters XML cannot (control codes, U+FFFF, a lone surrogate)', () => {
    const nasty = 'bell\u0007 nul\u0000 \uFFFF half\uD800 pair\uD83D\uDE00';
    const r: Report = { submissions: [{ ...report.submissions[1], student: nasty, findings: [f('submission.invalid', `not readable: ${nasty}`, 1)] }] };
    const xml = REPORTERS.junit(r, { color: false });
    expect(xml).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const doc = convert(xml, { format: 'object' }) as any;
    // Controls are shown as escapes (they could reach a terminal); what XML cannot hold becomes U+FFFD.
    expect(doc.testsuites.testsuite['@name']).toBe('bell\\x07 nul\\x00 \uFFFD half\uFFFD pair\uD83D\uDE00');
  });
});

describe('csv', () => {
  it('one row per student, a column per problem, quoted where needed', () => {
    const rows = parseCsv(render('csv')) as string[][];
    expect(rows[0]).toEqual(['student', 'file', 'status', 'p1', 'score', 'max_score', 'percent']);
    expect(rows[1]).toEqual([HOSTILE, 'subs/eve.yaml', 'graded', '4.5', '4.5', '10', '45.0']);
    expect(rows[2]).toEqual(['', 'subs/zed.yaml', 'invalid', '', '0', '0', '0.0']);
  });
});
