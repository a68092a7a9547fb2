// The fast YAML path (js-yaml events) must build exactly the tree of the reference path (the
// `yaml` library): same values, same source text, same positions — or decline (null).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFast } from '../src/load/fast-yaml.js';
import { loadWithYaml, LIMITS } from '../src/load/yaml.js';
import type { PNode } from '../src/load/pnode.js';

const strip = (n: PNode): unknown =>
  n.kind === 'map' ? { ...n, index: undefined, entries: n.entries.map((e) => ({ ...e, value: strip(e.value) })) } : n.kind === 'seq' ? { ...n, items: n.items.map(strip) } : n;

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === 'node_modules' || f.startsWith('.')) return [];
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

const SNIPPETS = [
  'a: 1\nb: [1, 2.5, -3, .5, 1e3, +4]\nc: "q # not a comment"\n',
  '# head\n\nstudent: bob   # trailing\nanswers:\n  p:\n    x: 0.131\n    y: "1/6"\n',
  'a:\n  - 1\n  - [2, 3]\n  - { k: v, j: [x, y] }\n  -\n    n: 1\n',
  'a: |\n  line 1\n  line 2\nb: >\n  folded\n  text\nc: \'single\'\n',
  'empty:\nnext: ~\nn2: null\nb: true\nf: False\n',
  'list:\n- a\n- b\nmap:\n  "quoted key": 1\n  plain key: 2\n',
  'm: [[1, 2],\n    [3, 4]]\nn: {a: 1,\n    b: 2}\n',
  'a: 1\r\nb: [2, 3]\r\nc: x\r\n',
  '---\na: 0x1A\nb: 0o17\nc: .inf\nd: .nan\ne: -.inf\n',
  '- 1\n- two\n- [3]\n',
  'just a scalar\n',
  'k: "escaped \\" quote"\nu: "ünïcödé √2"\n',
  'layers:\n  - { type: conv, filters: 16, kernel: 3, out: [16, 26, 26], params: 160 }   # c\n  - { type: relu }\n',
  'x: &a [1, 2]\ny: *a\n',
  'a: !!str 12\n',
];

describe('fast YAML path = yaml path', () => {
  it.each(yamlFiles('.').map((f) => [f]))('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const fast = parseFast(text, LIMITS);
    expect(fast, 'the fast path declined a plain file').not.toBeNull();
    expect(strip(fast!)).toEqual(strip(loadWithYaml(text).root));
  });
  it.each(SNIPPETS.map((s) => [s]))('%j', (text) => {
    const fast = parseFast(text, LIMITS);
    if (fast === null) return; // declined: the yaml path reads it (aliases, tags)
    expect(strip(fast)).toEqual(strip(loadWithYaml(text).root));
  });
  it('declines aliases, so alias limits stay with the yaml path', () => {
    expect(parseFast('x: &a [1, 2]\ny: *a\n', LIMITS)).toBeNull();
  });
});
