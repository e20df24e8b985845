import type { EntityFact, EventFact } from './facts.js';
import type { SentenceView, Slot } from './sentence-view.js';
import { matchRules } from './event-rules.js';
import { trigger } from '../lexicon/extraction-lexicon.js';

/** A subject pronoun opening the sentence, perhaps after an opening phrase ("Later on §D0 , he met …"). */
const PRONOUN_SUBJECT = /^((?:(?:[^§.;",]|§D\d+){1,60}?,\s+)?)(?:he|she)\s+/;

let pairRe: RegExp | undefined;
let titleRe: RegExp | undefined;

function alternation(cue: string): string {
  return [...trigger(cue).forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+')).join('|');
}

/** "the two leaders", "both ministers". */
function pairPhrase(): RegExp {
  pairRe ??= new RegExp(`\\b(?:the\\s+two|both)\\s+(?:${alternation('pair-noun')})\\b(?!\\s+'s)(\\s+and\\s+§P)?`, 'g');
  return pairRe;
}

/** "the Uzbek minister", "the visiting Iranian minister" (not followed by the name it titles). */
function titlePhrase(): RegExp {
  titleRe ??= new RegExp(`\\bthe\\s+(visiting\\s+)?§C(\\d+)\\s+(?:${alternation('title-noun')})\\b(?!\\s*(?:,\\s*)?§P|\\s+(?:of|for|'s)\\b)`, 'g');
  return titleRe;
}

const eventMatches = (skeleton: string) => matchRules(skeleton).filter((m) => m.kind === 'meeting' || m.kind === 'visit');

/**
 * Who a sentence means when it names nobody: "he" (the first person of the last sentence naming one), "the two
 * leaders" (the two people of the last meeting), "the Uzbek minister" (the most mentioned Uzbek so far). A skeleton
 * is rewritten with the referent's placeholder only when a meeting or visit then involves it.
 */
export class Referents {
  private previous: SentenceView | undefined;
  private pair: EntityFact[] = [];
  /** Whether the pair met (or agreed) in an event told, rather than being merely named together. */
  private pairMet = false;
  private readonly seen: EntityFact[] = [];

  resolve(view: SentenceView): void {
    this.pronoun(view);
    this.twoOf(view);
    this.titled(view);
  }

  /** Records what a read sentence names and the events told in it. */
  remember(view: SentenceView, events: EventFact[]): void {
    const people = unique(view.slots.filter((s) => s.kind === 'P' && s.entity).map((s) => s.entity as EntityFact));
    for (const p of people) if (!this.seen.includes(p)) this.seen.push(p);
    if (people.length > 0) this.previous = view;
    const met = events.find((e) => (e.kind === 'meeting' || e.kind === 'agreement') && e.participants.length >= 2);
    const byId = new Map(people.map((p) => [p.id, p]));
    const pair = met ? met.participants.map((id) => byId.get(id)).filter((p): p is EntityFact => p !== undefined) : [];
    if (pair.length >= 2) [this.pair, this.pairMet] = [pair.slice(0, 2), true];
    else if (people.length === 2 && !this.pairMet) this.pair = people;
  }

  private pronoun(view: SentenceView): void {
    const m = PRONOUN_SUBJECT.exec(view.skeleton);
    const antecedent = this.previous?.slots.find((s) => s.kind === 'P');
    if (!m || !antecedent) return;
    const slot = push(view, antecedent.entity);
    this.keepIf(view, `${m[1]}§P${slot} ${view.skeleton.slice(m[0].length)}`, [slot], true);
  }

  private twoOf(view: SentenceView): void {
    const re = pairPhrase();
    re.lastIndex = 0;
    const m = re.exec(view.skeleton);
    if (!m || this.pair.length < 2) return;
    const [a, b] = this.pair.map((p) => push(view, p));
    const phrase = m[1] ? `§P${a} , §P${b}${m[1]}` : `§P${a} and §P${b}`;
    this.keepIf(view, view.skeleton.slice(0, m.index) + phrase + view.skeleton.slice(m.index + m[0].length), [a, b]);
  }

  private titled(view: SentenceView): void {
    const re = titlePhrase();
    re.lastIndex = 0;
    const m = re.exec(view.skeleton);
    const country = m ? view.slots[Number(m[2])]?.entity?.country : undefined;
    if (!m || !country) return;
    const people = this.seen.filter((p) => p.country === country);
    // The main actor: most mentioned in the article; on a tie, the one named last.
    const referent = people.reduce<EntityFact | undefined>((best, p) => (!best || p.mentions.length >= best.mentions.length ? p : best), undefined);
    if (!referent) return;
    const slot = push(view, referent);
    this.keepIf(view, `${view.skeleton.slice(0, m.index)}${m[1] ?? ''}§P${slot}${view.skeleton.slice(m.index + m[0].length)}`, [slot]);
  }

  /** Takes the rewritten skeleton when a meeting or visit involves one of the new slots (as its subject); else drops them. */
  private keepIf(view: SentenceView, rewritten: string, slots: number[], asSubject = false): void {
    if (eventMatches(rewritten).some((r) => (asSubject ? r.subjects : r.participants).some((n) => slots.includes(n)))) view.skeleton = rewritten;
    else view.slots.length = Math.min(...slots);
  }
}

/** Adds a person slot standing for `entity` (named in another sentence) and returns its number. */
function push(view: SentenceView, entity: EntityFact | undefined): number {
  const slot: Slot = { kind: 'P', start: view.span.start, end: view.span.start, ...(entity ? { entity } : {}) };
  return view.slots.push(slot) - 1;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
