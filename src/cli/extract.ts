import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { writeOutput } from './output.js';

interface ExtractArgs {
  inputs: string[];
  out: string;
  keepGoing: boolean;
  jobs?: number;
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <inputs..>',
  describe: 'Print the facts found in articles as ArticleFacts JSON (the format build also accepts as .facts.json)',
  builder: (yargs: Argv) =>
    yargs
      .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files or folders to read' })
      .option('out', { alias: 'o', type: 'string', default: '-', describe: 'Output file, or - for stdout' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'Worker threads for extraction [default: one per core for inputs over 2 MB, else 1]' })
      .option('keep-going', { type: 'boolean', default: false, describe: 'Skip unreadable inputs with a warning instead of stopping' })
      .example('$0 extract seeds/000_15adf3c591cd31b4.txt', 'Facts of one article as JSON') as unknown as Argv<ExtractArgs>,
  handler: async (args: ArgumentsCamelCase<ExtractArgs>) => {
    const { collectFacts } = await import('../build.js');
    const facts = await collectFacts(args.inputs, { keepGoing: args.keepGoing, jobs: args.jobs, warn: (m) => console.error(`dipkg: ${m}`) });
    await writeOutput(args.out, `${JSON.stringify(facts, null, 2)}\n`);
  },
};
