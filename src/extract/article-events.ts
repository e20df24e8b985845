import type { EntityFact, EventFact } from './facts.js';
import type { SentenceView } from './sentence-view.js';
import { addDays, sentenceEvents, slotAt, toldDay, type StatedEvent } from './events.js';
import { eventMatches, matchRules } from './event-rules.js';
import { modelMatches, type PairScorer } from './meeting-model.js';
import { inside, mergeEvents, monthOf, unplaced } from './merge.js';
import { Referents } from './referents.js';
import { Gatherings } from './gatherings.js';
import { withoutAttendance } from './attendance.js';
import { cueAlternation } from '../lexicon/extraction-lexicon.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';

const DAY = 86_400_000;
/** A dot that ends no sentence ("§P1 . agreed" after "Jr."; "u.n . official"; "h.e . §P4"). */
const STRAY_DOT = / \.(?= [a-z§])/g;

let coordinated: RegExp | undefined;


/** "… and [later|then|also] [is expected to] <verb>": a second verb sharing the sentence's subject. */
function coordinatedVerb(): RegExp {
  if (coordinated) return coordinated;
  const verbs = cueAlternation(['meet-verb', 'host-verb', 'phone-verb', 'visit-verb', 'mutual-phone']);
  // "and held a trilateral meeting with": a hold verb, a few modifiers, a meeting noun.
  const holdTalks = `(?:${cueAlternation(['hold-verb'])})\\s+(?:[a-z-]+\\s+){0,3}?(?:${cueAlternation(['meet-noun'])})\\s+with`;
  const planned = cueAlternation(['planned']);
  // "and was then received by": the passive of hosting, its subject the guest.
  const hostedBy = '(?:is|was|were|are)\\s+(?:(?:then|later|also|first|warmly|subsequently|afterwards)\\s+)*(?:received|welcomed|hosted|greeted)\\s';
  // "and from there proceed to": a journey's next leg.
  // "and , within hours of landing , held …", "and , §D3 , held …", "and on §D3 called on": an aside or a day between the "and" and its verb.
  coordinated = new RegExp(`\\band\\s+(?:,\\s+(?:[^,;.§]|§D\\d+){1,40}?\\s+,\\s+|(?:on\\s+)?§D\\d+\\s+|from\\s+there\\s+)?(?=(?:(?:later|then|also|subsequently|afterwards|to)\\s+)*(?:(?:${planned})\\s+)?(?:${verbs}|${holdTalks}|${hostedBy})\\b)`, 'g');
  return coordinated;
}

