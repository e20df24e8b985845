/**
 * The bundled gazetteer: countries, organisations and politicians with their Wikidata QIDs, from
 * countries.tsv, organizations.tsv and people.tsv (generated from the shared reference tables by
 * import-shared.ts, plus hand-added `local` rows for news usage). Loaded once, synchronously.
 */
import { listCell, readTsv } from './tsv.js';

export interface CountryEntry {
  iso2: string;
  name: string;
  qid?: string;
  demonyms: string[];
  capital?: string;
  /** Single-source and often blank: link a capital only when it is set. */
  capitalQid?: string;
  /** Other names of the capital ("Washington" for "Washington D.C."). */
  capitalAliases: string[];
  aliases: string[];
}

export interface OrganizationEntry {
  name: string;
  /** Absent when no bundled source verifies one: such an organisation is never linked. */
  qid?: string;
  acronym?: string;
  aliases: string[];
  /** ISO2 of the home country (a party, ministry or news agency). */
  country?: string;
}

export interface PersonEntry {
  name: string;
  qid: string;
  aliases: string[];
  country?: string;
  /** Posts as the source words them, e.g. "Foreign minister of China (2013–)". */
  positions: string[];
  /** "shared:people.csv" (two sources agree) or "shared:people_single_source.csv" (one source: weaker). */
  source: string;
}

/** A national office-holder news names by post alone (office-holders.tsv): a name and a country, never a QID. */
export interface OfficeHolderEntry {
  name: string;
  aliases: string[];
  country: string;
}

export interface Gazetteer {
  countries: CountryEntry[];
  organizations: OrganizationEntry[];
  /** People with Wikidata identities: linking reads these. */
  people: PersonEntry[];
  /** People of recent years without identities: they place a person in a country and tell a name, never link. */
  officeHolders: OfficeHolderEntry[];
  countryByIso2(iso2: string): CountryEntry | undefined;
}

const LOCAL = 'local';
const optional = (cell: string | undefined): string | undefined => (cell ? cell : undefined);
const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

function loadCountries(): CountryEntry[] {
  const byIso2 = new Map<string, CountryEntry>();
  for (const row of readTsv('countries.tsv')) {
    const iso2 = row.iso2 ?? '';
    const demonyms = listCell(row.demonyms);
    const capitalAliases = listCell(row.capital_aliases);
    const aliases = listCell(row.aliases);
    const known = byIso2.get(iso2);
    if (row.source === LOCAL && known) {
      known.demonyms = union(known.demonyms, demonyms);
      known.capitalAliases = union(known.capitalAliases, capitalAliases);
      known.aliases = union(known.aliases, aliases).filter((a) => a !== known.name);
      continue;
    }
    byIso2.set(iso2, {
      iso2,
      name: row.name ?? iso2,
      qid: optional(row.qid),
      demonyms,
      capital: optional(row.capital),
      capitalQid: optional(row.capital_qid),
      capitalAliases,
      aliases,
    });
  }
  return [...byIso2.values()];
}

function loadOrganizations(): OrganizationEntry[] {
  const byName = new Map<string, OrganizationEntry>();
  for (const row of readTsv('organizations.tsv')) {
    const name = row.name ?? '';
    const key = name.toLowerCase();
    const aliases = listCell(row.aliases);
    const known = byName.get(key);
    if (row.source === LOCAL && known) {
      known.acronym ??= optional(row.acronym);
      known.country ??= optional(row.country);
      known.aliases = union(known.aliases, aliases).filter((a) => a !== known.name);
      continue;
    }
    byName.set(key, {
      name,
      qid: row.source === LOCAL ? undefined : optional(row.qid),
      acronym: optional(row.acronym),
      aliases,
      country: optional(row.country),
    });
  }
  return [...byName.values()];
}

function loadPeople(): PersonEntry[] {
  return readTsv('people.tsv').map((row) => ({
    name: row.name ?? '',
    qid: row.qid ?? '',
    aliases: listCell(row.aliases),
    country: optional(row.country),
    positions: listCell(row.positions),
    source: row.source ?? '',
  }));
}

function loadOfficeHolders(): OfficeHolderEntry[] {
  return readTsv('office-holders.tsv').map((row) => ({ name: row.name ?? '', aliases: listCell(row.aliases), country: row.country ?? '' }));
}

let cached: Gazetteer | undefined;

/** The gazetteer (loaded on first call, then cached). */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const countries = loadCountries();
    const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
    cached = {
      countries,
      organizations: loadOrganizations(),
      people: loadPeople(),
      officeHolders: loadOfficeHolders(),
      countryByIso2: (iso2) => byIso2.get(iso2.toUpperCase()),
    };
  }
  return cached;
}

export interface CityEntry {
  /** The GeoNames name ("New York City", "Köln"). */
  name: string;
  /** ISO2 of its country; absent when cities of that name in two countries are both large ("Hyderabad"). */
  iso2?: string;
  geonamesId?: string;
  /** Other forms news copy writes ("New York", "Cologne", "Sao Paulo"). */
  aliases: string[];
  /** Also a common word or personal name ("Mobile", "Jackson"): a place only where the context says so. */
  locativeOnly: boolean;
}

let cities: CityEntry[] | undefined;
let cityForms: Map<string, CityEntry> | undefined;

/** Cities beyond the capitals (cities.tsv, generated by import-cities.ts; local rows add forms and guards by name). */
export function loadCities(): CityEntry[] {
  if (cities) return cities;
  const byName = new Map<string, CityEntry>();
  for (const row of readTsv('cities.tsv')) {
    const name = row.name ?? '';
    const known = byName.get(name.toLowerCase());
    const aliases = listCell(row.aliases);
    const locativeOnly = row.guard === 'locative';
    if (row.source === LOCAL && known) {
      known.aliases = union(known.aliases, aliases);
      known.locativeOnly ||= locativeOnly;
      continue;
    }
    byName.set(name.toLowerCase(), { name, iso2: optional(row.iso2), geonamesId: optional(row.geonames_id), aliases, locativeOnly });
  }
  cities = [...byName.values()];
  return cities;
}

let capitalForms: Map<string, CountryEntry> | undefined;

/** The country whose capital a name or other form (any case) names, the first listed on a tie: "NEW DELHI" → India. */
export function countryOfCapital(name: string): CountryEntry | undefined {
  if (!capitalForms) {
    capitalForms = new Map();
    for (const c of loadGazetteer().countries) {
      for (const form of [c.capital ?? '', ...c.capitalAliases]) if (form !== '' && !capitalForms.has(form.toLowerCase())) capitalForms.set(form.toLowerCase(), c);
    }
  }
  return capitalForms.get(name.toLowerCase());
}

/** The city a name or other form (any case) names, if cities.tsv has it: "NEW YORK" → New York City. */
export function cityNamed(name: string): CityEntry | undefined {
  if (!cityForms) {
    cityForms = new Map();
    for (const c of loadCities()) for (const form of [c.name, ...c.aliases]) if (!cityForms.has(form.toLowerCase())) cityForms.set(form.toLowerCase(), c);
  }
  return cityForms.get(name.toLowerCase());
}
