/** The public Wikidata Query Service, the default endpoint of online linking and of federated saved queries. */
export const WIKIDATA_ENDPOINT = 'https://query.wikidata.org/sparql';

/**
 * Points a query's `SERVICE <https://query.wikidata.org/sparql>` clauses at another endpoint (a local
 * mirror or test stand-in), e.g. for `dipkg query --wikidata-endpoint URL`. Other SERVICE clauses are kept.
 */
export function rewriteWikidataService(query: string, endpoint: string): string {
  if (/[<>"{}|\\^`\s]/.test(endpoint)) throw new Error(`not a usable endpoint IRI: ${endpoint}`);
  return query.replace(/(\bSERVICE\s+(?:SILENT\s+)?)<https?:\/\/query\.wikidata\.org\/sparql\/?>/gi, `$1<${endpoint}>`);
}
