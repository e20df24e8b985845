import { extractFacts } from '../../src/extract/extract.js';
import type { ArticleFacts, EventFact } from '../../src/extract/facts.js';
import { fillFromHome } from '../../src/link/fill.js';
import { fixtures } from './fixtures.js';

/** Facts of a fixture, with lookups by name for readable assertions. */
export class FactsView {
  readonly facts: ArticleFacts;

  constructor(text: string, published?: string, publisher?: string) {
    this.facts = extractFacts({ meta: { id: 't', ...(published ? { published } : {}), ...(publisher ? { publisher } : {}) }, text, origin: 'test' });
  }

  static of(name: keyof typeof fixtures): FactsView {
    const f = fixtures[name];
    return new FactsView(f.text, f.published);
  }

  name(id: string | undefined): string | undefined {
    return this.facts.entities.find((e) => e.id === id)?.name;
  }

  persons(): string[] {
    return this.facts.entities.filter((e) => e.kind === 'person').map((e) => e.name).sort();
  }

  person(name: string) {
    return this.facts.entities.find((e) => e.kind === 'person' && e.name === name);
  }

  /** Lets the article's home country (dateline, publisher) fill what the text left unsaid, as linking does. */
  homeFilled(): this {
    fillFromHome(this.facts);
    return this;
  }

  /** "Name | Role | in-name" for every post. */
  posts(): string[] {
    return this.facts.positions.map((p) => `${this.name(p.holder)} | ${p.role} | ${this.name(p.in) ?? ''}`).sort();
  }

  events(kind: EventFact['kind']): EventFact[] {
    return this.facts.events.filter((e) => e.kind === kind);
  }

  /** Sorted participant names of an event. */
  who(e: EventFact): string[] {
    return e.participants.map((p) => this.name(p) ?? p).sort();
  }
}

/** "A + B status date place" of each meeting. */
export function meetings(f: FactsView): string[] {
  return f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.status} ${m.date ?? '-'} ${f.name(m.place) ?? '-'}`);
}

/** "visitor -> destination status date" of each visit (without the date when `dated` is false). */
export function visits(f: FactsView, dated = true): string[] {
  return f.events('visit').map((v) => `${f.name(v.visitor)} -> ${f.name(v.destination)} ${v.status}${dated ? ` ${v.date ?? '-'}` : ''}`);
}

/** Meetings as "A + B status" and visits as "V visitor -> destination status", sorted. */
export function statusLines(f: FactsView): string[] {
  return [
    ...f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.status}`),
    ...f.events('visit').map((v) => `V ${f.name(v.visitor)} -> ${f.name(v.destination)} ${v.status}`),
  ].sort();
}

