import type { Article } from '../ingest/article.js';
import { annotate } from '../annotate/annotate.js';
import { DATELINE } from '../annotate/clean.js';
import { SENTENCE } from '../annotate/sentences.js';
import { loadRoles } from '../lexicon/roles.js';
import { FACTS_FORMAT, type ArticleFacts, type EntityFact, type EventFact, type PositionFact } from './facts.js';
import { EntityRegistry } from './registry.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { SentenceAnalyzer, type SentenceView } from './sentence-view.js';
import { sentenceEvents } from './events.js';
import { mergeEvents } from './merge.js';
import { resolveDelegations } from './delegations.js';
import { counterpartPosts } from './counterparts.js';

/** Extracts the facts of one article: entities, posts and events, each with its evidence. Pure and synchronous. */
export function extractFacts(article: Article): ArticleFacts {
  const doc = annotate(article);
  const registry = new EntityRegistry();
  const analyzer = new SentenceAnalyzer(doc, registry);
  const views: SentenceView[] = doc.get(SENTENCE).map((s) => analyzer.view(s));
  resolveDelegations(views);

  let n = 0;
  const nextId = (): string => `v${++n}`;
  const events = views.flatMap((v) => sentenceEvents(v, nextId));
  const entities = new Map(registry.all.map((e) => [e.id, e]));
  const merged = mergeEvents(events, entities);
  fillPlaces(merged, entities, datelinePlace(doc.get(DATELINE).map((d) => d.data?.place ?? ''), registry));
  for (const e of merged) if (e.kind === 'meeting' && e.status === 'happened' && e.cameo === '040' && thirdLocation(e, entities)) e.cameo = '044';

  return {
    format: FACTS_FORMAT,
    article: article.meta,
    entities: [...registry.all],
    positions: positions(views, registry),
    events: merged.map((e, i) => ({ ...e, id: `v${i + 1}` })),
  };
}

/** PositionFacts from the posts sentences state, one per (holder, role, in), first evidence kept. */
function positions(views: SentenceView[], registry: EntityRegistry): PositionFact[] {
  const roles = loadRoles();
  const out = new Map<string, PositionFact>();
  for (const view of views) {
    for (const post of [...view.posts, ...counterpartPosts(view)]) {
      if (!post.role) continue;
      post.in = postCountry(post.in, registry) ?? (post.holder.country ? registry.ensure('country', countryName(post.holder.country), post.holder.country) : undefined);
      const key = `${post.holder.id} ${post.role} ${post.in?.id ?? ''}`;
      const generic = [...out.values()].find((p) => p.holder === post.holder.id && p.role === post.role && (!p.in || !post.in));
      if (out.has(key)) continue;
      if (post.in) post.holder.country ??= post.in.kind === 'country' ? post.in.country : post.in.country;
      if (generic) {
        // "the foreign minister X" after "China's foreign minister X": one post, the specific one.
        if (!generic.in && post.in) {
          generic.in = post.in.id;
          generic.label = label(roles.get(post.role)?.label ?? post.role, post.in);
        }
        continue;
      }
      out.set(key, {
        holder: post.holder.id,
        role: post.role,
        title: post.title,
        ...(post.in ? { in: post.in.id } : {}),
        label: label(roles.get(post.role)?.label ?? post.role, post.in),
        evidence: view.evidence(post.rule),
      });
    }
  }
  return [...out.values()];
}

/** A post in a government ministry is a post in that ministry's country ("spokesperson of the foreign ministry"). */
function postCountry(where: EntityFact | undefined, registry: EntityRegistry): EntityFact | undefined {
  if (where?.kind === 'organization' && where.country && /\bministry\b/i.test(where.name)) {
    return registry.ensure('country', countryName(where.country), where.country);
  }
  return where;
}

function countryName(iso2: string): string {
  return loadGazetteer().countryByIso2(iso2)?.name ?? iso2;
}

function label(role: string, where: EntityFact | undefined): string {
  return where ? `${role} of ${where.name}` : role;
}

function datelinePlace(names: string[], registry: EntityRegistry): EntityFact | undefined {
  const name = names.find((x) => x !== '');
  if (!name) return undefined;
  const folded = name.toLowerCase();
  return registry.all.find((e) => e.kind === 'place' && e.name.toLowerCase() === folded);
}

/** The country an entity lies in or belongs to. */
function countryOf(id: string | undefined, entities: Map<string, EntityFact>): string | undefined {
  for (let e = id ? entities.get(id) : undefined, hops = 0; e && hops < 5; e = e.within ? entities.get(e.within) : undefined, hops++) {
    if (e.country) return e.country;
  }
  return undefined;
}

/**
 * Meetings whose sentence names no place happen where a participant was visiting, or at the dateline when
 * that is in a participant's country.
 */
function fillPlaces(events: EventFact[], entities: Map<string, EntityFact>, dateline: EntityFact | undefined): void {
  const visits = events.filter((e) => e.kind === 'visit' && e.status === 'happened');
  for (const e of events) {
    if (e.kind !== 'meeting' || e.place) continue;
    const visit = visits.find((v) => v.visitor && e.participants.includes(v.visitor) && (!v.date || !e.date || v.date === e.date));
    if (visit?.destination) e.place = visit.destination;
    else if (dateline && e.participants.some((p) => entities.get(p)?.country === countryOf(dateline.id, entities))) e.place = dateline.id;
  }
}

/** A meeting in a country none of its participants is from (all of them known). */
function thirdLocation(e: EventFact, entities: Map<string, EntityFact>): boolean {
  const where = countryOf(e.place, entities);
  const from = e.participants.map((p) => entities.get(p)?.country);
  return where !== undefined && from.every((c) => c !== undefined && c !== where);
}
