/**
 * The country of a person the article places without naming it. From the text around them: "accompanied by X" (the
 * companion's country), "a delegation from C led by X", "the C delegation included X", "his C counterpart X", "on
 * the C side, the talks were attended by X, Y" (and by the list lines after such a sentence ending in a colon). Then
 * from the bundled people table, when it knows the full name in one country only. From the events and posts, until
 * nothing more follows: the host of a foreign visitor is of the country the meeting is in; in an article about two
 * countries, a person who meets someone of one of them, or visits one of them, is of the other, and so is the holder
 * of a post one person holds per country ("President X") when someone of the one holds it there.
 */
import type { EntityFact, EventFact } from './facts.js';
import type { EntityRegistry } from './registry.js';
import { slotPersons, type SentenceView } from './sentence-view.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { personWords } from '../link/match.js';
import { hasPresident } from '../lexicon/country-titles.js';

/** Posts one person holds in a country at a time. */
export const SINGLE_HOLDER_ROLES = ['President', 'PrimeMinister', 'King', 'VicePresident', 'ForeignMinister', 'DefenceMinister', 'FinanceMinister', 'InteriorMinister', 'TradeMinister', 'LegislatureChair'];

/** A post as far as placing its holder goes: the role, and the post's country when the text gives it. */
export interface HeldPost {
  holder: EntityFact;
  role: string;
  country?: string;
}

/**
 * "a delegation from COUNTRY led by [the …] PERSON", "the COUNTRY delegation, led by PERSON": the leader is of that
 * country. Read from the sentence text between the two slots, since skeletons stand a delegation for its leader.
 */
