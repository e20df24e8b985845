/** National news agencies (national-news-agencies.tsv): their articles are written for readers in their country. */
import { readTsv } from './tsv.js';

let agencies: Set<string> | undefined;

/** Whether the organisation, by its canonical name, is a national news agency. */
export function isNationalNewsAgency(name: string): boolean {
  agencies ??= new Set(readTsv('national-news-agencies.tsv').map((r) => (r.name ?? '').toLowerCase()));
  return agencies.has(name.toLowerCase());
}
