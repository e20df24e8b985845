import type { Argv } from 'yargs';

/** What build and extract both read: the inputs and how to go through them. */
export interface InputArgs {
  inputs: string[];
  keepGoing: boolean;
  jobs?: number;
}

export function inputOptions(yargs: Argv): Argv {
  return yargs
    .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'Files or folders to read' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'Worker threads for extraction [default: one per core for inputs over 2 MB, else 1]' })
    .option('keep-going', { type: 'boolean', default: false, describe: 'Skip unreadable inputs (and bad JSONL lines) with a warning instead of stopping' });
}

/** Extracts (or reads) the facts of every input, warnings on stderr. */
export async function factsOf(args: InputArgs) {
  const { collectFacts } = await import('../build.js');
  return collectFacts(args.inputs, { keepGoing: args.keepGoing, jobs: args.jobs, warn: (m) => console.error(`dipkg: ${m}`) });
}
