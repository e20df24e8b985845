import { expect } from 'chai';
import { DataFactory } from 'n3';
import type { Quad, Quad_Object } from '@rdfjs/types';
import { DEFAULT_BASE, DIP, PREFIXES } from '../../src/rdf/namespaces.js';
import { readOntologyFile } from '../../src/validate/ontology-files.js';
import { formatValidation, validateQuads, type ValidationIssue } from '../../src/validate/shacl.js';
import { sampleGraph } from '../fixtures/sample-graph.js';

const { namedNode, literal, quad } = DataFactory;
const XSD = PREFIXES.xsd;

/** Expands `id:…`, `dip:…`, `rdfs:…` and the other standard prefixes (contract notation). */
function iri(name: string): string {
  const [prefix, local] = [name.slice(0, name.indexOf(':')), name.slice(name.indexOf(':') + 1)];
  if (prefix === 'id') return DEFAULT_BASE + local;
  return (PREFIXES as Record<string, string>)[prefix]! + local;
}

const matches = (q: Quad, subject: string, predicate: string) => q.subject.value === iri(subject) && q.predicate.value === iri(predicate);

/** The sample graph without the subject's values for the predicate, plus the given new values. */
function edited(subject: string, predicate: string, ...values: Quad_Object[]): Quad[] {
  const kept = sampleGraph().filter((q) => !matches(q, subject, predicate));
  return [...kept, ...values.map((v) => quad(namedNode(iri(subject)), namedNode(iri(predicate)), v))];
}

const brief = (issues: ValidationIssue[]) => issues.map((i) => `${i.severity} ${i.focusNode} ${i.path}`);

describe('SHACL validation (ontology/shapes.ttl)', () => {
  it('the shapes parse and define node shapes', () => {
    const shapes = readOntologyFile('shapes.ttl');
    const nodeShapes = shapes.filter((q) => q.predicate.value === `${PREFIXES.rdf}type` && q.object.value === 'http://www.w3.org/ns/shacl#NodeShape');
    expect(nodeShapes.length).to.be.greaterThan(10);
  });

  it('the sample graph conforms with no issue at all', async () => {
    const result = await validateQuads(sampleGraph());
    expect(brief(result.issues)).to.deep.equal([]);
    expect(result.conforms).to.equal(true);
    expect(formatValidation(result)).to.equal('conforms');
  });

  it('validates facts spread over named graphs (N-Quads/TriG output) together', async () => {
    const inGraphs = sampleGraph().map((q) => quad(q.subject, q.predicate, q.object, namedNode(`${DEFAULT_BASE}article/sample-001`)));
    expect((await validateQuads(inGraphs)).conforms).to.equal(true);
  });

  const broken: [string, () => Quad[], string[]][] = [
    ['an event without evidence', () => edited('id:event/m1', 'dip:evidence'), ['Violation id:event/m1 dip:evidence']],
    ['an event not derived from an article', () => edited('id:event/v1', 'prov:wasDerivedFrom'), ['Violation id:event/v1 prov:wasDerivedFrom']],
    ['an event without a CAMEO code', () => edited('id:event/a1', 'dip:cameoCode'), ['Violation id:event/a1 dip:cameoCode']],
    ['a CAMEO code that is not digits', () => edited('id:event/a1', 'dip:cameoCode', literal('agree')), ['Violation id:event/a1 dip:cameoCode']],
    ['a date that is a plain string', () => edited('id:event/m1', 'dip:date', literal('2024-05-09')), ['Violation id:event/m1 dip:date']],
    ['two dates', () => edited('id:event/m1', 'dip:date', literal('2024-05-09', namedNode(`${XSD}date`)), literal('2024-05-10', namedNode(`${XSD}date`))), ['Violation id:event/m1 dip:date']],
    ['an unknown status', () => edited('id:event/m3', 'dip:status', namedNode(`${DIP}Rumoured`)), ['Violation id:event/m3 dip:status']],
    ['a visit without a destination', () => edited('id:event/v1', 'dip:destination'), ['Violation id:event/v1 dip:destination']],
    ['a visit to a person', () => edited('id:event/v1', 'dip:destination', namedNode(iri('id:person/ana-souza'))), ['Violation id:event/v1 dip:destination']],
    ['a statement without a speaker', () => edited('id:event/s1', 'dip:speaker'), ['Violation id:event/s1 dip:speaker']],
    ['a person with two labels', () => edited('id:person/yuki-mori', 'rdfs:label', literal('Yuki Mori'), literal('Y. Mori')), ['Violation id:person/yuki-mori rdfs:label']],
    ['a person mentioned in no article', () => edited('id:person/yuki-mori', 'dip:mentionedIn'), ['Violation id:person/yuki-mori dip:mentionedIn']],
    ['a position without a role', () => edited('id:position/foreign-minister-fr', 'dip:role'), ['Violation id:position/foreign-minister-fr dip:role']],
    ['a role the graph does not declare', () => edited('id:position/foreign-minister-fr', 'dip:role', namedNode(`${DIP}Mayor`)), ['Violation id:position/foreign-minister-fr dip:role']],
    ['a sentence whose start is not before its end', () => edited('id:sentence/sample-001/164-224', 'dip:evidenceStart', literal('300', namedNode(`${XSD}integer`))), ['Violation id:sentence/sample-001/164-224 dip:evidenceStart']],
    ['a sentence offset that is not an integer', () => edited('id:sentence/sample-001/164-224', 'dip:evidenceEnd', literal('224')),
      // sh:lessThan cannot compare an integer with a string, so the start is reported too
      ['Violation id:sentence/sample-001/164-224 dip:evidenceEnd', 'Violation id:sentence/sample-001/164-224 dip:evidenceStart']],
    ['an article without an identifier', () => edited('id:article/sample-002', 'schema:identifier'), ['Violation id:article/sample-002 schema:identifier']],
    ['a tenure without a holder', () => edited('id:tenure/t2', 'dip:holder'), ['Violation id:tenure/t2 dip:holder']],
    ['a country code in lower case', () => edited('id:country/br', 'dip:isoCode', literal('br')), ['Violation id:country/br dip:isoCode']],
    ['a meeting with no participant', () => edited('id:event/m3', 'dip:participant'), ['Violation id:event/m3 dip:participant', 'Warning id:event/m3 dip:participant']],
  ];
  for (const [what, graph, expected] of broken) {
    it(`reports ${what}`, async () => {
      const result = await validateQuads(graph());
      expect(brief(result.issues)).to.deep.equal(expected);
      expect(result.conforms).to.equal(false);
    });
  }

  it('only warns about a meeting with one named participant, and still conforms', async () => {
    const result = await validateQuads(edited('id:event/m3', 'dip:participant', namedNode(iri('id:person/kenji-sato'))));
    expect(brief(result.issues)).to.deep.equal(['Warning id:event/m3 dip:participant']);
    expect(result.conforms).to.equal(true);
  });

  it('formats a summary line, then one line per issue with focus node, path, message and value', async () => {
    const result = await validateQuads(edited('id:event/a1', 'dip:cameoCode', literal('agree')));
    const [summary, ...lines] = formatValidation(result).split('\n');
    expect(summary).to.equal('does not conform: 1 violations, 0 warnings');
    expect(lines).to.deep.equal([
      'Violation\tid:event/a1\tdip:cameoCode\tan event has exactly one dip:cameoCode, 2 to 4 digits as a string (value "agree")',
    ]);
  });
});