/** "At the end of the visit , §P0 laid a wreath …": a sentence opening with its subject and a verb, told of no event. */
const OPENING_SUBJECT = /^(?:(?:[^§.;",]|§[DL]\d+){1,60}?,\s+)?§P(\d+)\s+(?!and\b|'s\b)[a-z]/;
/** Between the subject and "and": words that make a later verb another clause's ("said that", "who", "whose"). */
const OTHER_CLAUSE = /\b(?:said|says|told|that|who|whom|whose|which|when|while|after|before)\b|§P\d+\s*,/;

/**
 * The events of an article: sentence by sentence, then dates told relative to the event before, events told twice
 * merged, places filled from visits and the dateline, and meetings in a third country coded as such.
 */
export function articleEvents(views: SentenceView[], entities: Map<string, EntityFact>, dateline: EntityFact | undefined, postDay?: string, ensurePlace?: (name: string) => EntityFact, meetingModel: PairScorer | null = null): EventFact[] {
  // An organisation's building met at: a place of its own, known by the organisation's name too.
  const venue = ensurePlace && ((names: string[]): EntityFact => {
    const place = ensurePlace(names[0] as string);
    for (const name of names.slice(1)) if (!place.altNames.includes(name) && name !== place.name) place.altNames.push(name);
    entities.set(place.id, place);
    return place;
  });
  let n = 0;
  const nextId = (): string => `v${++n}`;
  const referents = new Referents(views);
  const gatherings = new Gatherings(views);
  const stated: StatedEvent[] = [];
  const days: ToldDay[] = [];
  for (const view of views) {
    view.skeleton = view.skeleton.replace(STRAY_DOT, '');
    gatherings.rewrite(view);
    referents.resolve(view);
    shareSubject(view);
    // Pairs the meeting model finds that no rule meeting joins are matches like the rules'.
    const matches = matchRules(view.skeleton);
    const all = sentenceEvents(view, [...matches, ...modelMatches(view, matches, meetingModel)], nextId, { ...(dateline ? { dateline } : {}), ...(venue ? { venue } : {}) });
    const kept = withoutAttendance(view, all.map((t) => t.event), stated.map((s) => s.event));
    const told = all.filter((t) => kept.includes(t.event));
    referents.remember(view, told.map((t) => t.event));
    stated.push(...told);
    days.push({ start: view.span.start, day: toldDay(view), named: namedDay(view), gathering: GATHERING.test(view.text) });
  }
  placeAirports(stated.map((s) => s.event), entities, dateline);
  const merged = withoutHomeVisits(withoutCountryVisits(mergeEvents(shiftDates(stated, days, postDay), entities), entities), entities, views);
  // The dateline's place may be made for it alone: venues are placed in it too.
  const capitalOf = ensurePlace && ((country: EntityFact): EntityFact | undefined => {
    const name = country.country ? loadGazetteer().countryByIso2(country.country)?.capital : undefined;
    if (!name) return undefined;
    const capital = ensurePlace(name);
    capital.within ??= country.id;
    entities.set(capital.id, capital);
    return capital;
  });
  fillPlaces(merged, dateline ? new Map([...entities, [dateline.id, dateline]]) : entities, dateline, capitalOf);
  for (const e of merged) if (e.kind === 'meeting' && !e.mode && !e.place) e.place = gatheringPlace(e, merged, entities);
  dateFromArrival(merged, entities);
  for (const e of merged) if (e.kind === 'meeting' && e.status === 'happened' && e.cameo === '040' && thirdLocation(e, entities)) e.cameo = '044';
  return merged;
}

/**
 * "§P0 called on §P1 and later met §P2", "§P0 and §P1 last met … and held a telephone conversation": the second verb
 * gets the first one's subjects (and its plannedness); after a verb telling no event ("§P0 laid a wreath … and visited
 * §L2"), the sentence's opening subject.
 */
function shareSubject(view: SentenceView): void {
  const re = coordinatedVerb();
  re.lastIndex = 0;
  if (!re.test(view.skeleton)) return;
  const matches = eventMatches(view.skeleton);
  const opening = OPENING_SUBJECT.exec(view.skeleton);
  re.lastIndex = 0;
  view.skeleton = view.skeleton.replace(re, (and: string, at: number) => {
    const governing = matches.filter((m) => m.end <= at && m.subjects.length > 0).pop();
    const subjects = governing?.subjects ?? (opening && !OTHER_CLAUSE.test(view.skeleton.slice(opening[0].length, at)) ? [Number(opening[1])] : []);
    // "and spoke by phone": a call told without the one called needs two subjects.
    if (subjects.length === 0 || (subjects.length < 2 && MUTUAL_PHONE().test(view.skeleton.slice(at + and.length)))) return and;
    const slots = subjects.map((n) => view.slots.push({ ...(view.slots[n] as SentenceView['slots'][number]) }) - 1);
    // A clause break, so that the new subject joins no list of the first verb's objects.
    // The aside's days stay, opening the new clause ("and , §D3 , held" → "; §D3 , §P9 held").
    const days = (and.match(/§D\d+/g) ?? []).map((d) => `${d} , `).join('');
    return `; ${days}${slots.map((n) => `§P${n}`).join(' and ')} ${governing?.planned ? 'will ' : ''}`;
  });
}

let mutualPhone: RegExp | undefined;
const MUTUAL_PHONE = (): RegExp => (mutualPhone ??= new RegExp(`^(?:[a-z]+\\s+){0,3}?(?:${cueAlternation(['mutual-phone'])})\\b(?!\\s+(?:with|to)\\b)`));

const AIRPORT = /^(.+?)[\s-].*\bairport\b/i;

/**
 * An airport lies in the city it is named after ("Toulon-Hyères airport", "Cairo International Airport") when the
 * article names that city (or writes from it): landing there is a visit to the city. Else, when the gazetteer does not
 * place it, it lies where the trip of someone landing there goes.
 */
function placeAirports(events: EventFact[], entities: Map<string, EntityFact>, dateline: EntityFact | undefined): void {
  const places = [...entities.values(), ...(dateline ? [dateline] : [])].filter((e) => e.kind === 'place');
  for (const airport of places) {
    const city = AIRPORT.exec(airport.name)?.[1]?.toLowerCase();
    if (!city) continue;
    const found = places.find((p) => p !== airport && [p.name, ...p.altNames].some((n) => n.toLowerCase() === city));
    if (!found) {
      // "arrived at Hosea Kutako International Airport" on "a state visit to Namibia": it lies where the arrival's trip goes.
      const landings = events.filter((e) => e.kind === 'visit' && e.destination === airport.id);
      const trip = events.find((e) => e.kind === 'visit' && e.destination !== airport.id && landings.some((l) => l.visitor === e.visitor && l.status === e.status));
      if (!airport.within && !airport.country && trip?.destination) airport.within = trip.destination;
      continue;
    }
    airport.within ??= found.id;
    for (const e of events) if (e.kind === 'visit' && e.destination === airport.id) e.destination = e.place = found.id;
  }
}

/** Where a sentence starts, the day it tells a meeting on, if any, the first day it names, and whether it tells a gathering. */
interface ToldDay {
  start: number;
  day?: string;
  named?: string;
  gathering: boolean;
}

/** A sentence telling a gathering of many, on whose sidelines later meetings are held ("the meeting of the foreign ministers", "the Assembly"). */
const GATHERING = /\b(?:summit|session|assembly|conference|forum|ministerial|plenary|meeting\s+of\s+the)\b/i;

let background: RegExp | undefined;

/**
 * The first day a sentence names (a dateline's aside), save a journey's, a report's or a relative clause's ("arrived in
 * §L1 on §D2", "said in a release §D3", "who faces a vote on §D4"): the time a later "that evening" counts from.
 */
function namedDay(view: SentenceView): string | undefined {
  background ??= new RegExp(`\\b(?:${cueAlternation(['journey-verb', 'statement-verb'])}|who|whose|which)\\b[^,;§]*(?:§[LCO]\\d+[^,;§]*)?$`);
  const days = view.slots
    .map((slot, n) => ({ slot, at: slotAt(view, 'D', n) }))
    .filter(({ slot, at }) => slot.kind === 'D' && slot.date?.data?.value && !slot.date.data.dateline && at >= 0 && !background?.test(view.skeleton.slice(0, at)));
  return days.sort((a, b) => a.at - b.at)[0]?.slot.date?.data?.value;
}

/** "X, who landed in Quito on Sunday, addressed …": an arrival told aside, before the clause's own untold day. */
const RELATIVE_ARRIVAL = /,\s*who\s+(?:had\s+|has\s+)?(?:arrived|landed|flew|came|travelled|traveled)\b/i;
/** "was later received by", "Thereafter, X held talks": the event follows the one told before, on its day. */
const SEQUEL = /\b(?:later|thereafter|afterwards|subsequently)\b(?!\s+(?:this|next|last|that|in|on|of)\b)/i;
/** "on the sidelines of the summit": another occasion, whose day is not the one told before. */
const OTHER_OCCASION = /\b(?:sidelines|margins)\s+of\b/i;
/** "During his stay, X was received by": any day of a visit. */
const DURING_STAY = /\bduring\s+(?:his|her|their|the)\s+(?:\S+\s+){0,2}(?:stay|visit|trip|tour)\b/i;

/**
 * "Later in the day", "the following day": a day counted from the last day told in an earlier sentence, a meeting's or
 * any other named one ("X landed on Sunday and on Monday called on Y. That evening, …"); two rules matching one sentence
 * count from the same day. A meeting told with no time words at all is on that day when
 * it is told as what came next ("later", "thereafter") or right after it ("The foreign ministers met on Friday.
 * X and Y spoke for three hours …"); in a live blog, on the day of the posts.
 */
function shiftDates(stated: StatedEvent[], days: ToldDay[], postDay: string | undefined): EventFact[] {
  let anchor: { day: string; sentence: number } | undefined;
  let reference: string | undefined;
  // A day someone arrived on: what "earlier in the day" counts from when no other day is told.
  let arrival: string | undefined;
  let gatheringDay: string | undefined;
  let n = 0;
  for (const [i, { day, named, gathering }] of days.entries()) {
    const before = anchor;
    const referenceBefore = reference ?? arrival;
    for (; n < stated.length && (stated[n].event.evidence[0]?.start ?? 0) < (days[i + 1]?.start ?? Infinity); n++) {
      const { event, dayShift, timeless } = stated[n];
      const text = event.evidence[0]?.text ?? '';
      if (event.kind === 'visit' && event.status === 'happened' && event.date && !RELATIVE_ARRIVAL.test(text)) arrival = event.date;
      if (dayShift !== undefined && referenceBefore && !event.date && event.status === 'happened') event.date = addDays(referenceBefore, dayShift);
      const next = before && ((before.sentence === i - 1 && !OTHER_OCCASION.test(text)) || SEQUEL.test(text)) && !DURING_STAY.test(text);
      // "On the margins of the NB8 meeting, X met Y": the day of the last gathering told.
      const sideDay = OTHER_OCCASION.test(text) && !next ? gatheringDay : undefined;
      if (event.kind === 'meeting' && event.status === 'happened' && !event.date && timeless && (next || sideDay || postDay)) event.date = next ? before.day : sideDay ?? postDay;
      if (event.kind === 'meeting' && event.status === 'happened' && event.date) anchor = { day: event.date, sentence: i };
      if (anchor?.sentence === i) reference = anchor.day;
    }
    if (day) anchor = { day, sentence: i };
    if (day ?? named) reference = day ?? named;
    if (gathering && (day ?? named)) gatheringDay = day ?? named;
  }
  return stated.map((s) => s.event);
}

/**
 * "on an official visit to China" and "arrived in Beijing": one trip, told at two scales. A visit to a country goes when
 * the same person's visit (of the same status) to a place in that country is told, leaving it the earlier day.
 */
function withoutCountryVisits(events: EventFact[], entities: Map<string, EntityFact>): EventFact[] {
  const visits = events.filter((e) => e.kind === 'visit');
  const finer = (e: EventFact): EventFact | undefined => {
    const country = entities.get(e.destination ?? '');
    return country?.kind === 'country' ? visits.find((o) => o !== e && o.visitor === e.visitor && o.status === e.status && o.destination !== e.destination && countryOf(o.destination, entities) === country.country) : undefined;
  };
  return events.filter((e) => {
    const city = e.kind === 'visit' ? finer(e) : undefined;
    // The trip starts on the earlier of the two days ("visiting Vietnam from June 1", "received in Hanoi on June 2").
    if (city && e.date && (!city.date || e.date < city.date)) Object.assign(city, { date: e.date, dateText: e.dateText });
    return !city;
  });
}

/**
 * No one visits their own country or its capital: such a visit names the wrong traveller ("X met Y in Ankara during a
 * visit to Türkiye" of the Turkish host; "the visiting minister" taken for the host). A trip at home to another city stays.
 */
function withoutHomeVisits(events: EventFact[], entities: Map<string, EntityFact>, views: SentenceView[]): EventFact[] {
  const home = (person: EntityFact | undefined): string | undefined =>
    person?.country ?? views.flatMap((v) => v.posts).find((p) => p.holder === person && p.in?.kind === 'country')?.in?.country;
  const atHome = (e: EventFact): boolean => {
    const iso2 = home(entities.get(e.visitor ?? ''));
    const dest = entities.get(e.destination ?? '');
    if (!iso2 || !dest) return false;
    if (dest.kind === 'country') return dest.country === iso2;
    const country = loadGazetteer().countryByIso2(iso2);
    const capitals = [country?.capital ?? '', ...(country?.capitalAliases ?? [])].filter((n) => n !== '');
    return dest.kind === 'place' && countryOf(dest.id, entities) === iso2 && [dest.name, ...dest.altNames].some((n) => capitals.includes(n));
  };
  return events.filter((e) => e.kind !== 'visit' || !atHome(e));
}

/** The country an entity lies in or belongs to. */
function countryOf(id: string | undefined, entities: Map<string, EntityFact>): string | undefined {
  for (let e = id ? entities.get(id) : undefined, hops = 0; e && hops < 5; e = e.within ? entities.get(e.within) : undefined, hops++) {
    if (e.country) return e.country;
  }
  return undefined;
}

/**
 * Whether a meeting falls within a week from a visit's arrival; when either day is unknown, unless the two are told in
 * different months or years ("travelled to Dushanbe in March 2018 and held talks" is no meeting of a visit on March 13).
 */
function duringVisit(visit: EventFact, meeting: EventFact): boolean {
  if (visit.date && meeting.date) {
    const days = (Date.parse(meeting.date) - Date.parse(visit.date)) / DAY;
    return days >= 0 && days < 7;
  }
  const differ = <T>(a: T | undefined, b: T | undefined): boolean => a !== undefined && b !== undefined && a !== b;
  return !differ(monthOf(visit), monthOf(meeting)) && !differ(yearOf(visit), yearOf(meeting));
}

/** The year an event is told in: its day's, else one its date words name ("in March 2018"). */
function yearOf(e: EventFact): string | undefined {
  return e.date?.slice(0, 4) ?? /\b(?:19|20)\d\d\b/.exec(e.dateText ?? '')?.[0];
}

/**
 * In-person meetings whose sentence names no place happen where a participant was visiting (or, planned, will visit), or at the dateline
 * when that is in a participant's country. A venue the gazetteer does not place ("at the Iikura Guest House", "her office
 * in Singha Durbar") lies in the city the participant is visiting, else the dateline's. A meeting placed only in a
 * country is in a city of it the article names: the one visited then, that day's other meetings' one, else the dateline.
 */
function fillPlaces(events: EventFact[], entities: Map<string, EntityFact>, dateline: EntityFact | undefined, capitalOf?: (country: EntityFact) => EntityFact | undefined): void {
  // A place the visitor came from ("flew in from §L1 , where …") is no longer where they are.
  const visits = events.filter((e) => e.kind === 'visit' && !e.evidence.some((ev) => ev.rule === 'came-from'));
  for (const e of events) {
    // A meeting placed only in a country ("a visit to Azerbaijan, during which he was received by …") takes the city visited there.
    const country = e.place ? entities.get(e.place) : undefined;
    if (e.kind !== 'meeting' || e.mode || (e.place && country?.kind !== 'country' && !unplaced(country))) continue;
    // The stop a dated meeting is told after; else the latest arrival on or before it (the first told of equal days), else the first visit told.
    const during = visits.filter((v) => (v.status === 'happened' || e.status === 'planned') && v.visitor && e.participants.includes(v.visitor) && duringVisit(v, e));
    const visit = lastStopBefore(e, during) ?? during.filter((v) => v.date && e.date && v.date <= e.date).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0] ?? during[0];
    if (country && unplaced(country)) {
      const city = visit?.destination ? entities.get(visit.destination) : e.status === 'happened' ? dateline : undefined;
      if (city?.kind === 'place' && city !== country && (city.within ?? city.country)) country.within = city.id;
      continue;
    }
    const { withParticipant, allIn } = sameDayPlace(e, events, entities);
    const sameDay = withParticipant ?? allIn;
    const home = dateline && e.status === 'happened' && e.participants.some((p) => entities.get(p)?.country === countryOf(dateline.id, entities));
    // Where a participant was that day is surer than where they had arrived days before.
    e.place ??= withParticipant ?? visit?.destination ?? allIn ?? (home ? dateline?.id : undefined);
    const inCountry = e.place ? entities.get(e.place) : undefined;
    if (inCountry?.kind !== 'country') continue;
    // A city of that country: one visited then, that day's other meetings' one, else the dateline.
    const cities = [visit, ...during].map((v) => v?.destination).concat(sameDay, dateline?.id);
    e.place = cities.find((id) => id !== undefined && entities.get(id)?.kind === 'place' && countryOf(id, entities) === inCountry.country) ?? e.place;
    // "There she will meet X in the capital": the country's capital.
    const capital = e.place === inCountry.id && IN_THE_CAPITAL.test(e.evidence[0]?.text ?? '') ? capitalOf?.(inCountry) : undefined;
    if (capital) e.place = capital.id;
  }
}

/** A stay of several days ("a three-day visit", "spent the week"): its arrival day is not each meeting's. */
const LONG_STAY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)[- ](?:day|night)s?\b|\b(?:days|nights|week|weeks|weekend|tour)\b/i;

/**
 * "X arrived in Kyiv on the morning of 24 February. … X later met Y": a meeting told with no time words after a
 * participant's dated arrival where it was held is on that day, unless the stay is told as lasting days ("During his
 * stay, …").
 */
function dateFromArrival(events: EventFact[], entities: Map<string, EntityFact>): void {
  const arrivals = events.filter((v) => v.kind === 'visit' && v.status === 'happened' && v.date && !v.evidence.some((ev) => LONG_STAY.test(ev.text)));
  for (const e of events) {
    if (e.kind !== 'meeting' || e.status !== 'happened' || e.date || e.dateText || e.mode || !e.place || DURING_STAY.test(e.evidence[0]?.text ?? '')) continue;
    const told = e.evidence[0]?.start ?? 0;
    const arrival = arrivals.find((v) => v.visitor && e.participants.includes(v.visitor) && (v.evidence[0]?.start ?? Infinity) < told && v.destination !== undefined && inside(e.place as string, v.destination, entities));
    if (arrival?.date) e.date = arrival.date;
  }
}

/**
 * "On 11 November he travelled to Kigali … He then proceeded to Bujumbura. On 12 November he held talks with …": a trip
 * is told in order, so a dated meeting is at the last stop told before it (or with it), unless that stop's own day is later. Only
 * when that stop and an earlier one are both told before the meeting (a journey, not one visit).
 */
function lastStopBefore(e: EventFact, visits: EventFact[]): EventFact | undefined {
  const told = e.evidence[0]?.start ?? 0;
  const before = visits.filter((v) => (v.evidence[0]?.start ?? Infinity) <= told && !(v.date && e.date && v.date > e.date));
  return e.date && new Set(before.map((v) => v.destination)).size > 1 ? before[before.length - 1] : undefined;
}

/** "in the capital", "in the Guatemalan capital" not followed by its name. */
const IN_THE_CAPITAL = /\bin\s+the\s+(?:\S+\s+)?capital\b(?!\s*,?\s*\p{Lu})/u;

/**
 * "Earlier on Friday, X met Y": where a participant met someone else in person that same day (the venue's city, when
 * known, since the day's meetings may be at other venues of it); else the one city all that day's other meetings were in
 * (a summit's side meetings). A meeting planned for a day is where that day's meetings, held or planned, are.
 */
function sameDayPlace(e: EventFact, events: EventFact[], entities: Map<string, EntityFact>): { withParticipant?: string; allIn?: string } {
  if (!e.date) return {};
  const others = events.filter((o) => o !== e && o.kind === 'meeting' && o.place && entities.get(o.place)?.kind === 'place' && !o.mode && o.date === e.date && (o.status === e.status || e.status === 'planned'));
  const cityOf = (o: EventFact): string | undefined => {
    const city = entities.get(entities.get(o.place ?? '')?.within ?? '');
    return city?.kind === 'place' ? city.id : o.place;
  };
  const other = others.find((o) => o.participants.some((p) => e.participants.includes(p)));
  if (other) return { withParticipant: cityOf(other) };
  const cities = new Set(others.map(cityOf));
  return cities.size === 1 ? { allIn: [...cities][0] } : {};
}

const GATHERING_DAYS = 3;

/**
 * "Wang also met Wong on Friday" in a report of a two-day G20 meeting whose other talks were in Johannesburg: the city
 * most of the article's meetings of those days were held in (at least two of them, more than half), for a meeting
 * whose day is told; an undated one only when told as a side meeting.
 */
function gatheringPlace(e: EventFact, events: EventFact[], entities: Map<string, EntityFact>): string | undefined {
  if (e.status !== 'happened' || (!e.date && !SIDE_MEETING.test(e.evidence[0]?.text ?? ''))) return undefined;
  const near = (o: EventFact): boolean => !e.date || !o.date || Math.abs(Date.parse(o.date) - Date.parse(e.date)) <= GATHERING_DAYS * DAY;
  const others = events.filter((o) => o !== e && o.kind === 'meeting' && o.status === 'happened' && !o.mode && o.place && near(o));
  const cities = others.map((o) => cityOf(o.place as string, entities)).filter((c): c is string => c !== undefined);
  const counts = new Map<string, number>();
  for (const c of cities) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [city, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return city !== undefined && n !== undefined && n >= 2 && n * 2 > others.length ? city : undefined;
}

/** "on the sidelines of", "a side meeting", "their first bilateral meeting, on the terrace of the conference hotel". */
const SIDE_MEETING = /\b(?:sidelines|margins|fringes|side[- ]meetings?|bilateral\s+meeting|conference\s+(?:hotel|venue|centre|center))\b/i;

/** The city a meeting place is or lies in (a venue's city), else the place itself. */
function cityOf(place: string, entities: Map<string, EntityFact>): string | undefined {
  const p = entities.get(place);
  if (p?.kind !== 'place') return undefined;
  const city = entities.get(p.within ?? '');
  return city?.kind === 'place' ? city.id : p.id;
}

/** A meeting in a country none of its participants is from (all of them known). */
function thirdLocation(e: EventFact, entities: Map<string, EntityFact>): boolean {
  const where = countryOf(e.place, entities);
  const from = e.participants.map((p) => entities.get(p)?.country);
  return where !== undefined && from.every((c) => c !== undefined && c !== where);
}
