import { writeFileAtomic } from '../rdf/atomic-write.js';

import { once } from 'node:events';

/** Writes command output, whole or in chunks, to stdout (`-`) or, atomically, to a file. */
export async function writeOutput(out: string, content: string | Iterable<string> | AsyncIterable<string | Uint8Array>): Promise<void> {
  if (out !== '-') return writeFileAtomic(out, content);
  for await (const chunk of typeof content === 'string' ? [content] : content) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
