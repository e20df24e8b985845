/** Country-dependent titles (country-titles.tsv): the role a title form names in the countries where it differs. */
import { listCell, readTsv } from './tsv.js';

let table: Map<string, string> | undefined;

const key = (form: string, iso2: string): string => `${form.toLowerCase().replace(/\s+/g, ' ').trim()}\t${iso2.toUpperCase()}`;

/** The role the title form names in that country, when it differs from its usual role. */
export function countryRole(form: string, iso2: string): string | undefined {
  if (!table) {
    table = new Map();
    for (const row of readTsv('country-titles.tsv')) for (const c of listCell(row.countries)) table.set(key(row.form ?? '', c), row.role ?? '');
  }
  return table.get(key(form, iso2));
}
