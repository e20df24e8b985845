import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { Parser, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { InputError } from '../ingest/errors.js';
import { readTextFile } from '../ingest/text.js';

const N3_FORMATS: Record<string, string> = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.trig': 'application/trig' };

/** Parses an RDF file by its ending (.ttl, .nt, .nq, .trig, .jsonld); errors name the file and line. */
export async function readRdfFile(path: string): Promise<Quad[]> {
  const text = await readTextFile(path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.jsonld' || ext === '.json') {
      const { default: rdf } = await import('rdf-ext');
      const stream = rdf.formats.parsers.import('application/ld+json', Readable.from([text]));
      if (!stream) throw new Error('no JSON-LD parser');
      const quads: Quad[] = [];
      for await (const q of stream as unknown as AsyncIterable<Quad>) quads.push(q);
      return quads;
    }
    const format = N3_FORMATS[ext];
    if (!format) throw new InputError(`${path}: unknown RDF file type (expected ${[...Object.keys(N3_FORMATS), '.jsonld'].join(', ')})`);
    return new Parser({ format }).parse(text);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: not valid RDF (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Loads RDF files into one N3 store (each file's named graphs kept). */
export async function loadStore(paths: string[]): Promise<Store> {
  const store = new Store();
  for (const path of paths) store.addQuads(await readRdfFile(path));
  return store;
}
