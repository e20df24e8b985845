import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { InputError } from '../ingest/errors.js';
import { DEFAULT_MAX_AGE_DAYS } from '../link/online/disk-cache.js';
import { DEFAULT_GRAPH } from '../paths.js';
import { EXTENSIONS, FORMATS, type Format } from '../rdf/formats.js';
import { DEFAULT_BASE, prefixesFor } from '../rdf/namespaces.js';
import { factsOf, inputOptions, type InputArgs } from './inputs.js';
import { writeOutput } from './output.js';

interface BuildArgs extends InputArgs {
  out?: string;
  format: Format;
  base: string;
  link: 'offline' | 'online' | 'none';
  endpoint?: string;
  cacheDays: number;
  report: boolean;
}

export const buildCommand: CommandModule<object, BuildArgs> = {
  command: 'build <inputs..>',
  describe: 'Build the graph from articles (.txt .md .html .jsonl, or folders of them) and .facts.json files',
  builder: (yargs: Argv) =>
    inputOptions(yargs)
      .option('out', { alias: 'o', type: 'string', describe: `Output file, or - for stdout [default: ${DEFAULT_GRAPH}, or graph.<ext> for other formats]` })
      .option('format', { alias: 'f', choices: FORMATS, default: 'turtle' as Format, describe: 'RDF format' })
      .option('base', { type: 'string', default: DEFAULT_BASE, describe: 'Base IRI of minted resources' })
      .option('link', { choices: ['offline', 'online', 'none'] as const, default: 'offline' as const, describe: 'Wikidata linking: bundled tables, plus a SPARQL endpoint, or none' })
      .option('endpoint', { type: 'string', describe: 'SPARQL endpoint for --link online [default: https://query.wikidata.org/sparql]' })
      .option('cache-days', { type: 'number', default: DEFAULT_MAX_AGE_DAYS, describe: 'Days a cached --link online answer (in .dipkg-cache/) is reused before it is asked again' })
      .option('report', { type: 'boolean', default: false, describe: 'Print entities left unlinked or ambiguous to stderr' })
      .example('$0 build seeds', `Writes ${DEFAULT_GRAPH} from the seed articles`)
      .example('$0 build corpus.jsonl -f nquads -o graph.nq', 'One named graph per article') as unknown as Argv<BuildArgs>,
  handler: async (args: ArgumentsCamelCase<BuildArgs>) => {
    if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/i.test(args.base)) {
      throw new InputError(`--base must be an absolute IRI ending in / or #, got "${args.base}"`);
    }
    if (!(args.cacheDays >= 0)) throw new InputError("--cache-days must be a number of days, 0 or more");
    const out = args.out ?? (args.format === 'turtle' ? DEFAULT_GRAPH : `output/graph.${EXTENSIONS[args.format]}`);
    const format = args.format;
    // The pipeline loads lexicons and an NLP model: imported only when a build runs, so --help stays instant.
    const { isLineFormat } = await import('../rdf/serialize.js');
    // Line formats with offline linking stream end to end, article by article; the rest gathers all facts first.
    const { articles, quads } =
      isLineFormat(format) && args.link !== 'online' && !args.report
        ? await (await import('../build.js')).buildLines(
            args.inputs,
            { keepGoing: args.keepGoing, jobs: args.jobs, warn: (m) => console.error(`dipkg: ${m}`), link: args.link === 'offline', base: args.base, format },
            (chunks) => writeOutput(out, chunks),
          )
        : await buildFromFacts(args, out);
    if (out !== '-') console.error(`dipkg: ${articles} article(s), ${quads} quads → ${out}`);
  },
};

/** Extracts all facts, links them (online too, or with a report), then converts and writes them. */
async function buildFromFacts(args: ArgumentsCamelCase<BuildArgs>, out: string): Promise<{ articles: number; quads: number }> {
  const [{ formatLinkReport, linkFacts }, { createWikidataSource }, { quadsPerArticle }, { graphLines, isLineFormat, serializeCounted }] = await Promise.all([
    import('../link/link.js'),
    import('../link/online/wikidata.js'),
    import('../rdf/convert.js'),
    import('../rdf/serialize.js'),
  ]);
  const facts = await factsOf(args);
  if (args.link !== 'none') {
    const online = args.link === 'online' ? createWikidataSource({ endpoint: args.endpoint, cacheMaxAgeDays: args.cacheDays }) : undefined;
    const report = await linkFacts(facts, { online });
    if (args.report) console.error(formatLinkReport(report));
  }
  const format = args.format;
  const graphs = quadsPerArticle(facts, { base: args.base });
  // Line formats stream article by article; the pretty ones group the whole graph by subject.
  if (isLineFormat(format)) {
    let quads = 0;
    const lines = function* () {
      for (const graph of graphs) {
        const written = graphLines(graph, format);
        quads += written.statements;
        yield written.lines;
      }
    };
    await writeOutput(out, lines());
    return { articles: facts.length, quads };
  }
  const { text, statements } = await serializeCounted([...graphs].flat(), format, prefixesFor(args.base));
  await writeOutput(out, text);
  return { articles: facts.length, quads: statements };
}
