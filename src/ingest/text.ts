import { readFile } from 'node:fs/promises';
import { InputError } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a file's bytes as UTF-8 text, refusing binary data: a NUL byte or an invalid UTF-8
 * sequence names the file as not being text. A leading byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.includes(0)) throw new InputError(`${origin}: binary file (contains NUL bytes), not an article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`${origin}: not UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a file as UTF-8 text (see decodeText); a file that cannot be read is named with the system's reason. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return decodeText(bytes, path);
}

/** Normalises line ends so offsets mean the same on every platform. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
