import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRdfFile } from '../../src/query/load.js';
import { runCli } from '../helpers/cli.js';

const FORMATS = [
  { format: 'turtle', file: 'graph.ttl', rdflib: 'turtle', graphs: false },
  { format: 'ntriples', file: 'graph.nt', rdflib: 'nt', graphs: false },
  { format: 'nquads', file: 'graph.nq', rdflib: 'nquads', graphs: true },
  { format: 'trig', file: 'graph.trig', rdflib: 'trig', graphs: true },
  { format: 'jsonld', file: 'graph.jsonld', rdflib: 'json-ld', graphs: true },
];

/** Debian's python3 with rdflib: CI installs it; elsewhere the cross-check is skipped, visibly. */
const PYTHON = process.env.DIPKG_RDFLIB_PYTHON ?? '/usr/bin/python3';
const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib']).status === 0;

/** Counts the distinct triples rdflib reads from a file (graphs merged). */
function rdflibTripleCount(path: string, format: string): number {
  const script = `import sys, rdflib
g = rdflib.Dataset()
g.parse(sys.argv[1], format=sys.argv[2])
print(len(set((s, p, o) for s, p, o, _ in g.quads((None, None, None, None)))))`;
  const result = spawnSync(PYTHON, ['-c', script, path, format], { encoding: 'utf8' });
  expect(result.status, result.stderr).to.equal(0);
  return Number(result.stdout.trim());
}

describe('output formats', function () {
  const dir = mkdtempSync(join(tmpdir(), 'dipkg-formats-'));
  const tripleCounts = new Map<string, number>();

  for (const { format, file, rdflib, graphs } of FORMATS) {
    describe(format, () => {
      const path = join(dir, file);
      before(() => {
        const result = runCli(['build', 'seeds', '--format', format, '--out', path]);
        expect(result.code, result.stderr).to.equal(0);
      });

      it('parses back with dipkg\'s own readers, with the same triples as every other format', async () => {
        const quads = await readRdfFile(path);
        const triples = new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`));
        tripleCounts.set(format, triples.size);
        expect(triples.size).to.be.greaterThan(100);
        expect(new Set(tripleCounts.values()).size, JSON.stringify([...tripleCounts])).to.equal(1);
        if (graphs) expect(new Set(quads.map((q) => q.graph.value)).size).to.equal(2);
      });

      it('parses in rdflib, an independent implementation, to the same number of triples', function () {
        if (!hasRdflib) {
          if (process.env.CI) throw new Error(`rdflib is missing at ${PYTHON}, and CI must have it`);
          this.skip();
        }
        expect(rdflibTripleCount(path, rdflib)).to.equal(tripleCounts.get(format));
      });
    });
  }

  it('writes Turtle with prefixes, not full IRIs everywhere', () => {
    const result = runCli(['build', 'seeds', '--out', '-']);
    expect(result.code, result.stderr).to.equal(0);
    const turtle = result.stdout;
    expect(turtle).to.match(/^@prefix dip: <https:\/\/w3id\.org\/dipkg\/ontology#> ?\.$/m);
    expect(turtle).to.include('a dip:Meeting');
  });
});
