import { loadCities, loadGazetteer, type CityEntry } from '../lexicon/gazetteer.js';
import { PhraseTrie } from './phrase-trie.js';

/** What a gazetteer phrase names. */
export interface GazetteerHit {
  kind: 'country' | 'capital' | 'org';
  /** Canonical name (country, capital or organisation). */
  name: string;
  /** The country: its own code, the capital's country, or an organisation's home country. */
  iso2?: string;
  /** How a country was named: name, alias, demonym. */
  via?: string;
  /** The phrase must match with this exact spelling (acronyms such as "US" must not match "us"). */
  exact?: string;
}

let cached: PhraseTrie<GazetteerHit[]> | undefined;

function addHit(trie: PhraseTrie<GazetteerHit[]>, index: Map<string, GazetteerHit[]>, phrase: string, hit: GazetteerHit): void {
  if (phrase.trim() === '') return;
  const key = phrase.toLowerCase();
  const exact = phrase.length <= 5 && phrase === phrase.toUpperCase() ? phrase : undefined;
  let hits = index.get(key);
  if (!hits) {
    index.set(key, (hits = []));
    trie.add(phrase, hits);
  }
  hits.push(exact ? { ...hit, exact } : hit);
}

/** Countries (names, aliases, demonyms), capitals and organisations (names, aliases, acronyms) as one phrase trie. */
export function gazetteerTrie(): PhraseTrie<GazetteerHit[]> {
  if (cached) return cached;
  const trie = new PhraseTrie<GazetteerHit[]>();
  const index = new Map<string, GazetteerHit[]>();
  const gazetteer = loadGazetteer();
  for (const c of gazetteer.countries) {
    addHit(trie, index, c.name, { kind: 'country', name: c.name, iso2: c.iso2, via: 'name' });
    for (const a of c.aliases) addHit(trie, index, a, { kind: 'country', name: c.name, iso2: c.iso2, via: 'alias' });
    for (const d of c.demonyms) addHit(trie, index, d, { kind: 'country', name: c.name, iso2: c.iso2, via: 'demonym' });
  }
  for (const c of gazetteer.countries) {
    if (!c.capital) continue;
    for (const n of [c.capital, ...c.capitalAliases]) addHit(trie, index, n, { kind: 'capital', name: c.capital, iso2: c.iso2 });
  }
  for (const o of gazetteer.organizations) {
    for (const n of [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])]) {
      addHit(trie, index, n, { kind: 'org', name: o.name, ...(o.country ? { iso2: o.country } : {}) });
    }
  }
  cached = trie;
  return trie;
}

let cities: PhraseTrie<CityEntry> | undefined;

/** Cities beyond the capitals (cities.tsv), by name and other forms, as a phrase trie of their own. */
export function cityTrie(): PhraseTrie<CityEntry> {
  if (cities) return cities;
  cities = new PhraseTrie<CityEntry>();
  for (const c of loadCities()) for (const form of [c.name, ...c.aliases]) cities.add(form, c);
  return cities;
}

let knownPeople: PhraseTrie<true> | undefined;
/** Two words or more, and no label of a reign or office ("Abdullah II of Jordan", "Albert II, Prince of Monaco"). */
const NEWS_NAME = /^(?!.*(?:\bof\b|\bthe\b|,))\S+\s+\S/;

/**
 * The full names (two words or more) of the bundled people tables, as a phrase trie: a name the tables know is read
 * whole where its words alone would read otherwise ("Israel Katz", "Mohammed Shia al-Sudani").
 */
export function knownPersonTrie(): PhraseTrie<true> {
  if (knownPeople) return knownPeople;
  knownPeople = new PhraseTrie<true>();
  const { people, officeHolders } = loadGazetteer();
  for (const p of [...people, ...officeHolders]) for (const name of [p.name, ...p.aliases]) if (NEWS_NAME.test(name)) knownPeople.add(name, true);
  return knownPeople;
}
