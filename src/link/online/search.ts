/**
 * Name search: which items might a name denote? Two implementations behind one interface:
 * the MediaWiki `wbsearchentities` API (real Wikidata: fast, fuzzy, all languages) and a portable
 * label/altLabel SPARQL search for any other endpoint (a mirror or a local stand-in).
 */
import type { PoliteClient } from './polite-client.js';
import { select, sparqlString } from './sparql.js';

/** The item ids (QIDs) a name might denote, best first. */
export interface NameSearch {
  find(name: string, altNames: string[]): Promise<string[]>;
}

export const MEDIAWIKI_API = 'https://www.wikidata.org/w/api.php';
const LIMIT = 10;
const QID = /^Q\d+$/;

export class MediaWikiSearch implements NameSearch {
  constructor(
    private readonly client: PoliteClient,
    private readonly api = MEDIAWIKI_API,
  ) {}

  async find(name: string): Promise<string[]> {
    const params = new URLSearchParams({
      action: 'wbsearchentities',
      format: 'json',
      language: 'en',
      uselang: 'en',
      type: 'item',
      limit: String(LIMIT),
      search: name,
    });
    const answer = (await this.client.json(`${this.api}?${params}`, { accept: 'application/json' })) as {
      search?: { id?: unknown }[];
      error?: { info?: string };
    };
    if (!Array.isArray(answer?.search)) throw new Error(`${this.api}: ${answer?.error?.info ?? 'unexpected answer to wbsearchentities'}`);
    return answer.search.map((hit) => String(hit.id)).filter((id) => QID.test(id));
  }
}

const PREFIXES = `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

/** Words of a name as a label may spell them: lowercase, split at spaces, hyphens, dots and apostrophes. */
const wordsOf = (name: string): string[] => name.toLowerCase().split(/[\s\-.'’]+/u).filter((w) => w !== '');

/**
 * Exact English label or alias first; failing that, labels containing the name's longest word once
 * separators are squeezed out ("Pak Jongchol" finds "Pak Jong-chol"), ranked by how many of the other
 * words they lack. Portable SPARQL 1.1, fine for a mirror of modest size; on the full Wikidata the
 * CONTAINS scan is too slow, hence MediaWikiSearch there.
 */
export class SparqlLabelSearch implements NameSearch {
  constructor(
    private readonly client: PoliteClient,
    private readonly endpoint: string,
  ) {}

  async find(name: string, altNames: string[]): Promise<string[]> {
    const exact = await this.qids(exactQuery([name, ...altNames]));
    return exact.length > 0 ? exact : this.qids(containsQuery(name));
  }

  private async qids(query: string | undefined): Promise<string[]> {
    if (!query) return [];
    const rows = await select(this.client, this.endpoint, query);
    return rows.map((r) => (r.item ?? '').replace(/^.*\//, '')).filter((id) => QID.test(id));
  }
}

function exactQuery(names: string[]): string {
  const values = [...new Set(names)].map((n) => `${sparqlString(n)}@en`).join(' ');
  return `${PREFIXES}SELECT DISTINCT ?item WHERE {
  VALUES ?name { ${values} }
  VALUES ?p { rdfs:label skos:altLabel }
  ?item ?p ?name .
} ORDER BY ?item LIMIT ${LIMIT}`;
}

function containsQuery(name: string): string | undefined {
  const words = wordsOf(name);
  const longest = [...words].sort((a, b) => b.length - a.length)[0];
  if (!longest || longest.length < 3) return undefined;
  const missing = words.filter((w) => w !== longest).map((w) => `IF(CONTAINS(?squeezed, ${sparqlString(w)}), 0, 1)`);
  return `${PREFIXES}SELECT ?item (MIN(?rank) AS ?best) WHERE {
  VALUES ?p { rdfs:label skos:altLabel }
  ?item ?p ?label .
  FILTER(LANG(?label) = "en")
  BIND(REPLACE(LCASE(STR(?label)), "[\\\\s.'’-]", "") AS ?squeezed)
  FILTER(CONTAINS(?squeezed, ${sparqlString(longest)}))
  BIND((${missing.length > 0 ? missing.join(' + ') : '0'}) AS ?rank)
} GROUP BY ?item ORDER BY ?best ?item LIMIT ${LIMIT}`;
}
