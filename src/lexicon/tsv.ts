import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file in src/lexicon/data (data files ship beside the compiled code's source tree). */
export function dataPath(file: string): string {
  return fileURLToPath(new URL(`../../../src/lexicon/data/${file}`, import.meta.url));
}

/**
 * Reads a lexicon TSV: `#` lines are comments, the first other line names the columns, every further
 * non-empty line is a row keyed by those names. Empty cells are ''.
 */
export function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(dataPath(file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  if (header === undefined) return [];
  const columns = header.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

/** Splits a `|`-separated cell into its non-empty parts. */
export function listCell(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
}
