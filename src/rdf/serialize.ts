import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';

import type { Format } from './formats.js';

/** Formats that keep one named graph per article; the others merge all graphs into one. */
const KEEPS_GRAPHS: Record<Format, boolean> = { turtle: false, ntriples: false, nquads: true, trig: true, jsonld: true };
const N3_FORMAT: Partial<Record<Format, string>> = { turtle: 'Turtle', ntriples: 'N-Triples', nquads: 'N-Quads', trig: 'TriG' };

type Term = Quad['subject'] | Quad['predicate'] | Quad['object'] | Quad['graph'];

function termKey(term: Term): string {
  if (term.termType === 'Literal') return `"${term.value}"@${term.language}^^${term.datatype.value}`;
  return `${term.termType}:${term.value}`;
}

const order = (x: string, y: string): number => (x === y ? 0 : x < y ? -1 : 1);

/** Orders two terms as their termKeys would, building keys only for mixed kinds and rare literal ties. */
function compareTerms(a: Term, b: Term): number {
  if (a === b) return 0;
  if (a.termType !== b.termType) return order(termKey(a), termKey(b));
  if (a.termType !== 'Literal') return order(a.value, b.value);
  // Keys '"value"@language^^datatype': where one value is the other's prefix, the '"' after it meets the other's next character.
  const [x, y] = [a.value, b.value];
  if (x === y || (y.startsWith(x) && y[x.length] === '"') || (x.startsWith(y) && x[y.length] === '"')) return order(termKey(a), termKey(b));
  if (y.startsWith(x)) return order('"', y[x.length]!);
  if (x.startsWith(y)) return order(x[y.length]!, '"');
  return order(x, y);
}

/** compareTerms for a graph, subject or predicate, or NaN where one key is the other's prefix followed by a NUL (then joined keys order by what follows). */
function headOrder(a: Term, b: Term): number {
  if (a === b) return 0;
  const sameKind = a.termType === b.termType && a.termType !== 'Literal';
  const x = sameKind ? a.value : termKey(a);
  const y = sameKind ? b.value : termKey(b);
  if (x === y) return 0;
  if (x < y) return y.startsWith(x) && y.charCodeAt(x.length) === 0 ? NaN : -1;
  return x.startsWith(y) && x.charCodeAt(y.length) === 0 ? NaN : 1;
}

/**
 * Sorts quads by graph, subject, predicate, object and drops repeats: stable, grouped output. The order is
 * that of the keys graph NUL subject NUL predicate NUL object (termKey each), compared term by term; only
 * a term holding a NUL can make the joined keys order otherwise, and then they are built and compared.
 */
export function canonicalOrder(quads: Quad[], keepGraphs: boolean): Quad[] {
  const joined = (q: Quad): string => [keepGraphs ? termKey(q.graph) : '', termKey(q.subject), termKey(q.predicate), termKey(q.object)].join('\u0000');
  const compare = (p: Quad, q: Quad): number => {
    let c = keepGraphs ? headOrder(p.graph, q.graph) : 0;
    if (c === 0) c = headOrder(p.subject, q.subject);
    if (c === 0) c = headOrder(p.predicate, q.predicate);
    if (c === 0) return compareTerms(p.object, q.object);
    return Number.isNaN(c) ? order(joined(p), joined(q)) : c;
  };
  const sorted = [...quads].sort(compare);
  const out: Quad[] = [];
  for (const [i, q] of sorted.entries()) {
    if (i > 0 && compare(sorted[i - 1]!, q) === 0) continue;
    out.push(keepGraphs ? q : DataFactory.quad(q.subject, q.predicate, q.object));
  }
  return out;
}

/** Formats written line by line, one article's graph at a time, without holding the whole graph. */
export const LINE_FORMATS = ['ntriples', 'nquads'] as const;
export type LineFormat = (typeof LINE_FORMATS)[number];

export function isLineFormat(format: Format): format is LineFormat {
  return (LINE_FORMATS as readonly string[]).includes(format);
}

/**
 * Serialises graphs one after another as N-Triples or N-Quads: each batch sorted and without repeats,
 * batches in the order given. A triple two articles share appears once per article in N-Triples
 * (harmless: RDF graphs are sets), which is what keeps memory flat for any corpus size.
 */
export function* serializeLines(batches: Iterable<Quad[]>, format: LineFormat): Generator<string> {
  for (const batch of batches) yield graphLines(batch, format);
}

const lineWriters = new Map<LineFormat, Writer>();

/** One graph as N-Triples or N-Quads lines, sorted and without repeats. */
export function graphLines(quads: Quad[], format: LineFormat): string {
  let writer = lineWriters.get(format);
  if (!writer) lineWriters.set(format, (writer = new Writer({ format: N3_FORMAT[format] })));
  return writer.quadsToString(canonicalOrder(quads, KEEPS_GRAPHS[format]));
}

/** Serialises quads in one of the supported formats. Output is deterministic for the same quads. */
export async function serialize(quads: Quad[], format: Format, prefixes: Record<string, string>): Promise<string> {
  const ordered = canonicalOrder(quads, KEEPS_GRAPHS[format]);
  if (format === 'jsonld') {
    // rdf-ext takes most of a second to import: only JSON-LD output pays for it.
    const { default: rdf } = await import('rdf-ext');
    const output = rdf.formats.serializers.import('application/ld+json', Readable.from(ordered));
    if (!output) throw new Error('rdf-ext has no JSON-LD serializer');
    return `${JSON.stringify(JSON.parse(await text(output as Readable)), null, 2)}\n`;
  }
  const usesPrefixes = format === 'turtle' || format === 'trig';
  const writer = new Writer({ format: N3_FORMAT[format], prefixes: usesPrefixes ? prefixes : {} });
  writer.addQuads(ordered);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}
