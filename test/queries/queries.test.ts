import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'chai';
import { Parser, Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql';
import { ONTOLOGY_DIR, vocabularyFiles } from '../../src/validate/ontology-files.js';
import { sampleGraph } from '../fixtures/sample-graph.js';

const QUERIES_DIR = join(ONTOLOGY_DIR, '..', 'queries');
/** Every saved query, including the online-linking ones (queries/wikidata-*.rq, run against Wikidata, not here). */
const savedQueries = readdirSync(QUERIES_DIR)
  .filter((f) => f.endsWith('.rq'))
  .map((f) => ({ name: basename(f, '.rq'), text: readFileSync(join(QUERIES_DIR, f), 'utf8') }));

type Row = Record<string, string>;

/** The sample graph plus the ontology files, as the CLI queries an output graph. */
function sampleStore(): Store {
  const store = new Store(sampleGraph());
  for (const file of vocabularyFiles()) store.addQuads(new Parser().parse(readFileSync(file, 'utf8')));
  return store;
}

/** A value list from GROUP_CONCAT, in a fixed order (SPARQL leaves the order of concatenation open). */
const sortedList = (value: string | undefined) => (value ?? '').split(', ').sort().join(', ');

describe('saved queries', function () {
  this.timeout(30000);
  const engine = new QueryEngine();
  const store = sampleStore();

  async function rows(name: string): Promise<Row[]> {
    const query = savedQueries.find((q) => q.name === name);
    if (!query) throw new Error(`no saved query ${name}`);
    const bindings = await (await engine.queryBindings(query.text, { sources: [store] })).toArray();
    return bindings.map((b) => Object.fromEntries([...b].map(([variable, term]) => [variable.value, term.value])));
  }

  const required = ['meetings-with-vice-foreign-ministers', 'meetings-of-person', 'who-met-whom', 'visits-by-destination',
    'posts-per-country', 'statements-by-speaker', 'events-per-day', 'entities-per-article', 'planned-events', 'evidence-for-event'];

  it('has every required query', () => {
    expect(savedQueries.map((q) => q.name)).to.include.members(required);
  });

  for (const { name, text } of savedQueries) {
    it(`${name}: starts with "# title:" and "# description:" lines and declares the prefixes it uses`, () => {
      const [title, description] = text.split('\n');
      expect(title).to.match(/^# title: \S.*$/);
      expect(description).to.match(/^# description: \S.*$/);
      const body = text.replace(/^#.*$/gm, '').replace(/<[^>\s]*>/g, '').replace(/"[^"\n]*"/g, '');
      const declared = new Set([...body.matchAll(/^PREFIX\s+(\w*):/gim)].map((m) => m[1]));
      const used = new Set([...body.matchAll(/(?<![\w?])([a-z]\w*):[A-Za-z]/g)].map((m) => m[1]));
      expect([...used].filter((p) => !declared.has(p))).to.deep.equal([]);
    });
  }

  it('meetings-with-vice-foreign-ministers finds narrower roles through skos:broader*', async () => {
    const found = (await rows('meetings-with-vice-foreign-ministers')).map((r) => [r.date, r.official, r.post, r.counterparts, r.place ?? '', r.status]);
    expect(found).to.deep.equal([
      ['2024-05-09', 'Kenji Sato', 'First Vice Foreign Minister of Japan', 'Marie Laurent', 'Kyoto State Guest House', 'Happened'],
      ['2024-05-10', 'Ana Souza', 'Vice Foreign Minister of Brazil', 'Kenji Sato', '', 'Happened'],
      ['2024-05-10', 'Kenji Sato', 'First Vice Foreign Minister of Japan', 'Ana Souza', '', 'Happened'],
      ['2024-05-11', 'Kenji Sato', 'First Vice Foreign Minister of Japan', 'Marie Laurent', 'Tokyo', 'Happened'],
      ['2024-06-03', 'Ana Souza', 'Vice Foreign Minister of Brazil', 'Marie Laurent', 'Brasília', 'Planned'],
    ]);
  });

  it('meetings-of-person lists every meeting of every person by default', async () => {
    const found = (await rows('meetings-of-person')).map((r) => `${r.person_name} ${r.date} ${r.counterparts} ${r.status}`);
    expect(found).to.deep.equal([
      'Ana Souza 2024-05-10 Kenji Sato Happened',
      'Ana Souza 2024-06-03 Marie Laurent Planned',
      'Kenji Sato 2024-05-09 Marie Laurent Happened',
      'Kenji Sato 2024-05-10 Ana Souza Happened',
      'Kenji Sato 2024-05-11 Marie Laurent Happened',
      'Marie Laurent 2024-05-09 Kenji Sato Happened',
      'Marie Laurent 2024-05-11 Kenji Sato Happened',
      'Marie Laurent 2024-06-03 Ana Souza Planned',
    ]);
  });

  it('meetings-of-person narrows to the names a user puts in the VALUES line', async () => {
    const query = savedQueries.find((q) => q.name === 'meetings-of-person')!.text.replace('{ UNDEF }', '{ "Ana Souza" }');
    expect(query).to.include('"Ana Souza"');
    const bindings = await (await engine.queryBindings(query, { sources: [store] })).toArray();
    expect(bindings.map((b) => b.get('counterparts')?.value)).to.deep.equal(['Kenji Sato', 'Marie Laurent']);
  });

  it('who-met-whom counts happened meetings per pair, not planned ones', async () => {
    const found = (await rows('who-met-whom')).map((r) => [r.person, r.met_with, r.meetings, r.first, r.last]);
    expect(found).to.deep.equal([
      ['Kenji Sato', 'Marie Laurent', '2', '2024-05-09', '2024-05-11'],
      ['Ana Souza', 'Kenji Sato', '1', '2024-05-10', '2024-05-10'],
    ]);
  });

  it('visits-by-destination groups visits by where they go', async () => {
    const found = (await rows('visits-by-destination')).map((r) => [r.destination, r.visits, r.visitors]);
    expect(found).to.deep.equal([['Japan', '1', 'Marie Laurent']]);
  });

  it('posts-per-country includes posts in a country\'s organisations', async () => {
    const found = (await rows('posts-per-country')).map((r) => [r.country, r.post, r.role, r.holder]);
    expect(found).to.deep.equal([
      ['Brazil', 'Vice Foreign Minister of Brazil', 'Vice Foreign Minister', 'Ana Souza'],
      ['France', 'Foreign Minister of France', 'Foreign Minister', 'Marie Laurent'],
      ['Japan', 'First Vice Foreign Minister of Japan', 'First Vice Foreign Minister', 'Kenji Sato'],
      ['Japan', 'Head of the Japan International Cooperation Agency', 'Head of an Organisation', 'Yuki Mori'],
    ]);
  });

  it('statements-by-speaker gives the quote and the evidence sentence', async () => {
    const found = (await rows('statements-by-speaker')).map((r) => [r.speaker, r.quote, r.evidence, r.date ?? '']);
    expect(found).to.deep.equal([
      ['Kenji Sato', 'Our partnership with Brazil has never been stronger.', 'Sato said: "Our partnership with Brazil has never been stronger."', ''],
    ]);
  });

  it('events-per-day counts dated events by day and kind', async () => {
    const found = (await rows('events-per-day')).map((r) => `${r.date} ${r.kind} ${r.events}`);
    expect(found).to.deep.equal([
      '2024-05-08 Visit 1',
      '2024-05-09 Meeting 1',
      '2024-05-10 Agreement 1',
      '2024-05-10 Meeting 1',
      '2024-05-11 Meeting 1',
      '2024-06-03 Meeting 1',
    ]);
  });

  it('entities-per-article lists each named entity per article with its fact sentences', async () => {
    const found = await rows('entities-per-article');
    expect(found.map((r) => `${r.article} ${r.kind} ${r.entity} ${r.sentences}`)).to.deep.equal([
      'sample-001 Country France 2',
      'sample-001 Country Japan 3',
      'sample-001 Organization Japan International Cooperation Agency 1',
      'sample-001 Person Kenji Sato 1',
      'sample-001 Person Marie Laurent 2',
      'sample-001 Person Yuki Mori 1',
      'sample-001 Place Kyoto 0',
      'sample-001 Place Kyoto State Guest House 1',
      'sample-002 Country Brazil 1',
      'sample-002 Person Ana Souza 2',
      'sample-002 Person Kenji Sato 3',
      'sample-002 Person Marie Laurent 2',
      'sample-002 Place Brasília 1',
      'sample-002 Place Tokyo 1',
    ]);
    const souza = found.find((r) => r.entity === 'Ana Souza')!;
    expect(souza.example).to.equal('Kenji Sato held a phone call with Brazilian Vice Foreign Minister Ana Souza on Friday.');
    expect(souza.url).to.equal('http://news.example.org/2024/05/12/sato-brazil');
  });

  it('planned-events lists only planned events', async () => {
    const found = (await rows('planned-events')).map((r) => [r.date, r.kind, sortedList(r.participants), r.place, r.evidence]);
    expect(found).to.deep.equal([
      ['2024-06-03', 'Meeting', 'Ana Souza, Marie Laurent', 'Brasília', 'Laurent and Souza will meet in Brasília on June 3.'],
    ]);
  });

  it('evidence-for-event gives the sentence and offsets of every event and tenure', async () => {
    const found = await rows('evidence-for-event');
    expect(found).to.have.length(11);
    expect(found.filter((r) => r.kind === 'Tenure')).to.have.length(4);
    const call = found.find((r) => r.fact.endsWith('/event/m2'))!;
    expect([call.article, call.start, call.end, call.rules]).to.deep.equal(['sample-002', '40', '126', 'call-noun']);
    expect(call.text).to.equal('Kenji Sato held a phone call with Brazilian Vice Foreign Minister Ana Souza on Friday.');
    for (const row of found) expect(Number(row.end) - Number(row.start), row.fact).to.equal(row.text!.length);
  });
});
