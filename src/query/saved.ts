import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../ingest/errors.js';

/** The folder of saved queries shipped with dipkg. */
export const QUERIES_DIR = fileURLToPath(new URL('../../../queries/', import.meta.url));

export interface SavedQuery {
  name: string;
  path: string;
  title: string;
  description: string;
}

/** Reads a `# key: value` line from a query's comment header. */
function headerValue(text: string, key: string): string {
  const match = new RegExp(`^#\\s*${key}:\\s*(.+)$`, 'im').exec(text);
  return match?.[1]?.trim() ?? '';
}

/** The saved queries, sorted by name, with the title and description from their comment headers. */
export function listSavedQueries(folder = QUERIES_DIR): SavedQuery[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.rq'))
    .sort()
    .map((file) => {
      const path = join(folder, file);
      const text = readFileSync(path, 'utf8');
      return { name: basename(file, '.rq'), path, title: headerValue(text, 'title'), description: headerValue(text, 'description') };
    });
}

/**
 * Resolves what the user named: `-` (standard input, read by the caller), a path to a `.rq` file,
 * or the name of a saved query. Returns the file path, or '-'.
 */
export function resolveQuery(nameOrPath: string, folder = QUERIES_DIR): string {
  if (nameOrPath === '-') return '-';
  if (nameOrPath.endsWith('.rq') || nameOrPath.includes('/')) {
    if (!existsSync(nameOrPath)) throw new InputError(`${nameOrPath}: no such query file`);
    return nameOrPath;
  }
  const saved = join(folder, `${nameOrPath}.rq`);
  if (existsSync(saved)) return saved;
  const names = listSavedQueries(folder).map((q) => q.name);
  throw new InputError(`unknown saved query "${nameOrPath}" (saved queries: ${names.join(', ') || 'none'})`);
}
