/**
 * A fixed pool of worker threads (each serving requests as batch-protocol.ts describes), and an ordered
 * stream over it: items go out in small batches, results come back in input order, and at most
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

/** The error a worker reported, rebuilt on this thread. */
export function revive(failure: BatchFailure): Error {
  return Object.assign(new Error(failure.message), { name: failure.name, stack: failure.stack });
}

interface Waiting {
  resolve(reply: unknown): void;
  reject(error: Error): void;
}

/** Worker threads, each answering its requests in the order it received them. */
export class WorkerPool {
  private readonly workers: { thread: Worker; waiting: Waiting[] }[] = [];
  private broken?: Error;
  private closing = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
  ) {}

  /** Sends a request to the least busy worker (starting one while the pool is not full and all are busy). */
  send<R>(request: unknown): { worker: number; reply: Promise<R> } {
    const worker = this.pickWorker();
    return { worker, reply: this.sendTo<R>(worker, request) };
  }

  /** Sends a request to worker number `worker` (as `send` returned it). */
  sendTo<R>(worker: number, request: unknown): Promise<R> {
    if (this.broken) return Promise.reject(this.broken);
    const { thread, waiting } = this.workers[worker]!;
    return new Promise((resolve, reject) => {
      waiting.push({ resolve: resolve as (reply: unknown) => void, reject });
      thread.postMessage(request);
    });
  }

  /** Numbers of the workers started so far. */
  get started(): number[] {
    return this.workers.map((_, i) => i);
  }

  private pickWorker(): number {
    let idlest = -1;
    this.workers.forEach((w, i) => {
      if (idlest < 0 || w.waiting.length < this.workers[idlest]!.waiting.length) idlest = i;
    });
    if (idlest >= 0 && (this.workers[idlest]!.waiting.length === 0 || this.workers.length >= this.size)) return idlest;
    return this.spawn();
  }

  private spawn(): number {
    const worker = { thread: new Worker(this.script), waiting: [] as Waiting[] };
    worker.thread.on('message', (reply: unknown) => worker.waiting.shift()?.resolve(reply));
    worker.thread.on('error', (error) => this.fail(new Error(`worker thread failed: ${error.message}`, { cause: error })));
    worker.thread.on('exit', (code) => {
      if (!this.closing) this.fail(new Error(`worker thread exited unexpectedly (code ${code})`));
    });
    this.workers.push(worker);
    return this.workers.length - 1;
  }

  /** After one worker fails, every waiting and later request fails with the same error. */
  private fail(error: Error): void {
    this.broken ??= error;
    for (const worker of this.workers) for (const waiting of worker.waiting.splice(0)) waiting.reject(this.broken);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.thread.terminate()));
  }
}

export interface OrderedOptions<I, O> {
  /** Items per batch. */
  batchSize: number;
  /** Batches in flight at most. */
  ahead: number;
  /** Starts the work on one batch. */
  dispatch(batch: I[]): Promise<BatchReply<O>>;
  /** The error that ends the stream when the work on a batch rejects, or an item of it fails. */
  failed(batch: I[], cause: Error, failure?: BatchFailure): Error;
}

/**
 * Reads items in batches, keeps up to `ahead` batches in flight, and yields the results in input order.
 * The first failing item (in input order) ends the stream after all results before it; an error of the
 * input itself surfaces at its place in the stream too. The input is closed when the consumer stops early.
 */
export async function* inOrder<I, O>(items: AsyncIterable<I>, options: OrderedOptions<I, O>): AsyncGenerator<O> {
  const input = items[Symbol.asyncIterator]();
  const ahead: Promise<{ batch: I[]; reply: BatchReply<O> }>[] = [];
  let exhausted = false;

  const send = (batch: I[]): void => {
    const pending = options.dispatch(batch).then(
      (reply) => ({ batch, reply }),
      (error: Error) => Promise.reject(options.failed(batch, error)),
    );
    pending.catch(() => undefined); // awaited in order later; do not report it as unhandled meanwhile
    ahead.push(pending);
  };

  const readAhead = async (): Promise<void> => {
    while (!exhausted && ahead.length < options.ahead) {
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
      if (reply.failure) throw options.failed(batch, revive(reply.failure), reply.failure);
    }
  } finally {
    if (!exhausted) await input.return?.();
  }
}

/** How many batches to keep in flight on `jobs` workers. */
export const batchesAhead = (jobs: number): number => Math.max(1, jobs) * BATCHES_PER_WORKER;

/**
 * Maps every item through the worker script on `jobs` threads and yields the results in input order
 * (see inOrder); a failing item ends the stream with an itemError. Workers are terminated when the
 * stream ends, fails, or the consumer stops early.
 */
export async function* mapInWorkers<I, O>(items: AsyncIterable<I>, options: PoolOptions<I>): AsyncGenerator<O> {
  const pool = new WorkerPool(options.worker, Math.max(1, options.jobs));
  try {
    yield* inOrder<I, O>(items, {
      batchSize: options.batchSize,
      ahead: batchesAhead(options.jobs),
      dispatch: (batch) => pool.send<BatchReply<O>>({ items: batch } satisfies BatchRequest<I>).reply,
      failed: (batch, cause, failure) =>
        failure ? itemError(options.label(batch[failure.index] as I), cause) : itemError(`${options.label(batch[0] as I)} (batch of ${batch.length})`, cause),
    });
  } finally {
    await pool.close();
  }
}
