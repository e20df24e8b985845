import type { EntityFact, EventFact } from './facts.js';
import { slotPersons, type SentenceView, type Slot } from './sentence-view.js';
import type { RuleMatch } from './event-rules.js';
import { cueAlternation } from '../lexicon/extraction-lexicon.js';

/** Phrases after which a date belongs to the reporting, not to the event ("said on Saturday"). */
const REPORTING_BEFORE = /(?:said|says|reported|announced|stated|told reporters|released|published|added)\s+(?:on\s+)?$/;
const REPORTING_AFTER = /^\s*(?:evening\s+|morning\s+)?(?:said|reported|announced|stated)\b/;
/** "from §D3 to §D4", "between §D3 and §D4": a span of days, not the day of one event. */
const RANGE_START = /^\s*(?:to|until|till|and|-|–)\s+§D\d+/;
const RANGE_END = /\b(?:from|between)\s+§D\d+\s+(?:to|until|till|and|-|–)\s+$/;
const LEAD_CLAUSE = 0.5;
const OWN_AFTER = 0.25;
/** From the end of an event told after a lead clause to a day: a place at most ("in §L4 on"), no clause break. */
const OWN_DAY_AFTER = /^\s*(?:(?:in|at)\s+(?:the\s+)?§[LCO]\d+\s+)?(?:on|,)?\s*$/;
/** A plan that lay in the past ("was to have hosted him on Thursday", "had been due to fly in"): its weekday is the last one. */
const PAST_PLAN = /\b(?:(?:was|were)\s+to\s+have|(?:was|were)\s+supposed\s+to|had\s+been\s+(?:due|expected|scheduled|supposed|set|meant|planning)\s+to|would\s+have\s+been)\b/;
/** From a shift to the next day slot: nothing but a comma or "on" ("§D0 on §D1"). */
const DAY_AFTER_SHIFT = /^§D\d+\s*,?\s*(?:on\s+)?$/;
const NEXT_STOP_DAY = /^§D\d+\s+(?:[a-z]+\s+)?from\b/;
/** ", in §L3 he held talks with": a place fronted before the next clause's subject is that clause's. */
const NEXT_CLAUSE_PLACE = { before: /,\s*(?:and\s+)?(?:then\s+)?(?:in|at)\s+(?:the\s+)?$/, after: /^\s*,?\s*(?:he|she|they|§P\d+)\s/ };
/** ", who …", "[,] a career diplomat who …": a relative clause after the match, straight or after an apposition. */
const RELATIVE_AFTER = /(?:,\s+(?:who|whose|which|where)|(?:,\s*|\s)(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:who|whose))\b[^,]*$/;
/** ", who arrived in §C1 on a state visit ,": a relative clause closed again, after which the sentence goes on. */
const CLOSED_RELATIVE = /,\s+(?:who|whose|which)\b(?:[^,§]|§[CLDO]\d+)*,/g;
const POSSESSED = /^\s*'s\s/;
/** How far a possessive day ("§D0 's meeting between …") may stand before the match it dates, in characters. */
const POSSESSED_REACH = 20;
/** Between an event and a later place: the place belongs to someone or something else (or another time: "a week after"). */
const ANOTHER_CLAUSE = /§P|\b(?:that|which|who|whose|where)\b|\b(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b/;
/**
 * "… to coordinate positions ahead of the summit in §L4 in §D5": what follows is another occasion, told for its time and
 * place (not so "ahead of their dialogue at §L4 on §D5", the same people's).
 */
const OTHER_OCCASION = /\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for|to\s+prepare\s+for)\s+(?!(?:their|his|her)\b)[^,;§]*(?:§[OCL]\d+[^,;§]*)*$/;
/** A place named as a topic, not where the event was ("the situation in §L2", "the war in §C3"). */
const TOPIC_BEFORE = /\b(?:situation|crisis|war|conflict|developments|events|peace|security|stability|fighting|tensions|violence|ceasefire|elections?|reconstruction|investments?|projects?|aid|relief|attacks?|strikes?|operations?)\s+(?:in|on)\s+(?:the\s+)?(?:§[LC]\d+\s*(?:,|and)\s+(?:the\s+)?)*$|\b(?:over|about|across|along|regarding|concerning)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;
/** "…, accompanied by §P5 [and §P6]": people travelling with the visitor. */
const ACCOMPANIED_BY = /\baccompanied\s+by\s+(?:(?:his|her|the|a)\s+)?(?:[a-z-]+\s+){0,3}?(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/;
/** "flew into §L1 on §D2 with the minister for §L3 affairs , §P4 ,": right after the journey, the person travelling along. */
const TRAVELLED_WITH = /^\s*(?:(?:on\s+)?§D\d+\s+)?(?:together\s+)?with\s+(?:(?:the|his|her)\s+)?(?:(?:[a-z-]+|§[COL]\d+)\s+){0,6}?,?\s*(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/;
/** Being received at an airport is a greeting on arrival, not a meeting (unless "later"); talks held there are a meeting. */
const AIRPORT = /\b(?:airport|air\s+base|airbase|airfield)\b/i;
const GREETED = /\b(?:received|receives|welcomed|welcomes|greeted|greets|met|meets)\b/;
const LATER = /\b(?:later|afterwards|subsequently)\b/;
/** "who arrived on §D1 night", "late on §D1": with a "later" after it, the event may be that night or the next day. */
const NIGHT = /\b(?:night|late)\b/;
/** The event happened where the article is written from. */
const HERE = /\b(?:here|in the (?:capital|city))\b/;

/** What a sentence's events may borrow from the article: the place it is written from. */
export interface ArticleContext {
  dateline?: EntityFact;
  /** The place an organisation's building is, by its names ("Ministry of Foreign Affairs headquarters", "Ministry of Foreign Affairs"). */
  venue?: (names: string[]) => EntityFact;
}

/** An event and, when its date is told relative to the event before it ("the following day"), the shift in days. */
export interface StatedEvent {
  event: EventFact;
  dayShift?: number;
  /** The sentence tells no time at all for the event. */
  timeless?: boolean;
}

/** Events stated in one sentence by the given matches (the rules' and the meeting model's), with participants, date and place resolved from the sentence's slots. */
export function sentenceEvents(view: SentenceView, matches: RuleMatch[], nextId: () => string, context: ArticleContext = {}): StatedEvent[] {
  const out: StatedEvent[] = [];
  for (const match of matches.flatMap(separately)) {
    const people = slotPersons(match.participants.map((n) => view.slots[n]));
    const { dayShift, future, ...date } = dateOf(view, match);
    // "travels tomorrow to §L1": a day after the report's is a plan, whatever the tense.
    const base = {
      status: match.planned || future ? ('planned' as const) : ('happened' as const),
      evidence: [view.evidence(match.rule)],
      ...date,
    };
    // A day told aside ("§P0 , who was sworn in on §D1 , met") is not the event's, unless "later" may count from it.
    const asideCounts = match.aside !== undefined && NIGHT.test(view.skeleton.slice(...match.aside)) && LATER.test(view.skeleton.slice(match.aside[1]));
    const timeless = !view.slots.some((slot, n) => slot.kind === 'D' && !slot.date?.data?.dateline && !relativeAfter(view, match, slotAt(view, 'D', n)) && (asideCounts || !inAside(match, slotAt(view, 'D', n))));
    const stated = (event: EventFact): void => void out.push({ event, timeless, ...(dayShift !== undefined ? { dayShift } : {}) });
    if (match.kind === 'visit') {
      people.push(...companions(view, match).filter((p) => !people.includes(p)));
      const destinations = match.destinations.map((n) => view.slots[n]?.entity).filter((e): e is EntityFact => e !== undefined);
      if (match.destinationHere && context.dateline) destinations.push(context.dateline);
      for (const visitor of people) {
        for (const destination of destinations) {
          stated({ id: nextId(), kind: 'visit', participants: [visitor.id], visitor: visitor.id, destination: destination.id, place: destination.id, cameo: '042', ...base });
        }
      }
      continue;
    }
    if (match.kind === 'meeting' && people.length < 2) continue;
    if (people.length === 0) continue;
    const destination = match.destinations.map((n) => view.slots[n]?.entity).find((e) => e !== undefined);
    const told = placeOf(view, match, context);
    // "a state visit to §C1 , when he held talks with §P2 in §L3": the city of the country travelled to.
    const city = destination?.kind === 'country' && told?.within === destination.id ? told : undefined;
    const place = city ?? destination ?? told ?? (match.kind === 'meeting' && HERE.test(view.skeleton) ? context.dateline : undefined);
    const greeted = GREETED.test(view.skeleton.slice(match.at, match.end));
    if (match.kind === 'meeting' && !match.mode && place && AIRPORT.test(place.name) && greeted && !LATER.test(view.skeleton)) continue;
    const event: EventFact = {
      id: nextId(),
      kind: match.kind,
      participants: people.map((p) => p.id),
      cameo: match.kind === 'meeting' && match.planned ? '036' : match.cameo,
      ...(match.mode ? { mode: match.mode } : {}),
      ...(place && !match.mode ? { place: place.id } : {}),
      ...base,
    };
    if (match.kind === 'statement') {
      event.speaker = people[0].id;
      const quote = quoteOf(view.text);
      if (quote) event.quote = quote;
    }
    stated(event);
  }
  return out;
}

/** The people a sentence says travelled with the visitor ("…, accompanied by §P5", "flew in with §P5"). */
function companions(view: SentenceView, match: RuleMatch): EntityFact[] {
  // "spent §D1 in §L2 with §P3": whom one spends time with is the host, not a companion.
  const m = ACCOMPANIED_BY.exec(view.skeleton) ?? (match.rule === 'spent-in' ? null : TRAVELLED_WITH.exec(view.skeleton.slice(match.end)));
  if (!m) return [];
  return [...m[1].matchAll(/§P(\d+)/g)].map((s) => view.slots[Number(s[1])]?.entity).filter((e): e is EntityFact => e !== undefined);
}

/**
 * "A and B, during meetings with C": A met C and B met C, in two meetings. "A held separate talks with B and C":
 * A met B, then C.
 */
function separately(match: RuleMatch): RuleMatch[] {
  const objects = match.participants.filter((n) => !match.subjects.includes(n));
  if (match.separate && match.kind === 'meeting' && objects.length >= 2) return objects.map((o) => ({ ...match, participants: [...match.subjects, o] }));
  if ((match.rule !== 'during-meetings' && !match.separate) || match.subjects.length < 2 || objects.length === 0) return [match];
  return match.subjects.map((s) => ({ ...match, subjects: [s], participants: [s, ...objects] }));
}

/** The day `days` after an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Placeholder position of slot n in the skeleton. */
export function slotAt(view: SentenceView, kind: string, n: number): number {
  return view.skeleton.indexOf(`§${kind}${n} `) >= 0 ? view.skeleton.indexOf(`§${kind}${n} `) : view.skeleton.indexOf(`§${kind}${n}`);
}

/** Whether a skeleton position lies in the match's relative clause about its subject ("§P0 , who landed in §L1 on §D2 , met"). */
function inAside(match: RuleMatch, at: number): boolean {
  return match.aside !== undefined && at >= match.aside[0] && at < match.aside[1];
}

/** "… held talks with §P4 , who faces an election §D5", "met at §L2 , where …": a date of a relative clause after the match. */
function relativeAfter(view: SentenceView, match: RuleMatch, at: number): boolean {
  return at > match.end && RELATIVE_AFTER.test(view.skeleton.slice(match.end, at));
}

/**
 * The date nearest the trigger that is neither the date of the reporting nor one end of a span of days. A planned
 * event's bare weekday is the next one, unless the plan lay in the past.
 */
function dateOf(view: SentenceView, match: RuleMatch): { date?: string; dateText?: string; dayShift?: number; future?: boolean } {
  let best: { slot: Slot; distance: number; at: number } | undefined;
  const days: { slot: Slot; at: number }[] = [];
  view.slots.forEach((slot, n) => {
    if (slot.kind !== 'D' || !slot.date || slot.date.data?.dateline) return;
    const at = slotAt(view, 'D', n);
    const before = view.skeleton.slice(0, at);
    const after = view.skeleton.slice(at + `§D${n}`.length);
    if (REPORTING_BEFORE.test(before) || REPORTING_AFTER.test(after) || RANGE_START.test(after) || RANGE_END.test(before)) return;
    days.push({ slot, at });
    if (inAside(match, at)) return;
    if (relativeAfter(view, match, at)) return;
    // "… comes months after §P5 's state visit to the country §D6": a day told for another person's event.
    if (at > match.end && (/§P\d+ 's\b/.test(view.skeleton.slice(match.end, at)) || OTHER_OCCASION.test(view.skeleton.slice(match.end, at)))) return;
    // "Monday's call came after X's visit …": a day told for another noun than the event's.
    if (POSSESSED.test(after) && match.at - at > POSSESSED_REACH) return;
    const from = match.eventAt ?? match.at;
    // A date in the clause before the event ("returned from §L1 on §D2 , where he met §P3 on §D4") comes after the event's own.
    const lead = match.eventAt !== undefined && at >= match.at && at < from;
    // "arrived in §L1 on §D2 from §L3 , where he met …": the day of the arrival at the next stop.
    if (lead && NEXT_STOP_DAY.test(view.skeleton.slice(at, from))) return;
    // "…, where he is to meet §P3 in §L4 on §D5": a day told right after the event, in its clause, is its own, before the lead clause's.
    const ownAfter = match.eventAt !== undefined && at > match.end && OWN_DAY_AFTER.test(view.skeleton.slice(match.end, at));
    const distance = ownAfter ? OWN_AFTER : lead ? LEAD_CLAUSE : at >= from && at <= match.end ? 0 : Math.min(Math.abs(at - from), Math.abs(at - match.end));
    if (!best || distance < best.distance) best = { slot, distance, at };
  });
  const shifted = best?.slot.date?.data;
  if (!shifted) return {};
  // "on §D0 (May 7) … §D1 (that evening)": a shift counts from the last day the sentence names before it.
  const chosen = best;
  const day = shifted.shift !== undefined ? days.filter((d) => d.at < (chosen?.at ?? 0) && d.slot.date?.data?.value).pop()?.slot.date?.data?.value : undefined;
  if (day) return { dateText: shifted.text ?? '', date: addDays(day, Number(shifted.shift)) };
  // "on the sidelines on §D1", "later in the day , §D1": the day told right after a shift is the event's own.
  const toldAfter = shifted.shift !== undefined ? days.find((d) => d.at > (chosen?.at ?? 0) && d.slot.date?.data?.value && DAY_AFTER_SHIFT.test(view.skeleton.slice(chosen?.at ?? 0, d.at))) : undefined;
  const data = toldAfter?.slot.date?.data ?? shifted;
  const pastPlan = PAST_PLAN.test(view.skeleton.slice(Math.max(0, match.at - 40), match.end));
  const value = match.planned && !pastPlan ? data.next ?? data.value : data.value;
  return { dateText: data.text ?? '', ...(value ? { date: value } : {}), ...(data.shift !== undefined ? { dayShift: Number(data.shift) } : {}), ...(data.future ? { future: true } : {}) };
}

let meetingWord: { word: RegExp; planned: RegExp; travel: RegExp } | undefined;

/**
 * The day a sentence tells a meeting on, whether or not it names two people ("The foreign ministers of A and B met on
 * Friday", "Nepal and India on Wednesday held consultations"): the day of the story that later sentences tell in detail.
 */
export function toldDay(view: SentenceView): string | undefined {
  meetingWord ??= {
    word: new RegExp(`\\b(?:${cueAlternation(['mutual-verb', 'meet-noun', 'host-verb', 'sign-verb', 'pledge-verb'])})\\b`, 'g'),
    planned: new RegExp(`\\b(?:${cueAlternation(['planned', 'planned-noun', 'negation', 'call-off'])})\\b`),
    travel: new RegExp(`\\b(?:${cueAlternation(['visit-verb'])})\\b`),
  };
  // "X, who arrived on Wednesday, was received at the airport by Y": the day of a journey.
  if (meetingWord.travel.test(view.skeleton)) return undefined;
  meetingWord.word.lastIndex = 0;
  for (let m = meetingWord.word.exec(view.skeleton); m !== null; m = meetingWord.word.exec(view.skeleton)) {
    if (meetingWord.planned.test(view.skeleton.slice(0, m.index))) return undefined;
    const told: RuleMatch = { rule: 'told-day', kind: 'meeting', participants: [], subjects: [], destinations: [], planned: false, cameo: '040', at: m.index, end: m.index + m[0].length };
    const { date, dayShift } = dateOf(view, told);
    if (date && dayShift === undefined) return date;
  }
  return undefined;
}

/** From a place to the event: ", where" (after a few words of time) and nothing closing that clause before the event. */
const WHERE_CLAUSE = /^§[LCO]\d+(?:\s+(?:[a-z-]+|§D\d+)){0,3}\s*,\s+where\b[^;:.§]*(?:§[PDOC]\d+[^;:.§]*)*$/;

/** "at the §O3", "at the prime minister 's §O1": an organisation named as where one is. */
const AT_ORGANISATION = /\bat\s+(?:the\s+)?(?:(?:[a-z]+\s+){1,2}'s\s+)?$/;
const BUILDING = 'headquarters|building|offices|premises|secretariat|compound';
/** After an organisation: the building word making it a venue ("§O3 headquarters"), then no noun of its own ("§O3 summit"). */
// "at NATO headquarters Tsahkna held talks": a building word may stand right before the subject.
const ORGANISATION_VENUE = new RegExp(`^(?:\\s+(?:'s\\s+)?(${BUILDING})(?=\\s+§P)|(?:\\s+(?:'s\\s+)?(${BUILDING}))?(?=\\s*(?:$|[,.;:!?—–()"]|(?:on|in|at|of|for|to|where|and|before|after|during|with|when|while|that|which|§D\\d+)\\b)))`);
/** "the Prime Minister's " right before an office's name. */
const OFFICE_HOLDER = /\bthe\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+$/u;
/** "§L2 in §L3", "§O3 headquarters in §L4": the venue lies in the city. */
const VENUE_IN = new RegExp(`^\\s*§[LO]\\d+\\s+(?:(?:'s\\s+)?(?:${BUILDING})\\s+)?in\\s+$`);

/** A place slot of the sentence; an organisation's slot stands for its building, named `venue` (with other names). */
interface PlaceSlot {
  slot: Slot;
  at: number;
  kind: 'L' | 'C';
  venue?: string[];
}

/** The sentence's place slots, and the organisations it names as where one is ("at the Ministry of Foreign Affairs"). */
function placeSlots(view: SentenceView): PlaceSlot[] {
  const out: PlaceSlot[] = [];
  view.slots.forEach((slot, n) => {
    const at = slotAt(view, slot.kind, n);
    if (slot.kind === 'L' || slot.kind === 'C') out.push({ slot, at, kind: slot.kind });
    if (slot.kind !== 'O' || !AT_ORGANISATION.test(view.skeleton.slice(Math.max(0, at - 30), at))) return;
    const building = ORGANISATION_VENUE.exec(view.skeleton.slice(at + `§O${n}`.length));
    if (!building) return;
    const name = view.text.slice(slot.start - view.span.start, slot.end - view.span.start).replace(/^the\s+/i, '');
    // "at the Prime Minister's Office": the office is named with its holder.
    const holder = OFFICE_HOLDER.exec(view.text.slice(0, slot.start - view.span.start))?.[1];
    const word = building[1] ?? building[2];
    out.push({ slot, at, kind: 'L', venue: word ? [`${name} ${word}`, name] : holder ? [`${holder} ${name}`] : [name] });
  });
  return out;
}

/**
 * The most specific place stated for the event: "at VENUE in CITY" (the venue, inside the city), a city, or "in
 * COUNTRY". An organisation one meets at is a venue of its own, made by `context.venue`.
 */
function placeOf(view: SentenceView, match: RuleMatch, context: ArticleContext): EntityFact | undefined {
  const places = placeSlots(view).filter((p) => !p.venue || context.venue);
  const preceded = (at: number, re: RegExp): boolean => re.test(view.skeleton.slice(Math.max(0, at - 12), at));
  const stated = places.filter(({ kind, at }) => (kind === 'L' ? !preceded(at, /\b(?:to|from)\s+$/) : preceded(at, /\bin\s+$/)));
  // Not a topic, nor a place told in the subject's relative clause ("§P0 , who landed in §L1 , was received at §L4").
  const candidates = stated.filter(({ at }) => !inAside(match, at) && !TOPIC_BEFORE.test(view.skeleton.slice(Math.max(0, at - 60), at)) && !(at > match.end && OTHER_OCCASION.test(view.skeleton.slice(match.end, at))));
  // A place after the match belongs to it while no other person or relative clause comes between.
  const nextClause = (at: number): boolean => NEXT_CLAUSE_PLACE.before.test(view.skeleton.slice(Math.max(0, at - 20), at)) && NEXT_CLAUSE_PLACE.after.test(view.skeleton.slice(at).replace(/^§[LC]\d+/, ''));
  const after = candidates.filter(({ at }) => at >= match.at && (at <= match.end || (!ANOTHER_CLAUSE.test(view.skeleton.slice(match.end, at).replace(CLOSED_RELATIVE, ',')) && !nextClause(at))));
  // A venue before the match belongs to it only within its clause ("§P0 met §P1 at §L2 ; §P0 held talks with §P3"); a city carries on.
  const before = candidates.filter(({ at }) => at < match.at && (!view.skeleton.slice(at, match.at).includes(';') || preceded(at, /\bin\s+$/)));
  // "In §L1 he was received by §P2 , in §L3 he held talks with §P4": the place fronted in the match's own clause.
  const fronted = before.filter(({ at }) => nextClause(at)).pop();
  const chosen = after.find(({ kind }) => kind === 'L') ?? whereClauseOf(view, match, places) ?? after[0] ?? fronted ?? before.find(({ kind }) => kind === 'L') ?? before[0];
  const entity = chosen?.venue && context.venue ? context.venue(chosen.venue) : chosen?.slot.entity;
  if (!chosen || !entity) return undefined;
  const next = places.find(({ at, venue }) => at > chosen.at && !venue);
  if (chosen.kind === 'L' && next?.slot.entity && VENUE_IN.test(view.skeleton.slice(chosen.at, next.at))) {
    entity.within ??= next.slot.entity.id;
  }
  return entity;
}

/** "… then to §L3 [next week] , where §P4 received him": the place whose "where" clause the event is told in. */
function whereClauseOf(view: SentenceView, match: RuleMatch, places: PlaceSlot[]): PlaceSlot | undefined {
  return places.filter(({ at }) => at < match.at && WHERE_CLAUSE.test(view.skeleton.slice(at, match.at))).pop();
}

/** The longest quotation in the sentence. */
function quoteOf(text: string): string | undefined {
  const quotes = [...text.matchAll(/[“"]([^”"]{3,})[”"]|(?:^|[\s(])[‘']([^’']{8,})[’'](?=[\s,.;:)]|$)/g)].map((m) => (m[1] ?? m[2]).trim());
  return quotes.sort((a, b) => b.length - a.length)[0];
}
