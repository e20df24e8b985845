import type { EntityFact, EventFact } from './facts.js';
import { slotPersons, type SentenceView } from './sentence-view.js';
import { cityNamed, countryOfCapital } from '../lexicon/gazetteer.js';
import { LEADER_ROLES } from '../lexicon/roles.js';

/** What the encounter needs to know of the article's people. */
export interface PeopleIndex {
  everyone: readonly EntityFact[];
  countryOf(p: EntityFact): string | undefined;
  roles(p: EntityFact): ReadonlySet<string>;
  holds(p: EntityFact, role: string): boolean;
}

/**
 * The encounter a story is telling across sentences: the visitor of the last visit told and the country visited. Its
 * host is someone of that country the article names, anywhere: "X arrived in Colombo. He was received by the president
 * at the Secretariat …", "X held talks with her host", "the two leaders" when no meeting has set up a pair yet.
 * A visit by someone else, or to another country, starts a new encounter.
 */
export class Encounter {
  private visitor: EntityFact | undefined;
  private country: string | undefined;
  /** The people the visit's sentence names: one of no known country may be the host ("at the invitation of President X"). */
  private named: EntityFact[] = [];

  constructor(private readonly people: PeopleIndex) {}

  /** Records the last visit a sentence tells (happened or planned) whose visitor and destination it names. */
  note(view: SentenceView, events: EventFact[]): void {
    const visit = events.filter((e) => e.kind === 'visit' && e.visitor && e.destination).pop();
    if (!visit) return;
    const visitor = slotPersons(view.slots).find((p) => p.id === visit.visitor);
    const destination = view.slots.find((s) => s.entity?.id === visit.destination)?.entity;
    const country = destination ? countryOfPlace(destination) : undefined;
    if (!visitor || !country || this.people.countryOf(visitor) === country) return;
    [this.visitor, this.country, this.named] = [visitor, country, slotPersons(view.slots)];
  }

  /** The visitor and the host fitting the noun ("the two ministers"), when both are known. */
  parties(fits: (p: EntityFact) => boolean): EntityFact[] {
    const host = this.host(fits);
    return this.visitor && host && fits(this.visitor) ? [this.visitor, host] : [];
  }

  /**
   * The person of the visited country fitting `fits` (a title told, or anyone), ranked: the visitor's counterpart, else
   * a leader, else anyone; of equal rank, the most mentioned. None when two of the best rank are mentioned equally often.
   */
  host(fits: (p: EntityFact) => boolean = () => true): EntityFact | undefined {
    const { visitor, country, people } = this;
    if (!visitor || !country) return undefined;
    const local = (p: EntityFact): boolean => people.countryOf(p) === country || (people.countryOf(p) === undefined && this.named.includes(p));
    const locals = people.everyone.filter((p) => p !== visitor && local(p) && fits(p));
    const visitorRoles = [...people.roles(visitor)];
    const ranked = [locals.filter((p) => visitorRoles.some((r) => people.holds(p, r))), locals.filter((p) => LEADER_ROLES.some((r) => people.holds(p, r))), locals];
    const best = ranked.find((tier) => tier.length > 0) ?? [];
    const sorted = [...best].sort((a, b) => b.mentions.length - a.mentions.length);
    return sorted.length > 1 && sorted[0]?.mentions.length === sorted[1]?.mentions.length ? undefined : sorted[0];
  }
}

/** The country a destination is or lies in: its own code, else the country whose capital (or a city of which) it is. */
function countryOfPlace(place: EntityFact): string | undefined {
  if (place.country) return place.country;
  if (place.kind !== 'place') return undefined;
  const names = [place.name, ...place.altNames];
  return names.map((n) => countryOfCapital(n)?.iso2).find((iso2) => iso2 !== undefined) ?? names.map((n) => cityNamed(n)?.iso2).find((iso2) => iso2 !== undefined);
}
