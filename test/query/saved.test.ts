import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/ingest/errors.js';
import { listSavedQueries, resolveQuery } from '../../src/query/saved.js';
import { PROJECT, runCli } from '../helpers/cli.js';

describe('saved queries', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dipkg-queries-'));
  writeFileSync(join(folder, 'b-two.rq'), '# title: Two\n# description: The second one\nSELECT * {}');
  writeFileSync(join(folder, 'a-one.rq'), '# title: One\nASK {}');

  it('lists queries by name with their header lines', () => {
    expect(listSavedQueries(folder).map(({ name, title, description }) => [name, title, description])).to.deep.equal([
      ['a-one', 'One', ''],
      ['b-two', 'Two', 'The second one'],
    ]);
  });

  it('resolves a name, a file path, or stdin', () => {
    expect(resolveQuery('b-two', folder)).to.equal(join(folder, 'b-two.rq'));
    expect(resolveQuery(join(folder, 'a-one.rq'), folder)).to.equal(join(folder, 'a-one.rq'));
    expect(resolveQuery('-', folder)).to.equal('-');
    expect(() => resolveQuery('c-three', folder)).to.throw(InputError, 'unknown saved query "c-three" (saved queries: a-one, b-two)');
  });

  it('has at least eight shipped queries, each described in its header', () => {
    const shipped = listSavedQueries();
    expect(shipped.length).to.be.at.least(8);
    for (const q of shipped) expect(q.description, q.name).to.not.equal('');
  });

  it('prints CONSTRUCT results as Turtle', () => {
    const data = join(PROJECT, 'test/fixtures/sample-graph.ttl');
    const query = 'PREFIX dip: <https://w3id.org/dipkg/ontology#> CONSTRUCT { ?m a dip:Meeting } WHERE { ?m a dip:Meeting }';
    const result = runCli(['query', '-', '-d', data], { input: query });
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/^@prefix dip: /m);
    expect(result.stdout).to.include('a dip:Meeting');
  });

  it('runs a query from stdin over given data in every result format', () => {
    const data = join(PROJECT, 'test/fixtures/sample-graph.ttl');
    const query = 'PREFIX dip: <https://w3id.org/dipkg/ontology#> SELECT ?m WHERE { ?m a dip:Meeting } ORDER BY ?m LIMIT 1';
    const outputs = Object.fromEntries(
      ['table', 'csv', 'tsv', 'json', 'xml'].map((format) => {
        const result = runCli(['query', '-', '-d', data, '-f', format], { input: query });
        expect(result.code, result.stderr).to.equal(0);
        return [format, result.stdout];
      }),
    );
    expect(outputs.table).to.match(/^m\n-+\n.+\n\(1 row\)\n$/);
    expect(outputs.csv!.split(/\r?\n/)[0]).to.equal('m');
    expect(JSON.parse(outputs.json!).results.bindings).to.have.length(1);
    expect(outputs.xml).to.include('<sparql');
    expect(outputs.tsv!.split('\n')[0]).to.equal('?m');
  });
});
