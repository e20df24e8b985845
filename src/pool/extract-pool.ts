/** Parallel extraction: articles in, ArticleFacts out in the same order, on a pool of worker threads. */
import type { ArticleFacts } from '../extract/facts.js';
import { extractFacts } from '../extract/extract.js';
import type { Article } from '../ingest/article.js';
import { itemError, mapInWorkers } from './ordered-pool.js';

/** Articles per message: ~25 KB of text at typical news length, small enough to keep workers evenly fed. */
const BATCH_SIZE = 8;
const WORKER = new URL('./extract-worker.js', import.meta.url);

const failureLabel = (article: Article): string => `${article.origin}: extraction failed`;

/**
 * Extracts the facts of every article, yielding them in input order. `jobs <= 1` extracts in this
 * thread; otherwise `jobs` worker threads do, with a bounded number of articles in flight. An
 * extraction error ends the stream as `"<origin>: extraction failed: <message>"` (the original
 * error as `cause`) after the facts of every earlier article; errors of `articles` itself pass through.
 */
export async function* extractInWorkers(articles: AsyncIterable<Article>, jobs: number): AsyncGenerator<ArticleFacts> {
  if (jobs <= 1) {
    for await (const article of articles) yield extractOne(article);
    return;
  }
  yield* mapInWorkers<Article, ArticleFacts>(articles, { jobs, worker: WORKER, batchSize: BATCH_SIZE, label: failureLabel });
}

function extractOne(article: Article): ArticleFacts {
  try {
    return extractFacts(article);
  } catch (error) {
    throw itemError(failureLabel(article), error);
  }
}
