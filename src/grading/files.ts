// Expanding file and directory arguments into the YAML files to read, in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const YAML = /\.ya?ml$/i;

export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const full = join(p, name);
        if (YAML.test(name) && statSync(full).isFile()) files.push(full);
      }
    } else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
