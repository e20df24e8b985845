import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import type { Quad } from '@rdfjs/types';

/** The ontology folder shipped with dipkg (diplomacy.ttl, roles.ttl, shapes.ttl). */
export const ONTOLOGY_DIR = fileURLToPath(new URL('../../../ontology/', import.meta.url));

/** Absolute path of a file in the ontology folder. */
export function ontologyPath(file: string): string {
  return join(ONTOLOGY_DIR, file);
}

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
