/**
 * Online linking against a real SPARQL server: Virtuoso loaded with test/fixtures/wikidata-mini.ttl
 * (`.ci/virtuoso.sh start && .ci/virtuoso.sh load test/fixtures/wikidata-mini.ttl`), found through
 * DIPKG_WIKIDATA_ENDPOINT. Skipped, with a message, when that variable is unset.
 */
import { expect } from 'chai';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkContext } from '../../src/link/candidate.js';
import { linkFacts } from '../../src/link/link.js';
import { chooseLink } from '../../src/link/match.js';
import { createWikidataSource, type WikidataSource } from '../../src/link/online/wikidata.js';
import { articleFacts, entity } from './facts.js';
import { requireWikidataStandIn } from './stand-in.js';

const freshSource = (endpoint: string, cacheDir = mkdtempSync(join(tmpdir(), 'dipkg-wd-cache-'))): WikidataSource =>
  createWikidataSource({ endpoint, cacheDir, minIntervalMs: 0, timeoutMs: 10_000 });

const person = (name: string, more: Partial<LinkContext> = {}): LinkContext => ({ kind: 'person', name, altNames: [], roles: [], ...more });

describe('online Wikidata linking against Virtuoso', function () {
  let endpoint: string;
  let source: WikidataSource;
  before(function () {
    endpoint = requireWikidataStandIn(this);
    source = freshSource(endpoint);
  });

  it('finds a person by exact English label, with citizenship and posts mapped to ISO2 and role ids', async () => {
    const candidates = await source.candidates(person('Arvid Tolmeyer'));
    expect(candidates).to.deep.equal([
      {
        qid: 'Q999000001',
        label: 'Arvid Tolmeyer',
        aliases: ['A. Tolmeyer', 'Arvid Tolmeier'],
        countries: ['DE'],
        roles: ['ForeignMinister'],
        source: `online:${endpoint}`,
      },
    ]);
  });

  it('skips items that are not humans when looking for a person, and humans when looking for an organisation', async () => {
    // The fixture has a research vessel with the same label as the minister.
    expect((await source.candidates(person('Arvid Tolmeyer'))).map((c) => c.qid)).to.not.include('Q999000006');
    const org = await source.candidates({ kind: 'organization', name: 'Arvid Tolmeyer', altNames: [], roles: [] });
    expect(org.map((c) => c.qid)).to.deep.equal(['Q999000006']);
  });

  it('finds by alias (skos:altLabel)', async () => {
    expect((await source.candidates(person('Sergei Lavrov'))).map((c) => c.qid)).to.deep.equal(['Q58217']);
    const bmc = await source.candidates({ kind: 'organization', name: 'BMC', altNames: [], roles: [] });
    expect(bmc.map((c) => [c.qid, c.label])).to.deep.equal([['Q999300001', 'Baltic Maritime Council']]);
  });

  it('maps a country without P297 to ISO2 through the bundled gazetteer', async () => {
    const okoros = await source.candidates(person('Daniel Okoro'));
    expect(okoros.map((c) => [c.qid, c.countries])).to.deep.equal([
      ['Q999000002', ['NG']],
      ['Q999000003', ['GH']],
    ]);
  });

  it('links transliteration and spelling variants through the label search and chooseLink', async () => {
    const variants: [LinkContext, string][] = [
      [person('Pak Jongchol', { country: 'KP' }), 'Q999000004'],
      [person('Pak Jong Chol', { roles: ['ViceForeignMinister'] }), 'Q999000004'],
      [person('Lucia Ortega', { country: 'CL' }), 'Q999000005'],
      [person('Lucía Ortega', { roles: ['ForeignMinister'] }), 'Q999000005'],
      [person('Arvid Tolmeier', { country: 'DE' }), 'Q999000001'],
    ];
    for (const [context, qid] of variants) {
      expect(chooseLink(context, await source.candidates(context)), context.name).to.deep.equal({ qid });
    }
    // "Pak Jong Chol" also finds Pak Jong-su (shared words), who must not be chosen.
    const both = await source.candidates(person('Pak Jong Chol'));
    expect(both.map((c) => c.qid)).to.have.members(['Q999000004', 'Q999000007']);
  });

  it('finds nothing for an unknown name', async () => {
    expect(await source.candidates(person('Zyxw Vutsrq'))).to.deep.equal([]);
  });

  it('through linkFacts: links supported people, leaves the ambiguous and the unsupported unlinked and reports them', async () => {
    const facts = [
      articleFacts(
        [
          entity('p1', 'person', 'Arvid Tolmeyer'),
          entity('p2', 'person', 'Daniel Okoro'),
          entity('p3', 'person', 'Daniel Okoro', { country: 'GH' }),
          entity('p4', 'person', 'Ingrid Solhaug', { country: 'NO' }),
          entity('p5', 'person', 'Pak Jong-chol', { altNames: ['Pak'], country: 'CN' }),
          entity('o1', 'organization', 'Baltic Maritime Council', { altNames: ['BMC'] }),
        ],
        { p1: 'ForeignMinister', p2: 'Ambassador', p3: 'Ambassador', p4: 'Minister' },
      ),
    ];
    const online = freshSource(endpoint);
    const report = await linkFacts(facts, { online });
    const given = new Set(['p1', 'p2', 'p3', 'p4', 'p5', 'o1']);
    const qids = Object.fromEntries(facts[0]!.entities.filter((e) => given.has(e.id)).map((e) => [e.id, e.qid]));
    expect(qids).to.deep.equal({
      p1: 'Q999000001', // post agrees
      p2: undefined, // two Daniel Okoros, both ambassadors, no country stated: a tie
      p3: 'Q999000003', // the Ghanaian one
      p4: undefined, // name only: the item has no country and no post to agree with
      p5: undefined, // stated country contradicts the candidate's
      o1: 'Q999300001',
    });
    // After the decision, a linked person's country comes from the linked item (the fill step), with its country node.
    expect(facts[0]!.entities.find((e) => e.id === 'p1')!.country).to.equal('DE');
    expect(facts[0]!.entities.filter((e) => !given.has(e.id)).map((e) => [e.kind, e.country, e.qid])).to.deep.include(['country', 'DE', 'Q183']);
    expect(report.ambiguous.map((a) => [a.name, a.candidates.map((c) => c.qid).sort()])).to.deep.equal([
      ['Daniel Okoro', ['Q999000002', 'Q999000003']],
    ]);
    expect(report.unlinked.map((u) => u.name).sort()).to.deep.equal(['Ingrid Solhaug', 'Pak Jong-chol']);
  });

  it('answers a second run from the cache without a single request', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'dipkg-wd-cache-'));
    const names = ['Arvid Tolmeyer', 'Pak Jongchol', 'Daniel Okoro', 'Choe Son Hui', 'Zyxw Vutsrq'];
    const first = freshSource(endpoint, cacheDir);
    const firstAnswers = [];
    for (const name of names) firstAnswers.push(await first.candidates(person(name)));
    expect(first.stats.requests).to.be.at.least(names.length);
    expect(first.stats.cacheHits).to.equal(0);

    const second = freshSource(endpoint, cacheDir);
    const secondAnswers = [];
    for (const name of names) secondAnswers.push(await second.candidates(person(name)));
    expect(second.stats).to.deep.equal({ requests: 0, cacheHits: first.stats.requests });
    expect(secondAnswers).to.deep.equal(firstAnswers);
  });
});
