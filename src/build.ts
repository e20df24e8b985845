import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Article } from './ingest/article.js';
import { InputError } from './ingest/errors.js';
import { readFactsFile } from './ingest/facts-file.js';
import { FACTS_SUFFIX, listInputFiles, readArticles } from './ingest/read.js';
import type { ArticleFacts } from './extract/facts.js';
import { extractInWorkers } from './pool/extract-pool.js';
import { articleHolder } from './pool/build-pool.js';
import { originOf, type BuildItem } from './pool/held-articles.js';
import { EntityIndex } from './rdf/convert.js';
import type { LineFormat } from './rdf/serialize.js';

export interface CollectOptions {
  /** Skip inputs that cannot be read (each reported through `warn`) instead of stopping. */
  keepGoing: boolean;
  warn(message: string): void;
  /** Worker threads; by default one per core for inputs over PARALLEL_FROM_BYTES, else none. */
  jobs?: number;
}

/** Below this much input, starting workers (each loads the lexicons and the NLP model) costs more than it saves. */
const PARALLEL_FROM_BYTES = 2_000_000;

async function defaultJobs(files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return bytes >= PARALLEL_FROM_BYTES ? availableParallelism() : 1;
}

/** Article ids name graphs, so each must be unique over a build. */
export class ArticleIds {
  private readonly origins = new Map<string, string>();

  keep(id: string, origin: string): void {
    const earlier = this.origins.get(id);
    if (earlier) throw new InputError(`${origin}: article id "${id}" is also used by ${earlier}`);
    this.origins.set(id, origin);
  }
}

/**
 * The inputs of a build: the facts of every `.facts.json` file first (their ids checked here, so that a
 * clash skips the rest of the file with --keep-going), then the articles of the others.
 */
async function* inputItems(files: string[], options: CollectOptions, ids: ArticleIds): AsyncGenerator<BuildItem> {
  const skipOrThrow = (error: unknown): void => {
    // Only input errors are skipped: anything else is a bug and must stop the build.
    if (!(error instanceof InputError) || !options.keepGoing) throw error;
    options.warn(`skipped: ${error.message}`);
  };
  for (const file of files.filter((f) => f.endsWith(FACTS_SUFFIX))) {
    const checked: ArticleFacts[] = [];
    try {
      for (const facts of await readFactsFile(file)) {
        ids.keep(facts.article.id, file);
        checked.push(facts);
      }
    } catch (error) {
      skipOrThrow(error);
    }
    for (const facts of checked) yield { facts, origin: file };
  }
  for (const file of files.filter((f) => !f.endsWith(FACTS_SUFFIX))) {
    try {
      for await (const article of readArticles([file], options.keepGoing ? skipOrThrow : undefined)) yield { article };
    } catch (error) {
      skipOrThrow(error);
    }
  }
}

async function inputsOf(paths: string[], options: CollectOptions, ids: ArticleIds): Promise<{ items: AsyncGenerator<BuildItem>; jobs: number }> {
  const files = await listInputFiles(paths);
  const jobs = options.jobs ?? (await defaultJobs(files.filter((file) => !file.endsWith(FACTS_SUFFIX))));
  return { items: inputItems(files, options, ids), jobs };
}

const noArticles = (paths: string[]): InputError => new InputError(`no articles found in ${paths.join(', ')}`);

/**
 * Facts for every input: articles run through extraction (in worker threads for large inputs),
 * `.facts.json` files are taken as they are. Article ids must be unique, since each names a graph.
 */
export async function collectFacts(paths: string[], options: CollectOptions): Promise<ArticleFacts[]> {
  const ids = new ArticleIds();
  const { items, jobs } = await inputsOf(paths, options, ids);
  const all: ArticleFacts[] = [];
  // Results come back in input order, so the n-th facts belong to the n-th article read.
  const articleOrigins: string[] = [];
  async function* articles(): AsyncGenerator<Article> {
    for await (const item of items) {
      if ('facts' in item) {
        all.push(item.facts);
      } else {
        articleOrigins.push(item.article.origin);
        yield item.article;
      }
    }
  }
  let index = 0;
  for await (const facts of extractInWorkers(articles(), jobs)) {
    ids.keep(facts.article.id, articleOrigins[index++] as string);
    all.push(facts);
  }
  if (all.length === 0) throw noArticles(paths);
  return all;
}

export interface LineBuildOptions {
  /** Link offline (the bundled tables) in the per-article pass. */
  link: boolean;
  base: string;
  format: LineFormat;
}

/** Receives the output of a streaming build, UTF-8 chunk by chunk, and resolves once it is written. */
export type Write = (chunks: AsyncIterable<Uint8Array>) => Promise<void>;

export interface BuildCount {
  articles: number;
  quads: number;
}

/**
 * Builds the graph of every input as N-Triples or N-Quads, end to end per article (extract, link,
 * convert, serialise) on worker threads for large inputs, and hands the text to `write` in input order.
 * The same inputs give the same bytes as convert + graphLines, article by article, over collectFacts and linkFacts.
 */
export async function buildLines(paths: string[], options: CollectOptions & LineBuildOptions, write: Write): Promise<BuildCount> {
  const ids = new ArticleIds();
  const { items, jobs } = await inputsOf(paths, options, ids);
  return streamLines(items, { ...options, jobs, ids }, write, () => noArticles(paths));
}

/**
 * The streaming build over any stream of items: a first pass takes every article and gathers how each
 * names its entities; with those names settled (the one thing that crosses articles), a second pass
 * emits each article's graph. Nothing is written when there are no articles: `none` gives the error.
 */
export async function streamLines(
  items: AsyncIterable<BuildItem>,
  options: LineBuildOptions & { jobs: number; ids?: ArticleIds },
  write: Write,
  none: () => Error,
): Promise<BuildCount> {
  const holder = articleHolder(options.jobs);
  try {
    // The n-th article taken is the n-th item read: its origin, unless its id was checked on reading (facts files).
    const origins: (string | undefined)[] = [];
    async function* tracked(): AsyncGenerator<BuildItem> {
      for await (const item of items) {
        origins.push('article' in item || !options.ids ? originOf(item) : undefined);
        yield item;
      }
    }
    const ids = options.ids ?? new ArticleIds();
    const index = new EntityIndex();
    let articles = 0;
    for await (const taken of holder.take(tracked(), options.link)) {
      const origin = origins[articles++];
      if (origin !== undefined) ids.keep(taken.id, origin);
      index.add(taken.namings);
    }
    if (articles === 0) throw none();
    let quads = 0;
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for await (const lines of holder.emit({ names: index.resolve(), base: options.base, format: options.format })) {
        quads += lines.quads;
        yield lines.bytes;
      }
    }
    await write(chunks());
    return { articles, quads };
  } finally {
    await holder.close();
  }
}
