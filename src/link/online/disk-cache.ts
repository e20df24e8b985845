import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long a cached answer is trusted by default: Wikidata changes (new office-holders), slowly. */
export const DEFAULT_MAX_AGE_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * JSON answers on disk, one file per request (named by the SHA-256 of its key: URL plus body), so a
 * second run asks nothing. An entry older than `maxAgeDays` is asked again (and replaced).
 */
export class DiskCache {
  constructor(
    private readonly dir: string,
    private readonly maxAgeDays = DEFAULT_MAX_AGE_DAYS,
  ) {}

  private file(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  get(key: string): unknown {
    try {
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as { key: string; value: unknown; stored?: number };
      const fresh = typeof entry.stored === 'number' && Date.now() - entry.stored <= this.maxAgeDays * DAY_MS;
      return entry.key === key && fresh ? entry.value : undefined;
    } catch {
      return undefined; // missing or unreadable: ask again
    }
  }

  /** Best effort: an answer that cannot be stored (read-only folder, full disk) is simply asked again next run. */
  set(key: string, value: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true });
      const file = this.file(key);
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ key, value, stored: Date.now() }));
      renameSync(partial, file); // atomic: a reader never sees half an entry
    } catch {
      // not cached
    }
  }
}
