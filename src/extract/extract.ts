import type { Article } from '../ingest/article.js';
import { annotate } from '../annotate/annotate.js';
import { DATELINE } from '../annotate/clean.js';
import { SENTENCE } from '../annotate/sentences.js';
import { FACTS_FORMAT, type ArticleFacts, type EntityFact } from './facts.js';
import { EntityRegistry } from './registry.js';
import { SentenceAnalyzer, type SentenceView } from './sentence-view.js';
import { articleEvents } from './article-events.js';
import { resolveDelegations } from './delegations.js';
import { markHomeCountry, positions } from './posts.js';

/** Extracts the facts of one article: entities, posts and events, each with its evidence. Pure and synchronous. */
export function extractFacts(article: Article): ArticleFacts {
  const doc = annotate(article);
  const registry = new EntityRegistry();
  const analyzer = new SentenceAnalyzer(doc, registry);
  const views: SentenceView[] = doc.get(SENTENCE).map((s) => analyzer.view(s));
  resolveDelegations(views);

  const entities = new Map(registry.all.map((e) => [e.id, e]));
  const merged = articleEvents(views, entities, datelinePlace(doc.get(DATELINE).map((d) => d.data?.place ?? ''), registry));
  // Posts may name countries the article only implies: the entity list is read after them.
  const posts = positions(views, registry, merged);
  markHomeCountry(doc.get(DATELINE), doc.text, registry, article.meta.publisher);

  return {
    format: FACTS_FORMAT,
    article: article.meta,
    entities: [...registry.all],
    positions: posts,
    events: merged.map((e, i) => ({ ...e, id: `v${i + 1}` })),
  };
}

function datelinePlace(names: string[], registry: EntityRegistry): EntityFact | undefined {
  const name = names.find((x) => x !== '');
  if (!name) return undefined;
  const folded = name.toLowerCase();
  return registry.all.find((e) => e.kind === 'place' && e.name.toLowerCase() === folded);
}
