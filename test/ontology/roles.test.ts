import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { Parser, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { roleQuads, rolesTurtle, ROLES_FILE } from '../../src/lexicon/roles-to-rdf.js';
import { loadRoles } from '../../src/lexicon/roles.js';
import { DIP, PREFIXES } from '../../src/rdf/namespaces.js';
import { ontologyPath } from '../../src/validate/ontology-files.js';
import { sampleGraph } from '../fixtures/sample-graph.js';

const SKOS = PREFIXES.skos;
const key = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${'language' in q.object ? q.object.language : ''}`;
const subjects = (quads: Quad[]) => new Set(quads.map((q) => q.subject.value.slice(DIP.length)));

describe('roles scheme (roles-to-rdf)', () => {
  it('ontology/roles.ttl is what the generator makes from roles.tsv now', async () => {
    const committed = readFileSync(ontologyPath(ROLES_FILE), 'utf8');
    expect(committed === (await rolesTurtle()), 'ontology/roles.ttl is stale: run `npm run gen:roles` (node dist/src/lexicon/roles-to-rdf.js)').to.equal(true);
  });

  it('describes every role of roles.tsv as a dip:Role SKOS concept in dip:Roles with one English prefLabel', () => {
    const store = new Store(new Parser().parse(readFileSync(ontologyPath(ROLES_FILE), 'utf8')));
    for (const role of loadRoles().values()) {
      const node = DIP + role.id;
      expect(store.getObjects(node, `${PREFIXES.rdf}type`, null).map((t) => t.value)).to.have.members([`${DIP}Role`, `${SKOS}Concept`]);
      expect(store.getObjects(node, `${SKOS}inScheme`, null).map((t) => t.value)).to.deep.equal([`${DIP}Roles`]);
      const prefLabels = store.getObjects(node, `${SKOS}prefLabel`, null);
      expect(prefLabels.map((l) => [l.value, 'language' in l && l.language])).to.deep.equal([[role.label, 'en']]);
    }
  });

  it('maps title synonyms to altLabels and broader roles to skos:broader', () => {
    const quads = roleQuads(['ViceForeignMinister']);
    const vfm = `${DIP}ViceForeignMinister`;
    const alt = quads.filter((q) => q.subject.value === vfm && q.predicate.value === `${SKOS}altLabel`).map((q) => q.object.value);
    expect(alt).to.include('deputy foreign minister');
    expect(alt, 'the prefLabel is not repeated as an altLabel').not.to.include('vice foreign minister');
    const broader = quads.filter((q) => q.subject.value === vfm && q.predicate.value === `${SKOS}broader`).map((q) => q.object.value);
    expect(broader).to.deep.equal(loadRoles().get('ViceForeignMinister')!.broader.map((id) => DIP + id));
  });

  it('given role ids, gives those roles and their whole broader chain, each once, and skips unknown ids', () => {
    const quads = roleQuads(['FirstViceForeignMinister', 'NoSuchRole', 'FirstViceForeignMinister']);
    expect(subjects(quads)).to.deep.equal(
      new Set(['FirstViceForeignMinister', 'ViceForeignMinister', 'ForeignMinistryOfficial', 'Diplomat', 'GovernmentOfficial']),
    );
    expect(new Set(quads.map(key)).size).to.equal(quads.length);
    expect(roleQuads([])).to.deep.equal([]);
    expect(subjects(roleQuads()).size).to.equal(loadRoles().size);
  });

  it('the sample graph describes its roles as the generator does', () => {
    const generated = new Set(roleQuads().map(key));
    const sampleRoleQuads = sampleGraph().filter((q) => q.subject.value.startsWith(DIP));
    expect(sampleRoleQuads.length).to.be.greaterThan(0);
    expect(sampleRoleQuads.map(key).filter((k) => !generated.has(k))).to.deep.equal([]);
  });
});
