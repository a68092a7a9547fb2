// Where variants' references are cached: one file per templated problem holding the entries of
// all its variants (keyed by each variant's content hash), not one file per variant. A class of
// 1,000 students × 4 templated problems reads 4 files warm instead of 4,000 (issue 25). The
// entries are those computeReference writes for a problem of its own; only their layout differs.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrossCheck } from '../kinds/types.js';

export interface CachedEntry {
  ref: unknown;
  crossCheck?: CrossCheck;
}

/** Entries kept per file: the oldest go first (a template edited all term leaves old variants behind). */
const MAX_ENTRIES = 20_000;

class Bundle {
  private entries: Map<string, CachedEntry> | null = null;
  dirty = false;
  constructor(readonly path: string) {}

  private load(): Map<string, CachedEntry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    try {
      const data = JSON.parse(readFileSync(this.path, 'utf8')) as { entries?: Record<string, CachedEntry> };
      if (data && typeof data.entries === 'object' && data.entries !== null)
        for (const [hash, e] of Object.entries(data.entries)) if (e && typeof e === 'object' && 'ref' in e) this.entries.set(hash, e);
    } catch {
      /* not cached yet, or unreadable: an empty bundle */
    }
    return this.entries;
  }

  get(hash: string): CachedEntry | undefined {
    return this.load().get(hash);
  }

  set(hash: string, e: CachedEntry): void {
    const m = this.load();
    m.delete(hash);
    m.set(hash, e);
    while (m.size > MAX_ENTRIES) m.delete(m.keys().next().value!);
    this.dirty = true;
  }

  save(dir: string): void {
    if (!this.dirty || !this.entries) return;
    this.dirty = false;
    try {
      mkdirSync(dir, { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ entries: Object.fromEntries(this.entries) }));
      renameSync(tmp, this.path);
    } catch {
      /* a read-only cache is not an error */
    }
  }
}

const bundles = new Map<string, { dir: string; bundle: Bundle }>();

/** The cache file of a templated problem's variants, named by its kind and id. */
export function variantBundle(cacheDir: string, kind: string, id: string): Bundle {
  const path = join(cacheDir, `${kind}-${id}.variants.json`.replace(/[^\w.-]/g, '_'));
  let b = bundles.get(path);
  if (!b) bundles.set(path, (b = { dir: cacheDir, bundle: new Bundle(path) }));
  return b.bundle;
}

/** Writes every bundle that gained entries (once per run, after its references are computed). */
export function saveVariantBundles(): void {
  for (const { dir, bundle } of bundles.values()) bundle.save(dir);
}
/** Forgets the bundles read (a test reads them back from disk as a new run would). */
export function forgetVariantBundles(): void {
  saveVariantBundles();
  bundles.clear();
}

// A run that computed variants' references and stopped without saving them keeps them anyway.
process.once('exit', saveVariantBundles);
