// Reports are written whole or not at all (a temporary file renamed when complete).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFile, writeOutput } from '../src/commands/output-file.js';

const dir = () => mkdtempSync(join(tmpdir(), 'gc-out-'));

describe('OutputFile', () => {
  it.each([
    ['a new file', false],
    ['over an old report', true],
  ])('%s: the target holds nothing new until commit, then exactly what was written', (_name, old) => {
    const d = dir();
    const target = join(d, 'report.json');
    if (old) writeFileSync(target, 'old report');
    const out = new OutputFile(target);
    out.write('{"submissions": [');
    expect(old ? readFileSync(target, 'utf8') : existsSync(target)).toBe(old ? 'old report' : false);
    out.write(']}');
    out.commit();
    expect(readFileSync(target, 'utf8')).toBe('{"submissions": []}');
    expect(readdirSync(d)).toEqual(['report.json']);
  });

  it('abort (a run that failed half-way) leaves the old report, or none, and no temporary file', () => {
    const d = dir();
    const target = join(d, 'r.json');
    writeFileSync(target, 'old');
    const out = new OutputFile(target);
    out.write('{"submissions": [ {"file": "a.yaml", "stu');
    out.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(d)).toEqual(['r.json']);
  });

  it('a target that is not a regular file (/dev/null) is written in place, never renamed over', () => {
    writeOutput('/dev/null', 'text');
    expect(existsSync('/dev/null')).toBe(true);
  });

  it.each([
    ['a directory', (d: string) => d, /EISDIR/],
    ['a path under a file', (d: string) => (writeFileSync(join(d, 'f'), ''), join(d, 'f', 'x.json')), /ENOTDIR/],
    ['a full device', () => '/dev/full', /ENOSPC/],
  ])('%s: cannot write FILE: CODE', (_name, target, code) => {
    const d = dir();
    expect(() => writeOutput(target(d), 'x')).toThrow(code);
  });
});
