import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DataFactory, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { DIP, PREFIXES } from '../../src/rdf/namespaces.js';
import { ONTOLOGY_DIR, readOntologyFile } from '../../src/validate/ontology-files.js';
import { sampleGraph } from '../fixtures/sample-graph.js';

const { namedNode } = DataFactory;
const RDF_TYPE = `${PREFIXES.rdf}type`;
const OWL = PREFIXES.owl;

/** The dip: terms of the RDF contract, by the kind of declaration each must have. */
const CONTRACT: Record<string, string[]> = {
  [`${OWL}Class`]: ['Article', 'Person', 'Organization', 'Country', 'Place', 'Position', 'Role', 'Event', 'Meeting', 'Visit',
    'Statement', 'Agreement', 'EventStatus', 'Tenure', 'Sentence'],
  [`${OWL}NamedIndividual`]: ['Happened', 'Planned'],
  [`${OWL}ObjectProperty`]: ['holdsPosition', 'role', 'positionIn', 'participant', 'place', 'visitor', 'destination', 'speaker',
    'status', 'statedIn', 'mentionedIn', 'locatedIn', 'country', 'holder', 'position'],
  [`${OWL}DatatypeProperty`]: ['date', 'quote', 'evidence', 'evidenceStart', 'evidenceEnd', 'extractionRule', 'cameoCode', 'mode',
    'isoCode', 'text'],
};

const ontology = new Store(readOntologyFile('diplomacy.ttl'));
const vocabulary = new Store([...ontology.getQuads(null, null, null, null), ...readOntologyFile('roles.ttl')]);

function objects(store: Store, subject: string, predicate: string): string[] {
  return store.getObjects(namedNode(subject), namedNode(predicate), null).map((t) => t.value);
}

/** Every dip: IRI a set of quads uses in any position. */
function dipTermsIn(quads: Quad[]): Set<string> {
  const terms = quads.flatMap((q) => [q.subject, q.predicate, q.object]).filter((t) => t.termType === 'NamedNode');
  return new Set(terms.map((t) => t.value).filter((v) => v.startsWith(DIP)));
}

function isDeclared(iri: string): boolean {
  return vocabulary.getQuads(namedNode(iri), namedNode(RDF_TYPE), null, null).length > 0;
}

describe('ontology/diplomacy.ttl', () => {
  it('has an owl:Ontology header with version, licence and description', () => {
    const header = 'https://w3id.org/dipkg/ontology';
    expect(objects(ontology, header, RDF_TYPE)).to.include(`${OWL}Ontology`);
    expect(objects(ontology, header, `${OWL}versionInfo`)).to.have.length(1);
    expect(objects(ontology, header, 'http://purl.org/dc/terms/license')).to.have.length(1);
    const [description] = objects(ontology, header, 'http://purl.org/dc/terms/description');
    expect(description, 'documents the Wikidata links').to.include('owl:sameAs').and.include('http://www.wikidata.org/entity/');
  });

  for (const [kind, names] of Object.entries(CONTRACT)) {
    for (const name of names) {
      it(`declares dip:${name} as ${kind.slice(OWL.length)}, labelled and commented`, () => {
        const iri = DIP + name;
        expect(objects(ontology, iri, RDF_TYPE)).to.include(kind);
        expect(objects(ontology, iri, `${PREFIXES.rdfs}label`), 'rdfs:label').to.have.length.greaterThan(0);
        expect(objects(ontology, iri, `${PREFIXES.rdfs}comment`), 'rdfs:comment').to.have.length.greaterThan(0);
      });
    }
  }

  it('labels and comments every dip: term it describes', () => {
    const described = new Set(ontology.getSubjects(null, null, null).map((s) => s.value).filter((v) => v.startsWith(DIP)));
    const missing = [...described].filter(
      (iri) => objects(ontology, iri, `${PREFIXES.rdfs}label`).length === 0 || objects(ontology, iri, `${PREFIXES.rdfs}comment`).length === 0,
    );
    expect(missing).to.deep.equal([]);
  });

  it('gives every property a domain and a range, and every class a superclass', () => {
    const properties = [...CONTRACT[`${OWL}ObjectProperty`]!, ...CONTRACT[`${OWL}DatatypeProperty`]!];
    const incomplete = properties.filter(
      (p) => objects(ontology, DIP + p, `${PREFIXES.rdfs}domain`).length === 0 || objects(ontology, DIP + p, `${PREFIXES.rdfs}range`).length === 0,
    );
    expect(incomplete).to.deep.equal([]);
    const orphans = CONTRACT[`${OWL}Class`]!.filter((c) => objects(ontology, DIP + c, `${PREFIXES.rdfs}subClassOf`).length === 0);
    expect(orphans).to.deep.equal([]);
  });

  it('aligns the core terms with SEM, W3C ORG, schema.org, PROV-O and SKOS', () => {
    const sem = 'http://semanticweb.cs.vu.nl/2009/11/sem/';
    const org = 'http://www.w3.org/ns/org#';
    const alignments: [string, string, string][] = [
      ['Event', 'subClassOf', `${sem}Event`],
      ['Event', 'subClassOf', `${PREFIXES.schema}Event`],
      ['Person', 'subClassOf', `${PREFIXES.schema}Person`],
      ['Person', 'subClassOf', `${sem}Actor`],
      ['Organization', 'subClassOf', `${org}Organization`],
      ['Country', 'subClassOf', `${PREFIXES.schema}Country`],
      ['Place', 'subClassOf', `${sem}Place`],
      ['Article', 'subClassOf', `${PREFIXES.schema}NewsArticle`],
      ['Position', 'subClassOf', `${org}Post`],
      ['Role', 'subClassOf', `${org}Role`],
      ['Role', 'subClassOf', `${PREFIXES.skos}Concept`],
      ['Sentence', 'subClassOf', `${PREFIXES.prov}Entity`],
      ['holdsPosition', 'subPropertyOf', `${org}holds`],
      ['role', 'subPropertyOf', `${org}role`],
      ['positionIn', 'subPropertyOf', `${org}postIn`],
      ['participant', 'subPropertyOf', `${sem}hasActor`],
      ['participant', 'subPropertyOf', `${PREFIXES.schema}attendee`],
      ['place', 'subPropertyOf', `${sem}hasPlace`],
      ['place', 'subPropertyOf', `${PREFIXES.schema}location`],
      ['date', 'subPropertyOf', `${sem}hasTimeStamp`],
      ['date', 'subPropertyOf', `${PREFIXES.schema}startDate`],
      ['statedIn', 'subPropertyOf', `${PREFIXES.prov}wasDerivedFrom`],
    ];
    const missing = alignments.filter(([term, relation, target]) => !objects(ontology, DIP + term, `${PREFIXES.rdfs}${relation}`).includes(target));
    expect(missing).to.deep.equal([]);
  });

  it('declares every dip: term that the shapes, the saved queries and the sample graph use', () => {
    const queriesDir = join(ONTOLOGY_DIR, '..', 'queries');
    const queryTerms = readdirSync(queriesDir)
      .filter((f) => f.endsWith('.rq'))
      .flatMap((f) => [...readFileSync(join(queriesDir, f), 'utf8').matchAll(/\bdip:(\w+)/g)].map((m) => DIP + m[1]));
    const used = new Set([...dipTermsIn(readOntologyFile('shapes.ttl')), ...dipTermsIn(sampleGraph()), ...queryTerms]);
    expect([...used].filter((iri) => !isDeclared(iri))).to.deep.equal([]);
  });
});
