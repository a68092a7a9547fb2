// The side-by-side half of `npm run bench`: the previous release checked out as a git worktree
// in a temporary folder (the shared node_modules symlinked, built with its own tsc), and each
// workload timed with one CLI and then the other, back to back, so both meet the same load.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The last landing before issue 25's work (no release tags exist). */
export const PREVIOUS_RELEASE = 'e561b61';

export interface Previous {
  cli: string;
  remove(): void;
}

/** The previous release built in a worktree; null (and why, on stderr) when it cannot be. */
export function buildPrevious(repo: string, commit: string): Previous | null {
  const dir = join(mkdtempSync(join(tmpdir(), 'gradecheck-prev-')), 'tree');
  const remove = () => {
    spawnSync('git', ['-C', repo, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(join(dir, '..'), { recursive: true, force: true });
  };
  try {
    execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', dir, commit], { stdio: 'ignore' });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { cwd: dir, stdio: 'ignore' });
    if (existsSync(join(dir, 'dist', 'scripts', 'build-schemas.js'))) execFileSync(process.execPath, ['dist/scripts/build-schemas.js'], { cwd: dir, stdio: 'ignore' });
    return { cli: join(dir, 'dist', 'cli.js'), remove };
  } catch (e) {
    process.stderr.write(`bench: the previous release (${commit}) could not be built: ${(e as Error).message.split('\n')[0]}\n`);
    remove();
    return null;
  }
}

export interface Run {
  seconds: number;
  /** Peak resident memory of the process (GNU time's %M), when /usr/bin/time is there. */
  peakMB: number | null;
  ok: boolean;
  timedOut: boolean;
}

const TIME = '/usr/bin/time';

/** One CLI run: wall time and peak memory. Exit 0 and 1 (some student below --fail-under) are fine. */
export function runCli(cli: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 600_000): Run {
  const memo = join(mkdtempSync(join(tmpdir(), 'gradecheck-time-')), 'rss');
  const useTime = existsSync(TIME);
  const cmd = useTime ? TIME : process.execPath;
  const argv = useTime ? ['-f', '%M', '-o', memo, process.execPath, cli, ...args] : [cli, ...args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { env, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs, killSignal: 'SIGKILL' });
  const seconds = (performance.now() - t) / 1000;
  let peakMB: number | null = null;
  try {
    const kb = Number(/(\d+)\s*$/.exec(readFileSync(memo, 'utf8'))?.[1]);
    if (kb > 0) peakMB = kb / 1024;
  } catch {
    /* killed before time wrote it */
  }
  rmSync(join(memo, '..'), { recursive: true, force: true });
  const timedOut = r.error !== undefined && /ETIMEDOUT/.test(String((r.error as NodeJS.ErrnoException).code));
  const ok = !timedOut && (r.status === 0 || r.status === 1);
  if (!ok && !timedOut) process.stderr.write(`bench: ${cli} ${args[0]} exited ${r.status}: ${(r.stderr ?? '').split('\n').slice(-3).join(' ')}\n`);
  return { seconds, peakMB, ok, timedOut };
}

/** A row of the table: the figure now, the previous release's, and their ratio (> 1: now is faster or smaller). */
export function row(name: string, now: string, prev: string, ratio: number | null): string {
  return `| ${name} | ${prev} | ${now} | ${ratio === null || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`} |`;
}
