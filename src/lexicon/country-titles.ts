/**
 * Titles tied to countries: the role a title form names in the countries where it differs (country-titles.tsv),
 * and the one country whose post a title names wherever it is written (national-titles.tsv).
 */
import { listCell, readTsv } from './tsv.js';

let roles: Map<string, string> | undefined;
let countries: Map<string, string> | undefined;

const formKey = (form: string): string => form.toLowerCase().replace(/\s+/g, ' ').trim();
const key = (form: string, iso2: string): string => `${formKey(form)}\t${iso2.toUpperCase()}`;

/** The role the title form names in that country, when it differs from its usual role. */
export function countryRole(form: string, iso2: string): string | undefined {
  if (!roles) {
    roles = new Map();
    for (const row of readTsv('country-titles.tsv')) for (const c of listCell(row.countries)) roles.set(key(row.form ?? '', c), row.role ?? '');
  }
  return roles.get(key(form, iso2));
}

/** The ISO2 code of the one country whose post the title names ("Secretary of State": US), if it is such a title. */
export function titleCountry(form: string): string | undefined {
  countries ??= new Map(readTsv('national-titles.tsv').map((row) => [formKey(row.form ?? ''), (row.country ?? '').toUpperCase()]));
  return countries.get(formKey(form));
}

/**
 * Whether the country has a president: its head of state, or a president under a supreme leader or beside a council
 * (Iran, Switzerland); a monarchy has none.
 */
export function hasPresident(iso2: string): boolean {
  return countryRole('head of state', iso2) === 'President' || countryRole('president', iso2) === 'President';
}
