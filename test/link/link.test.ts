import { expect } from 'chai';
import type { ArticleFacts, EntityFact, PositionFact } from '../../src/extract/facts.js';
import { FACTS_FORMAT } from '../../src/extract/facts.js';
import { loadGazetteer } from '../../src/lexicon/gazetteer.js';
import type { CandidateSource, LinkCandidate, LinkContext } from '../../src/link/candidate.js';
import { formatLinkReport, linkFacts } from '../../src/link/link.js';

const evidence = { text: 's', start: 0, end: 1, rule: 'test' };
function entity(id: string, kind: EntityFact['kind'], name: string, more: Partial<EntityFact> = {}): EntityFact {
  return { id, kind, name, altNames: [], mentions: [evidence], ...more };
}
function article(entities: EntityFact[], positions: Omit<PositionFact, 'title' | 'label' | 'evidence'>[] = []): ArticleFacts {
  return {
    format: FACTS_FORMAT,
    article: { id: `a${entities.length}` },
    entities,
    positions: positions.map((p) => ({ ...p, title: p.role, label: p.role, evidence })),
    events: [],
  };
}

// Expected QIDs are read from the bundled gazetteer, never typed in.
const g = loadGazetteer();
const countryQid = (iso2: string): string | undefined => g.countryByIso2(iso2)?.qid;
const orgByName = (name: string) => g.organizations.find((o) => o.name === name);

