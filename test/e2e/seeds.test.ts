import { expect } from 'chai';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'n3';
import { QueryEngine } from '@comunica/query-sparql';
import { loadStore } from '../../src/query/load.js';
import { vocabularyFiles } from '../../src/validate/ontology-files.js';
import { PROJECT, runCli } from '../helpers/cli.js';

const PREFIXES = `
PREFIX dip: <https://w3id.org/dipkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <http://schema.org/>
`;

describe('end to end: the seed articles', function () {
  const out = join(mkdtempSync(join(tmpdir(), 'dipkg-e2e-')), 'graph.ttl');
  const engine = new QueryEngine();
  let store: Store;

  before(async () => {
    const result = runCli(['build', 'seeds', '--out', out]);
    expect(result.code, result.stderr).to.equal(0);
    store = await loadStore([out, ...vocabularyFiles()]);
  });

  const ask = (body: string): Promise<boolean> => engine.queryBoolean(`${PREFIXES} ASK { ${body} }`, { sources: [store] });
  const select = async (body: string): Promise<Record<string, string>[]> =>
    (await (await engine.queryBindings(`${PREFIXES} ${body}`, { sources: [store] })).toArray()).map((b) =>
      Object.fromEntries([...b].map(([k, v]) => [k.value, v.value])),
    );

  /** A meeting whose participants include persons with these labels. */
  const meeting = (a: string, b: string, extra = ''): string => `
    ?m a dip:Meeting ; dip:participant ?a, ?b .
    ?a rdfs:label "${a}" . ?b rdfs:label "${b}" . ${extra}`;

  it('finds the vice foreign ministers\' meeting in Pyongyang on 2024-01-26 at the People\'s Palace of Culture', async () => {
    expect(await ask(meeting('Sun Weidong', 'Pak Myong Ho', `?m dip:date "2024-01-26"^^xsd:date ; dip:status dip:Happened .`))).to.equal(true);
    expect(await ask(meeting('Sun Weidong', 'Pak Myong Ho', `?m dip:place/rdfs:label "People's Palace of Culture" .`))).to.equal(true);
  });

  it('finds the vice foreign minister\'s meeting with the foreign minister', async () => {
    expect(await ask(meeting('Sun Weidong', 'Choe Son Hui'))).to.equal(true);
  });

  it('finds the talks in Bangkok, and the earlier plan to meet as planned', async () => {
    expect(await ask(meeting('Wang Yi', 'Jake Sullivan', `?m dip:place/rdfs:label "Bangkok" ; dip:status dip:Happened .`))).to.equal(true);
    expect(await ask(meeting('Wang Yi', 'Jake Sullivan', `?m dip:status dip:Planned .`))).to.equal(true);
  });

  it('finds the visit to Pyongyang', async () => {
    expect(await ask(`?v a dip:Visit ; dip:visitor/rdfs:label "Sun Weidong" ; dip:destination/rdfs:label "Pyongyang" .`)).to.equal(true);
  });

  it('finds the two separate meetings in Beijing, the one with the party department head on 2024-03-21', async () => {
    expect(await ask(meeting('Kim Song-nam', 'Wang Huning', `?m dip:place/rdfs:label "Beijing" .`))).to.equal(true);
    expect(await ask(meeting('Kim Song-nam', 'Liu Jianchao', `?m dip:date "2024-03-21"^^xsd:date .`))).to.equal(true);
    expect(await ask(meeting('Wang Huning', 'Liu Jianchao'))).to.equal(false);
  });

  it('finds the visit to Beijing and the planned travel on to Vietnam and Laos', async () => {
    expect(await ask(`?v a dip:Visit ; dip:visitor/rdfs:label "Kim Song-nam" ; dip:destination/rdfs:label "Beijing" ; dip:status dip:Happened .`)).to.equal(true);
    for (const country of ['Vietnam', 'Laos']) {
      expect(await ask(`?v a dip:Visit ; dip:destination/rdfs:label "${country}" ; dip:status dip:Planned .`), country).to.equal(true);
    }
  });

  it('gives every named official the post the articles state', async () => {
    const posts: [string, string, string][] = [
      ['Sun Weidong', 'ViceForeignMinister', 'China'],
      ['Pak Myong Ho', 'ViceForeignMinister', 'North Korea'],
      ['Choe Son Hui', 'ForeignMinister', 'North Korea'],
      ['Wang Yi', 'ForeignMinister', 'China'],
      ['Jake Sullivan', 'NationalSecurityAdvisor', 'United States'],
      ['Xi Jinping', 'President', 'China'],
    ];
    for (const [person, role, where] of posts) {
      const found = await ask(`?p rdfs:label "${person}" ; dip:holdsPosition ?pos . ?pos dip:role dip:${role} ; dip:positionIn/rdfs:label "${where}" .`);
      expect(found, `${person}: ${role} of ${where}`).to.equal(true);
    }
    for (const [person, role] of [['Wang Huning', 'PoliticalAdvisoryChair'], ['Liu Jianchao', 'PartyInternationalDepartmentHead'], ['Kim Song-nam', 'PartyInternationalDepartmentHead']]) {
      expect(await ask(`?p rdfs:label "${person}" ; dip:holdsPosition/dip:role dip:${role} .`), `${person}: ${role}`).to.equal(true);
    }
  });

  it('resolves surnames to full names instead of minting surname-only persons', async () => {
    const rows = await select(`SELECT ?label WHERE { ?p a dip:Person ; rdfs:label ?label . FILTER(!CONTAINS(?label, " ")) }`);
    expect(rows.map((r) => r.label)).to.deep.equal([]);
  });

  it('lets no page junk become a person or organisation', async () => {
    const rows = await select(`SELECT ?label WHERE { ?x rdfs:label ?label . { ?x a dip:Person } UNION { ?x a dip:Organization }
      FILTER(REGEX(?label, "Advertisement|myNEWS|Learn more|Photo|Putin gifts", "i")) }`);
    expect(rows).to.deep.equal([]);
  });

  it('gives every event its sentence, offsets into the article and the article it came from', async () => {
    const rows = await select(`SELECT ?e ?text ?start ?end ?id WHERE { ?e a ?type ; dip:statedIn ?s ; prov:wasDerivedFrom ?a .
      ?type rdfs:subClassOf* dip:Event . ?s dip:text ?text ; dip:evidenceStart ?start ; dip:evidenceEnd ?end . ?a schema:identifier ?id }`);
    expect(rows.length).to.be.greaterThan(5);
    for (const row of rows) {
      const article = readFileSync(join(PROJECT, 'seeds', `${row.id}.txt`), 'utf8');
      expect(article.slice(Number(row.start), Number(row.end))).to.equal(row.text);
    }
  });

  it('answers the saved query for meetings involving vice foreign ministers', async () => {
    const result = runCli(['query', 'meetings-with-vice-foreign-ministers', '--data', out, '--format', 'csv']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.include('Sun Weidong');
    expect(result.stdout).to.include('Pak Myong Ho');
    expect(result.stdout).to.not.include('Kim Song-nam');
  });

  it('builds byte-identical output again (also with two worker threads), and output/graph.ttl in the repository is that build', () => {
    const again = join(mkdtempSync(join(tmpdir(), 'dipkg-e2e-')), 'graph.ttl');
    expect(runCli(['build', 'seeds', '--jobs', '2', '--out', again]).code).to.equal(0);
    expect(readFileSync(again, 'utf8')).to.equal(readFileSync(out, 'utf8'));
    expect(readFileSync(join(PROJECT, 'output/graph.ttl'), 'utf8'), 'output/graph.ttl is stale: run npm run regenerate-output').to.equal(
      readFileSync(out, 'utf8'),
    );
  });
});
