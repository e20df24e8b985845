import { expect } from 'chai';
import { FACTS_FORMAT, type ArticleFacts, type Evidence } from '../../src/extract/facts.js';
import { factsToQuads } from '../../src/rdf/convert.js';
import { slug } from '../../src/rdf/iri.js';
import { DEFAULT_BASE, DIP, prefixesFor } from '../../src/rdf/namespaces.js';
import { withAncestors } from '../../src/lexicon/roles.js';
import { serialize } from '../../src/rdf/serialize.js';

const evidence = (text: string, start: number): Evidence => ({ text, start, end: start + text.length, rule: 'test' });

function article(id: string, personName: string, date?: string): ArticleFacts {
  const sentence = evidence(`${personName} met Ana Ruiz in Lima.`, 0);
  return {
    format: FACTS_FORMAT,
    article: { id, published: '2024-05-03' },
    entities: [
      { id: 'e1', kind: 'person', name: personName, altNames: ['Pak'], country: 'KP', mentions: [sentence] },
      { id: 'e2', kind: 'person', name: 'Ana Ruiz', altNames: [], mentions: [sentence] },
      { id: 'e3', kind: 'place', name: 'Lima', altNames: [], mentions: [sentence] },
      { id: 'e4', kind: 'country', name: 'North Korea', altNames: ['DPRK'], country: 'KP', qid: 'Q423', mentions: [sentence] },
    ],
    positions: [{ holder: 'e1', role: 'ViceForeignMinister', title: 'Vice FM', in: 'e4', label: 'Vice FM of DPRK', evidence: sentence }],
    events: [{ id: 'v1', kind: 'meeting', status: 'happened', participants: ['e2', 'e1'], place: 'e3', date, cameo: '040', evidence: [sentence] }],
  };
}

const values = (quads: ReturnType<typeof factsToQuads>, predicate: string): string[] =>
  [...new Set(quads.filter((q) => q.predicate.value.endsWith(predicate)).map((q) => q.object.value))].sort();

describe('facts to RDF', () => {
  it('mints readable, stable keys from names', () => {
    expect(slug('Pak Myong-ho')).to.equal(slug('Pak Myong Ho'));
    expect(slug('María José Ortega Ruiz')).to.equal('maria-jose-ortega-ruiz');
    expect(slug('金正恩')).to.match(/^h[0-9a-f]{16}$/);
  });

  it('gives one node to one person named in two spellings across articles, with one canonical label', () => {
    const quads = factsToQuads([article('a', 'Pak Myong Ho', '2024-05-02'), article('b', 'Pak Myong-ho', '2024-05-02'), article('c', 'Pak Myong Ho')]);
    const persons = new Set(quads.filter((q) => q.object.value.endsWith('#Person')).map((q) => q.subject.value));
    expect(persons.size).to.equal(2);
    const labels = quads.filter((q) => q.subject.value === `${DEFAULT_BASE}person/pak-myong-ho` && q.predicate.value.endsWith('#label'));
    expect(new Set(labels.map((q) => q.object.value))).to.deep.equal(new Set(['Pak Myong Ho']));
  });

  it('merges the same dated meeting from two articles into one event, keeps undated ones per article', () => {
    const dated = factsToQuads([article('a', 'Pak Myong Ho', '2024-05-02'), article('b', 'Pak Myong Ho', '2024-05-02')]);
    const undated = factsToQuads([article('a', 'Pak Myong Ho'), article('b', 'Pak Myong Ho')]);
    const meetings = (quads: typeof dated): number => new Set(quads.filter((q) => q.object.value.endsWith('#Meeting')).map((q) => q.subject.value)).size;
    expect(meetings(dated)).to.equal(1);
    expect(meetings(undated)).to.equal(2);
  });

  it('puts each article\'s facts in its own named graph, with evidence, offsets and roles up the hierarchy', () => {
    const quads = factsToQuads([article('a/1', 'Pak Myong Ho', '2024-05-02')]);
    expect(new Set(quads.map((q) => q.graph.value))).to.deep.equal(new Set([`${DEFAULT_BASE}article/a-1`]));
    expect(values(quads, '#evidenceStart')).to.deep.equal(['0']);
    expect(values(quads, '#sameAs')).to.deep.equal(['http://www.wikidata.org/entity/Q423']);
    expect(values(quads, '#label')).to.include('Vice Foreign Minister of North Korea');
    const ancestors = withAncestors('ViceForeignMinister').slice(1);
    expect(ancestors).to.not.deep.equal([]);
    expect(values(quads, '#broader')).to.include.members(ancestors.map((id) => DIP + id));
    expect(values(quads, '#date')).to.deep.equal(['2024-05-02']);
  });

  it('writes the same bytes for the same facts, whatever their order', async () => {
    const prefixes = prefixesFor(DEFAULT_BASE);
    const one = await serialize(factsToQuads([article('a', 'Pak Myong Ho'), article('b', 'Ana Ruiz')]), 'turtle', prefixes);
    const two = await serialize(factsToQuads([article('a', 'Pak Myong Ho'), article('b', 'Ana Ruiz')]).reverse(), 'turtle', prefixes);
    expect(one).to.equal(two);
  });
});