describe('linkFacts', () => {
  it('links countries by ISO2 and by name, alias or demonym', async () => {
    const facts = [
      article([
        entity('c1', 'country', 'North Korea', { country: 'KP' }),
        entity('c2', 'country', 'DPRK'),
        entity('c3', 'country', 'the U.S.'),
        entity('c4', 'country', 'Emirati'),
      ]),
    ];
    await linkFacts(facts);
    expect(facts[0]?.entities.map((e) => e.qid)).to.deep.equal([countryQid('KP'), countryQid('KP'), countryQid('US'), countryQid('AE')]);
    expect(countryQid('KP')).to.match(/^Q\d+$/);
  });

  it('links a capital that carries a QID, and not one without', async () => {
    const kr = g.countryByIso2('KR');
    const us = g.countryByIso2('US');
    expect(kr?.capitalQid).to.match(/^Q\d+$/);
    expect(us?.capitalQid).to.equal(undefined);
    const facts = [
      article([
        entity('c1', 'country', 'South Korea', { country: 'KR' }),
        entity('p1', 'place', kr?.capital ?? '', { within: 'c1' }),
        entity('p2', 'place', 'Washington'),
      ]),
    ];
    const report = await linkFacts(facts);
    expect(facts[0]?.entities[1]?.qid).to.equal(kr?.capitalQid);
    expect(facts[0]?.entities[2]?.qid).to.equal(undefined);
    expect(report.unlinked.map((u) => u.name)).to.include('Washington');
  });

  it('links organisations by alias and reports one without a verified QID, counted over articles', async () => {
    const party = orgByName('Chinese Communist Party');
    expect(party?.qid).to.match(/^Q\d+$/);
    const facts = [
      article([entity('o1', 'organization', 'Communist Party of China'), entity('o2', 'organization', 'KCNA')]),
      article([entity('o1', 'organization', 'KCNA')]),
    ];
    const report = await linkFacts(facts);
    expect(facts[0]?.entities[0]?.qid).to.equal(party?.qid);
    expect(facts[0]?.entities[1]?.qid).to.equal(undefined);
    expect(report.unlinked).to.deep.include({ kind: 'organization', name: 'KCNA', count: 2, reason: 'no-qid' });
    expect(report.totals.organization).to.deep.equal({ entities: 3, linked: 1 });
  });

  it('links a person in the people table when the stated post agrees, and not a surname-only entity', async () => {
    const minister = g.people.find((p) => p.source === 'shared:people.csv' && p.country === 'RU' && p.positions.some((s) => /^Foreign minister/.test(s)));
    expect(minister, 'a Russian foreign minister in people.tsv').to.not.equal(undefined);
    const surname = minister?.name.split(' ').at(-1) ?? '';
    const facts = [
      article(
        [entity('p1', 'person', minister?.name ?? ''), entity('p2', 'person', surname, { country: 'RU' })],
        [{ holder: 'p1', role: 'ForeignMinister' }],
      ),
    ];
    await linkFacts(facts);
    expect(facts[0]?.entities.slice(0, 2).map((e) => e.qid)).to.deep.equal([minister?.qid, undefined]);
  });

  it('takes the person’s country from the country their post is in', async () => {
    const pm = g.people.find((p) => p.source === 'shared:people.csv' && p.country === 'JP' && p.positions.some((s) => /^Prime Minister/.test(s)));
    const facts = [
      article(
        [entity('p1', 'person', pm?.name.replace(' ', '-') ?? ''), entity('c1', 'country', 'Japan', { country: 'JP' })],
        [{ holder: 'p1', role: 'Diplomat', in: 'c1' }],
      ),
    ];
    await linkFacts(facts);
    expect(facts[0]?.entities[0]?.qid).to.equal(pm?.qid);
  });

  describe('on the countries the article names', () => {
    const leader = g.people.find((p) => p.source === 'shared:people.csv' && p.country === 'CL' && p.name.split(' ').length === 2);
    const named = (text: string, name = leader?.name ?? ''): EntityFact => entity('p1', 'person', name, { mentions: [{ ...evidence, text }] });
    // The name spelled another way (a letter doubled), which the name alone does not link.
    const respelled = `${leader?.name ?? ''}${leader?.name.at(-1) ?? ''}`;
    const chile = (mentions = [evidence]): EntityFact => entity('c1', 'country', 'Chile', { country: 'CL', mentions });

    it('links a person of the people table named in full, with no post, when the article names their country', async () => {
      const facts = [article([named(`${leader?.name} spoke warmly of the talks.`), chile()])];
      await linkFacts(facts);
      expect(facts[0]?.entities[0]?.qid).to.equal(leader?.qid);
    });

    it('not a namesake the article introduces as a private individual, nor on a country it only infers from a place', async () => {
      const shopkeeper = [article([named(`A shopkeeper, ${leader?.name}, said prices had doubled.`), chile()])];
      const inferred = [article([named(`${respelled} spoke warmly of the talks.`, respelled), chile([])])];
      await linkFacts([...shopkeeper, ...inferred]);
      expect([shopkeeper, inferred].map((facts) => facts[0]?.entities[0]?.qid)).to.deep.equal([undefined, undefined]);
    });
  });

  it('links a person of several countries (a monarch of several realms) on any of them', async () => {
    const monarch = g.people.find((p) => p.source === 'shared:people.csv' && (p.country ?? '').split('|').length > 2);
    const realm = (monarch?.country ?? '').split('|')[1] ?? '';
    const facts = [article([entity('p1', 'person', monarch?.name ?? '', { country: realm })], [{ holder: 'p1', role: 'King' }])];
    await linkFacts(facts);
    expect(facts[0]?.entities[0]?.qid).to.equal(monarch?.qid);
  });

  it('keeps a QID set by hand', async () => {
    const facts = [article([entity('p1', 'person', 'Someone Unknown', { qid: 'Q900123' })])];
    const report = await linkFacts(facts);
    expect(facts[0]?.entities[0]?.qid).to.equal('Q900123');
    expect(report.totals.person).to.deep.equal({ entities: 1, linked: 1 });
  });

  describe('after the decisions, the linked record fills what the article left unsaid', () => {
    const president = g.people.find((p) => p.source === 'shared:people.csv' && p.country === 'KE' && p.positions.some((s) => /^President of/.test(s)));

    it('a post stated without a country is placed in the linked person’s country, added to the article', async () => {
      const facts = [article([entity('p1', 'person', president?.name ?? '')], [{ holder: 'p1', role: 'President' }])];
      const report = await linkFacts(facts);
      const [person, country] = facts[0]?.entities ?? [];
      expect(person?.qid).to.equal(president?.qid);
      expect(person?.country).to.equal('KE');
      expect(country).to.include({ kind: 'country', country: 'KE', qid: countryQid('KE') });
      expect(facts[0]?.positions[0]).to.include({ in: country?.id, label: `President of ${country?.name}` });
      expect(report.totals.country).to.deep.equal({ entities: 1, linked: 1 });
    });

    it('uses the country entity the article already has, and leaves organisation posts alone', async () => {
      const facts = [
        article(
          [entity('c1', 'country', 'Kenya', { country: 'KE' }), entity('p1', 'person', president?.name ?? ''), entity('o1', 'organization', 'African Union')],
          [{ holder: 'p1', role: 'President' }, { holder: 'p1', role: 'SecretaryGeneral' }],
        ),
      ];
      await linkFacts(facts);
      expect(facts[0]?.positions.map((p) => p.in)).to.deep.equal(['c1', undefined]);
      expect(facts[0]?.entities).to.have.length(3);
    });

    it('fills nothing for a person the article gives no post or country for (no link is made)', async () => {
      const respelled = `${president?.name ?? ''}${president?.name.at(-1) ?? ''}`;
      const facts = [article([entity('p1', 'person', respelled)], [{ holder: 'p1', role: 'Spokesperson' }])];
      await linkFacts(facts);
      expect(facts[0]?.entities[0]).to.not.have.property('qid');
      expect(facts[0]?.entities[0]).to.not.have.property('country');
      expect(facts[0]?.positions[0]?.in).to.equal(undefined);
    });
  });

  describe('with an online source', () => {
    const found: LinkCandidate = {
      qid: 'Q900200', label: 'Amara Okonkwo-Bello', aliases: [], countries: ['NG'], roles: [], source: 'online:test',
    };
    class FakeSource implements CandidateSource {
      readonly name = 'test-endpoint';
      asked: LinkContext[] = [];
      constructor(private readonly fail: boolean) {}
      async candidates(context: LinkContext): Promise<LinkCandidate[]> {
        this.asked.push(context);
        if (this.fail) throw new Error('connection refused');
        return [found];
      }
    }

    it('asks it only for persons and organisations the bundled data left unlinked', async () => {
      const source = new FakeSource(false);
      const facts = [
        article([
          entity('p1', 'person', 'Amara Okonkwo Bello', { country: 'NG' }),
          entity('c1', 'country', 'Nigeria', { country: 'NG' }),
          entity('o1', 'organization', 'Communist Party of China'),
        ]),
      ];
      await linkFacts(facts, { online: source });
      expect(facts[0]?.entities[0]?.qid).to.equal('Q900200');
      expect(source.asked.map((c) => c.name)).to.deep.equal(['Amara Okonkwo Bello']);
    });

    it('warns once on failure and carries on offline', async () => {
      const source = new FakeSource(true);
      const warnings: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => warnings.push(String(chunk)) > 0) as typeof process.stderr.write;
      const facts = [
        article([
          entity('p1', 'person', 'Amara Okonkwo Bello', { country: 'NG' }),
          entity('p2', 'person', 'Tunde Adeyemi Ola', { country: 'NG' }),
          entity('c1', 'country', 'Nigeria', { country: 'NG' }),
        ]),
      ];
      try {
        await linkFacts(facts, { online: source });
      } finally {
        process.stderr.write = write;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^warning: online linking via test-endpoint failed \(connection refused\)/);
      expect(facts[0]?.entities[2]?.qid).to.equal(countryQid('NG'));
      expect(source.asked).to.have.length(1);
    });
  });
});

describe('formatLinkReport', () => {
  it('prints totals, unlinked names with counts and reasons, and ambiguous candidates', () => {
    const text = formatLinkReport({
      totals: {
        person: { entities: 3, linked: 1 },
        organization: { entities: 2, linked: 0 },
        country: { entities: 1, linked: 1 },
        place: { entities: 0, linked: 0 },
      },
      unlinked: [{ kind: 'organization', name: 'KCNA', count: 2, reason: 'no-qid' }],
      ambiguous: [
        { kind: 'person', name: 'Ri Chol Su', count: 1, candidates: [{ qid: 'Q1', label: 'Ri Chol Su', source: 'bundled' }, { qid: 'Q2', label: 'Ri Chol-su', source: 'online' }] },
      ],
    });
    expect(text.split('\n')).to.deep.equal([
      'Linked 2 of 6 entities (person 1/3, organization 0/2, country 1/1, place 0/0)',
      'Unlinked: 1 names, 2 entities',
      '     2  organization KCNA  (known, no verified QID)',
      'Ambiguous (not linked): 1 names, 1 entities',
      '     1  person       Ri Chol Su  candidates: Q1 Ri Chol Su [bundled]; Q2 Ri Chol-su [online]',
    ]);
  });
});
