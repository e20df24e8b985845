/**
 * The per-article half of a streaming build, as one thread runs it: articles are extracted and linked
 * as they come and their facts held; once every article's entity names are known (the one thing that
 * crosses articles), the held facts are converted and serialised, in the order taken, and let go.
 */
import { extractFacts } from '../extract/extract.js';
import type { ArticleFacts } from '../extract/facts.js';
import type { Article } from '../ingest/article.js';
import { linkOffline } from '../link/link.js';
import { articleQuads, namingsOf, type EntityNaming, type NodeNames } from '../rdf/convert.js';
import { graphLines, type LineFormat } from '../rdf/serialize.js';

/** An input of the build: an article to extract, or the facts of one read from a .facts.json file. */
export type BuildItem = { article: Article } | { facts: ArticleFacts; origin: string };

export const originOf = (item: BuildItem): string => ('article' in item ? item.article.origin : item.origin);

/** What the first pass tells about an article: its id (a graph name, unique per build) and how it names its entities. */
export interface TakenArticle {
  id: string;
  namings: EntityNaming[];
}

/** How the second pass writes: the settled names of all nodes, the IRI base, the format. */
export interface LineOptions {
  names: NodeNames;
  base: string;
  format: LineFormat;
}

/** One article's graph, serialised as UTF-8 (in a buffer of its own, which a worker can move rather than copy). */
export interface ArticleLines {
  bytes: Uint8Array;
  quads: number;
}

const utf8 = new TextEncoder();

export class HeldArticles {
  private readonly held: (ArticleFacts | undefined)[] = [];
  private next = 0;
  private options?: LineOptions;

  /** Extracts (unless given facts) and, with `link`, links offline one article, and holds its facts. */
  async take(item: BuildItem, link: boolean): Promise<TakenArticle> {
    const facts = 'article' in item ? extractFacts(item.article) : item.facts;
    if (link) await linkOffline(facts);
    // Conversion never reads mentions (about half the facts): held without them, the heap stays smaller.
    this.held.push({ ...facts, entities: facts.entities.map((entity) => ({ ...entity, mentions: [] })) });
    return { id: facts.article.id, namings: namingsOf(facts) };
  }

  /** Starts the second pass. */
  settle(options: LineOptions): void {
    this.options = options;
  }

  /** The graph of the oldest article still held, which is let go. */
  emit(): ArticleLines {
    const facts = this.held[this.next];
    if (!facts || !this.options) throw new Error('emit: no article held, or names not settled');
    this.held[this.next++] = undefined;
    const quads = articleQuads(facts, this.options.names, { base: this.options.base });
    const { lines, statements } = graphLines(quads, this.options.format);
    return { bytes: utf8.encode(lines), quads: statements };
  }
}
