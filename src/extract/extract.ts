import type { Article } from '../ingest/article.js';
import { annotate } from '../annotate/annotate.js';
import { DATELINE } from '../annotate/clean.js';
import { SENTENCE } from '../annotate/sentences.js';
import { loadRoles } from '../lexicon/roles.js';
import { FACTS_FORMAT, type ArticleFacts, type EntityFact, type PositionFact } from './facts.js';
import { EntityRegistry } from './registry.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { SentenceAnalyzer, type SentenceView } from './sentence-view.js';
import { articleEvents } from './article-events.js';
import { resolveDelegations } from './delegations.js';
import { counterpartPosts } from './counterparts.js';

/** Extracts the facts of one article: entities, posts and events, each with its evidence. Pure and synchronous. */
export function extractFacts(article: Article): ArticleFacts {
  const doc = annotate(article);
  const registry = new EntityRegistry();
  const analyzer = new SentenceAnalyzer(doc, registry);
  const views: SentenceView[] = doc.get(SENTENCE).map((s) => analyzer.view(s));
  resolveDelegations(views);

  const entities = new Map(registry.all.map((e) => [e.id, e]));
  const merged = articleEvents(views, entities, datelinePlace(doc.get(DATELINE).map((d) => d.data?.place ?? ''), registry));

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
