/**
 * Where the articles of a streaming build live between its two passes: in this thread, or spread over
 * worker threads, each of which extracts, links, converts and serialises the articles it took, so the
 * main thread only reads input, settles node names and writes.
 */
import { itemError, WorkerPool, batchesAhead, inOrder } from './ordered-pool.js';
import type { BatchReply } from './batch-protocol.js';
import { HeldArticles, originOf, type ArticleLines, type BuildItem, type LineOptions, type TakenArticle } from './held-articles.js';

/** What the main thread asks a build worker (build-worker.ts). */
export type BuildRequest = { take: BuildItem[]; link: boolean } | { settle: LineOptions } | { emit: number };

/** Articles per message: ~25 KB of text at typical news length, small enough to keep workers evenly fed. */
const BATCH_SIZE = 8;
/** Emit requests in flight per worker: small messages, answered by ~0.5 MB of text each. */
const EMITS_PER_WORKER = 8;
const WORKER = new URL('./build-worker.js', import.meta.url);

const failureLabel = (item: BuildItem): string => `${originOf(item)}: extraction failed`;

/** The two passes of a streaming build over the articles it holds. */
export interface ArticleHolder {
  /** First pass: extracts (and, with `link`, links) every item and holds its facts; yields what each tells, in input order. */
  take(items: AsyncIterable<BuildItem>, link: boolean): AsyncGenerator<TakenArticle>;
  /** Second pass: the graph of every article taken, in input order. */
  emit(options: LineOptions): AsyncGenerator<ArticleLines>;
  close(): Promise<void>;
}

/** Holds articles in this thread for `jobs <= 1`, else on `jobs` worker threads. */
export function articleHolder(jobs: number): ArticleHolder {
  return jobs <= 1 ? new HeldHere() : new HeldInWorkers(jobs);
}

class HeldHere implements ArticleHolder {
  private readonly held = new HeldArticles();
  private count = 0;

  async *take(items: AsyncIterable<BuildItem>, link: boolean): AsyncGenerator<TakenArticle> {
    for await (const item of items) {
      let taken: TakenArticle;
      try {
        taken = await this.held.take(item, link);
      } catch (error) {
        throw itemError(failureLabel(item), error);
      }
      this.count++;
      yield taken;
    }
  }

  async *emit(options: LineOptions): AsyncGenerator<ArticleLines> {
    this.held.settle(options);
    for (; this.count > 0; this.count--) yield this.held.emit();
  }

  async close(): Promise<void> {}
}

class HeldInWorkers implements ArticleHolder {
  private readonly pool: WorkerPool;
  /** Every batch taken, in input order: the worker holding it and its size. */
  private readonly batches: { worker: number; size: number }[] = [];

  constructor(private readonly jobs: number) {
    this.pool = new WorkerPool(WORKER, jobs);
  }

  take(items: AsyncIterable<BuildItem>, link: boolean): AsyncGenerator<TakenArticle> {
    return inOrder<BuildItem, TakenArticle>(items, {
      batchSize: BATCH_SIZE,
      ahead: batchesAhead(this.jobs),
      dispatch: (batch) => {
        const { worker, reply } = this.pool.send<BatchReply<TakenArticle>>({ take: batch, link } satisfies BuildRequest);
        this.batches.push({ worker, size: batch.length });
        return reply;
      },
      failed: (batch, cause, failure) =>
        failure ? itemError(failureLabel(batch[failure.index]!), cause) : itemError(`${failureLabel(batch[0]!)} (batch of ${batch.length})`, cause),
    });
  }

  async *emit(options: LineOptions): AsyncGenerator<ArticleLines> {
    await Promise.all(this.pool.started.map((worker) => this.pool.sendTo(worker, { settle: options } satisfies BuildRequest)));
    // A worker hands back its articles in the order it took them, so asking in input order gets each batch whole.
    yield* inOrder<{ worker: number; size: number }, ArticleLines>(listed(this.batches), {
      batchSize: 1,
      ahead: this.jobs * EMITS_PER_WORKER,
      dispatch: ([batch]) => this.pool.sendTo(batch!.worker, { emit: batch!.size } satisfies BuildRequest),
      failed: (_batch, cause) => cause,
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

async function* listed<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
