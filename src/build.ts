import type { ArticleFacts } from './extract/facts.js';
import { extractFacts } from './extract/extract.js';
import { InputError } from './ingest/errors.js';
import { readFactsFile } from './ingest/facts-file.js';
import { FACTS_SUFFIX, listInputFiles, readArticles } from './ingest/read.js';

export interface CollectOptions {
  /** Skip inputs that cannot be read (each reported through `warn`) instead of stopping. */
  keepGoing: boolean;
  warn(message: string): void;
}

/**
 * Facts for every input: articles run through extraction, `.facts.json` files are taken as they are.
 * Article ids must be unique, since each names a graph.
 */
export async function collectFacts(paths: string[], options: CollectOptions): Promise<ArticleFacts[]> {
  const all: ArticleFacts[] = [];
  const origins = new Map<string, string>();
  const keep = (facts: ArticleFacts, origin: string): void => {
    const earlier = origins.get(facts.article.id);
    if (earlier) throw new InputError(`${origin}: article id "${facts.article.id}" is also used by ${earlier}`);
    origins.set(facts.article.id, origin);
    all.push(facts);
  };
  for (const file of await listInputFiles(paths)) {
    try {
      if (file.endsWith(FACTS_SUFFIX)) {
        for (const facts of await readFactsFile(file)) keep(facts, file);
      } else {
        for await (const article of readArticles([file])) keep(extractFacts(article), article.origin);
      }
    } catch (error) {
      if (!(error instanceof InputError) || !options.keepGoing) throw error;
      options.warn(`skipped: ${error.message}`);
    }
  }
  if (all.length === 0) throw new InputError(`no articles found in ${paths.join(', ')}`);
  return all;
}
