/**
 * Gold facts of the evaluation corpus (format documented in test/corpus/README.md): types, loading
 * (one gold object per article file, or one object keyed by record id for a JSONL corpus), and checks.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Article } from '../../src/ingest/article.js';

export type GoldStatus = 'happened' | 'planned';
export type GoldMode = 'in-person' | 'phone' | 'video';

export interface GoldPost {
  role: string;
  /** ISO2 code, or the name of an organisation or territory. */
  in?: string;
}

export interface GoldPerson {
  name: string;
  aliases?: string[];
  country?: string;
  posts: GoldPost[];
  qid: string | null;
}

export interface GoldMeeting {
  participants: string[];
  optional?: string[];
  date: string | null;
  place: string | null;
  within?: string;
  status: GoldStatus;
  mode?: GoldMode;
}

export interface GoldVisit {
  visitor: string;
  destination: string;
  country?: string;
  status: GoldStatus;
}

export interface GoldCountry {
  iso2: string;
  qid: string;
}

export interface Gold {
  persons: GoldPerson[];
  meetings: GoldMeeting[];
  visits: GoldVisit[];
  countries: GoldCountry[];
}

const GOLD_SUFFIX = '.gold.json';
const JSONL_ORIGIN = /^(.*\.jsonl):\d+$/;

/** The gold file of an article, from where it was read (`X.txt` → `X.gold.json`, `X.jsonl:3` → `X.gold.json`). */
export function goldPathOf(article: Article): { path: string; key?: string } {
  const jsonl = JSONL_ORIGIN.exec(article.origin);
  if (jsonl) return { path: (jsonl[1] as string).slice(0, -'.jsonl'.length) + GOLD_SUFFIX, key: article.meta.id };
  return { path: article.origin.slice(0, -extname(article.origin).length) + GOLD_SUFFIX };
}

/** Reads the gold of an article; throws with the file name when it is missing or is not JSON. */
export async function readGold(article: Article): Promise<Gold> {
  const { path, key } = goldPathOf(article);
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (key === undefined) return parsed as Gold;
  const entry = (parsed as Record<string, unknown>)[key];
  if (entry === undefined) throw new Error(`${path}: no gold for record "${key}"`);
  return entry as Gold;
}

/** What the checks compare gold against: role ids, country QIDs by ISO2, and people-table names by QID. */
export interface GoldVocabulary {
  roles: Set<string>;
  countryQids: Map<string, string>;
  /** Normalised names and aliases of each person in the bundled people table. */
  peopleNames: Map<string, Set<string>>;
  normalise: (name: string) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = new Set(['happened', 'planned']);
const MODES = new Set(['in-person', 'phone', 'video']);
const TOP_KEYS = ['persons', 'meetings', 'visits', 'countries'];

function isRealDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Every way a gold object breaks the format or disagrees with the vocabulary, as readable lines. */
export function goldProblems(gold: Gold, vocabulary: GoldVocabulary): string[] {
  const problems: string[] = [];
  const keys = Object.keys(gold).sort();
  if (keys.join() !== [...TOP_KEYS].sort().join()) problems.push(`top-level keys must be ${TOP_KEYS.join(', ')}; got ${keys.join(', ')}`);
  if (!TOP_KEYS.every((k) => Array.isArray((gold as unknown as Record<string, unknown>)[k]))) return [...problems, 'every top-level value must be an array'];

  const names = new Set(gold.persons.map((p) => p.name));
  const iso = (code: string | undefined, where: string): void => {
    if (code !== undefined && !vocabulary.countryQids.has(code)) problems.push(`${where}: unknown ISO2 code "${code}"`);
  };
  const person = (name: string, where: string): void => {
    if (!names.has(name)) problems.push(`${where}: "${name}" is not a gold person`);
  };
  const status = (value: string, where: string): void => {
    if (!STATUSES.has(value)) problems.push(`${where}: status must be happened or planned, got "${value}"`);
  };

  if (names.size !== gold.persons.length) problems.push('persons: duplicate names');
  for (const p of gold.persons) {
    const where = `person "${p.name}"`;
    iso(p.country, where);
    if (!Array.isArray(p.posts)) problems.push(`${where}: posts must be an array`);
    for (const post of p.posts ?? []) {
      if (!vocabulary.roles.has(post.role)) problems.push(`${where}: unknown role "${post.role}"`);
      if (post.in !== undefined && /^[A-Z]{2}$/.test(post.in)) iso(post.in, where);
    }
    if (p.qid === undefined) problems.push(`${where}: qid must be a QID or null`);
    if (p.qid) {
      const known = vocabulary.peopleNames.get(p.qid);
      const forms = [p.name, ...(p.aliases ?? [])].map(vocabulary.normalise);
      if (!known) problems.push(`${where}: ${p.qid} is not in the bundled people table`);
      else if (!forms.some((f) => known.has(f))) problems.push(`${where}: no name or alias is a name of ${p.qid} in the people table`);
    }
  }
  for (const [i, m] of gold.meetings.entries()) {
    const where = `meeting ${i + 1}`;
    if (m.participants.length + (m.optional?.length ?? 0) < 2) problems.push(`${where}: fewer than two participants`);
    for (const name of [...m.participants, ...(m.optional ?? [])]) person(name, where);
    if (m.date !== null && !isRealDate(m.date)) problems.push(`${where}: date "${m.date}" is not YYYY-MM-DD`);
    if (m.place === undefined) problems.push(`${where}: place must be a name or null`);
    status(m.status, where);
    if (m.mode !== undefined && !MODES.has(m.mode)) problems.push(`${where}: unknown mode "${m.mode}"`);
  }
  for (const [i, v] of gold.visits.entries()) {
    const where = `visit ${i + 1}`;
    person(v.visitor, where);
    iso(v.country, where);
    status(v.status, where);
  }
  for (const c of gold.countries) {
    const qid = vocabulary.countryQids.get(c.iso2);
    if (qid === undefined) problems.push(`country "${c.iso2}": unknown ISO2 code`);
    else if (qid !== c.qid) problems.push(`country "${c.iso2}": qid ${c.qid}, the countries table says ${qid}`);
  }
  return problems;
}
