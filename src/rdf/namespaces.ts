/** The vocabularies the graph is written in, with the prefixes output files declare. */
export const DIP = 'https://w3id.org/dipkg/ontology#';
export const DEFAULT_BASE = 'https://w3id.org/dipkg/id/';

export const PREFIXES = {
  dip: DIP,
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

/** Prefixes for a given resource base: the standard ones plus `id:`. */
export function prefixesFor(base: string): Record<string, string> {
  return { ...PREFIXES, id: base };
}
