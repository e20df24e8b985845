import { writeFileAtomic } from '../rdf/atomic-write.js';

/** Writes command output to stdout (`-`) or, atomically, to a file. */
export async function writeOutput(out: string, text: string): Promise<void> {
  if (out === '-') process.stdout.write(text);
  else await writeFileAtomic(out, text);
}
