/**
 * The online candidate source: for a name, search Wikidata (or a mirror) for items, then fetch in one
 * SPARQL query their English labels and aliases, what they are (P31: persons must be humans, Q5), the
 * posts they held (P39, mapped to role ids by the roles lexicon) and their countries (P27 citizenship,
 * P17 for organisations; ISO2 by P297 or the bundled gazetteer). The decision stays with chooseLink.
 */
import { join } from 'node:path';
import { loadGazetteer } from '../../lexicon/gazetteer.js';
import type { CandidateSource, LinkCandidate, LinkContext } from '../candidate.js';
import { PoliteClient, type PoliteClientOptions, type RequestStats } from './polite-client.js';
import { rolesNamedBy } from '../position-roles.js';
import { MediaWikiSearch, SparqlLabelSearch, type NameSearch } from './search.js';
import { WIKIDATA_ENDPOINT } from './service.js';
import { select, type Row } from './sparql.js';

export interface WikidataSourceOptions extends Omit<PoliteClientOptions, 'cacheDir'> {
  /** SPARQL endpoint [default: https://query.wikidata.org/sparql]. */
  endpoint?: string;
  /** Name search: 'mediawiki' (wbsearchentities, only for the real Wikidata) or 'sparql' (label search on the endpoint). */
  search?: 'mediawiki' | 'sparql';
  /** The MediaWiki API for search 'mediawiki' [default: https://www.wikidata.org/w/api.php]. */
  searchApi?: string;
  /** Answer cache [default: .dipkg-cache/wikidata under the working folder]. */
  cacheDir?: string;
}

export interface WikidataSource extends CandidateSource {
  readonly stats: RequestStats;
}

const ENTITY = 'http://www.wikidata.org/entity/';
const HUMAN = `${ENTITY}Q5`;

function detailsQuery(qids: string[]): string {
  return `PREFIX wd: <${ENTITY}>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?item ?label ?alias ?type ?positionLabel ?country ?iso2 WHERE {
  VALUES ?item { ${qids.map((q) => `wd:${q}`).join(' ')} }
  { ?item rdfs:label ?label FILTER(LANG(?label) = "en") }
  UNION { ?item skos:altLabel ?alias FILTER(LANG(?alias) = "en") }
  UNION { ?item wdt:P31 ?type }
  UNION { ?item wdt:P39 ?position . ?position rdfs:label ?positionLabel FILTER(LANG(?positionLabel) = "en") }
  UNION { ?item wdt:P27|wdt:P17 ?country OPTIONAL { ?country wdt:P297 ?iso2 } }
}`;
}

let iso2ByQid: Map<string, string> | undefined;

/** ISO2 of a country item: its P297 when the endpoint has it, else the bundled gazetteer's. */
function iso2Of(countryIri: string, p297: string | undefined): string | undefined {
  if (p297) return p297.toUpperCase();
  iso2ByQid ??= new Map(loadGazetteer().countries.flatMap((c) => (c.qid ? [[c.qid, c.iso2] as const] : [])));
  return iso2ByQid.get(countryIri.slice(ENTITY.length));
}

interface Item {
  labels: string[];
  aliases: Set<string>;
  types: Set<string>;
  roles: Set<string>;
  countries: Set<string>;
}

function collect(rows: Row[]): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const row of rows) {
    const qid = (row.item ?? '').slice(ENTITY.length);
    const item = items.get(qid) ?? { labels: [], aliases: new Set(), types: new Set(), roles: new Set(), countries: new Set() };
    items.set(qid, item);
    if (row.label) item.labels.push(row.label);
    if (row.alias) item.aliases.add(row.alias);
    if (row.type) item.types.add(row.type);
    if (row.positionLabel) for (const role of rolesNamedBy(row.positionLabel)) item.roles.add(role);
    const iso2 = row.country ? iso2Of(row.country, row.iso2) : undefined;
    if (iso2) item.countries.add(iso2);
  }
  return items;
}

/** A person must be a human; an organisation must not be. */
const fitsKind = (kind: LinkContext['kind'], item: Item): boolean => (kind === 'person') === item.types.has(HUMAN);

export function createWikidataSource(options: WikidataSourceOptions = {}): WikidataSource {
  const endpoint = options.endpoint ?? WIKIDATA_ENDPOINT;
  const client = new PoliteClient({ ...options, cacheDir: options.cacheDir ?? join(process.cwd(), '.dipkg-cache', 'wikidata') });
  const searchKind = options.search ?? (endpoint === WIKIDATA_ENDPOINT ? 'mediawiki' : 'sparql');
  const search: NameSearch =
    searchKind === 'mediawiki' ? new MediaWikiSearch(client, options.searchApi) : new SparqlLabelSearch(client, endpoint);
  const source = `online:${endpoint}`;

  return {
    name: endpoint,
    stats: client.stats,
    async candidates(context: LinkContext): Promise<LinkCandidate[]> {
      const qids = await search.find(context.name, context.altNames);
      if (qids.length === 0) return [];
      const items = collect(await select(client, endpoint, detailsQuery(qids)));
      return qids.flatMap((qid) => {
        const item = items.get(qid);
        if (!item || !fitsKind(context.kind, item)) return [];
        const [label = '', ...otherLabels] = item.labels;
        return [{ qid, label, aliases: [...new Set([...otherLabels, ...item.aliases])], countries: [...item.countries].sort(), roles: [...item.roles].sort(), source }];
      });
    },
  };
}
