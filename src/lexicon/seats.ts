/** Seats of government named for the government itself (seats-of-government.tsv): "Kremlin spokesman" → Russia. */
import { readTsv } from './tsv.js';

let seats: Map<string, string> | undefined;

/** The ISO2 code of the country whose government the name stands for, when it names a seat of government. */
export function seatCountry(name: string): string | undefined {
  seats ??= new Map(readTsv('seats-of-government.tsv').map((r) => [(r.name ?? '').toLowerCase(), r.iso2 ?? '']));
  return seats.get(name.replace(/^the\s+/i, '').toLowerCase()) || undefined;
}
