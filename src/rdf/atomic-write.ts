import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../ingest/errors.js';

/**
 * Writes a file so that readers see the old content or the new, never a part: the text goes to a
 * temporary file beside the target, is flushed to disk, then renamed over it.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string> | AsyncIterable<string | Uint8Array>): Promise<void> {
  const folder = dirname(path);
  // One level only: Node's recursive mkdir can spin forever on special file systems such as /proc.
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw new InputError(`${path}: cannot create folder ${folder} (${error.code ?? error.message})`);
  });
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      // writeFile writes all of a chunk (write may stop short) from where the last one ended.
      if (typeof content === 'string') await handle.writeFile(content, 'utf8');
      else for await (const chunk of content) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot write (${code ?? (error as Error).message})`);
  }
}
