import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { factsOf, inputOptions, type InputArgs } from './inputs.js';
import { writeOutput } from './output.js';

interface ExtractArgs extends InputArgs {
  out: string;
}

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract <inputs..>',
  describe: 'Print the facts found in articles as ArticleFacts JSON (the format build also accepts as .facts.json)',
  builder: (yargs: Argv) =>
    inputOptions(yargs)
      .option('out', { alias: 'o', type: 'string', default: '-', describe: 'Output file, or - for stdout' })
      .example('$0 extract seeds/000_15adf3c591cd31b4.txt', 'Facts of one article as JSON') as unknown as Argv<ExtractArgs>,
  handler: async (args: ArgumentsCamelCase<ExtractArgs>) => {
    const facts = await factsOf(args);
    await writeOutput(args.out, `${JSON.stringify(facts, null, 2)}\n`);
  },
};
