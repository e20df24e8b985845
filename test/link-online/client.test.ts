/**
 * The online source's manners against tiny scripted servers on 127.0.0.1 (no Virtuoso needed):
 * User-Agent, cache, rate limit, retries on 429/5xx with Retry-After, timeouts, an endpoint that is down.
 */
import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from '../../src/lexicon/gazetteer.js';
import type { LinkContext } from '../../src/link/candidate.js';
import { linkFacts } from '../../src/link/link.js';
import { createWikidataSource, type WikidataSourceOptions } from '../../src/link/online/wikidata.js';
import { articleFacts, capturingStderr, entity } from './facts.js';
import { sparqlJson, startFakeEndpoint, unusedPort, type FakeEndpoint, type Recorded, type Reply } from './fake-endpoint.js';

const ENTITY = 'http://www.wikidata.org/entity/';
const freshCache = (): string => mkdtempSync(join(tmpdir(), 'dipkg-wd-cache-'));
const person = (name: string): LinkContext => ({ kind: 'person', name, altNames: [], roles: [] });

/** Answers the label search with one item and the details query with a German foreign minister. */
function wikidataLike(request: Recorded): Reply {
  if (request.query?.includes('wdt:P31')) {
    return {
      json: sparqlJson([
        { item: `${ENTITY}Q999000001`, label: 'Arvid Tolmeyer' },
        { item: `${ENTITY}Q999000001`, alias: 'Arvid Tolmeier' },
        { item: `${ENTITY}Q999000001`, type: `${ENTITY}Q5` },
        { item: `${ENTITY}Q999000001`, positionLabel: 'Minister of Foreign Affairs of Germany' },
        { item: `${ENTITY}Q999000001`, country: `${ENTITY}Q183`, iso2: 'DE' },
      ]),
    };
  }
  return { json: sparqlJson([{ item: `${ENTITY}Q999000001` }]) };
}

const EXPECTED = {
  qid: 'Q999000001',
  label: 'Arvid Tolmeyer',
  aliases: ['Arvid Tolmeier'],
  countries: ['DE'],
  roles: ['ForeignMinister'],
};

