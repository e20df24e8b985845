/**
 * The messages between an ordered pool and its worker threads. A worker receives a batch of items,
 * maps each with one synchronous function, and answers with the results in the same order; when an
 * item throws, the reply carries the results before it and the failure, and the rest of the batch
 * is not run (so a batch behaves exactly like a sequential loop).
 */
import { parentPort } from 'node:worker_threads';

export interface BatchRequest<I> {
  items: I[];
}

export interface BatchFailure {
  /** Position in the batch of the item that threw. */
  index: number;
  name: string;
  message: string;
  stack?: string;
}

export interface BatchReply<O> {
  results: O[];
  failure?: BatchFailure;
}

/** Runs `map` on every item of a batch, stopping at the first item that throws. */
export function runBatch<I, O>(items: I[], map: (item: I) => O): BatchReply<O> {
  const results: O[] = [];
  for (const [index, item] of items.entries()) {
    try {
      results.push(map(item));
    } catch (error) {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      return { results, failure: { index, name, message, stack } };
    }
  }
  return { results };
}

/** Turns the current worker thread into a batch server for `map`. Call once, at the top of a worker script. */
export function serveBatches<I, O>(map: (item: I) => O): void {
  if (!parentPort) throw new Error('serveBatches must run in a worker thread');
  const port = parentPort;
  port.on('message', (request: BatchRequest<I>) => port.postMessage(runBatch(request.items, map)));
}
