// The third row of issue 25's table: a class of submissions that each answer a few of the 13
// problems of bench13 (assignment13.ts). Built from the answer key by keeping, per student, 1 to
// 4 problems, and of those now and then leaving a part out: most of each report is then the
// problems and parts a student did not answer, which is what the compact report is measured on.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key's answers as blocks: each problem's id, its parts (each with its lines). */
export function answerBlocks(key: string): { head: string; problems: { id: string; parts: string[][] }[] } {
  const at = key.indexOf('\nanswers:\n');
  const head = key.slice(0, at + '\nanswers:\n'.length);
  const problems: { id: string; parts: string[][] }[] = [];
  for (const line of key.slice(head.length).split('\n')) {
    if (line.trim() === '') continue;
    const m = /^ {2}(\S[^:]*):\s*$/.exec(line);
    if (m) problems.push({ id: m[1], parts: [] });
    else if (/^ {4}\S/.test(line)) problems[problems.length - 1].parts.push([line]);
    else problems[problems.length - 1].parts.at(-1)!.push(line);
  }
  return { head, problems };
}

/** A seeded generator (the same workload every run). */
export function rng(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Writes `n` submissions into `dir` (s00000.yaml …); returns their total bytes. */
export function writeFew13(key: string, dir: string, n: number, seed = 7): number {
  mkdirSync(dir, { recursive: true });
  const { head, problems } = answerBlocks(key);
  const r = rng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const name = `s${String(i).padStart(5, '0')}`;
    const k = 1 + Math.floor(r() * 4);
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(r() * problems.length));
    let text = head.replace(/^student: .*$/m, `student: ${name}`);
    for (const j of [...chosen].sort((a, b) => a - b)) {
      const p = problems[j];
      // One problem in five leaves a part out (never all of them).
      const drop = p.parts.length > 1 && r() < 0.2 ? Math.floor(r() * p.parts.length) : -1;
      text += `  ${p.id}:\n${p.parts.filter((_, q) => q !== drop).map((lines) => lines.join('\n') + '\n').join('')}`;
    }
    bytes += text.length;
    writeFileSync(join(dir, `${name}.yaml`), text);
  }
  return bytes;
}
