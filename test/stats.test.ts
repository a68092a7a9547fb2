// Class statistics (issue 15): the figures on a small class worked out by hand, the misconception
// table, escaping, and the HTML page rendered in headless Chromium (Debian's, installed by .ci/run).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classStats, correlation, distribution, histogram, type ReportSubmission } from '../src/stats/compute.js';
import { statsHtml } from '../src/stats/html.js';
import { statsMarkdown } from '../src/stats/markdown.js';

const dir = mkdtempSync(join(tmpdir(), 'gc-stats-'));
const cache = mkdtempSync(join(tmpdir(), 'gc-cache-'));
function gc(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, GRADECHECK_CACHE_DIR: cache, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A student of a two-part problem: `a` out of 2, `b` out of 3, with the findings given per part. */
function student(name: string, a: number, b: number, fa: string[] = [], fb: string[] = [], assignment: string | null = 'hw'): ReportSubmission {
  const f = (code: string) => ({ code, severity: code === 'x.note' ? ('info' as const) : ('error' as const), message: `${code} of ${name}` });
  const part = (id: string, score: number, max: number, codes: string[]) => ({ id, status: codes.includes('answer.missing') ? 'missing' : score >= max ? 'correct' : 'incorrect', score, maxScore: max, findings: codes.map(f) });
  return { file: `${name}.yaml`, student: name, assignment, status: 'graded', score: a + b, maxScore: 5, findings: [], problems: [{ id: 'p', score: a + b, maxScore: 5, parts: [part('a', a, 2, fa), part('b', b, 3, fb)] }] };
}

describe('the figures', () => {
  // Scores 5, 4, 2, 1 out of 5: mean 3, median 3, SD √(10/3) = 1.8257.
  const cls = [student('ann', 2, 3), student('bob', 2, 2, [], ['m.half']), student('cat', 0, 2, ['m.sign'], ['m.half', 'x.note']), student('dan', 0, 1, ['answer.missing'], ['m.half', 'm.sign'])];
  const a = classStats(cls).assignments[0];
  it('distribution: mean, median, sample SD, min, max', () => {
    expect(a.points).toEqual({ mean: 3, median: 3, sd: 1.8257, min: 1, max: 5 });
    expect(a.percent).toEqual({ mean: 60, median: 60, sd: 36.5148, min: 20, max: 100 });
    expect(a.histogram.counts).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 1, 1]);
  });
  it('per part: mean, full marks, missing, discrimination (part against the rest)', () => {
    const [pa, pb] = a.problems[0].parts;
    expect([pa.mean, pa.fullMarks, pa.missing]).toEqual([1, 50, 25]);
    // a = (2, 2, 0, 0) against the rest b = (3, 2, 2, 1): r = 2/√(4·2) = 0.7071
    expect(pa.discrimination).toBe(0.7071);
    expect([pb.mean, pb.fullMarks, pb.missing]).toEqual([2, 25, 0]);
  });
  it('misconceptions by frequency, with the points they cost (shared among a part\'s codes)', () => {
    expect(a.misconceptions.map((m) => [m.problem, m.part, m.code, m.students, m.percent, m.pointsLost])).toEqual([
      ['p', 'b', 'm.half', 3, 75, 1 + 1 + 1], // bob 1, cat 1, dan 2 shared with m.sign → 1
      ['p', 'a', 'answer.missing', 1, 25, 2],
      ['p', 'a', 'm.sign', 1, 25, 2],
      ['p', 'b', 'm.sign', 1, 25, 1],
      ['p', 'b', 'x.note', 1, 25, 0], // an info costs nothing
    ]);
    expect(a.misconceptions[0].example).toBe('m.half of bob');
  });
  it('a problem\'s one answer.missing finding counts on each of its missing parts, with each part\'s points', () => {
    const f = { code: 'answer.missing', severity: 'error' as const, message: 'p is not answered: its parts a, b score 0' };
    const eve: ReportSubmission = { file: 'eve.yaml', student: 'eve', assignment: 'hw', status: 'graded', score: 0, maxScore: 5, findings: [], problems: [{ id: 'p', score: 0, maxScore: 5, parts: [{ id: 'a', status: 'missing', score: 0, maxScore: 2, findings: [f] }, { id: 'b', status: 'missing', score: 0, maxScore: 3, findings: [] }] }] };
    const m = classStats([eve]).assignments[0].misconceptions;
    expect(m.map((x) => [x.part, x.code, x.students, x.pointsLost])).toEqual([['b', 'answer.missing', 1, 3], ['a', 'answer.missing', 1, 2]]);
  });
  it('a student who submitted twice counts once, by the higher score; assignments apart', () => {
    const s = classStats([...cls, { ...student('ann', 0, 0), file: 'ann-2.yaml' }, student('eve', 1, 1, [], [], 'other')]);
    expect(s.assignments.map((x) => [x.id, x.students, x.submissions, x.points.max])).toEqual([
      ['hw', 4, 5, 5],
      ['other', 1, 1, 2],
    ]);
  });
  it.each([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 1, 1], [1, 2, 3], null],
    [[1, 2], [1, 2], null],
  ])('correlation(%j, %j) = %s', (x, y, r) => expect(correlation(x, y)).toBe(r));
  it('histogram edges and the closed last bin; the distribution of nothing', () => {
    expect(histogram([0, 19.99, 20, 100], 5)).toEqual({ edges: [0, 20, 40, 60, 80, 100], counts: [2, 1, 0, 0, 1] });
    expect(distribution([])).toEqual({ mean: 0, median: 0, sd: 0, min: 0, max: 0 });
  });
});

