import { readdirSync, readFileSync } from 'node:fs';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

import { ONTOLOGY_DIR, ontologyPath } from '../paths.js';

export { ONTOLOGY_DIR, ontologyPath };

/** Parses one Turtle file of the ontology folder. */
export function readOntologyFile(file: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(readFileSync(ontologyPath(file), 'utf8'));
}

/** The vocabulary files queries run against (every ontology/*.ttl except the SHACL shapes), sorted. */
export function vocabularyFiles(): string[] {
  return readdirSync(ONTOLOGY_DIR)
    .filter((f) => f.endsWith('.ttl') && f !== 'shapes.ttl')
    .sort()
    .map(ontologyPath);
}
