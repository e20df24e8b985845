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

/** A quad with the sort keys of its predicate and object. */
type Keyed = [quad: Quad, predicate: string, object: string];

const byPredicateAndObject = (a: Keyed, b: Keyed): number =>
  a[1] !== b[1] ? (a[1] < b[1] ? -1 : 1) : a[2] !== b[2] ? (a[2] < b[2] ? -1 : 1) : 0;

/** Sorts quads by graph, subject, predicate, object and drops repeats: stable, grouped output. */
export function canonicalOrder(quads: Quad[], keepGraphs: boolean): Quad[] {
  // Terms recur (an article's graph, a node's subject): each one's key is built once and compares by identity.
  const keys = new Map<Term, string>();
  const key = (term: Term): string => {
    let found = keys.get(term);
    if (found === undefined) keys.set(term, (found = termKey(term)));
    return found;
  };
  // Grouped by graph and subject first, so that the long IRIs of graphs and subjects are compared once per group, not per quad.
  const groups = new Map<string, Map<string, Keyed[]>>();
  for (const q of quads) {
    const graph = keepGraphs ? key(q.graph) : '';
    let subjects = groups.get(graph);
    if (!subjects) groups.set(graph, (subjects = new Map()));
    const subject = key(q.subject);
    const group = subjects.get(subject);
    const keyed: Keyed = [q, key(q.predicate), key(q.object)];
    if (group) group.push(keyed);
    else subjects.set(subject, [keyed]);
  }
  const ordered: Quad[] = [];
  for (const graph of [...groups.keys()].sort()) {
    const subjects = groups.get(graph)!;
    for (const subject of [...subjects.keys()].sort()) {
      const group = subjects.get(subject)!.sort(byPredicateAndObject);
      group.forEach((k, i) => {
        if (i > 0 && byPredicateAndObject(group[i - 1]!, k) === 0) return;
        const q = k[0];
        ordered.push(keepGraphs ? q : (DataFactory.quad(q.subject, q.predicate, q.object) as Quad));
      });
    }
  }
  return ordered;
}

/** Formats written line by line, one article's graph at a time, without holding the whole graph. */
export const LINE_FORMATS = ['ntriples', 'nquads'] as const;
export type LineFormat = (typeof LINE_FORMATS)[number];

export function isLineFormat(format: Format): format is LineFormat {
  return (LINE_FORMATS as readonly string[]).includes(format);
}

const lineWriters = new Map<LineFormat, Writer>();

/**
 * One graph as N-Triples or N-Quads lines, sorted and without repeats, and how many statements they are. Graphs
 * written one after another this way stream: a triple two articles share appears once per article in N-Triples
 * (harmless: RDF graphs are sets), which is what keeps memory flat for any corpus size.
 */
export function graphLines(quads: Quad[], format: LineFormat): { lines: string; statements: number } {
  let writer = lineWriters.get(format);
  if (!writer) lineWriters.set(format, (writer = new Writer({ format: N3_FORMAT[format] })));
  const ordered = canonicalOrder(quads, KEEPS_GRAPHS[format]);
  return { lines: writer.quadsToString(ordered), statements: ordered.length };
}

/** Serialises quads in one of the supported formats. Output is deterministic for the same quads. */
export async function serialize(quads: Quad[], format: Format, prefixes: Record<string, string>): Promise<string> {
  return (await serializeCounted(quads, format, prefixes)).text;
}

/** `serialize`, also saying how many statements it wrote (repeats dropped). */
export async function serializeCounted(quads: Quad[], format: Format, prefixes: Record<string, string>): Promise<{ text: string; statements: number }> {
  const ordered = canonicalOrder(quads, KEEPS_GRAPHS[format]);
  const statements = ordered.length;
  if (format === 'jsonld') {
    // rdf-ext takes most of a second to import: only JSON-LD output pays for it.
    const { default: rdf } = await import('rdf-ext');
    const output = rdf.formats.serializers.import('application/ld+json', Readable.from(ordered));
    if (!output) throw new Error('rdf-ext has no JSON-LD serializer');
    return { text: `${JSON.stringify(JSON.parse(await text(output as Readable)), null, 2)}\n`, statements };
  }
  const usesPrefixes = format === 'turtle' || format === 'trig';
  const writer = new Writer({ format: N3_FORMAT[format], prefixes: usesPrefixes ? prefixes : {} });
  writer.addQuads(ordered);
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve({ text: result, statements }))));
}
