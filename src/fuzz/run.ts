// `npm run fuzz -- --runs N [--problems M] [--seed S] [--batch B]`: a long fuzz campaign over
// hostile submissions and problem files, with the figures the README's reliability section
// reports. Exit 1 when any invariant was broken (each violation is printed).
import { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { runCampaign } from './campaign.js';

const o = new Command()
  .option('--runs <n>', 'hostile submission files', '2000')
  .option('--problems <n>', 'hostile problem files (default: a twentieth of --runs)')
  .option('--seed <s>', 'seed (default: from the clock; printed, so a run can be repeated)')
  .option('--batch <n>', 'files per CLI run', '1000')
  .option('--timeout <s>', 'seconds one CLI run over a batch may take', '300')
  .option('--keep <dir>', 'keep each submission batch under DIR/batch-N (to profile a CLI run on it)')
  .parse()
  .opts<{ runs: string; problems?: string; seed?: string; batch: string; timeout: string; keep?: string }>();

const runs = Number(o.runs);
const seed = o.seed !== undefined ? Number(o.seed) : Date.now() % 1_000_000_007;
process.stderr.write(`fuzz: seed ${seed}, ${runs} submissions\n`);
const report = await runCampaign({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  submissions: runs,
  problems: o.problems !== undefined ? Number(o.problems) : Math.ceil(runs / 20),
  seed,
  batch: Number(o.batch),
  timeout: Number(o.timeout),
  keep: o.keep,
  onBatch: (done, total, violations) => process.stderr.write(`fuzz: batch ${done}/${total}, ${violations} violations so far\n`),
});
const rows = [
  ['seed', String(report.seed)],
  ['submission files tried', report.submissionFiles.toLocaleString('en-US')],
  ['problem files tried', report.problemFiles.toLocaleString('en-US')],
  ['CLI runs', String(report.cliRuns)],
  ['crashes', String(report.crashes)],
  ['hangs', String(report.hangs)],
  ['entries lost', String(report.entriesLost)],
  ['other violations', String(report.violations.length - report.crashes - report.hangs - report.entriesLost)],
  ['slowest input (graded in process)', report.slowest ? `${report.slowest.ms.toFixed(0)} ms (${report.slowest.file.slice(0, 60)})` : '-'],
  ['peak memory of a CLI run', report.peakRssMb === null ? '(no /usr/bin/time)' : `${report.peakRssMb.toFixed(0)} MB`],
  ['time', `${report.seconds.toFixed(0)} s`],
];
process.stdout.write(rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n') + '\n');
process.stdout.write(`time by phase: ${Object.entries(report.phases).sort((a, b) => b[1] - a[1]).map(([k, t]) => `${k} ${t.toFixed(1)} s`).join(', ')}\n`);
if (Object.keys(report.peakRssByRun).length) process.stdout.write(`peak memory by run: ${Object.entries(report.peakRssByRun).sort((a, b) => b[1] - a[1]).map(([k, mb]) => `${k} ${mb.toFixed(0)} MB`).join(', ')}\n`);
for (const v of report.violations.slice(0, 50)) process.stdout.write(`violation ${v.check}: ${v.detail}\n`);
process.exitCode = report.violations.length ? 1 : 0;
