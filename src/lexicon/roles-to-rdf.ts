/**
 * The role hierarchy as RDF: each dip:Role a SKOS concept in the dip:Roles scheme. `roleQuads` gives the
 * quads the converter puts into a graph; run this file (`node dist/src/lexicon/roles-to-rdf.js`) to
 * regenerate ontology/roles.ttl after editing src/lexicon/data/roles.tsv.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { DIP, PREFIXES } from '../rdf/namespaces.js';
import { ontologyPath } from '../validate/ontology-files.js';
import { loadRoles, withAncestors } from './roles.js';

const SKOS = PREFIXES.skos;
const RDF_TYPE = `${PREFIXES.rdf}type`;
const { namedNode, literal, quad } = DataFactory;

export const ROLES_FILE = 'roles.ttl';

/**
 * The roles named (each with its whole skos:broader chain), or every role when none are named, in
 * roles.tsv order. Ids not in roles.tsv are skipped: SHACL validation reports a dip:role that is no dip:Role.
 * `titleForms: false` leaves out the altLabels (the title wordings of the lexicon): an article's graph names the
 * roles it uses and their hierarchy, while the wordings live once in ontology/roles.ttl.
 */
export function roleQuads(roleIds?: Iterable<string>, { titleForms = true }: { titleForms?: boolean } = {}): Quad[] {
  const roles = loadRoles();
  const wanted = roleIds ? new Set([...roleIds].flatMap((id) => withAncestors(id, roles))) : undefined;
  const quads: Quad[] = [];
  for (const role of roles.values()) {
    if (wanted && !wanted.has(role.id)) continue;
    const node = namedNode(DIP + role.id);
    const add = (predicate: string, object: Quad['object']) => quads.push(quad(node, namedNode(predicate), object));
    add(RDF_TYPE, namedNode(`${DIP}Role`));
    add(RDF_TYPE, namedNode(`${SKOS}Concept`));
    add(`${SKOS}prefLabel`, literal(role.label, 'en'));
    for (const form of titleForms ? role.forms : []) {
      if (form.toLowerCase() !== role.label.toLowerCase()) add(`${SKOS}altLabel`, literal(form, 'en'));
    }
    for (const broader of role.broader) add(`${SKOS}broader`, namedNode(DIP + broader));
    add(`${SKOS}inScheme`, namedNode(`${DIP}Roles`));
  }
  return quads;
}

/** The text of ontology/roles.ttl as generated from roles.tsv now. */
export function rolesTurtle(): Promise<string> {
  const writer = new Writer({ prefixes: { dip: DIP, skos: SKOS } });
  writer.addQuads(roleQuads());
  return new Promise((resolvePromise, reject) => {
    writer.end((error, turtle: string) => {
      if (error) reject(error);
      else resolvePromise(`# Generated from src/lexicon/data/roles.tsv by \`npm run gen:roles\`: edit the TSV, not this file.\n${turtle}`);
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = ontologyPath(ROLES_FILE);
  writeFileSync(target, await rolesTurtle());
  console.log(`wrote ${target}`);
}
