import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT, runCli, type CliResult } from '../helpers/cli.js';

/** A failure the way users must see it: one line on stderr naming the thing, a non-zero exit, no stack trace. */
function expectOneLineError(result: CliResult, mentions: string): void {
  expect(result.code, result.stderr).to.not.equal(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).to.have.length(1);
  expect(lines[0]).to.match(/^dipkg: /);
  expect(lines[0]).to.include(mentions);
  expect(result.stderr).to.not.match(/\n\s+at /);
}

describe('CLI errors', function () {
  const dir = mkdtempSync(join(tmpdir(), 'dipkg-errors-'));
  const previous = join(dir, 'previous.ttl');
  const keep = '# a previous build that must survive failed runs\n';

  beforeEach(() => writeFileSync(previous, keep));
  afterEach(() => expect(readFileSync(previous, 'utf8')).to.equal(keep));

  it('names a missing input file', () => {
    expectOneLineError(runCli(['build', join(dir, 'nope.txt'), '-o', previous]), 'nope.txt: no such file or folder');
  });

  it('names an empty article', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n\n ');
    expectOneLineError(runCli(['build', empty, '-o', previous]), 'empty.txt: empty article');
  });

  it('names a binary file', () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    expectOneLineError(runCli(['build', binary, '-o', previous]), 'photo.txt: binary file');
  });

  it('names a broken .meta.json', () => {
    const folder = join(dir, 'broken-meta');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(PROJECT, 'seeds/000_15adf3c591cd31b4.txt'), join(folder, 'a.txt'));
    writeFileSync(join(folder, 'a.meta.json'), '{"published": "2024-01-27",');
    expectOneLineError(runCli(['build', folder, '-o', previous]), 'a.meta.json: invalid JSON');
  });

  it('names a bad publication date', () => {
    const folder = join(dir, 'bad-date');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'b.txt'), 'The foreign minister met his counterpart in Paris on Monday.');
    writeFileSync(join(folder, 'b.meta.json'), '{"published": "27/01/2024"}');
    expectOneLineError(runCli(['build', folder, '-o', previous]), '"published" must be a date YYYY-MM-DD');
  });

  it('names a bad JSONL line', () => {
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, '{"id":"a","text":"Officials met in Rome."}\n{"id":"b"}\n');
    expectOneLineError(runCli(['build', corpus, '-o', previous]), 'corpus.jsonl:2: "text" is missing');
  });

  it('with --keep-going, skips a bad JSONL line with a warning and builds the rest', () => {
    const corpus = join(dir, 'mixed.jsonl');
    writeFileSync(corpus, '{"id":"a","text":"The Kenyan foreign minister met his Ugandan counterpart in Kampala."}\n{"id":"b"}\n{"id":"c","text":"Brazil\'s president arrived in Beijing."}\n');
    const out = join(dir, 'mixed.nt');
    const result = runCli(['build', corpus, '--keep-going', '-f', 'ntriples', '-o', out]);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stderr).to.include('skipped: ' + corpus + ':2: "text" is missing');
    const graph = readFileSync(out, 'utf8');
    expect(graph).to.include('"a"');
    expect(graph).to.include('"c"');
  });

  it('reports a SPARQL syntax error with the query file', () => {
    const query = join(dir, 'broken.rq');
    writeFileSync(query, 'SELECT ?x WHERE { ?x ?y ');
    expectOneLineError(runCli(['query', query, '-d', join(PROJECT, 'test/fixtures/sample-graph.ttl')]), 'broken.rq: SPARQL error');
  });

  it('reports an unknown saved query and lists the known ones', () => {
    const result = runCli(['query', 'no-such-query']);
    expectOneLineError(result, 'unknown saved query "no-such-query"');
    expect(result.stderr).to.include('meetings-with-vice-foreign-ministers');
  });

  it('reports an unknown flag', () => {
    expectOneLineError(runCli(['build', 'seeds', '--bogus-flag', '-o', previous]), 'bogus-flag');
  });

  it('reports a bad --format value', () => {
    expectOneLineError(runCli(['build', 'seeds', '--format', 'xml', '-o', previous]), 'format');
  });

  it('reports a cache age that is not a number of days', () => {
    expectOneLineError(runCli(['build', 'seeds', '--cache-days', 'soon', '-o', previous]), '--cache-days must be a number of days');
  });

  it('reports a base that is not an absolute IRI', () => {
    expectOneLineError(runCli(['build', 'seeds', '--base', 'my graph', '-o', previous]), '--base must be an absolute IRI');
  });

  it('reports an unwritable output path without touching anything', () => {
    expectOneLineError(runCli(['build', 'seeds', '-o', '/proc/dipkg/graph.ttl']), '/proc/dipkg/graph.ttl');
  });

  it('reports a graph file that is not RDF', () => {
    const notRdf = join(dir, 'not-rdf.ttl');
    writeFileSync(notRdf, 'this is { not turtle');
    expectOneLineError(runCli(['validate', notRdf]), 'not-rdf.ttl: not valid RDF');
  });
});
