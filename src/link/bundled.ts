/**
 * Link candidates from the bundled gazetteer (offline). Built once per process; persons are indexed by every
 * word of each of their names (folded), so a name in another order or with an initial still finds its row.
 */
import { loadGazetteer, type PersonEntry } from '../lexicon/gazetteer.js';
import type { EntityKind } from '../extract/facts.js';
import type { LinkCandidate } from './candidate.js';
import { foldSpelling, normalizeName, personWords } from './match.js';
import { rolesNamedBy } from './position-roles.js';

const SOURCE = 'bundled';

/**
 * Role ids named by a position string such as "Foreign minister of China (2013–)" or "Chairman of the Standing
 * Committee of the Supreme People's Assembly (2019–)": the longest role form in it, dates left out.
 */
export function rolesOfPosition(position: string): string[] {
  return rolesNamedBy(position.replace(/\s*\([^)]*\)/g, ''));
}

/** What a position of someone of no country is in: "Foreign minister of European Union (current as of 2022-12)" → "European Union". */
const bodyOfPosition = (position: string): string | undefined => /\bof\s+(.+)$/.exec(position.replace(/\s*\([^)]*\)/g, ''))?.[1];

/** A monarch's regnal name without the realm the table adds: "Abdullah II of Jordan" → "Abdullah II". */
const REGNAL = /^(.+\s[IVXLC]+)\s+of\s+\S.*$/;

function personCandidate(p: PersonEntry): LinkCandidate {
  const regnal = REGNAL.exec(p.name)?.[1];
  return {
    qid: p.qid,
    label: p.name,
    aliases: regnal ? [...p.aliases, regnal] : p.aliases,
    // A monarch of several realms, or a president who is also co-prince of Andorra: "AD|FR".
    countries: p.country ? p.country.split('|') : [],
    roles: [...new Set(p.positions.flatMap(rolesOfPosition))],
    ...(p.country ? {} : { bodies: [...new Set(p.positions.flatMap((pos) => bodyOfPosition(pos) ?? []))] }),
    source: `${SOURCE}:${p.source}`,
  };
}

/** Candidates by a key of each of their names. */
type NameIndex = Map<string, LinkCandidate[]>;

function indexBy(candidates: LinkCandidate[], keys: (name: string) => string[]): NameIndex {
  const byKey: NameIndex = new Map();
  for (const candidate of candidates) {
    for (const k of new Set([candidate.label, ...candidate.aliases].flatMap(keys))) byKey.set(k, [...(byKey.get(k) ?? []), candidate]);
  }
  return byKey;
}

const wordKeys = (name: string): string[] => personWords(name).map(foldSpelling);
const nameKey = (name: string): string[] => [normalizeName(name)];

let cached: Record<EntityKind, NameIndex> | undefined;

function indexes(): Record<EntityKind, NameIndex> {
  if (cached) return cached;
  const g = loadGazetteer();
  const organizations = g.organizations
    .filter((o) => o.qid)
    .map((o) => ({
      qid: o.qid as string,
      label: o.name,
      aliases: o.acronym ? [o.acronym, ...o.aliases] : o.aliases,
      countries: o.country ? [o.country] : [],
      roles: [],
      source: `${SOURCE}:organizations.tsv`,
    }));
  const countries = g.countries
    .filter((c) => c.qid)
    .map((c) => ({
      qid: c.qid as string,
      label: c.name,
      aliases: [...c.aliases, ...c.demonyms],
      countries: [c.iso2],
      roles: [],
      source: `${SOURCE}:countries.tsv`,
    }));
  const capitals = g.countries
    .filter((c) => c.capital && c.capitalQid)
    .map((c) => ({
      qid: c.capitalQid as string,
      label: c.capital as string,
      aliases: c.capitalAliases,
      countries: [c.iso2],
      roles: [],
      source: `${SOURCE}:countries.tsv`,
    }));
  cached = {
    // Person names vary (spelling, hyphens, middle names, order): looked up by any word, folded, and judged by chooseLink.
    person: indexBy(g.people.map(personCandidate), wordKeys),
    organization: indexBy(organizations, nameKey),
    country: indexBy(countries, nameKey),
    place: indexBy(capitals, nameKey),
  };
  return cached;
}

/** Bundled candidates worth weighing for an entity of this kind with these names. */
export function bundledCandidates(kind: EntityKind, names: string[]): LinkCandidate[] {
  const index = indexes()[kind];
  const keys = kind === 'person' ? wordKeys : nameKey;
  return [...new Set(names.flatMap(keys).flatMap((k) => index.get(k) ?? []))];
}

let namesWithoutQid: Set<string> | undefined;

/** True when the gazetteer knows an organisation by this name but has no verified QID for it. */
export function isKnownWithoutQid(name: string): boolean {
  namesWithoutQid ??= new Set(
    loadGazetteer()
      .organizations.filter((o) => !o.qid)
      .flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases].map(normalizeName)),
  );
  return namesWithoutQid.has(normalizeName(name));
}
