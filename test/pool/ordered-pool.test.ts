import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { mapInWorkers, type PoolOptions } from '../../src/pool/ordered-pool.js';
import type { SquareJob, SquareResult } from './fixtures/square-worker.js';

const SQUARE_WORKER = new URL('./fixtures/square-worker.js', import.meta.url);
const options = (jobs: number, batchSize = 2, worker = SQUARE_WORKER): PoolOptions<SquareJob> => ({
  jobs,
  worker,
  batchSize,
  label: (job) => `${job.origin}: squaring failed`,
});

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const job = (n: number, extra: Partial<SquareJob> = {}): SquareJob => ({ n, origin: `corpus.jsonl:${n + 1}`, ...extra });
const range = (count: number): number[] => Array.from({ length: count }, (_, n) => n);

describe('mapInWorkers', () => {
  it('yields results in input order even when later batches finish first', async () => {
    // Early items sleep longest, so later batches on other workers complete before them.
    const jobs = range(30).map((n) => job(n, { sleepMs: n < 6 ? 40 - 5 * n : 0 }));
    const results = await collect(mapInWorkers<SquareJob, SquareResult>(stream(jobs), options(3)));
    expect(results.map((r) => r.n)).to.deep.equal(range(30));
    expect(results.map((r) => r.square)).to.deep.equal(range(30).map((n) => n * n));
    expect(new Set(results.map((r) => r.thread)).size).to.be.greaterThan(1);
  });

  it('handles an empty input and a last batch shorter than the batch size', async () => {
    expect(await collect(mapInWorkers(stream([]), options(2)))).to.deep.equal([]);
    const results = await collect(mapInWorkers<SquareJob, SquareResult>(stream(range(7).map((n) => job(n))), options(2, 3)));
    expect(results.map((r) => r.n)).to.deep.equal(range(7));
  });

  it('reads only a bounded number of items ahead of the consumer', async () => {
    let pulled = 0;
    async function* counted(): AsyncGenerator<SquareJob> {
      for (let n = 0; n < 500; n++) {
        pulled++;
        yield job(n);
      }
    }
    let consumed = 0;
    let maxAhead = 0;
    for await (const _result of mapInWorkers<SquareJob, SquareResult>(counted(), options(2, 4))) {
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(consumed).to.equal(500);
    // 2 workers × 3 batches × 4 items, plus the batch being filled.
    expect(maxAhead).to.be.at.most(2 * 3 * 4 + 4);
  });

  it('yields every result before a failing item, then throws with its label and the original error', async () => {
    const jobs = range(20).map((n) => job(n, { fail: n === 9 || n === 15 }));
    const seen: number[] = [];
    let caught: Error | undefined;
    try {
      for await (const result of mapInWorkers<SquareJob, SquareResult>(stream(jobs), options(2, 4))) seen.push(result.n);
    } catch (error) {
      caught = error as Error;
    }
    expect(seen).to.deep.equal(range(9));
    expect(caught?.message).to.equal('corpus.jsonl:10: squaring failed: cannot square 9');
    expect((caught?.cause as Error).name).to.equal('RangeError');
    expect((caught?.cause as Error).stack).to.contain('square-worker');
  });

  it('surfaces an error of the input at its place in the stream', async () => {
    async function* failingInput(): AsyncGenerator<SquareJob> {
      yield job(0);
      yield job(1);
      yield job(2);
      throw new Error('corpus.jsonl:4: invalid JSON');
    }
    const seen: number[] = [];
    let caught: Error | undefined;
    try {
      for await (const result of mapInWorkers<SquareJob, SquareResult>(failingInput(), options(2, 2))) seen.push(result.n);
    } catch (error) {
      caught = error as Error;
    }
    expect(seen).to.deep.equal([0, 1, 2]);
    expect(caught?.message).to.equal('corpus.jsonl:4: invalid JSON');
  });

  it('fails, naming the batch, when a worker thread dies', async () => {
    const jobs = range(8).map((n) => job(n, { exit: n === 5 }));
    let caught: Error | undefined;
    try {
      await collect(mapInWorkers(stream(jobs), options(2, 2)));
    } catch (error) {
      caught = error as Error;
    }
    expect(caught?.message).to.match(/^corpus\.jsonl:\d+: squaring failed \(batch of 2\): worker thread exited unexpectedly \(code 3\)$/);
  });

  it('fails instead of hanging when the worker script cannot load', async () => {
    const broken = new URL('./fixtures/broken-worker.js', import.meta.url);
    let caught: Error | undefined;
    try {
      await collect(mapInWorkers(stream(range(5).map((n) => job(n))), options(2, 2, broken)));
    } catch (error) {
      caught = error as Error;
    }
    expect(caught?.message).to.contain('worker thread failed: lexicon file missing');
  });

  it('leaves no worker running: the process exits after completion, failure and an early stop', async () => {
    const script = fileURLToPath(new URL('./fixtures/exit-check.js', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 20_000 });
    expect(JSON.parse(stdout)).to.deep.equal({ completed: 20, failed: 'job-7: cannot square 7', stopped: 5 });
  });
});
