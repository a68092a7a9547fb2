// Workers join a long batch only when the machine has a core to spare (issue 25: on a loaded
// 2-core machine a worker made the few-of-13 batch slower and 250 MB bigger).
import { describe, expect, it } from 'vitest';
import { coreFree } from './batch.js';

describe('coreFree: the main thread got nearly a whole core in its last chunks', () => {
  const cases: [number, number, boolean][] = [
    [1000, 1000, true], // a quiet machine
    [900, 1000, true],
    [1300, 1000, true], // GC threads count too
    [840, 1000, false],
    [450, 1000, false], // a training job on both cores: a worker would only share them
    [0, 0, true],
  ];
  it.each(cases)('%d ms of CPU in %d ms: %s', (cpu, wall, free) => expect(coreFree(cpu, wall)).toBe(free));
});
