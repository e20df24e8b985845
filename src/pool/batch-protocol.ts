/**
 * The messages between a pool and its worker threads. A worker answers each request with one reply, in
 * the order the requests came. Most requests carry a batch of items that the worker maps one by one;
 * when an item throws, the reply carries the results before it and the failure, and the rest of the
 * batch is not run (so a batch behaves exactly like a sequential loop).
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
export async function runBatch<I, O>(items: I[], map: (item: I) => O | Promise<O>): Promise<BatchReply<O>> {
  const results: O[] = [];
  for (const [index, item] of items.entries()) {
    try {
      results.push(await map(item));
    } catch (error) {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      return { results, failure: { index, name, message, stack } };
    }
  }
  return { results };
}

/**
 * Turns the current worker thread into a server of `answer`, one request at a time; `moved` lists the
 * buffers of a reply to move to the main thread rather than copy. Call once, at the top of a worker script.
 */
export function serve<Q, R>(answer: (request: Q) => R | Promise<R>, moved: (reply: R) => ArrayBuffer[] = () => []): void {
  if (!parentPort) throw new Error('serve must run in a worker thread');
  const port = parentPort;
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (request: Q) => {
    previous = previous.then(async () => {
      const reply = await answer(request);
      port.postMessage(reply, moved(reply));
    });
  });
}

/** Turns the current worker thread into a batch server for `map`. */
export function serveBatches<I, O>(map: (item: I) => O | Promise<O>): void {
  serve((request: BatchRequest<I>) => runBatch(request.items, map));
}
