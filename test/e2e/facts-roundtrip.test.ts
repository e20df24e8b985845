import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

describe('ArticleFacts as an exchange format', function () {
  const dir = mkdtempSync(join(tmpdir(), 'dipkg-facts-'));

  it('builds the same graph from `dipkg extract` output as from the articles themselves', () => {
    const extracted = runCli(['extract', 'seeds']);
    expect(extracted.code, extracted.stderr).to.equal(0);
    const facts = JSON.parse(extracted.stdout) as { format: string; article: { id: string } }[];
    expect(facts.map((f) => [f.format, f.article.id])).to.deep.equal([
      ['dipkg-facts/1', '000_15adf3c591cd31b4'],
      ['dipkg-facts/1', '003_669758c909f088b1'],
    ]);
    writeFileSync(join(dir, 'seeds.facts.json'), extracted.stdout);
    const fromFacts = runCli(['build', join(dir, 'seeds.facts.json'), '-o', join(dir, 'from-facts.ttl')]);
    const fromArticles = runCli(['build', 'seeds', '-o', join(dir, 'from-articles.ttl')]);
    expect(fromFacts.code, fromFacts.stderr).to.equal(0);
    expect(fromArticles.code, fromArticles.stderr).to.equal(0);
    expect(readFileSync(join(dir, 'from-facts.ttl'), 'utf8')).to.equal(readFileSync(join(dir, 'from-articles.ttl'), 'utf8'));
  });

  it('takes hand-corrected facts: an edited date changes the graph', () => {
    const facts = JSON.parse(runCli(['extract', 'seeds/003_669758c909f088b1.txt']).stdout);
    const meeting = facts[0].events.find((e: { kind: string; date?: string }) => e.kind === 'meeting' && e.date);
    meeting.date = '2024-03-20';
    writeFileSync(join(dir, 'corrected.facts.json'), JSON.stringify(facts));
    const result = runCli(['build', join(dir, 'corrected.facts.json'), '-o', '-']);
    expect(result.code, result.stderr).to.equal(0);
    expect(result.stdout).to.include('"2024-03-20"^^xsd:date');
  });

  it('refuses facts that refer to an entity they do not define, naming the file', () => {
    const facts = JSON.parse(runCli(['extract', 'seeds/003_669758c909f088b1.txt']).stdout);
    facts[0].events[0].participants.push('no-such-entity');
    writeFileSync(join(dir, 'broken.facts.json'), JSON.stringify(facts));
    const result = runCli(['build', join(dir, 'broken.facts.json'), '-o', '-']);
    expect(result.code).to.equal(1);
    expect(result.stderr.trim()).to.match(/^dipkg: .*broken\.facts\.json: event "[^"]+" refers to unknown entity "no-such-entity"$/);
  });
});
