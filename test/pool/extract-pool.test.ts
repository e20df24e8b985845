import { expect } from 'chai';
import { generateArticles } from '../../bench/generate.js';
import type { ArticleFacts } from '../../src/extract/facts.js';
import { extractFacts } from '../../src/extract/extract.js';
import type { Article } from '../../src/ingest/article.js';
import { extractInWorkers } from '../../src/pool/extract-pool.js';

function articles(count: number): Article[] {
  return [...generateArticles(count, 7)].map(({ text, ...meta }, i) => ({ meta, text, origin: `generated.jsonl:${i + 1}` }));
}

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect(items: AsyncIterable<ArticleFacts>): Promise<ArticleFacts[]> {
  const out: ArticleFacts[] = [];
  for await (const facts of items) out.push(facts);
  return out;
}

/** An article extraction cannot handle: its text is missing, as a caller bypassing the readers could send. */
const unreadable = (origin: string): Article => ({ meta: { id: 'broken' }, text: undefined as unknown as string, origin });

describe('extractInWorkers', () => {
  const sample = articles(40);
  const sequential = sample.map((article) => extractFacts(article));

  it('extracts some facts from the generated articles (so the comparisons below are not empty)', () => {
    expect(sequential.reduce((n, facts) => n + facts.entities.length, 0)).to.be.greaterThan(100);
    expect(sequential.some((facts) => facts.events.length > 0)).to.equal(true);
  });

  for (const jobs of [1, 2, 3]) {
    it(`gives the sequential results in input order with jobs = ${jobs}`, async () => {
      expect(await collect(extractInWorkers(stream(sample), jobs))).to.deep.equal(sequential);
    });
  }

  for (const jobs of [1, 2]) {
    it(`ends with the failing article's origin after the earlier facts, with jobs = ${jobs}`, async () => {
      const input = [...sample.slice(0, 11), unreadable('corpus.jsonl:12'), ...sample.slice(11)];
      const seen: string[] = [];
      let caught: Error | undefined;
      try {
        for await (const facts of extractInWorkers(stream(input), jobs)) seen.push(facts.article.id);
      } catch (error) {
        caught = error as Error;
      }
      expect(seen).to.deep.equal(sample.slice(0, 11).map((a) => a.meta.id));
      expect(caught?.message).to.match(/^corpus\.jsonl:12: extraction failed: .+/);
      expect(caught?.cause).to.be.instanceOf(Error);
    });
  }
});
