import { expect } from 'chai';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../../bench/generate.js';
import { streamLines } from '../../src/build.js';
import { extractFacts } from '../../src/extract/extract.js';
import { FACTS_FORMAT } from '../../src/extract/facts.js';
import type { Article } from '../../src/ingest/article.js';
import { linkFacts } from '../../src/link/link.js';
import type { BuildItem } from '../../src/pool/held-articles.js';
import { quadsPerArticle } from '../../src/rdf/convert.js';
import { DEFAULT_BASE } from '../../src/rdf/namespaces.js';
import { graphLines, type LineFormat } from '../../src/rdf/serialize.js';
import { runCli } from '../helpers/cli.js';

function articles(count: number): Article[] {
  return [...generateArticles(count, 11)].map(({ text, ...meta }, i) => ({ meta, text, origin: `generated.jsonl:${i + 1}` }));
}

async function* stream<T>(items: Iterable<T>): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** The streaming build's whole output and the number of write calls. */
async function build(items: BuildItem[], jobs: number, format: LineFormat = 'nquads'): Promise<{ text: string; quads: number; writes: number }> {
  let text = '';
  let writes = 0;
  const { quads } = await streamLines(
    stream(items),
    { jobs, link: true, base: DEFAULT_BASE, format },
    async (chunks) => {
      writes++;
      for await (const chunk of chunks) text += new TextDecoder().decode(chunk);
    },
    () => new Error('none'),
  );
  return { text, quads, writes };
}

async function failure(run: () => Promise<unknown>): Promise<Error | undefined> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

/** An article extraction cannot handle: its text is missing, as a caller bypassing the readers could send. */
const unreadable = (origin: string): Article => ({ meta: { id: 'broken' }, text: undefined as unknown as string, origin });

describe('streamLines (the streaming build)', () => {
  const sample = articles(24);

  for (const format of ['nquads', 'ntriples'] as const) {
    it(`gives the bytes of extract, link, convert and serialise over all facts, with 1, 2 and 3 jobs (${format})`, async () => {
      const facts = sample.map((article) => extractFacts(article));
      await linkFacts(facts);
      const reference = [...quadsPerArticle(facts, { base: DEFAULT_BASE })].map((graph) => graphLines(graph, format).lines).join('');
      // Names shared across articles are what the two passes exist for: the sample must have some.
      expect(reference.match(/rdf-schema#label/g)?.length).to.be.greaterThan(100);
      for (const jobs of [1, 2, 3]) {
        const built = await build(sample.map((article) => ({ article })), jobs, format);
        expect(built.text, `jobs = ${jobs}`).to.equal(reference);
        expect(built.writes).to.equal(1);
      }
    });
  }

  it('labels a node in every graph by the name most articles use, however the articles are spread over workers', async () => {
    const sentence = { text: 'Pak met Ana Ruiz.', start: 0, end: 17, rule: 'test' };
    const facts = (id: string, name: string): BuildItem => ({
      origin: `${id}.facts.json`,
      facts: {
        format: FACTS_FORMAT,
        article: { id },
        entities: [{ id: 'e1', kind: 'person', name, altNames: [], mentions: [sentence] }],
        positions: [],
        events: [],
      },
    });
    // The first batch of articles (8) spells the name its own way; the 12 later ones, in other batches, outvote it.
    const items = Array.from({ length: 20 }, (_, i) => facts(`a${i}`, i < 8 ? 'Pak Myong-ho' : 'Pak Myong Ho'));
    const literal = (line: string): string | undefined => line.match(/"([^"]*)"/)?.[1];
    for (const jobs of [1, 2]) {
      const first = (await build(items, jobs)).text.split('\n').filter((line) => line.endsWith('/article/a0> .'));
      expect(first.filter((line) => line.includes('rdf-schema#label')).map(literal)).to.deep.equal(['Pak Myong Ho']);
      expect(first.filter((line) => line.includes('altLabel')).map(literal)).to.deep.equal(['Pak Myong-ho']);
    }
  });

  it('takes facts as they are, in input order with articles', async () => {
    const facts = extractFacts(sample[0]!);
    const items: BuildItem[] = [{ facts, origin: 'a.facts.json' }, ...sample.slice(1, 5).map((article) => ({ article }))];
    const viaFacts = await build(items, 2);
    const viaArticles = await build(sample.slice(0, 5).map((article) => ({ article })), 1);
    expect(viaFacts.text).to.equal(viaArticles.text);
  });

  for (const jobs of [1, 2]) {
    it(`fails with the origin of an article that cannot be extracted, writing nothing (jobs = ${jobs})`, async () => {
      const items = [...sample.slice(0, 11), unreadable('corpus.jsonl:12'), ...sample.slice(11)].map((article) => ({ article }));
      let writes = 0;
      const error = await failure(() => streamLines(stream(items), { jobs, link: true, base: DEFAULT_BASE, format: 'nquads' }, async () => void writes++, () => new Error('none')));
      expect(error?.message).to.match(/^corpus\.jsonl:12: extraction failed: .+/);
      expect(writes).to.equal(0);
    });

    it(`rejects a second article with the same id, naming both origins (jobs = ${jobs})`, async () => {
      const twin = { ...sample[3]!, origin: 'other.jsonl:1' };
      const error = await failure(() => build([...sample.slice(0, 6), twin].map((article) => ({ article })), jobs));
      expect(error?.message).to.equal(`other.jsonl:1: article id "${twin.meta.id}" is also used by generated.jsonl:4`);
    });
  }

  it('through the CLI: the same N-Quads as the build that gathers all facts first (taken for --report)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dipkg-stream-'));
    const streamed = runCli(['build', 'seeds', 'test/corpus/dev', '-f', 'nquads', '--jobs', '2', '-o', join(dir, 'streamed.nq')]);
    const gathered = runCli(['build', 'seeds', 'test/corpus/dev', '-f', 'nquads', '--report', '-o', join(dir, 'gathered.nq')]);
    expect(streamed.code, streamed.stderr).to.equal(0);
    expect(gathered.code, gathered.stderr).to.equal(0);
    const written = readFileSync(join(dir, 'streamed.nq'), 'utf8');
    expect(written).to.equal(readFileSync(join(dir, 'gathered.nq'), 'utf8'));
    // Both report the statements written, repeats within an article dropped: one per line.
    const lines = written.split('\n').length - 1;
    expect(streamed.stderr).to.include(`article(s), ${lines} quads`);
    expect(gathered.stderr).to.include(`article(s), ${lines} quads`);
  });

  it('gives the caller\'s error, writing nothing, when there are no articles', async () => {
    const error = await failure(() => build([], 2));
    expect(error?.message).to.equal('none');
  });
});
