import type { Quad, Term } from '@rdfjs/types';
import type { Store } from 'n3';
import { text } from 'node:stream/consumers';
import type { Readable } from 'node:stream';
import { InputError } from '../ingest/errors.js';
import { serialize } from '../rdf/serialize.js';

export const RESULT_FORMATS = ['table', 'csv', 'tsv', 'json', 'xml'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

const MEDIA_TYPES: Record<Exclude<ResultFormat, 'table'>, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
};

export interface QueryOptions {
  format: ResultFormat;
  /** Names the query in error messages (a file name, or "stdin"). */
  origin: string;
  /** Prefixes for compact IRIs in tables and RDF results. */
  prefixes: Record<string, string>;
}

/** Shortens an IRI with the first matching prefix. */
function compact(term: Term | undefined, prefixes: Record<string, string>): string {
  if (!term) return '';
  if (term.termType !== 'NamedNode') return term.value;
  for (const [prefix, iri] of Object.entries(prefixes)) {
    if (term.value.startsWith(iri) && /^[\w./-]*$/.test(term.value.slice(iri.length))) return `${prefix}:${term.value.slice(iri.length)}`;
  }
  return `<${term.value}>`;
}

/** A plain-text table with the variables in the query's order, one row per solution. */
function formatTable(variables: string[], rows: string[][]): string {
  const widths = variables.map((v, i) => Math.max(v.length, ...rows.map((r) => Math.min(r[i]!.length, 80))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (c.length > 80 ? `${c.slice(0, 79)}…` : c).padEnd(widths[i]!)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(variables), rule, ...rows.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n') + '\n';
}

/**
 * Runs a SPARQL query over a store (its named graphs form the default graph) with Comunica,
 * imported only here because loading it costs about a second. Returns the formatted result.
 */
export async function runQuery(query: string, store: Store, options: QueryOptions): Promise<string> {
  const { QueryEngine } = await import('@comunica/query-sparql');
  const engine = new QueryEngine();
  let result;
  try {
    result = await engine.query(query, { sources: [store], unionDefaultGraph: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, ' ').trim();
    throw new InputError(`${options.origin}: SPARQL error: ${message}`);
  }
  if (result.resultType === 'void') throw new InputError(`${options.origin}: SPARQL updates are not supported (the graph is read-only)`);
  if (result.resultType === 'quads') {
    const quads: Quad[] = await (await result.execute()).toArray();
    return serialize(quads, 'turtle', options.prefixes);
  }
  if (options.format === 'table') {
    if (result.resultType === 'boolean') return `${await result.execute()}\n`;
    const variables = (await result.metadata()).variables.map((v) => v.value);
    const bindings = await (await result.execute()).toArray();
    const rows = bindings.map((b) => variables.map((v) => compact(b.get(v), options.prefixes)));
    return formatTable(variables, rows);
  }
  const { data } = await engine.resultToString(result, MEDIA_TYPES[options.format]);
  return text(data as Readable);
}
