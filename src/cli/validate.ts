import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { SHAPES_FILE } from '../paths.js';

interface ValidateArgs {
  graph: string;
  shapes: string;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <graph>',
  describe: 'Check a graph against the SHACL shapes of the ontology',
  builder: (yargs: Argv) =>
    yargs
      .positional('graph', { type: 'string', demandOption: true, describe: 'RDF file (.ttl .nt .nq .trig .jsonld)' })
      .option('shapes', { type: 'string', default: SHAPES_FILE, describe: 'SHACL shapes file' })
      .example('$0 validate output/graph.ttl', 'Conforms, or one line per violation') as unknown as Argv<ValidateArgs>,
  handler: async (args: ArgumentsCamelCase<ValidateArgs>) => {
    const [{ readRdfFile }, { formatValidation, validateQuads }] = await Promise.all([import('../query/load.js'), import('../validate/shacl.js')]);
    const result = await validateQuads(await readRdfFile(args.graph), await readRdfFile(args.shapes));
    process.stdout.write(`${formatValidation(result)}\n`);
    if (!result.conforms) process.exitCode = 1;
  },
};
