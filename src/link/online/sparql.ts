/** SELECT queries against a SPARQL endpoint over the polite client, results as plain rows. */
import type { PoliteClient } from './polite-client.js';

/** One solution: variable name → value (IRI or lexical form). Unbound variables are absent. */
export type Row = Record<string, string>;

/** A SPARQL string literal for any text (quotes, backslashes and line breaks escaped). */
export function sparqlString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/**
 * Rows of a SPARQL 1.1 JSON result. Accepts Virtuoso's pre-1.1 `typed-literal` term type along with
 * `uri`, `literal` and `bnode`: only the value is kept.
 */
export function rowsOf(json: unknown, origin: string): Row[] {
  const bindings = (json as { results?: { bindings?: unknown } } | null)?.results?.bindings;
  if (!Array.isArray(bindings)) throw new Error(`${origin} did not answer with SPARQL JSON results`);
  return bindings.map((binding: Record<string, { value?: unknown }>) => {
    const row: Row = {};
    for (const [name, term] of Object.entries(binding)) if (typeof term?.value === 'string') row[name] = term.value;
    return row;
  });
}

export async function select(client: PoliteClient, endpoint: string, query: string): Promise<Row[]> {
  return rowsOf(await client.json(endpoint, { accept: 'application/sparql-results+json', form: { query } }), endpoint);
}