describe('online Wikidata source: HTTP manners', function () {
  this.timeout(20_000);
  let server: FakeEndpoint | undefined;
  afterEach(async () => server?.close());

  const source = (options: WikidataSourceOptions = {}) =>
    createWikidataSource({ endpoint: server?.url, cacheDir: freshCache(), minIntervalMs: 0, backoffMs: 50, ...options });

  it('sends a descriptive User-Agent, asks for SPARQL JSON and builds candidates from it', async () => {
    server = await startFakeEndpoint(wikidataLike);
    const candidates = await source().candidates(person('Arvid Tolmeyer'));
    expect(candidates).to.deep.equal([{ ...EXPECTED, source: `online:${server.url}` }]);
    expect(server.requests).to.have.length(2);
    for (const r of server.requests) {
      expect(r.headers['user-agent']).to.match(/^dipkg\/\d+\.\d+\.\d+ \(https:\/\/w3id\.org\/dipkg; .+\)/);
      expect(r.headers.accept).to.equal('application/sparql-results+json');
    }
    expect(server.requests[0]?.query).to.include('"Arvid Tolmeyer"@en');
  });

  it('makes no request on a second run: answers come from the disk cache', async () => {
    server = await startFakeEndpoint(wikidataLike);
    const cacheDir = freshCache();
    const first = createWikidataSource({ endpoint: server.url, cacheDir, minIntervalMs: 0 });
    const firstAnswer = await first.candidates(person('Arvid Tolmeyer'));
    expect(first.stats).to.deep.equal({ requests: 2, cacheHits: 0 });
    const second = createWikidataSource({ endpoint: server.url, cacheDir, minIntervalMs: 0 });
    expect(await second.candidates(person('Arvid Tolmeyer'))).to.deep.equal(firstAnswer);
    expect(second.stats).to.deep.equal({ requests: 0, cacheHits: 2 });
    expect(server.requests).to.have.length(2);
  });

  it('asks again when a cached answer is older than its maximum age (30 days unless told)', async () => {
    server = await startFakeEndpoint(wikidataLike);
    const cacheDir = freshCache();
    await createWikidataSource({ endpoint: server.url, cacheDir, minIntervalMs: 0 }).candidates(person('Arvid Tolmeyer'));
    for (const file of readdirSync(cacheDir)) {
      const entry = JSON.parse(readFileSync(join(cacheDir, file), 'utf8')) as { stored: number };
      writeFileSync(join(cacheDir, file), JSON.stringify({ ...entry, stored: Date.now() - 31 * 86_400_000 }));
    }
    const patient = createWikidataSource({ endpoint: server.url, cacheDir, minIntervalMs: 0, cacheMaxAgeDays: 60 });
    await patient.candidates(person('Arvid Tolmeyer'));
    expect(patient.stats).to.deep.equal({ requests: 0, cacheHits: 2 });
    const standard = createWikidataSource({ endpoint: server.url, cacheDir, minIntervalMs: 0 });
    await standard.candidates(person('Arvid Tolmeyer'));
    expect(standard.stats).to.deep.equal({ requests: 2, cacheHits: 0 });
  });

  it('still answers when the cache folder cannot be written', async () => {
    server = await startFakeEndpoint(wikidataLike);
    const blocked = join(freshCache(), 'a-file');
    writeFileSync(blocked, '');
    const s = source({ cacheDir: join(blocked, 'cache') });
    expect((await s.candidates(person('Arvid Tolmeyer'))).map((c) => c.qid)).to.deep.equal(['Q999000001']);
    expect((await s.candidates(person('Arvid Tolmeyer'))).map((c) => c.qid)).to.deep.equal(['Q999000001']);
    expect(s.stats).to.deep.equal({ requests: 4, cacheHits: 0 });
  });

  it('keeps at least minIntervalMs between requests', async () => {
    server = await startFakeEndpoint(() => ({ json: sparqlJson([]) }));
    const s = source({ minIntervalMs: 250 });
    // Each name costs two requests: the exact search, then the CONTAINS search.
    for (const name of ['Aaaa Bbbb', 'Cccc Dddd', 'Eeee Ffff']) await s.candidates(person(name));
    const gaps = server.requests.slice(1).map((r, i) => r.at - (server?.requests[i]?.at ?? 0));
    expect(gaps).to.have.length(5);
    // Arrival times jitter by connection set-up; the spacing of the starts is what is enforced.
    for (const gap of gaps) expect(gap).to.be.at.least(180);
    expect(gaps.reduce((a, b) => a + b)).to.be.at.least(5 * 250 - 30);
  });

  it('retries after a 429, waiting as long as Retry-After says (not the backoff)', async () => {
    server = await startFakeEndpoint((r, i) => (i === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : wikidataLike(r)));
    const started = Date.now();
    const candidates = await source({ backoffMs: 10_000 }).candidates(person('Arvid Tolmeyer'));
    expect(candidates.map((c) => c.qid)).to.deep.equal(['Q999000001']);
    expect(server.requests).to.have.length(3);
    const wait = (server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0);
    expect(wait).to.be.within(950, 3000);
    expect(Date.now() - started).to.be.below(5000);
  });

  it('backs off exponentially on 5xx and succeeds when the server recovers', async () => {
    server = await startFakeEndpoint((r, i) => (i < 2 ? { status: 503 } : wikidataLike(r)));
    const s = source({ backoffMs: 100, retries: 2 });
    expect((await s.candidates(person('Arvid Tolmeyer'))).map((c) => c.qid)).to.deep.equal(['Q999000001']);
    const [a, b, c] = server.requests.map((r) => r.at);
    expect((b ?? 0) - (a ?? 0)).to.be.at.least(95);
    expect((c ?? 0) - (b ?? 0)).to.be.at.least(195);
    expect(s.stats.requests).to.equal(4);
  });

  it('gives up after its retries, and at once on a 400 or an unreasonable Retry-After', async () => {
    server = await startFakeEndpoint(() => ({ status: 502 }));
    await expectRejection(source({ retries: 2 }).candidates(person('Aa Bb')), /HTTP 502 from .* \(3 attempts\)/);
    expect(server.requests).to.have.length(3);
    await server.close();

    server = await startFakeEndpoint(() => ({ status: 400 }));
    await expectRejection(source().candidates(person('Aa Bb')), /^HTTP 400 from /);
    expect(server.requests).to.have.length(1);
    await server.close();

    server = await startFakeEndpoint(() => ({ status: 429, headers: { 'Retry-After': '3600' } }));
    await expectRejection(source().candidates(person('Aa Bb')), /asks to retry after 3600 s; not waiting/);
    expect(server.requests).to.have.length(1);
  });

  it('times out on a slow endpoint (each attempt aborted after timeoutMs)', async () => {
    server = await startFakeEndpoint(() => ({ delayMs: 5000, json: sparqlJson([]) }));
    const started = Date.now();
    await expectRejection(source({ timeoutMs: 200, retries: 1 }).candidates(person('Aa Bb')), /no answer from .* within 200 ms \(2 attempts\)/);
    expect(Date.now() - started).to.be.below(2000);
    expect(server.requests).to.have.length(2);
  });

  it('fails at once with a clear message when nothing listens on the port', async () => {
    const s = createWikidataSource({ endpoint: `http://127.0.0.1:${await unusedPort()}/sparql`, cacheDir: freshCache(), minIntervalMs: 0 });
    await expectRejection(s.candidates(person('Aa Bb')), /^connection refused by http:\/\/127\.0\.0\.1:\d+\/sparql$/);
    expect(s.stats.requests).to.equal(1);
  });

  for (const trouble of ['down', 'slow'] as const) {
    it(`an endpoint that is ${trouble}: one warning line, linking carries on offline`, async () => {
      let endpoint: string;
      if (trouble === 'down') endpoint = `http://127.0.0.1:${await unusedPort()}/sparql`;
      else {
        server = await startFakeEndpoint(() => ({ delayMs: 5000 }));
        endpoint = server.url;
      }
      const online = createWikidataSource({ endpoint, cacheDir: freshCache(), minIntervalMs: 0, timeoutMs: 150, retries: 0 });
      const facts = [
        articleFacts(
          [
            entity('c1', 'country', 'Germany', { country: 'DE' }),
            entity('p1', 'person', 'Aa Bb', { country: 'DE' }),
            entity('p2', 'person', 'Cc Dd', { country: 'DE' }),
          ],
          { p1: 'ForeignMinister', p2: 'Ambassador' },
        ),
      ];
      let report: Awaited<ReturnType<typeof linkFacts>> | undefined;
      const stderr = await capturingStderr(async () => (report = await linkFacts(facts, { online })));
      const lines = stderr.split('\n').filter((l) => l !== '');
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(new RegExp(`^warning: online linking via ${endpoint.replace(/[.?]/g, '\\$&')} failed \\(.*(refused|no answer).*\\); linking offline only$`));
      expect(facts[0]?.entities[0]?.qid).to.equal(loadGazetteer().countryByIso2('DE')?.qid);
      expect(report?.unlinked.map((u) => u.name).sort()).to.deep.equal(['Aa Bb', 'Cc Dd']);
      expect(online.stats.requests).to.equal(1);
    });
  }

  it('searches names with wbsearchentities when told to, then fetches details by SPARQL', async () => {
    server = await startFakeEndpoint((r) =>
      r.url.startsWith('/w/api.php') ? { json: { searchinfo: { search: 'x' }, search: [{ id: 'Q999000001' }, { id: 'L5' }] } } : wikidataLike(r),
    );
    const searchApi = server.url.replace(/\/sparql$/, '/w/api.php');
    const candidates = await source({ search: 'mediawiki', searchApi }).candidates(person('Arvid Tolmeyer'));
    expect(candidates.map((c) => c.qid)).to.deep.equal(['Q999000001']);
    const params = new URL(server.requests[0]?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(params)).to.include({ action: 'wbsearchentities', search: 'Arvid Tolmeyer', language: 'en', type: 'item', format: 'json' });
    expect(server.requests[0]?.headers.accept).to.equal('application/json');
    expect(server.requests[1]?.query).to.include('VALUES ?item { wd:Q999000001 }');
  });
});

async function expectRejection(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect((error as Error).message).to.match(pattern);
    return;
  }
  expect.fail(`expected a rejection matching ${pattern}`);
}
