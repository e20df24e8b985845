/**
 * Names that stand for a government: seats of government ("Kremlin spokesman" → Russia, seats-of-government.tsv)
 * and self-governing territories whose heads hold state posts ("Kurdistan Region President", territories.tsv).
 */
import { readTsv } from './tsv.js';

let seats: Map<string, string> | undefined;
let territories: Set<string> | undefined;

/** The ISO2 code of the country whose government the name stands for, when it names a seat of government. */
export function seatCountry(name: string): string | undefined {
  seats ??= new Map(readTsv('seats-of-government.tsv').map((r) => [(r.name ?? '').toLowerCase(), r.iso2 ?? '']));
  return seats.get(name.replace(/^the\s+/i, '').toLowerCase()) || undefined;
}

/** Whether the organisation name is a self-governing territory, whose president or premier heads no organisation. */
export function isTerritory(name: string): boolean {
  territories ??= new Set(readTsv('territories.tsv').map((r) => (r.name ?? '').toLowerCase()));
  return territories.has(name.toLowerCase());
}
