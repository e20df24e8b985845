import { expect } from 'chai';
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { canonicalOrder } from '../../src/rdf/serialize.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

/** The order canonicalOrder promises, computed the plain way: one joined key per quad, sorted, repeats dropped. */
function byJoinedKeys(quads: Quad[], keepGraphs: boolean): string[] {
  const key = (term: Quad['object'] | Quad['graph']): string =>
    term.termType === 'Literal' ? `"${term.value}"@${term.language}^^${term.datatype.value}` : `${term.termType}:${term.value}`;
  const keys = quads.map((q) => [keepGraphs ? key(q.graph) : '', key(q.subject), key(q.predicate), key(q.object)].join('\u0000'));
  return [...new Set(keys)].sort();
}

describe('canonicalOrder', () => {
  // Values that are prefixes of each other, with the characters around the '"' and NUL that keys put after a value.
  const texts = ['a', 'a!', 'a"b', 'a"', 'a ', 'a\u0000b', 'a\u0000', 'ab', 'b', ''];
  const subjects = ['http://x/s', 'http://x/s-1', 'http://x/s\u0000A', 'http://x/s/t'].map((iri) => namedNode(iri));
  const predicates = ['http://x/p', 'http://x/p\u0000A', 'http://x/pq'].map((iri) => namedNode(iri));
  const objects = [
    ...texts.map((t) => literal(t)),
    ...texts.map((t) => literal(t, 'en')),
    ...texts.slice(0, 3).map((t) => literal(t, namedNode('http://www.w3.org/2001/XMLSchema#integer'))),
    namedNode('http://x/o'),
  ];
  const graphs = [namedNode('http://x/g'), namedNode('http://x/g\u0000A'), defaultGraph()];
  const quads: Quad[] = [];
  for (const [i, subject] of subjects.entries()) {
    for (const [j, predicate] of predicates.entries()) {
      for (const [k, object] of objects.entries()) quads.push(quad(subject, predicate, object, graphs[(i + j + k) % graphs.length]));
    }
  }
  // Repeats, as new term objects, and a scrambled input order.
  const input = [...quads, ...quads.slice(0, 40).map((q) => quad(namedNode(q.subject.value), q.predicate, q.object, q.graph))].reverse();

  for (const keepGraphs of [true, false]) {
    it(`orders and dedupes exactly as joined keys do, NULs and quotes included (graphs ${keepGraphs ? 'kept' : 'merged'})`, () => {
      const ordered = canonicalOrder(input, keepGraphs);
      expect(byJoinedKeys(ordered, keepGraphs)).to.deep.equal(byJoinedKeys(input, keepGraphs));
      const keyOf = (q: Quad): string => byJoinedKeys([q], keepGraphs)[0]!;
      expect(ordered.map(keyOf)).to.deep.equal(byJoinedKeys(input, keepGraphs));
      if (!keepGraphs) expect(ordered.every((q) => q.graph.termType === 'DefaultGraph')).to.equal(true);
    });
  }
});
