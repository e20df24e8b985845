/** The RDF formats dipkg writes, and the file ending of each. */
export const FORMATS = ['turtle', 'ntriples', 'nquads', 'trig', 'jsonld'] as const;
export type Format = (typeof FORMATS)[number];

export const EXTENSIONS: Record<Format, string> = { turtle: 'ttl', ntriples: 'nt', nquads: 'nq', trig: 'trig', jsonld: 'jsonld' };
