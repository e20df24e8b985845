import { fileURLToPath } from 'node:url';

/** Folders shipped with dipkg, found from the compiled code's place (dist/src/). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const ONTOLOGY_FILES = ['diplomacy.ttl', 'roles.ttl'].map((f) => fileURLToPath(new URL(`../../ontology/${f}`, import.meta.url)));
export const SHAPES_FILE = fileURLToPath(new URL('../../ontology/shapes.ttl', import.meta.url));

/** Where `dipkg build` writes and `dipkg query` reads by default, relative to the working folder. */
export const DEFAULT_GRAPH = 'output/graph.ttl';