describe('with variants', () => {
  it('scores per value of each param: every value when few, four ranges when many', () => {
    const withVariant = (name: string, a: number, k: number) => {
      const s = student(name, a, 0);
      s.problems[0].variant = { k: String(k), many: String(a * 100 + name.length) };
      return s;
    };
    const a = classStats([withVariant('ann', 2, 1), withVariant('bob', 0, 1), withVariant('cat', 2, 2), ...Array.from({ length: 8 }, (_, i) => withVariant(`x${i}`, 1, 2))]).assignments[0];
    const k = a.byParam.find((p) => p.param === 'k')!;
    expect(k.values).toEqual([
      { value: '1', students: 2, meanPercent: 20 }, // (2/5 + 0/5) / 2
      { value: '2', students: 9, meanPercent: 22.2222 }, // (2/5 + 8 × 1/5) / 9
    ]);
    expect(a.byParam.find((p) => p.param === 'many')!.values.length).toBeLessThanOrEqual(4);
    expect(statsHtml(classStats([withVariant('ann', 2, 1)]))).toContain('<caption>p: k</caption>');
  });
});

describe('student text in the page', () => {
  const hostile = student('<img src=x onerror=alert(1)>', 1, 1, ['m.x'], []);
  hostile.problems[0].parts[0].findings[0].message = '</td><script>alert(1)</script>\u001b[2J|x|';
  hostile.problems[0].id = '<b>p</b>';
  it('HTML escapes every string and has no script, no external asset', () => {
    const html = statsHtml(classStats([hostile]));
    expect(html).not.toMatch(/<script|<img|onerror=|<b>p/);
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\x1b[2J|x|');
    expect(html.match(/(src|href)=/g)).toBeNull();
  });
  it('Markdown escapes table cells', () => {
    const md = statsMarkdown(classStats([hostile]));
    const row = md.split('\n').find((l) => l.includes('m.x'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(9); // 7 cells: no student | leaves its cell
    expect(md).not.toMatch(/<script|\u001b/);
  });
});

/** A class of 40 on the bundled usi-a2 assignment, the classic mistakes drawn with a fixed seed. */
function gradedClass(): string {
  const key = readFileSync('solutions/answer-keys/usi-a2.yaml', 'utf8');
  const mistakes: [RegExp, string][] = [
    [/hessian: \[\[10, 4\], \[4, 4\]\]/, 'hessian: [[5, 2], [2, 2]]'],
    [/eigenvalues: \[2, 12\]/, 'eigenvalues: [1, 6]'],
    [/rule: 0 < eta < 2\/lambda_max/, 'rule: "0 < eta < 1/lambda_max"'],
    [/db2: -2\.04/, 'db2: 2.04'],
    [/\n {2}usi-a2-conv:[\s\S]*/, '\n'],
  ];
  let seed = 11;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  for (let i = 0; i < 40; i++) {
    let t = key.replace(/^student: .*$/m, `student: s${i}`);
    for (const [re, to] of mistakes) if (rnd() < 0.4) t = t.replace(re, to);
    writeFileSync(join(dir, `s${i}.yaml`), t);
  }
  const report = join(dir, 'class.json');
  expect(gc('grade', '--problems', 'problems/usi-a2', ...Array.from({ length: 40 }, (_, i) => join(dir, `s${i}.yaml`)), '--format', 'json', '--output', report).code).toBe(0);
  return report;
}

describe('gradecheck stats', () => {
  const report = gradedClass();
  it('json, markdown and html from a grade report; a file that is no report is a usage error', () => {
    const json = JSON.parse(gc('stats', report, '--format', 'json').out);
    expect(json.assignments[0].id).toBe('usi-a2');
    expect(json.assignments[0].students).toBe(40);
    const first = json.assignments[0].misconceptions[0];
    expect(first.students).toBeGreaterThan(10);
    expect(gc('stats', report, '--format', 'markdown').out).toMatch(/^\| usi-a2-\S+ \| \S+ \| \S+ \| \d+ \| [\d.]+ \| [\d.]+ \| .* \|$/m);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"submissions": [{"file": 1}]}');
    expect(gc('stats', bad).code).toBe(2);
  });

  const chromium = '/usr/bin/chromium';
  const haveChromium = existsSync(chromium);
  // In CI the browser is installed by .ci/run and the check must run; elsewhere it is skipped without it.
  it.runIf(haveChromium || process.env.CI)('renders in headless Chromium: no console error, charts with size, the tables, a screenshot that is not blank', async () => {
    const html = join(dir, 'stats.html');
    expect(gc('stats', report, '--format', 'html', '--output', html).code).toBe(0);
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => !r.url().startsWith('file:') && errors.push(`request to ${r.url()}`));
      await page.goto(`file://${html}`);
      const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
      expect(charts.length).toBeGreaterThan(10);
      expect(charts.every(([w, h]) => w > 50 && h > 30)).toBe(true);
      const rows = await page.$$eval('table.misconceptions tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(rows.length).toBeGreaterThan(3);
      expect(Number(rows[0][3])).toBeGreaterThanOrEqual(Number(rows[1][3])); // most frequent first
      expect(await page.$$eval('table.parts', (t) => t.length)).toBe(3);
      const shot = await page.screenshot({ fullPage: false });
      await page.setContent('<html><body></body></html>');
      const blank = await page.screenshot({ fullPage: false });
      expect(shot.length).toBeGreaterThan(5 * blank.length);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
