import type { EntityFact, EventFact } from './facts.js';
import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';

/** Whether two optional values agree (equal, or one unknown). */
const agree = <T>(a: T | undefined, b: T | undefined): boolean => a === undefined || b === undefined || a === b;

/**
 * The month an event is told in: its day's, else the month its date words name ("last met in October"), so that a
 * meeting told with a month alone is not merged into the same people's meeting of another month.
 */
export function monthOf(e: EventFact): number | undefined {
  if (e.date) return Number(e.date.slice(5, 7));
  const { months } = loadExtractionLexicon();
  const named = (e.dateText?.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => months.get(w)).find((m) => m !== undefined && !m.short);
  return named?.month;
}

function sameActors(a: EventFact, b: EventFact): boolean {
  const key = (e: EventFact): string => [...e.participants].sort().join(' ');
  return a.kind === b.kind && a.status === b.status && key(a) === key(b) && a.visitor === b.visitor && a.destination === b.destination && a.speaker === b.speaker;
}

/** Whether place a lies in (or is) place b, following `within`. */
export function inside(a: string, b: string, entities: Map<string, EntityFact>): boolean {
  for (let id: string | undefined = a, hops = 0; id && hops < 5; id = entities.get(id)?.within, hops++) if (id === b) return true;
  return false;
}

function placesAgree(a: string | undefined, b: string | undefined, entities: Map<string, EntityFact>): boolean {
  return a === undefined || b === undefined || inside(a, b, entities) || inside(b, a, entities);
}

/** A place named in the text that lies nowhere the gazetteer knows ("at the Foreign Ministry", a quarter of some city): still to be placed. */
export function unplaced(place: EntityFact | undefined): place is EntityFact {
  return place?.kind === 'place' && !place.within && !place.country;
}

/** "received X in the capital Ankara on Thursday. The two held a meeting at the Foreign Ministry": one day's meeting, at a venue of that place. */
function venueOfTwin(twin: EventFact, event: EventFact, entities: Map<string, EntityFact>): boolean {
  if (twin.kind !== 'meeting' || !twin.date || twin.date !== event.date || !twin.place || !event.place || twin.place === event.place) return false;
  return unplaced(entities.get(twin.place)) || unplaced(entities.get(event.place));
}

const TRIP_DAYS = 7;

/** A visit told on two days a few days apart ("a tour that will take him to X later this week", "will travel on to X on Tuesday"): one stay. */
function sameTrip(a: EventFact, b: EventFact): boolean {
  if (a.kind !== 'visit' || !a.date || !b.date) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) < TRIP_DAYS * 86_400_000;
}

/** Rules telling a meeting joined by newcomers ("A and B were joined by C"): A and B's own meeting came before it. */
const JOINED = new Set(['joined-by']);

/**
 * "A and B met C": a meeting of some of the people of a larger meeting told in the same sentence with the same status
 * is that meeting, told in part (unless the larger one is the smaller one joined by others).
 */
function toldInside(part: EventFact, whole: EventFact): boolean {
  return part.kind === 'meeting' && whole.kind === 'meeting' && part.status === whole.status && part.evidence[0]?.start === whole.evidence[0]?.start &&
    !whole.evidence.some((e) => JOINED.has(e.rule)) &&
    whole.participants.length > part.participants.length && part.participants.every((p) => whole.participants.includes(p));
}

/**
 * Merges events told twice in one article (caption and body, "met" and "held talks"): same kind, status and
 * actors, compatible date and place. The merged event keeps the most specific date and place and all evidence.
 */
export function mergeEvents(events: EventFact[], entities: Map<string, EntityFact>): EventFact[] {
  const out: EventFact[] = [];
  for (const event of events.filter((e) => !events.some((o) => toldInside(e, o)))) {
    const twin = out.find((o) => sameActors(o, event) && (agree(o.date, event.date) && agree(monthOf(o), monthOf(event)) || sameTrip(o, event)) && (placesAgree(o.place, event.place, entities) || venueOfTwin(o, event, entities)));
    if (!twin) {
      out.push({ ...event, evidence: [...event.evidence] });
      continue;
    }
    if (!twin.date && event.date) {
      twin.date = event.date;
      twin.dateText = event.dateText;
    }
    const venue = entities.get(event.place ?? '');
    const placed = entities.get(twin.place ?? '');
    const atVenue = venueOfTwin(twin, event, entities);
    if (atVenue && unplaced(venue) && twin.place) {
      venue.within = twin.place;
      twin.place = venue.id;
    } else if (atVenue && unplaced(placed) && event.place) placed.within = event.place;
    // A call has no place: a twin told without its mode ("the two ministers discussed …") brings none.
    else if (event.place && !twin.mode && !event.mode && (!twin.place || inside(event.place, twin.place, entities))) twin.place = event.place;
    twin.quote ??= event.quote;
    twin.mode ??= event.mode;
    if (twin.cameo === '040' && event.cameo !== '040') twin.cameo = event.cameo;
    for (const ev of event.evidence) if (!twin.evidence.some((e) => e.start === ev.start)) twin.evidence.push(ev);
  }
  return out;
}
