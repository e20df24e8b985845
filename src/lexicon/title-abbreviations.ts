/**
 * Abbreviated titles (title-abbreviations.tsv) and shortened given names (given-name-abbreviations.tsv): a full stop
 * after one before a capitalised word ends no sentence.
 */
import { readTsv } from './tsv.js';

let abbreviations: Set<string> | undefined;

/** The abbreviations, each with its full stop ("Amb.", "Lt.", "Ma."). */
export function titleAbbreviations(): ReadonlySet<string> {
  abbreviations ??= new Set([
    ...readTsv('title-abbreviations.tsv').map((r) => r.abbreviation ?? ''),
    ...readTsv('given-name-abbreviations.tsv').map((r) => (r.form ? `${r.form}.` : '')),
  ].filter((a) => a !== ''));
  return abbreviations;
}
