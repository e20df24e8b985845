import './regexp-tiering.js';
import type { Article } from '../ingest/article.js';
import { annotate } from '../annotate/annotate.js';
import { DATELINE } from '../annotate/clean.js';
import { SENTENCE } from '../annotate/sentences.js';
import { liveBlogDay } from '../annotate/dates.js';
import { FACTS_FORMAT, type ArticleFacts, type EntityFact } from './facts.js';
import { EntityRegistry } from './registry.js';
import { SentenceAnalyzer, type SentenceView } from './sentence-view.js';
import { articleEvents } from './article-events.js';
import { resolveDelegations } from './delegations.js';
import { markHomeCountry, positions } from './posts.js';
import { cityNamed, countryOfCapital } from '../lexicon/gazetteer.js';
import { shippedMeetingModel, type PairScorer } from './meeting-model.js';

export interface ExtractOptions {
  /** The meeting model beside the rules (default: the shipped one; null: rules alone). Set only by its training. */
  meetingModel?: PairScorer | null;
}

/** Extracts the facts of one article: entities, posts and events, each with its evidence. Pure and synchronous. */
export function extractFacts(article: Article, options: ExtractOptions = {}): ArticleFacts {
  const doc = annotate(article);
  const registry = new EntityRegistry();
  const analyzer = new SentenceAnalyzer(doc, registry);
  const views: SentenceView[] = doc.get(SENTENCE).map((s) => analyzer.view(s));
  resolveDelegations(views);

  const entities = new Map(registry.all.map((e) => [e.id, e]));
  const merged = articleEvents(views, entities, datelinePlace(doc.get(DATELINE).map((d) => d.data?.place ?? ''), registry), liveBlogDay(doc), (name) => registry.ensure('place', name), options.meetingModel === undefined ? shippedMeetingModel() : options.meetingModel);
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

/**
 * The place an article is written from: the place of that name the text mentions, else a place of its own (in the
 * country whose capital it is, when it is one), since a dateline names a place even when the text does not repeat it.
 */
function datelinePlace(names: string[], registry: EntityRegistry): EntityFact | undefined {
  const name = names.find((x) => x !== '');
  if (!name) return undefined;
  const folded = name.toLowerCase();
  const mentioned = registry.all.find((e) => e.kind === 'place' && [e.name, ...e.altNames].some((n) => n.toLowerCase() === folded));
  if (mentioned) return mentioned;
  const country = countryOfCapital(name);
  const place = registry.ensure('place', country?.capital ?? titleCase(name));
  // Its country is noted on the place only: a city that is only a location names no country of the article.
  const iso2 = country?.iso2 ?? cityNamed(name)?.iso2;
  if (iso2) place.country ??= iso2;
  return place;
}

/** "NEW DELHI" → "New Delhi". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
