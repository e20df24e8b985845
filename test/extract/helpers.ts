import { extractFacts } from '../../src/extract/extract.js';
import type { ArticleFacts, EventFact } from '../../src/extract/facts.js';
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
