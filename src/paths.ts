import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders shipped with dipkg, found from the compiled code's place (dist/src/). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const ONTOLOGY_DIR = join(PACKAGE_DIR, 'ontology');

/** Absolute path of a file in the ontology folder. */
export function ontologyPath(file: string): string {
  return join(ONTOLOGY_DIR, file);
}

export const SHAPES_FILE = ontologyPath('shapes.ttl');

/** Where `dipkg build` writes and `dipkg query` reads by default, relative to the working folder. */
export const DEFAULT_GRAPH = 'output/graph.ttl';
