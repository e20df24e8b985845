import type { EntityFact, EntityKind, Evidence } from './facts.js';
import { isShortForm, looseKey, nameParts } from './names.js';

/** The article's entities, keyed by normalised identity, each with its mentions. */
export class EntityRegistry {
  private readonly byKey = new Map<string, EntityFact>();
  private readonly order: EntityFact[] = [];
  /** Number of mentions per entity id, for salience. */
  readonly mentionCount = new Map<string, number>();

  private readonly personList: EntityFact[] = [];
  /** Persons by each part of their multi-word names ("kim" → Kim Jong Un, Kim Yo Jong), in creation order. */
  private readonly byPart = new Map<string, EntityFact[]>();

  persons(): readonly EntityFact[] {
    return this.personList;
  }

  /** Persons with a multi-word name (canonical or alternative) containing this name part. */
  withPart(part: string): readonly EntityFact[] {
    return this.byPart.get(part) ?? [];
  }

  /** Persons with a multi-word name whose parts include these, in order and adjacent ("al sudani", "bin farhan"). */
  withParts(parts: readonly string[]): readonly EntityFact[] {
    const last = parts[parts.length - 1];
    if (last === undefined) return [];
    if (parts.length === 1) return this.withPart(last);
    return this.withPart(last).filter((e) =>
      [e.name, ...e.altNames].some((n) => {
        const full = nameParts(n);
        return full.some((_, i) => full.length > parts.length && parts.every((p, j) => full[i + j] === p));
      }),
    );
  }

  /** The one known person whose longer name this one is a short form of (see isShortForm), if only one. */
  shortFormOf(name: string): EntityFact | undefined {
    const parts = nameParts(name);
    return this.onlyOne(this.withPart(parts[parts.length - 1] ?? '').filter((e) => isShortForm(name, e.name)));
  }

  /** The one known person named so far only by a short form of this longer name ("B. Saidov" before "Bakhtiyor Saidov"). */
  private longFormOf(name: string): EntityFact | undefined {
    return this.onlyOne(this.personList.filter((e) => isShortForm(e.name, name)));
  }

  private onlyOne(matches: readonly EntityFact[]): EntityFact | undefined {
    return matches.length === 1 ? matches[0] : undefined;
  }

  private indexParts(person: EntityFact, name: string): void {
    if (!name.includes(' ')) return;
    for (const part of nameParts(name)) {
      const list = this.byPart.get(part) ?? [];
      if (list.length === 0) this.byPart.set(part, list);
      // Kept in creation order: a new person goes last, an older one gaining a name is inserted in place.
      let at = list.length;
      while (at > 0 && this.created(list[at - 1]) > this.created(person)) at--;
      if (list[at - 1] !== person) list.splice(at, 0, person);
    }
  }

  private created(e: EntityFact): number {
    return Number(e.id.slice(1));
  }

  get all(): readonly EntityFact[] {
    return this.order;
  }

  static key(kind: EntityKind, name: string, iso2?: string): string {
    if (kind === 'country') return `country:${iso2}`;
    return `${kind}:${kind === 'person' ? looseKey(name) : name.toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '')}`;
  }

  find(kind: EntityKind, name: string, iso2?: string): EntityFact | undefined {
    return this.byKey.get(EntityRegistry.key(kind, name, iso2));
  }

  /** The entity for (kind, name), created on first sight; longer names become canonical, others altNames. */
  ensure(kind: EntityKind, name: string, iso2?: string): EntityFact {
    const key = EntityRegistry.key(kind, name, iso2);
    let entity = this.byKey.get(key);
    if (!entity && kind === 'person') {
      entity = this.longFormOf(name);
      if (entity) this.byKey.set(key, entity);
    }
    if (!entity) {
      entity = { id: `e${this.order.length + 1}`, kind, name, altNames: [], mentions: [], ...(iso2 ? { country: iso2 } : {}) };
      this.byKey.set(key, entity);
      this.order.push(entity);
      if (kind === 'person') {
        this.personList.push(entity);
        this.indexParts(entity, name);
      }
    } else if (kind !== 'country') {
      this.addName(entity, name);
    }
    return entity;
  }

  addName(entity: EntityFact, name: string): void {
    if (name === entity.name || entity.altNames.includes(name)) return;
    if (entity.kind === 'person') this.indexParts(entity, name);
    if (entity.kind === 'person' && name.length > entity.name.length && !name.includes('-') === !entity.name.includes('-')) {
      entity.altNames.push(entity.name);
      entity.name = name;
    } else {
      entity.altNames.push(name);
    }
  }

  mention(entity: EntityFact, evidence: Evidence): void {
    this.mentionCount.set(entity.id, (this.mentionCount.get(entity.id) ?? 0) + 1);
    const last = entity.mentions[entity.mentions.length - 1];
    if (!last || last.start !== evidence.start || last.rule !== evidence.rule) entity.mentions.push(evidence);
  }
}
