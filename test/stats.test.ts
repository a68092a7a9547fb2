// Class statistics (issue 15): the figures on a small class worked out by hand, the misconception
// table, escaping, and the HTML page rendered in headless Chromium (Debian's, installed by .ci/run).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  it('misconceptions by code across parts (which parts, how many students), the points they cost (shared among a part\'s codes); missing answers apart', () => {
    expect(a.misconceptions.map((m) => [m.code, m.parts.map((p) => [p.problem, p.part, p.students]), m.students, m.percent, m.pointsLost])).toEqual([
      ['m.half', [['p', 'b', 3]], 3, 75, 1 + 1 + 1], // bob 1, cat 1, dan 2 shared with m.sign → 1
      ['m.sign', [['p', 'a', 1], ['p', 'b', 1]], 2, 50, 2 + 1], // cat's a (2), dan's b (shared: 1): one row, two parts
      ['x.note', [['p', 'b', 1]], 1, 25, 0], // an info costs nothing
    ]);
    expect(a.misconceptions[0].example).toBe('m.half of bob');
    expect(a.misconceptions.some((m) => m.code === 'answer.missing')).toBe(false);
    expect(a.missingAnswers).toEqual([{ problem: 'p', part: 'a', students: 1, percent: 25 }]);
  });
  it('a problem\'s one answer.missing finding counts on each of its missing parts (in the missing-answers table)', () => {
    const f = { code: 'answer.missing', severity: 'error' as const, message: 'p is not answered: its parts a, b score 0' };
    const eve: ReportSubmission = { file: 'eve.yaml', student: 'eve', assignment: 'hw', status: 'graded', score: 0, maxScore: 5, findings: [], problems: [{ id: 'p', score: 0, maxScore: 5, parts: [{ id: 'a', status: 'missing', score: 0, maxScore: 2, findings: [f] }, { id: 'b', status: 'missing', score: 0, maxScore: 3, findings: [] }] }] };
    const a = classStats([eve]).assignments[0];
    // missing answers are reported apart from the misconceptions, each missing part counted
    expect(a.misconceptions).toEqual([]);
    expect(a.missingAnswers.map((x) => [x.problem, x.part, x.students])).toEqual([['p', 'a', 1], ['p', 'b', 1]]);
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

/** An invalid submission as the JSON report has it: no problems, its reason in its first finding. */
const invalid = (file: string, assignment: string | null | undefined, reason = 'not a readable submission: bad YAML'): ReportSubmission => ({
  file, student: null, ...(assignment !== undefined ? { assignment } : {}), status: 'invalid', score: 0, maxScore: 0, findings: [{ code: 'submission.invalid', severity: 'error', message: reason }], problems: [],
});

describe('invalid submissions', () => {
  const cls = [student('ann', 2, 3), student('bob', 1, 1)];
  it.each([
    ['no assignment known (unreadable), one assignment in the run', invalid('x.yaml', undefined), 'hw'],
    ['an assignment none of the run\'s (null), one assignment', invalid('x.yaml', null), 'hw'],
    ['its own assignment named', invalid('x.yaml', 'hw'), 'hw'],
  ])('%s: counted in it with its reason, no "All problems" section', (_, bad, where) => {
    const s = classStats([...cls, bad]);
    expect(s.assignments.map((x) => [x.id, x.students, x.invalid])).toEqual([[where, 2, 1]]);
    expect(s.assignments[0].invalidSubmissions).toEqual([{ file: 'x.yaml', student: null, code: 'submission.invalid', reason: 'not a readable submission: bad YAML' }]);
    expect(statsMarkdown(s)).not.toContain('All problems');
    expect(statsHtml(s)).toContain('not a readable submission: bad YAML');
  });
  it('two assignments in the run: an unplaceable invalid file is listed apart, in no assignment', () => {
    const s = classStats([...cls, student('eve', 1, 1, [], [], 'other'), invalid('x.yaml', undefined)]);
    expect(s.assignments.map((x) => [x.id, x.invalid])).toEqual([['hw', 0], ['other', 0]]);
    expect(s.unplaced.map((u) => u.file)).toEqual(['x.yaml']);
    expect(statsMarkdown(s)).toMatch(/## Invalid submissions of no known assignment[\s\S]*x\.yaml/);
  });
  it('the whole problem set (no assignment file) is a real section', () => {
    const s = classStats([student('ann', 2, 3, [], [], null), invalid('x.yaml', undefined)]);
    expect(s.assignments.map((x) => [x.id, x.students, x.invalid])).toEqual([[null, 1, 1]]);
  });
});

describe('linear', () => {
  it('100,000 reports: grouping and per-param tables do not copy per submission (20,000 took 18–41 s)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const s = student(`s${i}`, i % 3, i % 4, i % 5 ? [] : ['m.sign']);
      s.problems[0].variant = { k: String(i % 7), m: String(i) };
      return s;
    });
    const t0 = performance.now();
    const a = classStats(many).assignments[0];
    const ms = performance.now() - t0;
    expect(a.students).toBe(100_000);
    expect(a.byParam.find((p) => p.param === 'm')!.values.length).toBe(4);
    expect(ms).toBeLessThan(20_000); // measured ~1 s on the 2-core machine; quadratic was minutes
  }, 60_000);
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
  hostile.problems[0].parts[1].id = '"><script>alert(2)</script>';
  (hostile.problems[0].parts[0].findings[0] as { severity: string }).severity = '"><script>alert(3)</script>';
  it('HTML escapes every string and has no script, no external asset', () => {
    const html = statsHtml(classStats([hostile]));
    expect(html).not.toMatch(/<script|<img|onerror=|<b>p|"><s/);
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\x1b[2J|x|');
    expect(html.match(/(src|href)=/g)).toBeNull();
  });
  it('Markdown escapes table cells', () => {
    const md = statsMarkdown(classStats([hostile]));
    const row = md.split('\n').find((l) => l.includes('m.x'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(8); // 6 cells: no student | leaves its cell
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
    expect(gc('stats', report, '--format', 'markdown').out).toMatch(/^\| \S+ \| (usi-a2-\S+ \S+ \(\d+\)(, )?)+ \| \d+ \| [\d.]+ \| [\d.]+ \| .* \|$/m);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"submissions": [{"file": 1}]}');
    expect(gc('stats', bad).code).toBe(2);
  });

  it('the report carries its assignments: stats names the title, merge --format canvas heads the column as grade does', () => {
    const data = JSON.parse(readFileSync(report, 'utf8'));
    expect(data.assignments.map((a: any) => a.id)).toEqual(['usi-a2']);
    // With a canvas-id: the column is "<title> (<canvas-id>)" from grade, and from merge of its JSON.
    const p = join(dir, 'with-canvas');
    mkdirSync(p, { recursive: true });
    for (const f of readdirSync('problems/usi-a2')) writeFileSync(join(p, f), f === 'assignment.yaml' ? readFileSync(join('problems/usi-a2', f), 'utf8').replace(/^title: /m, 'canvas-id: "98765"\ntitle: ') : readFileSync(join('problems/usi-a2', f)));
    const head = (s: string) => s.split('\n')[0];
    const graded = gc('grade', '--problems', p, join(dir, 's0.yaml'), join(dir, 's1.yaml'), '--format', 'canvas').out;
    const json = join(dir, 'canvas.json');
    expect(gc('grade', '--problems', p, join(dir, 's0.yaml'), join(dir, 's1.yaml'), '--format', 'json', '--output', json).code).toBe(0);
    expect(head(graded)).toContain('(98765)');
    expect(head(gc('merge', json, '--format', 'canvas').out)).toBe(head(graded));
    expect(JSON.parse(gc('stats', json, '--format', 'json').out).assignments[0].canvasId).toBe('98765');
    expect(JSON.parse(gc('stats', report, '--format', 'json').out).assignments[0].title).toBe(data.assignments[0].title);
  });

  describe('a tampered report is refused by stats and merge, naming the field, printing nothing of it', () => {
    const base = JSON.parse(readFileSync(report, 'utf8'));
    const edits: [string, (r: any) => void, RegExp][] = [
      ['a severity that is markup', (r) => (r.submissions[0].problems[0].parts[0].findings.push({ code: 'x', severity: '"><script>alert(1)</script>', message: 'm' })), /severity/],
      ['a line that is a workflow command', (r) => (r.submissions[0].problems[0].parts[0].findings.push({ code: 'x', severity: 'error', message: 'm', file: 'a.yaml', line: '1::error ::pwned' })), /line/],
      ['a status that is a workflow command', (r) => (r.submissions[0].status = '\n::error ::pwned'), /status/],
      ['a part id that is not text', (r) => (r.submissions[0].problems[0].parts[0].id = { toString: 1 }), /\/id/],
      ['no submissions', (r) => delete r.submissions, /submissions/],
      ['a score above its maximum (1000 of 25, bound for a gradebook)', (r) => (r.submissions[0].score = 1000), /\/submissions\/0: a score outside 0\.\.maxScore/],
      ['a negative part score', (r) => (r.submissions[0].problems[0].parts[0].score = -5), /parts\/0: a score outside/],
      ['not JSON at all (its text is never quoted)', (r) => Object.assign(r, { __raw: '<script>alert(1)</script> ::error ::pwned' }), /not valid JSON/],
    ];
    it.each(edits)('%s', (_, edit, field) => {
      const r = structuredClone(base);
      edit(r);
      const f = join(dir, 'tampered.json');
      writeFileSync(f, r.__raw ?? JSON.stringify(r));
      for (const cmd of [['stats', f, '--format', 'html'], ['merge', f, '--format', 'github']]) {
        const out = gc(...cmd);
        expect(out.code).toBe(2);
        expect(out.err).toMatch(field);
        expect(out.out + out.err).not.toMatch(/<script|::error ::pwned/);
      }
    });
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
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length); // one row per finding code
      expect(Number(rows[0][2])).toBeGreaterThanOrEqual(Number(rows[1][2])); // most frequent first
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
