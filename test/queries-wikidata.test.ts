/**
 * Saved queries that only work because of the Wikidata links: meetings per country pair by QID (local),
 * and the federated person-facts query, its SERVICE pointed at the local stand-in (Virtuoso) or at a
 * scripted endpoint that records what the engine sends.
 */
import { QueryEngine } from '@comunica/query-sparql';
import type { Bindings } from '@comunica/types';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, Store } from 'n3';
import { loadGazetteer } from '../src/lexicon/gazetteer.js';
import { rewriteWikidataService } from '../src/link/online/service.js';
import { PACKAGE_DIR } from '../src/paths.js';
import { sparqlJson, startFakeEndpoint } from './link-online/fake-endpoint.js';
import { requireWikidataStandIn } from './link-online/stand-in.js';

const savedQuery = (name: string): string => readFileSync(join(PACKAGE_DIR, 'queries', `${name}.rq`), 'utf8');

const PREFIXES = `@prefix dip: <https://w3id.org/dipkg/ontology#> .
@prefix country: <https://w3id.org/dipkg/id/country/> .
@prefix person: <https://w3id.org/dipkg/id/person/> .
@prefix event: <https://w3id.org/dipkg/id/event/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
`;

async function select(query: string, turtle: string): Promise<Record<string, string>[]> {
  const store = new Store(new Parser().parse(PREFIXES + turtle));
  const bindings: Bindings[] = await (await new QueryEngine().queryBindings(query, { sources: [store] })).toArray();
  return bindings.map((b) => Object.fromEntries([...b].map(([variable, term]) => [variable.value, term.value])));
}

describe('rewriteWikidataService', () => {
  it('points SERVICE <https://query.wikidata.org/sparql> (also SILENT) at another endpoint and leaves other services alone', () => {
    const query = `SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?a ?b ?c } service silent <https://query.wikidata.org/sparql> { ?d ?e ?f }
      SERVICE <https://example.org/sparql> { ?g ?h ?i } }`;
    const rewritten = rewriteWikidataService(query, 'http://127.0.0.1:8890/sparql');
    expect(rewritten).to.equal(`SELECT * { SERVICE <http://127.0.0.1:8890/sparql> { ?a ?b ?c } service silent <http://127.0.0.1:8890/sparql> { ?d ?e ?f }
      SERVICE <https://example.org/sparql> { ?g ?h ?i } }`);
    expect(rewriteWikidataService(savedQuery('wikidata-person-facts'), 'http://127.0.0.1:1/sparql')).to.include('SERVICE <http://127.0.0.1:1/sparql>');
  });

  it('refuses an endpoint that would break the query', () => {
    expect(() => rewriteWikidataService('ASK {}', 'http://x/> } DROP ALL')).to.throw('not a usable endpoint IRI');
  });
});

describe('saved query wikidata-meetings-by-country-pair', () => {
  it('counts meetings per pair of linked countries, a person standing for their country', async () => {
    const qid = (iso2: string): string => loadGazetteer().countryByIso2(iso2)?.qid as string;
    const rows = await select(
      savedQuery('wikidata-meetings-by-country-pair'),
      `country:cn a dip:Country ; rdfs:label "China" ; owl:sameAs wd:${qid('CN')} .
       country:kp a dip:Country ; rdfs:label "North Korea" ; owl:sameAs wd:${qid('KP')} .
       country:us a dip:Country ; rdfs:label "United States" ; owl:sameAs wd:${qid('US')} .
       country:xx a dip:Country ; rdfs:label "Unlinked" .
       person:a dip:country country:cn . person:a2 dip:country country:cn .
       person:b dip:country country:kp . person:c dip:country country:us . person:x dip:country country:xx .
       event:m1 a dip:Meeting ; dip:participant person:a , person:b , country:kp .
       event:m2 a dip:Meeting ; dip:participant person:a2 , country:kp .
       event:m3 a dip:Meeting ; dip:participant person:a , person:b , person:c .
       event:m4 a dip:Meeting ; dip:participant person:a , person:a2 , person:x .
       event:v1 a dip:Visit ; dip:participant person:a , person:c .`,
    );
    const names: Record<string, string> = { CN: 'China', KP: 'North Korea', US: 'United States' };
    const wd = (iso2: string): string => `http://www.wikidata.org/entity/${qid(iso2)}`;
    /** The row the query should give for two countries: the one whose IRI sorts first is A. */
    const expectedRow = (x: string, y: string, meetings: number) => {
      const [a, b] = [x, y].sort((i, j) => (wd(i) < wd(j) ? -1 : 1)) as [string, string];
      return { countryA: wd(a), labelA: names[a], countryB: wd(b), labelB: names[b], meetings: String(meetings) };
    };
    expect(rows[0]).to.deep.equal(expectedRow('CN', 'KP', 3));
    expect(rows.slice(1)).to.have.deep.members([expectedRow('CN', 'US', 1), expectedRow('KP', 'US', 1)]);
    expect(rows).to.have.length(3);
  });
});

const PEOPLE = `person:arvid-tolmeyer a dip:Person ; rdfs:label "Arvid Tolmeyer" ; owl:sameAs wd:Q999000001 .
  person:daniel-okoro a dip:Person ; rdfs:label "Daniel Okoro" ; owl:sameAs wd:Q999000002 .
  person:magnus-hovland a dip:Person ; rdfs:label "Magnus Hovland" ; owl:sameAs wd:Q999000009 .
  person:somebody-else a dip:Person ; rdfs:label "Somebody Else" .
  person:elsewhere a dip:Person ; rdfs:label "Linked Elsewhere" ; owl:sameAs <https://example.org/person/1> .`;

describe('saved query wikidata-person-facts (federated)', function () {
  this.timeout(60_000);

  it('fetches date of birth and official website of linked people from the Wikidata stand-in', async function () {
    const endpoint = requireWikidataStandIn(this);
    const rows = await select(rewriteWikidataService(savedQuery('wikidata-person-facts'), endpoint), PEOPLE);
    expect(rows.map((r) => [r.name, r.wikidata?.replace(/^.*\//, ''), r.born, r.website])).to.deep.equal([
      ['Arvid Tolmeyer', 'Q999000001', '1961-04-12T00:00:00Z', 'https://example.org/tolmeyer'],
      ['Daniel Okoro', 'Q999000002', '1970-02-03T00:00:00Z', undefined],
      ['Magnus Hovland', 'Q999000009', undefined, 'https://example.org/hovland'],
    ]);
  });

  it('sends the linked QIDs along to the endpoint instead of asking for every date of birth', async () => {
    const server = await startFakeEndpoint((request) =>
      // Comunica first dereferences the service IRI; an empty RDF document sends it on to SPARQL.
      request.query === undefined ? { headers: { 'Content-Type': 'text/turtle' } } : { json: sparqlJson([]) },
    );
    try {
      await select(rewriteWikidataService(savedQuery('wikidata-person-facts'), server.url), PEOPLE);
      const queries = server.requests.flatMap((r) => (r.query ? [r.query] : []));
      expect(queries).to.have.length.at.least(1);
      for (const q of queries) {
        expect(q).to.include('VALUES');
        for (const qid of ['Q999000001', 'Q999000002', 'Q999000009']) expect(q).to.include(qid);
      }
    } finally {
      await server.close();
    }
  });
});
