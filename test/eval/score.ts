/**
 * Pure scoring of extracted ArticleFacts against gold facts, fact kind by fact kind (rules in
 * test/corpus/README.md). Counts add up across articles, so a corpus score is the sum of article scores.
 */
import type { ArticleFacts, EntityFact, EventFact } from '../../src/extract/facts.js';
import type { Gold, GoldMeeting, GoldPerson, GoldPost, GoldVisit } from './gold.js';

/** Leading words that are courtesy titles, not part of a name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'sheikh', 'sheikha', 'prince', 'princess', 'king', 'queen', 'emir', 'ayatollah', 'gen', 'general']);

/** Second letters of styles written as initials: H.E. (His Excellency), H.H. (His Highness), H.M. (His Majesty). */
const STYLE_INITIALS = new Set(['e', 'h', 'm']);

/** Lowercase, no diacritics or apostrophes, hyphens and dots as spaces, leading honorifics dropped. */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʻ`]/g, '')
    .replace(/[-‐–.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  for (;;) {
    if (words.length > 1 && HONORIFICS.has(words[0] as string)) words.shift();
    else if (words.length > 2 && words[0] === 'h' && STYLE_INITIALS.has(words[1] as string)) words.splice(0, 2);
    else break;
  }
  return words.join(' ');
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Accuracy {
  right: number;
  total: number;
}

export interface Score {
  persons: Counts;
  posts: Counts;
  /** Posts judged on person and role only, ignoring the country or organisation: shows what `in` costs. */
  postRoles: Counts;
  meetings: Counts;
  visits: Counts;
  countries: Counts;
  countriesLinked: Counts;
  personsLinked: Counts;
  meetingDate: Accuracy;
  meetingPlace: Accuracy;
  meetingMode: Accuracy;
  /** Readable lines: what was missed, what was extra, what was wrong. */
  misses: string[];
}

export const COUNT_KINDS = ['persons', 'posts', 'postRoles', 'meetings', 'visits', 'countries', 'countriesLinked', 'personsLinked'] as const;
export const ACCURACY_KINDS = ['meetingDate', 'meetingPlace', 'meetingMode'] as const;

export function emptyScore(): Score {
  const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const accuracy = (): Accuracy => ({ right: 0, total: 0 });
  return {
    persons: counts(), posts: counts(), postRoles: counts(), meetings: counts(), visits: counts(), countries: counts(),
    countriesLinked: counts(), personsLinked: counts(),
    meetingDate: accuracy(), meetingPlace: accuracy(), meetingMode: accuracy(), misses: [],
  };
}

/** Adds b into a (misses are concatenated). */
export function addScore(a: Score, b: Score): Score {
  for (const k of COUNT_KINDS) {
    a[k].tp += b[k].tp;
    a[k].fp += b[k].fp;
    a[k].fn += b[k].fn;
  }
  for (const k of ACCURACY_KINDS) {
    a[k].right += b[k].right;
    a[k].total += b[k].total;
  }
  a.misses.push(...b.misses);
  return a;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1; an empty side counts as perfect (nothing to find, nothing claimed). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function ratio(a: Accuracy): number {
  return a.total === 0 ? 1 : a.right / a.total;
}

/** Pairs gold items with predicted items one to one, first acceptable unused prediction in preference order. */
function pairUp<G, P>(gold: G[], predicted: P[], acceptable: (g: G, p: P) => number): { pairs: [G, P][]; lostGold: G[]; extra: P[] } {
  const used = new Set<number>();
  const pairs: [G, P][] = [];
  const lostGold: G[] = [];
  for (const g of gold) {
    let best = -1;
    let bestRank = Infinity;
    predicted.forEach((p, i) => {
      if (used.has(i)) return;
      const rank = acceptable(g, p);
      if (rank < bestRank) {
        best = i;
        bestRank = rank;
      }
    });
    if (best < 0) lostGold.push(g);
    else {
      used.add(best);
      pairs.push([g, predicted[best] as P]);
    }
  }
  return { pairs, lostGold, extra: predicted.filter((_, i) => !used.has(i)) };
}

const NO_MATCH = Infinity;

/** The article's entities with the names a place, its `within` chain and their countries go by. */
class EntityView {
  private readonly byId: Map<string, EntityFact>;
  constructor(facts: ArticleFacts) {
    this.byId = new Map(facts.entities.map((e) => [e.id, e]));
  }

  get(id: string | undefined): EntityFact | undefined {
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** The entity and every place it lies within, nearest first (cycles cut). */
  chain(id: string | undefined): EntityFact[] {
    const out: EntityFact[] = [];
    for (let e = this.get(id); e && !out.includes(e); e = this.get(e.within)) out.push(e);
    return out;
  }

  chainNames(id: string | undefined): Set<string> {
    return new Set(this.chain(id).flatMap((e) => [e.name, ...e.altNames].map(normaliseName)));
  }

  chainCountries(id: string | undefined): Set<string> {
    return new Set(this.chain(id).flatMap((e) => (e.country ? [e.country] : [])));
  }
}

function personKeys(p: GoldPerson): Set<string> {
  return new Set([p.name, ...(p.aliases ?? [])].map(normaliseName));
}

/** 0: the predicted name is a gold form; 1: one of its other names is; no match otherwise. */
function personRank(gold: GoldPerson, entity: EntityFact): number {
  const keys = personKeys(gold);
  if (keys.has(normaliseName(entity.name))) return 0;
  return entity.altNames.some((n) => keys.has(normaliseName(n))) ? 1 : NO_MATCH;
}

/** The article's persons paired one to one with gold persons, by name: what every fact kind is scored through. */
export function pairPersons(facts: ArticleFacts, gold: Gold): { pairs: [GoldPerson, EntityFact][]; lostGold: GoldPerson[]; extra: EntityFact[] } {
  return pairUp(gold.persons, facts.entities.filter((e) => e.kind === 'person'), personRank);
}

function count(tp: number, fp: number, fn: number): Counts {
  return { tp, fp, fn };
}

const describeMeeting = (m: { participants: string[]; date?: string | null; status: string }): string =>
  `[${m.participants.join(' + ')}] ${m.date ?? 'no date'} ${m.status}`;

/** Scores one article's (linked) facts against its gold. */
export function scoreArticle(facts: ArticleFacts, gold: Gold, label = facts.article.id): Score {
  const score = emptyScore();
  const miss = (line: string): void => void score.misses.push(`${label}: ${line}`);
  const view = new EntityView(facts);

  // persons
  const persons = pairPersons(facts, gold);
  score.persons = count(persons.pairs.length, persons.extra.length, persons.lostGold.length);
  persons.lostGold.forEach((g) => miss(`person missed: ${g.name}`));
  persons.extra.forEach((e) => miss(`person extra: ${e.name}`));
  const goldNameOf = new Map(persons.pairs.map(([g, e]) => [e.id, g.name]));
  const nameOf = (id: string): string => goldNameOf.get(id) ?? `?${view.get(id)?.name ?? id}`;

  // persons linked
  const linked = count(0, 0, 0);
  for (const [g, e] of persons.pairs) {
    if (e.qid && e.qid === g.qid) linked.tp++;
    else {
      if (e.qid) {
        linked.fp++;
        miss(`person link wrong: ${g.name} → ${e.qid} (gold ${g.qid ?? 'none'})`);
      }
      if (g.qid) {
        linked.fn++;
        if (!e.qid) miss(`person link missed: ${g.name} (gold ${g.qid})`);
      }
    }
  }
  for (const e of persons.extra.filter((x) => x.qid)) {
    linked.fp++;
    miss(`person link on a non-gold person: ${e.name} → ${e.qid}`);
  }
  linked.fn += persons.lostGold.filter((g) => g.qid).length;
  score.personsLinked = linked;

  // posts
  const goldPosts = gold.persons.flatMap((p) => p.posts.map((post) => ({ person: p.name, ...post })));
  const seen = new Set<string>();
  const predictedPosts = facts.positions.filter((p) => {
    const key = `${nameOf(p.holder)}|${p.role}|${p.in ?? ''}`;
    return !seen.has(key) && seen.add(key);
  });
  const inMatches = (post: GoldPost, inId: string | undefined): boolean => {
    if (post.in === undefined) return true;
    const place = view.get(inId);
    if (!place) return false;
    if (/^[A-Z]{2}$/.test(post.in)) return place.country === post.in;
    return [place.name, ...place.altNames].some((n) => normaliseName(n) === normaliseName(post.in as string));
  };
  const posts = pairUp(goldPosts, predictedPosts, (g, p) =>
    nameOf(p.holder) === g.person && p.role === g.role && inMatches(g, p.in) ? 0 : NO_MATCH);
  score.posts = count(posts.pairs.length, posts.extra.length, posts.lostGold.length);
  const goldRoles = new Set(goldPosts.map((g) => `${g.person}|${g.role}`));
  const predictedRoles = new Set(predictedPosts.map((p) => `${nameOf(p.holder)}|${p.role}`));
  const sharedRoles = [...predictedRoles].filter((k) => goldRoles.has(k)).length;
  score.postRoles = count(sharedRoles, predictedRoles.size - sharedRoles, goldRoles.size - sharedRoles);
  posts.lostGold.forEach((g) => miss(`post missed: ${g.person} ${g.role}${g.in ? ` in ${g.in}` : ''}`));
  posts.extra.forEach((p) => miss(`post extra: ${nameOf(p.holder)} ${p.role}${p.in ? ` in ${view.get(p.in)?.name ?? p.in}` : ''} ("${p.title}")`));

  // meetings
  /** The rules an extra event came from, so that a rule's false positives can be counted ("{meet-verb,co-occurrence}"). */
  const rulesOf = (e: EventFact): string => `{${[...new Set(e.evidence.map((ev) => ev.rule))].join(',')}}`;
  const personIds = (ids: string[]): string[] => [...new Set(ids.filter((id) => view.get(id)?.kind === 'person'))];
  const predictedMeetings = facts.events.filter((e) => e.kind === 'meeting' && personIds(e.participants).length >= 2);
  const placeRight = (place: string | null, within: string | undefined, predicted: string | undefined): boolean => {
    if (place === null) return predicted === undefined;
    const names = view.chainNames(predicted);
    return names.has(normaliseName(place)) || (within !== undefined && names.has(normaliseName(within)));
  };
  const meetingRank = (g: GoldMeeting, e: EventFact): number => {
    const names = new Set(personIds(e.participants).map(nameOf));
    const allowed = new Set([...g.participants, ...(g.optional ?? [])]);
    if (e.status !== g.status || !g.participants.every((n) => names.has(n)) || [...names].some((n) => !allowed.has(n))) return NO_MATCH;
    return (e.date === (g.date ?? undefined) ? 0 : 2) + (placeRight(g.place, g.within, e.place) ? 0 : 1);
  };
  const meetings = pairUp(gold.meetings, predictedMeetings, meetingRank);
  score.meetings = count(meetings.pairs.length, meetings.extra.length, meetings.lostGold.length);
  meetings.lostGold.forEach((g) => miss(`meeting missed: ${describeMeeting(g)}`));
  meetings.extra.forEach((e) => miss(`meeting extra: ${describeMeeting({ ...e, participants: personIds(e.participants).map(nameOf) })} ${rulesOf(e)}`));
  for (const [g, e] of meetings.pairs) {
    const what = `[${g.participants.join(' + ')}]`;
    score.meetingDate.total++;
    if ((e.date ?? null) === g.date) score.meetingDate.right++;
    else miss(`meeting date wrong: ${what} gold ${g.date ?? 'none'}, got ${e.date ?? 'none'}${e.dateText ? ` ("${e.dateText}")` : ''}`);
    score.meetingPlace.total++;
    if (placeRight(g.place, g.within, e.place)) score.meetingPlace.right++;
    else miss(`meeting place wrong: ${what} gold ${g.place ?? 'none'}, got ${view.get(e.place)?.name ?? 'none'}`);
    score.meetingMode.total++;
    if ((e.mode ?? 'in-person') === (g.mode ?? 'in-person')) score.meetingMode.right++;
    else miss(`meeting mode wrong: ${what} gold ${g.mode ?? 'in-person'}, got ${e.mode ?? 'in-person'}`);
  }

  // visits: exact destination names are paired before destinations matched only by country
  const predictedVisits = facts.events.filter((e) => e.kind === 'visit' && e.visitor !== undefined);
  const visitRank = (g: GoldVisit, e: EventFact): number => {
    if (e.status !== g.status || nameOf(e.visitor as string) !== g.visitor) return NO_MATCH;
    if (view.chainNames(e.destination).has(normaliseName(g.destination))) return 0;
    return g.country !== undefined && view.chainCountries(e.destination).has(g.country) ? 1 : NO_MATCH;
  };
  const visits = pairUp(gold.visits, predictedVisits, visitRank);
  score.visits = count(visits.pairs.length, visits.extra.length, visits.lostGold.length);
  visits.lostGold.forEach((g) => miss(`visit missed: ${g.visitor} → ${g.destination} ${g.status}`));
  visits.extra.forEach((e) => miss(`visit extra: ${nameOf(e.visitor as string)} → ${view.get(e.destination)?.name ?? 'none'} ${e.status} ${rulesOf(e)}`));

  // countries, and their links
  const predictedCountries = new Map<string, EntityFact>();
  for (const e of facts.entities) if (e.kind === 'country' && e.country && !predictedCountries.has(e.country)) predictedCountries.set(e.country, e);
  const goldCountries = new Map(gold.countries.map((c) => [c.iso2, c.qid]));
  const countries = count(0, 0, 0);
  const countryLinks = count(0, 0, 0);
  for (const [iso2, e] of predictedCountries) {
    if (!goldCountries.has(iso2)) {
      countries.fp++;
      miss(`country extra: ${iso2} (${e.name})`);
      continue;
    }
    countries.tp++;
    if (e.qid === goldCountries.get(iso2)) countryLinks.tp++;
    else if (e.qid) {
      countryLinks.fp++;
      miss(`country link wrong: ${iso2} → ${e.qid}`);
    }
  }
  for (const [iso2] of goldCountries) {
    if (!predictedCountries.has(iso2)) {
      countries.fn++;
      miss(`country missed: ${iso2}`);
    }
  }
  countryLinks.fn = gold.countries.length - countryLinks.tp;
  score.countries = countries;
  score.countriesLinked = countryLinks;
  return score;
}
