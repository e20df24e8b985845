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

export interface Gazetteer {
  countries: CountryEntry[];
  organizations: OrganizationEntry[];
  people: PersonEntry[];
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
      countryByIso2: (iso2) => byIso2.get(iso2.toUpperCase()),
    };
  }
  return cached;
}
