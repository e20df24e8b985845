#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from './ingest/errors.js';
import { buildCommand } from './cli/build.js';
import { extractCommand } from './cli/extract.js';
import { queriesCommand, queryCommand } from './cli/query.js';
import { validateCommand } from './cli/validate.js';

/**
 * yargs-parser reads a lone `-` (stdin/stdout, as in `-o -` or `query -`) as an empty flag, so it is
 * swapped for a token before parsing and swapped back in the parsed arguments.
 */
const DASH = '\u0000dash';
const args = hideBin(process.argv).map((arg) => (arg === '-' ? DASH : arg));
function restoreDashes(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (value === DASH) argv[key] = '-';
    else if (Array.isArray(value)) argv[key] = value.map((v) => (v === DASH ? '-' : v));
  }
}

/** A mistake in the command line itself: unknown flag, missing argument. */
class UsageError extends Error {}

/** Prints one line for a failure and sets a non-zero exit code; a stack trace only with DIPKG_DEBUG=1. */
function reportFailure(error: unknown): void {
  if (process.env.DIPKG_DEBUG) console.error(error);
  if (error instanceof InputError) {
    console.error(`dipkg: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`dipkg: internal error: ${(error as Error)?.message ?? String(error)} (set DIPKG_DEBUG=1 for details)`);
    process.exitCode = 70;
  }
}

try {
  await yargs(args)
    .scriptName('dipkg')
    .usage('$0 <command> [options]\n\nBuilds a queryable diplomacy knowledge graph (RDF) from news articles.')
    .command(buildCommand)
    .command(extractCommand)
    .command(queryCommand)
    .command(queriesCommand)
    .command(validateCommand)
    .middleware(restoreDashes, true)
    .demandCommand(1, 'Name a command: build, extract, query, queries or validate.')
    .strict()
    .recommendCommands()
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message.replace(/\s+/g, ' ').trim());
    })
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .parseAsync();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`dipkg: ${error.message} (see dipkg --help)`);
    process.exitCode = 2;
  } else {
    reportFailure(error);
  }
}
