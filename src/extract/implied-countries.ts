/**
 * The country of a person the article places without naming it. From the text around them: "accompanied by X" (the
 * companion's country), "a delegation from C led by X", "the C delegation included X", "his C counterpart X". From the events: the host of a foreign visitor is of the
 * country the meeting is in; in an article about two countries, a person who meets someone of one of them, or visits
 * one of them, is of the other.
 */
import type { EntityFact, EventFact } from './facts.js';
import type { EntityRegistry } from './registry.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "a delegation from COUNTRY led by [the …] PERSON", "the COUNTRY delegation, led by PERSON": the leader is of that
 * country. Read from the sentence text between the two slots, since skeletons stand a delegation for its leader.
 */
const DELEGATION_FROM = /\bdelegation\s+from\s+(?:the\s+)?$/i;
const LED_BY = /^(?:\s*['’]s)?(?:\s+[a-z-]+)?(?:\s+delegation)?\s*,?\s+(?:(?:(?:was|were|is|are|being)\s+)?(?:led|headed)\s+by|included|includes|including|comprised|comprising)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;
/** "[his] §C0 [and §C1] counterpart[s][,] §P2 [and §P3]": each counterpart is of the country named for them. */
const COUNTERPART = /(§C\d+(?:\s*(?:,|and)\s*§C\d+)*)\s+counterparts?\s*,?\s*(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/g;
/** "§P0 … , accompanied by [his] [title words] §P3": the companion is of the subject's country. */
const ACCOMPANIED = /(§P\d+)(?:[^§.;]|§[CLOD]\d+)*?\baccompanied\s+by\s+(?:his|her|their\s+)?(?:[a-z-]+\s+){0,2}(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/g;

/** A country must be named in this many more sentences than the third most named one to be one of the article's pair. */
const PAIR_MARGIN = 1;
/** …and in this many sentences at least: a country named once is no side of the story. */
const PAIR_MIN_SENTENCES = 2;

/** For each person without a country whom the article places, that country's ISO2 code. */
export function impliedCountries(views: readonly SentenceView[], events: readonly EventFact[], registry: EntityRegistry): Map<EntityFact, string> {
  const found = new Map<EntityFact, string>();
  const imply = (person: EntityFact | undefined, iso2: string | undefined): void => {
    if (person?.kind === 'person' && iso2 && !person.country && !found.has(person)) found.set(person, iso2);
  };
  const countryOf = (e: EntityFact | undefined): string | undefined => e?.country ?? (e ? found.get(e) : undefined);
  for (const view of views) {
    const slot = (ref: string | undefined): EntityFact | undefined => (ref ? view.slots[Number(ref.slice(2))]?.entity : undefined);
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
      for (const ref of m[2].match(/§P\d+/g) ?? []) imply(slot(ref), countryOf(slot(m[1])));
    }
  }
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
  // Hosts first: the country of the place where they receive a visitor from elsewhere.
  for (const e of events) {
    if (e.kind !== 'meeting') continue;
    const where = meetingCountry(e);
    const people = e.participants.map((id) => byId.get(id));
    const guest = people.some((p) => p && countryOf(p) !== undefined && visited.has(`${p.id} ${where}`));
    if (!where || !guest || people.some((p) => countryOf(p) === where)) continue;
    for (const p of people) if (p && !visited.has(`${p.id} ${where}`)) imply(p, where);
  }
  // Then, between the article's two countries, the side of the one they visit or meet is the other; not for
  // someone on a tour, met or visiting in more than one country, who may be of neither.
  const presentIn = new Map<string, Set<string>>();
  for (const e of events) {
    const where = e.kind === 'visit' ? inCountry(e.destination) : e.kind === 'meeting' ? meetingCountry(e) : undefined;
    for (const id of where ? e.participants : []) presentIn.set(id, (presentIn.get(id) ?? new Set<string>()).add(where as string));
  }
  const traveller = (p: EntityFact | undefined): boolean => (p ? presentIn.get(p.id)?.size ?? 0 : 0) > 1;
  const side = (p: EntityFact | undefined, iso2: string | undefined): void => {
    if (!traveller(p)) imply(p, other(iso2));
  };
  for (const e of events) {
    if (e.kind === 'visit') side(byId.get(e.visitor ?? ''), inCountry(e.destination));
    if (e.kind !== 'meeting') continue;
    const people = e.participants.map((id) => byId.get(id));
    const sides = new Set(people.map(countryOf).filter((c) => c !== undefined));
    if (sides.size === 1) for (const p of people) side(p, [...sides][0]);
  }
  return found;
}

/**
 * The other country of the article's pair: the two countries named in most sentences (by name, demonym, capital, or
 * a place or body of theirs), when a third is named clearly less.
 */
function pairOther(registry: EntityRegistry, inCountry: (id: string | undefined) => string | undefined): (iso2: string | undefined) => string | undefined {
  const counts = new Map<string, number>();
  for (const e of registry.all) {
    const iso2 = e.kind === 'person' ? undefined : e.kind === 'place' ? inCountry(e.id) : e.country;
    if (iso2) counts.set(iso2, (counts.get(iso2) ?? 0) + e.mentions.length);
  }
  const [first, second, third] = [...counts].sort((a, b) => b[1] - a[1]);
  const pair = first && second && second[1] >= Math.max((third?.[1] ?? 0) + PAIR_MARGIN, PAIR_MIN_SENTENCES) ? [first[0], second[0]] : [];
  return (iso2) => (iso2 && pair.includes(iso2) ? pair.find((c) => c !== iso2) : undefined);
}
