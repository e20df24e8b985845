/**
 * `npm run eval`: extracts and links every article of the evaluation corpus (test/corpus/dev and
 * test/corpus/holdout), scores the facts against the gold, and prints precision / recall / F1 per fact
 * kind for each split and for all. `--verbose` also lists every miss per article. A measurement, not a
 * test: it always exits 0.
 *
 *   node dist/test/eval/run.js [--verbose] [--split dev|holdout]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/ingest/article.js';
import { readArticles } from '../../src/ingest/read.js';
import { extractFacts } from '../../src/extract/extract.js';
import { FACTS_FORMAT, type ArticleFacts } from '../../src/extract/facts.js';
import { linkFacts } from '../../src/link/link.js';
import { readGold } from './gold.js';
import { ACCURACY_KINDS, addScore, COUNT_KINDS, emptyScore, prf, ratio, scoreArticle, type Counts, type Score } from './score.js';

const CORPUS = fileURLToPath(new URL('../../../test/corpus', import.meta.url));
const SPLITS = ['dev', 'holdout'];

/** The targets of issues 4 and 5, printed beside the figures. */
const TARGETS: Record<string, string> = {
  persons: 'R ≥ 0.95',
  posts: 'F1 ≥ 0.90',
  meetings: 'F1 ≥ 0.90',
  visits: 'F1 ≥ 0.85',
  countriesLinked: 'P = 1.00, R ≥ 0.98',
  personsLinked: 'P ≥ 0.97',
  meetingDate: '≥ 0.90',
  meetingPlace: '≥ 0.90',
};

function meetsTarget(kind: string, c: Counts): boolean | undefined {
  const { precision, recall, f1 } = prf(c);
  switch (kind) {
    case 'persons': return recall >= 0.95;
    case 'posts': case 'meetings': return f1 >= 0.9;
    case 'visits': return f1 >= 0.85;
    case 'countriesLinked': return precision === 1 && recall >= 0.98;
    case 'personsLinked': return precision >= 0.97;
    default: return undefined;
  }
}

const LABELS: Record<string, string> = {
  persons: 'persons', posts: 'person → post', postRoles: '  (role, any in)', meetings: 'meetings', visits: 'visits', countries: 'countries',
  countriesLinked: 'countries linked', personsLinked: 'persons linked',
  meetingDate: 'meeting date', meetingPlace: 'meeting place', meetingMode: 'meeting mode',
};

const mark = (ok: boolean | undefined): string => (ok === undefined ? '' : ok ? 'ok  ' : 'MISS');
const f3 = (x: number): string => x.toFixed(3);

function table(title: string, articles: number, score: Score): string {
  const lines = [`\n== ${title}: ${articles} articles ==`, `${'kind'.padEnd(18)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}   target`];
  for (const kind of COUNT_KINDS) {
    const c = score[kind];
    const { precision, recall, f1 } = prf(c);
    const target = TARGETS[kind] ? `${mark(meetsTarget(kind, c))} ${TARGETS[kind]}` : '';
    lines.push(`${LABELS[kind]?.padEnd(18)} ${f3(precision).padStart(6)} ${f3(recall).padStart(6)} ${f3(f1).padStart(6)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}   ${target}`);
  }
  for (const kind of ACCURACY_KINDS) {
    const a = score[kind];
    const target = TARGETS[kind] ? `${mark(ratio(a) >= 0.9)} ${TARGETS[kind]} of matched meetings` : 'of matched meetings';
    lines.push(`${LABELS[kind]?.padEnd(18)} accuracy ${f3(ratio(a))} (${a.right}/${a.total})`.padEnd(62) + `   ${target}`);
  }
  return lines.join('\n');
}

/** Facts for one article; an extractor crash is reported and scored as extracting nothing. */
function extractOrNothing(article: Article): ArticleFacts {
  try {
    return extractFacts(article);
  } catch (error) {
    console.log(`! ${article.meta.id}: extraction failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return { format: FACTS_FORMAT, article: article.meta, entities: [], positions: [], events: [] };
  }
}

async function scoreSplit(folder: string): Promise<{ articles: number; score: Score; perArticle: Score[] }> {
  const articles: Article[] = [];
  for await (const article of readArticles([folder])) articles.push(article);
  const facts = articles.map(extractOrNothing);
  try {
    await linkFacts(facts);
  } catch (error) {
    console.log(`! linking failed in ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const perArticle: Score[] = [];
  for (const [i, article] of articles.entries()) {
    perArticle.push(scoreArticle(facts[i] as ArticleFacts, await readGold(article), article.meta.id));
  }
  return { articles: articles.length, score: perArticle.reduce(addScore, emptyScore()), perArticle };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, split: { type: 'string', multiple: true } } });
  const splits = (values.split ?? SPLITS).filter((s) => existsSync(join(CORPUS, s)));
  const total = emptyScore();
  let totalArticles = 0;
  const started = Date.now();
  for (const split of splits) {
    const { articles, score, perArticle } = await scoreSplit(join(CORPUS, split));
    if (values.verbose) {
      console.log(`\n-- ${split}: misses --`);
      for (const s of perArticle) for (const line of s.misses) console.log(`  ${line}`);
    }
    console.log(table(split, articles, score));
    addScore(total, score);
    totalArticles += articles;
  }
  if (splits.length > 1) console.log(table('all', totalArticles, total));
  console.log(`\n(${totalArticles} articles in ${((Date.now() - started) / 1000).toFixed(1)} s; a measurement: exit code is always 0${values.verbose ? '' : '; --verbose lists the misses'})`);
}

main().catch((error: unknown) => {
  console.log(`eval could not run: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});
