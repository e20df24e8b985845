/** Writing the bundled lexicon TSVs (used by the import scripts only). */
import { existsSync, writeFileSync } from 'node:fs';
import { dataPath, readTsv } from './tsv.js';

export type Row = Record<string, string>;

/** A cell's text on one line, without tabs. */
export const cell = (s: string | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ').trim();

/** `|`-joined, without blanks and case-insensitive duplicates (of each other or of `exclude`). */
export function joinList(values: string[], exclude: string[] = []): string {
  const seen = new Set(exclude.map((v) => v.toLowerCase()));
  const out: string[] = [];
  for (const raw of values) {
    const v = cell(raw);
    if (v === '' || v.includes('|') || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out.join('|');
}

/** The hand-curated rows (`source` = local) of a bundled TSV, kept across regenerations. */
export function localRows(file: string): Row[] {
  return existsSync(dataPath(file)) ? readTsv(file).filter((r) => r.source === 'local') : [];
}

/** Writes a bundled TSV: the comment as `#` lines, the header, the rows; returns the row count. */
export function writeTsv(file: string, comment: string, columns: string[], rows: Row[]): number {
  const lines = [
    ...comment.trim().split('\n').map((l) => `# ${l}`),
    columns.join('\t'),
    ...rows.map((r) => columns.map((c) => cell(r[c])).join('\t')),
  ];
  writeFileSync(dataPath(file), `${lines.join('\n')}\n`);
  return rows.length;
}
