import { expect } from 'chai';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/ingest/article.js';
import { readArticles } from '../src/ingest/read.js';
import { loadRoles } from '../src/lexicon/roles.js';
import { listCell, readTsv } from '../src/lexicon/tsv.js';
import { goldPathOf, goldProblems, readGold, type GoldVocabulary } from './eval/gold.js';
import { normaliseName } from './eval/score.js';

const CORPUS = fileURLToPath(new URL('../../test/corpus', import.meta.url));
const SPLITS = ['dev', 'holdout'];

function vocabulary(): GoldVocabulary {
  const peopleNames = new Map<string, Set<string>>();
  for (const row of readTsv('people.tsv')) {
    const names = peopleNames.get(row.qid ?? '') ?? new Set<string>();
    for (const name of [row.name ?? '', ...listCell(row.aliases)]) names.add(normaliseName(name));
    peopleNames.set(row.qid ?? '', names);
  }
  return {
    roles: new Set(loadRoles().keys()),
    // local rows (news usages) repeat an ISO2 without a QID: the QID comes from the shared row
    countryQids: new Map(readTsv('countries.tsv').filter((row) => row.qid).map((row) => [row.iso2 ?? '', row.qid ?? ''])),
    peopleNames,
    normalise: normaliseName,
  };
}

describe('evaluation corpus', () => {
  const bySplit = new Map<string, Article[]>();

  before(async () => {
    for (const split of SPLITS) {
      const articles: Article[] = [];
      for await (const article of readArticles([join(CORPUS, split)])) articles.push(article);
      bySplit.set(split, articles);
    }
  });

  it('has at least 30 dev articles and a holdout of at least 15', () => {
    expect(bySplit.get('dev')?.length ?? 0).to.be.at.least(30);
    expect(bySplit.get('holdout')?.length ?? 0).to.be.at.least(15);
  });

  it('has unique article ids and every article has a publication date', () => {
    const all = [...bySplit.values()].flat();
    expect(new Set(all.map((a) => a.meta.id)).size).to.equal(all.length);
    expect(all.filter((a) => !a.meta.published).map((a) => a.meta.id)).to.deep.equal([]);
  });

  it('gives every article a gold file that parses and uses known roles, ISO codes and QIDs', async () => {
    const known = vocabulary();
    const problems: string[] = [];
    for (const article of [...bySplit.values()].flat()) {
      try {
        problems.push(...goldProblems(await readGold(article), known).map((p) => `${article.meta.id}: ${p}`));
      } catch (error) {
        problems.push(`${article.meta.id}: ${(error as Error).message}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('has no gold file without its article', async () => {
    const goldFiles = new Set([...bySplit.values()].flat().map((a) => goldPathOf(a).path));
    for (const split of SPLITS) {
      const folder = join(CORPUS, split);
      const orphans = (await readdir(folder)).filter((f) => f.endsWith('.gold.json') && !goldFiles.has(join(folder, f)));
      expect(orphans, split).to.deep.equal([]);
    }
  });

  it('keys a JSONL gold file by exactly the record ids of its corpus', async () => {
    const jsonl = [...bySplit.values()].flat().filter((a) => goldPathOf(a).key !== undefined);
    expect(jsonl.length).to.be.at.least(3);
    const byFile = new Map<string, string[]>();
    for (const a of jsonl) byFile.set(goldPathOf(a).path, [...(byFile.get(goldPathOf(a).path) ?? []), a.meta.id]);
    for (const [path, ids] of byFile) {
      expect(Object.keys(JSON.parse(await readFile(path, 'utf8'))).sort(), path).to.deep.equal(ids.sort());
    }
  });

  it('rejects gold that breaks the format (the checks can fail)', () => {
    const problems = goldProblems({
      persons: [{ name: 'A B', posts: [{ role: 'Wizard', in: 'XX' }], qid: 'Q1' }],
      meetings: [{ participants: ['A B', 'C D'], date: '2024-02-30', place: null, status: 'happened' }],
      visits: [{ visitor: 'A B', destination: 'Nowhere', status: 'done' as 'happened' }],
      countries: [{ iso2: 'KP', qid: 'Q1' }],
    }, vocabulary());
    expect(problems.join('\n')).to.include('unknown role "Wizard"')
      .and.include('unknown ISO2 code "XX"')
      .and.include('Q1 is not in the bundled people table')
      .and.include('"C D" is not a gold person')
      .and.include('date "2024-02-30"')
      .and.include('status must be happened or planned')
      .and.include('country "KP": qid Q1');
  });
});
