/**
 * A fixed pool of worker threads that maps an async stream of items through a worker script (see
 * batch-protocol.ts) and yields the results in input order. Items travel in small batches; at most
 * BATCHES_PER_WORKER batches per worker are read ahead, so memory stays flat however long the input.
 */
import { Worker } from 'node:worker_threads';
import type { BatchFailure, BatchReply, BatchRequest } from './batch-protocol.js';

/** One batch computing while the next waits in the worker's queue and a third is on its way back. */
const BATCHES_PER_WORKER = 3;

export interface PoolOptions<I> {
  /** Number of worker threads (at least 1). */
  jobs: number;
  /** The worker script: an ES module that calls serveBatches. */
  worker: URL;
  /** Items per message. */
  batchSize: number;
  /** Names an item in error messages, e.g. "corpus.jsonl:12: extraction failed". */
  label(item: I): string;
}

/** The error thrown for an item: "<label>: <message>", with the original error as `cause`. */
export function itemError(label: string, cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return new Error(`${label}: ${message}`, { cause });
}

function revive(failure: BatchFailure): Error {
  return Object.assign(new Error(failure.message), { name: failure.name, stack: failure.stack });
}

interface Waiting<O> {
  resolve(reply: BatchReply<O>): void;
  reject(error: Error): void;
}

/** Worker threads, each answering its batches in the order it received them. */
class WorkerPool<I, O> {
  private readonly workers: { thread: Worker; waiting: Waiting<O>[] }[] = [];
  private broken?: Error;
  private closing = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
  ) {}

  run(items: I[]): Promise<BatchReply<O>> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.pickWorker();
    return new Promise((resolve, reject) => {
      worker.waiting.push({ resolve, reject });
      worker.thread.postMessage({ items } satisfies BatchRequest<I>);
    });
  }

  /** The least busy worker; a new one while the pool is not full and all are busy. */
  private pickWorker(): { thread: Worker; waiting: Waiting<O>[] } {
    const idlest = this.workers.reduce<(typeof this.workers)[number] | undefined>(
      (best, w) => (best === undefined || w.waiting.length < best.waiting.length ? w : best),
      undefined,
    );
    if (idlest && (idlest.waiting.length === 0 || this.workers.length >= this.size)) return idlest;
    return this.spawn();
  }

  private spawn(): { thread: Worker; waiting: Waiting<O>[] } {
    const worker = { thread: new Worker(this.script), waiting: [] as Waiting<O>[] };
    worker.thread.on('message', (reply: BatchReply<O>) => worker.waiting.shift()?.resolve(reply));
    worker.thread.on('error', (error) => this.fail(new Error(`worker thread failed: ${error.message}`, { cause: error })));
    worker.thread.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`worker thread exited unexpectedly (code ${code})`));
    });
    this.workers.push(worker);
    return worker;
  }

  /** After one worker fails, every waiting and later batch fails with the same error. */
  private fail(error: Error): void {
    this.broken ??= error;
    for (const worker of this.workers) for (const waiting of worker.waiting.splice(0)) waiting.reject(this.broken);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}

/**
 * Maps every item through the worker script on `jobs` threads and yields the results in input order.
 * The first failing item (in input order) ends the stream with an itemError after all results before
 * it; an error of the input itself surfaces at its place in the stream too. Workers are terminated
 * when the stream ends, fails, or the consumer stops early.
 */
export async function* mapInWorkers<I, O>(items: AsyncIterable<I>, options: PoolOptions<I>): AsyncGenerator<O> {
  const pool = new WorkerPool<I, O>(options.worker, Math.max(1, options.jobs));
  const input = items[Symbol.asyncIterator]();
  const ahead: Promise<{ batch: I[]; reply: BatchReply<O> }>[] = [];
  const maxAhead = Math.max(1, options.jobs) * BATCHES_PER_WORKER;
  let exhausted = false;

  const send = (batch: I[]): void => {
    const pending = pool.run(batch).then(
      (reply) => ({ batch, reply }),
      (error: Error) => Promise.reject(itemError(`${options.label(batch[0] as I)} (batch of ${batch.length})`, error)),
    );
    pending.catch(() => undefined); // awaited in order later; do not report it as unhandled meanwhile
    ahead.push(pending);
  };

  const readAhead = async (): Promise<void> => {
    while (!exhausted && ahead.length < maxAhead) {
      const batch: I[] = [];
      try {
        while (batch.length < options.batchSize) {
          const next = await input.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          batch.push(next.value);
        }
      } catch (error) {
        exhausted = true;
        if (batch.length > 0) send(batch);
        const failed = Promise.reject(error);
        failed.catch(() => undefined);
        ahead.push(failed);
        return;
      }
      if (batch.length > 0) send(batch);
    }
  };

  try {
    for (;;) {
      await readAhead();
      const head = ahead.shift();
      if (!head) return;
      const { batch, reply } = await head;
      yield* reply.results;
      if (reply.failure) {
        throw itemError(options.label(batch[reply.failure.index] as I), revive(reply.failure));
      }
    }
  } finally {
    await pool.close();
    if (!exhausted) await input.return?.();
  }
}
