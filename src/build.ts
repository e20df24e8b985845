import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Article } from './ingest/article.js';
import { InputError } from './ingest/errors.js';
import { readFactsFile } from './ingest/facts-file.js';
import { FACTS_SUFFIX, listInputFiles, readArticles } from './ingest/read.js';
import type { ArticleFacts } from './extract/facts.js';
import { extractInWorkers } from './pool/extract-pool.js';

export interface CollectOptions {
  /** Skip inputs that cannot be read (each reported through `warn`) instead of stopping. */
  keepGoing: boolean;
  warn(message: string): void;
  /** Worker threads for extraction; by default one per core for inputs over PARALLEL_FROM_BYTES, else none. */
  jobs?: number;
}

/** Below this much input, starting workers (each loads the lexicons and the NLP model) costs more than it saves. */
const PARALLEL_FROM_BYTES = 2_000_000;

async function defaultJobs(files: string[]): Promise<number> {
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  return bytes >= PARALLEL_FROM_BYTES ? availableParallelism() : 1;
}

/**
 * Facts for every input: articles run through extraction (in worker threads for large inputs),
 * `.facts.json` files are taken as they are. Article ids must be unique, since each names a graph.
 */
export async function collectFacts(paths: string[], options: CollectOptions): Promise<ArticleFacts[]> {
  const files = await listInputFiles(paths);
  const all: ArticleFacts[] = [];
  const origins = new Map<string, string>();
  const keep = (facts: ArticleFacts, origin: string): void => {
    const earlier = origins.get(facts.article.id);
    if (earlier) throw new InputError(`${origin}: article id "${facts.article.id}" is also used by ${earlier}`);
    origins.set(facts.article.id, origin);
    all.push(facts);
  };
  const skipOrThrow = (error: unknown): void => {
    // Only input errors are skipped: anything else is a bug and must stop the build.
    if (!(error instanceof InputError) || !options.keepGoing) throw error;
    options.warn(`skipped: ${error.message}`);
  };

  const articleFiles = files.filter((file) => !file.endsWith(FACTS_SUFFIX));
  for (const file of files.filter((f) => f.endsWith(FACTS_SUFFIX))) {
    try {
      for (const facts of await readFactsFile(file)) keep(facts, file);
    } catch (error) {
      skipOrThrow(error);
    }
  }
  // Results come back in input order, so the n-th facts belong to the n-th article read.
  const articleOrigins: string[] = [];
  async function* articles(): AsyncGenerator<Article> {
    for (const file of articleFiles) {
      try {
        for await (const article of readArticles([file], options.keepGoing ? skipOrThrow : undefined)) {
          articleOrigins.push(article.origin);
          yield article;
        }
      } catch (error) {
        skipOrThrow(error);
      }
    }
  }
  let index = 0;
  for await (const facts of extractInWorkers(articles(), options.jobs ?? (await defaultJobs(articleFiles)))) {
    keep(facts, articleOrigins[index++] as string);
  }
  if (all.length === 0) throw new InputError(`no articles found in ${paths.join(', ')}`);
  return all;
}
