import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { InputError } from '../ingest/errors.js';
import { rewriteWikidataService } from '../link/online/service.js';
import { DEFAULT_GRAPH } from '../paths.js';
import { vocabularyFiles } from '../validate/ontology-files.js';
import { RESULT_FORMATS, runQuery, type ResultFormat } from '../query/engine.js';
import { loadStore } from '../query/load.js';
import { listSavedQueries, resolveQuery } from '../query/saved.js';
import { prefixesFor, DEFAULT_BASE } from '../rdf/namespaces.js';

interface QueryArgs {
  query: string;
  data?: string[];
  format: ResultFormat;
  wikidataEndpoint?: string;
}

export const queryCommand: CommandModule<object, QueryArgs> = {
  command: 'query <query>',
  describe: 'Run a saved query (by name), a .rq file, or - (stdin) over the graph and the ontology',
  builder: (yargs: Argv) =>
    yargs
      .positional('query', { type: 'string', demandOption: true, describe: 'Saved query name, path to a .rq file, or -' })
      .option('data', { alias: 'd', type: 'string', array: true, describe: `RDF files to query (.ttl .nt .nq .trig .jsonld) [default: ${DEFAULT_GRAPH}]` })
      .option('format', { alias: 'f', choices: RESULT_FORMATS, default: 'table' as ResultFormat, describe: 'Result format (CONSTRUCT/DESCRIBE results are Turtle)' })
      .option('wikidata-endpoint', { type: 'string', describe: 'Send SERVICE <https://query.wikidata.org/sparql> calls to this endpoint instead' })
      .example('$0 query meetings-with-vice-foreign-ministers', 'A saved query over output/graph.ttl')
      .example('$0 query my.rq -d a.ttl -d b.nq -f csv', 'Your own query over other files, as CSV') as unknown as Argv<QueryArgs>,
  handler: async (args: ArgumentsCamelCase<QueryArgs>) => {
    const path = resolveQuery(args.query);
    const origin = path === '-' ? 'stdin' : path;
    let query = path === '-' ? await text(process.stdin) : await readFile(path, 'utf8');
    if (query.trim() === '') throw new InputError(`${origin}: empty query`);
    if (args.wikidataEndpoint) query = rewriteWikidataService(query, args.wikidataEndpoint);
    const store = await loadStore([...(args.data ?? [DEFAULT_GRAPH]), ...vocabularyFiles()]);
    process.stdout.write(await runQuery(query, store, { format: args.format, origin, prefixes: prefixesFor(DEFAULT_BASE) }));
  },
};

export const queriesCommand: CommandModule = {
  command: 'queries',
  describe: 'List the saved queries with their descriptions',
  handler: () => {
    const saved = listSavedQueries();
    const width = Math.max(...saved.map((q) => q.name.length));
    for (const q of saved) console.log(`${q.name.padEnd(width)}  ${q.description || q.title}`);
  },
};
