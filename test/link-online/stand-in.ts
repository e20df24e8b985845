/** The local Wikidata stand-in (Virtuoso loaded with test/fixtures/wikidata-mini.ttl), if configured. */
export const WIKIDATA_STAND_IN = process.env.DIPKG_WIKIDATA_ENDPOINT;

/** The stand-in's endpoint; skips the suite with a visible reason when DIPKG_WIKIDATA_ENDPOINT is unset. */
export function requireWikidataStandIn(suite: Mocha.Context): string {
  if (!WIKIDATA_STAND_IN) {
    console.log('      (skipped: set DIPKG_WIKIDATA_ENDPOINT to a SPARQL endpoint loaded with test/fixtures/wikidata-mini.ttl; see .ci/virtuoso.sh)');
    suite.skip();
  }
  return WIKIDATA_STAND_IN as string;
}
