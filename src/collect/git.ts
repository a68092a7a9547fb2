// git itself, run with argument lists (never a shell string: a URL or id is never a command).
// Each call has a timeout, no terminal prompt (a repository that wants a password fails rather
// than waits), and no configuration that would run a program from a student's repository.
import { execFile } from 'node:child_process';

export class GitError extends Error {}

const SAFE = ['-c', 'core.fsmonitor=false', '-c', 'core.hooksPath=/dev/null', '-c', 'protocol.ext.allow=never'];

export function git(args: string[], opts: { timeoutMs?: number } = {}): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', [...SAFE, ...args], { encoding: 'utf8', timeout: opts.timeoutMs ?? 300_000, maxBuffer: 64 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', SSH_ASKPASS: '', LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err) fail(new GitError((stderr || err.message).trim().split('\n').filter(Boolean).pop() ?? 'git failed'));
      else done(stdout);
    });
  });
}

export interface Commit {
  sha: string;
  /** Committer time, seconds since the epoch. */
  time: number;
  /** Committer time as git wrote it (ISO 8601, with the committer's offset). */
  iso: string;
}

/** Every commit reachable from `rev`, newest first. */
export async function commits(gitDir: string, rev: string): Promise<Commit[]> {
  const out = await git([`--git-dir=${gitDir}`, 'log', '--format=%H %ct %cI', rev, '--']);
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [sha, t, iso] = l.split(' ');
      return { sha, time: Number(t), iso };
    });
}

/** A bare copy of `url` at `gitDir`: cloned the first time, fetched (every branch, forced) after. */
export async function mirror(url: string, gitDir: string, exists: boolean): Promise<void> {
  if (!exists) await git(['clone', '--bare', '--quiet', '--no-recurse-submodules', '--', url, gitDir]);
  else await git([`--git-dir=${gitDir}`, 'fetch', '--quiet', '--prune', '--no-recurse-submodules', '--', url, '+refs/heads/*:refs/heads/*']);
}

/**
 * The commit's files (all, or the paths given) written into `dir`. Symbolic links are written as
 * plain files holding the link's text (core.symlinks=false): a link in a student's repository
 * never points the grader at a file outside it.
 */
export async function checkout(gitDir: string, sha: string, dir: string, paths: string[]): Promise<void> {
  await git(['-c', 'core.symlinks=false', `--git-dir=${gitDir}`, `--work-tree=${dir}`, 'checkout', '--force', sha, '--', ...(paths.length ? paths : ['.'])]);
}