const DELEGATION_FROM = /\bdelegation\s+from\s+(?:the\s+)?$/i;
const LED_BY = /^(?:\s*['’]s)?(?:\s+[a-z-]+)?(?:\s+delegation)?\s*,?\s+(?:(?:(?:was|were|is|are|being)\s+)?(?:led|headed)\s+by|included|includes|including|comprised|comprising)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** "[his] §C0 [and §C1] counterpart[s][,] §P2 [and §P3]": each counterpart is of the country named for them. */
const COUNTERPART = /(§C\d+(?:\s*(?:,|and)\s*§C\d+)*)\s+counterparts?\s*,?\s*(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/g;
/**
 * "§P0 … , accompanied by [his] [title words] §P3", "§P0 flew into §L1 with the minister for …, §P3": the companion
 * is of the subject's country; not the one met ("travelled to §L1 for talks with §P2", "flew in, held talks with").
 */
const ACCOMPANIED =
  /(§P\d+)(?:[^§.;]|§[CLOD]\d+)*?\b(?:accompanied\s+by|(?:flew|flown|travell?ed|arrived|landed|came|went)\b(?:(?!\b(?:talks|meetings?|met|discussions|consultations|negotiations|dialogue|held)\b)[^§.;,]|§[LD]\d+)*?\bwith)\s+(?:[a-z-]+\s+){0,6}(?:,\s+)?(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/g;

/** "On the §C0 side, the talks were attended by …", "From the §C0 side were …": everyone the sentence names is of C. */
const SIDE_FRAME = /^(?:on|from)\s+the\s+(§C\d+)\s+side\s*(?:,|:|were\b|was\b)/;
/** "§P0 on the §C1 side": the person just before is of C. */
const ON_SIDE = /(§P\d+)\s+(?:on|from)\s+the\s+(§C\d+)\s+side\b/g;
/** A line of a list ("- Name, Minister of …"): it goes on the sentence that introduced it with a colon. */
const LIST_ITEM = /^\s*[-*•·–—]\s/;

/** A country must be named in this many more sentences than the third most named one to be one of the article's pair. */
const PAIR_MARGIN = 1;
/** …and in this many sentences at least: a country named once is no side of the story. */
const PAIR_MIN_SENTENCES = 2;
/** A post's holder is placed by a post of the same kind only in a story clearly about two countries. */
const POST_PAIR_MIN_SENTENCES = 3;

/** For each person without a country whom the article places, that country's ISO2 code. */
export function impliedCountries(views: readonly SentenceView[], events: readonly EventFact[], registry: EntityRegistry, posts: readonly HeldPost[] = []): Map<EntityFact, string> {
  const found = new Map<EntityFact, string>();
  const presidents = new Set(posts.filter((p) => p.role === 'President').map((p) => p.holder));
  const imply = (person: EntityFact | undefined, iso2: string | undefined): void => {
    // A president is of no monarchy, whatever side of the story they are on.
    if (person && presidents.has(person) && iso2 && !hasPresident(iso2)) return;
    if (person?.kind === 'person' && iso2 && !person.country && !found.has(person)) found.set(person, iso2);
  };
  const countryOf = (e: EntityFact | undefined): string | undefined => e?.country ?? (e ? found.get(e) : undefined);
  /** Who travels with whom: [the one travelling, the companion]. */
  const companions: [EntityFact | undefined, EntityFact | undefined][] = [];
  /** The side a sentence ending in a colon introduced, for the list lines after it. */
  let listSide: string | undefined;
  for (const view of views) {
    const slot = (ref: string | undefined): EntityFact | undefined => (ref ? view.slots[Number(ref.slice(2))]?.entity : undefined);
    const frame = SIDE_FRAME.exec(view.skeleton);
    const side = frame ? slot(frame[1])?.country : LIST_ITEM.test(view.text) ? listSide : undefined;
    for (const person of side ? slotPersons(view.slots) : []) imply(person, side);
    listSide = side !== undefined && (frame === null || /:\s*$/.test(view.text)) ? side : undefined;
    for (const m of view.skeleton.matchAll(ON_SIDE)) imply(slot(m[1]), slot(m[2])?.country);
    const within = (from: number, to: number): string => view.text.slice(from - view.span.start, to - view.span.start);
    view.slots.forEach((c, n) => {
      const leader = view.slots[n + 1];
      if (c.kind !== 'C' || leader?.kind !== 'P' || !LED_BY.test(within(c.end, leader.start))) return;
      const gap = within(c.end, leader.start);
      if (/delegation/i.test(gap) || DELEGATION_FROM.test(within(view.span.start, c.start))) imply(leader.entity, c.entity?.country);
    });
    for (const m of view.skeleton.matchAll(COUNTERPART)) {
      const countries = m[1].match(/§C\d+/g) ?? [];
      const holders = m[2].match(/§P\d+/g) ?? [];
      if (countries.length === 1 || countries.length === holders.length) holders.forEach((ref, n) => imply(slot(ref), slot(countries[countries.length === 1 ? 0 : n])?.country));
    }
    for (const m of view.skeleton.matchAll(ACCOMPANIED)) {
      for (const ref of m[2].match(/§P\d+/g) ?? []) companions.push([slot(m[1]), slot(ref)]);
    }
  }
  for (const person of registry.all) imply(person, person.kind === 'person' ? tableCountry(person) : undefined);
  const byId = new Map(registry.all.map((e) => [e.id, e]));
  const inCountry = (id: string | undefined, depth = 0): string | undefined => {
    const e = id === undefined ? undefined : byId.get(id);
    if (!e || depth > 3) return undefined;
    return e.kind === 'country' ? e.country : inCountry(e.within, depth + 1);
  };
  const visits = events.filter((e) => e.kind === 'visit' && e.visitor);
  const visited = new Set(visits.map((e) => `${e.visitor} ${inCountry(e.destination)}`));
  /** Where a meeting is: its place's country, else that of a visit told in the same sentence ("arrived in X and held talks"). */
  const meetingCountry = (m: EventFact): string | undefined =>
    inCountry(m.place) ?? inCountry(visits.find((v) => v.evidence[0]?.start === m.evidence[0]?.start && m.participants.includes(v.visitor ?? ''))?.destination);
  const other = pairOther(registry, inCountry);
  const postOther = pairOther(registry, inCountry, POST_PAIR_MIN_SENTENCES);
  const inPairOrNowhere = (iso2: string | undefined): boolean => iso2 === undefined || other(iso2) !== undefined;
  const presentIn = new Map<string, Set<string>>();
  for (const e of events) {
    const where = e.kind === 'visit' ? inCountry(e.destination) : e.kind === 'meeting' ? meetingCountry(e) : undefined;
    for (const id of where ? e.participants : []) presentIn.set(id, (presentIn.get(id) ?? new Set<string>()).add(where as string));
  }
  // Someone on a tour, met or visiting in more than one country, may be of neither side.
  const traveller = (p: EntityFact | undefined): boolean => (p ? presentIn.get(p.id)?.size ?? 0 : 0) > 1;
  const side = (p: EntityFact | undefined, iso2: string | undefined): void => {
    if (!traveller(p)) imply(p, other(iso2));
  };
  // Each conclusion may place the next person ("X visited C and met Y" once X is placed), so repeat until none follows.
  for (let known = -1; known !== found.size; ) {
    known = found.size;
    for (const [lead, companion] of companions) imply(companion, countryOf(lead));
    // Hosts first: the country of the place where they receive a visitor from elsewhere.
    for (const e of events) {
      if (e.kind !== 'meeting') continue;
      const where = meetingCountry(e);
      const people = e.participants.map((id) => byId.get(id));
      const guest = people.some((p) => p && countryOf(p) !== undefined && visited.has(`${p.id} ${where}`));
      if (!where || !guest || people.some((p) => countryOf(p) === where)) continue;
      for (const p of people) if (p && !visited.has(`${p.id} ${where}`)) imply(p, where);
    }
    // Then, between the article's two countries, the side of the one they visit or meet is the other.
    for (const e of events) {
      if (e.kind === 'visit') side(byId.get(e.visitor ?? ''), inCountry(e.destination));
      // A meeting in a third country is no sign of the pair: the one met there may be its host.
      if (e.kind !== 'meeting' || !inPairOrNowhere(meetingCountry(e))) continue;
      const people = e.participants.map((id) => byId.get(id));
      // Whom someone on a tour meets is of the country toured, not the other of the pair.
      const placed = people.filter((p) => countryOf(p) !== undefined);
      const sides = new Set(placed.map(countryOf));
      if (sides.size === 1 && !placed.some(traveller)) for (const p of people) side(p, [...sides][0]);
    }
    // "President X" where the president of one side is someone else: X is the other side's.
    for (const post of posts) {
      if (!SINGLE_HOLDER_ROLES.includes(post.role) || post.country || countryOf(post.holder)) continue;
      const taken = new Set(posts.filter((p) => p.role === post.role && p.holder !== post.holder).map((p) => p.country ?? countryOf(p.holder)));
      const sides = [...taken].filter((c) => c !== undefined && postOther(c) !== undefined);
      if (sides.length === 1 && !taken.has(postOther(sides[0]))) imply(post.holder, postOther(sides[0]));
    }
  }
  return found;
}

/**
 * The country the bundled people tables (people.tsv, office-holders.tsv) give a person's full name, when all their
 * entries of that name agree on one.
 */
function tableCountry(person: EntityFact): string | undefined {
  const names = [person.name, ...person.altNames].map((n) => personWords(n)).filter((w) => w.length >= 2);
  const countries = new Set(names.flatMap((w) => peopleByName().get(w.join(' ')) ?? []));
  const [only] = countries;
  return countries.size === 1 && /^[A-Z]{2}$/.test(only ?? '') ? only : undefined;
}

let people: Map<string, string[]> | undefined;

/** Normalised full names of the people tables, each with the countries of its entries ("" when none). */
function peopleByName(): Map<string, string[]> {
  if (!people) {
    const byName = new Map<string, string[]>();
    const add = (names: string[], country: string): void => {
      for (const name of new Set(names.map((n) => personWords(n).join(' ')))) byName.set(name, [...(byName.get(name) ?? []), country]);
    };
    const { people: identities, officeHolders } = loadGazetteer();
    for (const p of [...identities, ...officeHolders]) add([p.name, ...p.aliases], p.country ?? '');
    people = byName;
  }
  return people;
}

/**
 * The other country of the article's pair: the two countries named in most sentences (by name, demonym, capital, or
 * a place or body of theirs), when a third is named clearly less.
 */
function pairOther(registry: EntityRegistry, inCountry: (id: string | undefined) => string | undefined, minSentences = PAIR_MIN_SENTENCES): (iso2: string | undefined) => string | undefined {
  const counts = new Map<string, number>();
  for (const e of registry.all) {
    const iso2 = e.kind === 'person' ? undefined : e.kind === 'place' ? inCountry(e.id) : e.country;
    if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + e.mentions.length);
  }
  const [first, second, third] = [...counts].sort((a, b) => b[1] - a[1]);
  const pair = first && second && second[1] >= Math.max((third?.[1] ?? 0) + PAIR_MARGIN, minSentences) ? [first[0], second[0]] : [];
  return (iso2) => (iso2 && pair.includes(iso2) ? pair.find((c) => c !== iso2) : undefined);
}
