import { listCell, readTsv } from './tsv.js';

/** Lowercase venue nouns and the modifiers allowed before them (venues.tsv), each loaded once. */
export interface VenueWords {
  /** Head nouns as lists of lowercase words ("guest house" → ["guest", "house"]). */
  nouns: string[][];
  modifiers: Set<string>;
}

let cached: VenueWords | undefined;

export function loadVenueWords(): VenueWords {
  if (cached) return cached;
  const rows = readTsv('venues.tsv');
  const forms = (kind: string): string[] => rows.filter((r) => r.kind === kind).flatMap((r) => listCell(r.forms));
  cached = {
    nouns: forms('noun').map((f) => f.split(' ')).sort((a, b) => b.length - a.length),
    modifiers: new Set(forms('modifier')),
  };
  return cached;
}
