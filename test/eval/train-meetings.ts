/**
 * `npm run train:meetings`: trains the meeting model (src/extract/meeting-model.ts) on the dev corpus's gold and writes
 * src/lexicon/data/meeting-model.json. First a cross-validation over the dev ARTICLES (sorted by id, article i in fold
 * i mod k): train on k-1 folds, extract the held-out fold with that model, score it with the eval's scoreArticle, and
 * print meetings P/R/F1 and date/place accuracy for the rules alone and rules + model, per fold and summed, for several
 * thresholds. The threshold shipped is the one with the best summed F1; the weights shipped are trained on all of dev.
 *
 *   node dist/test/eval/train-meetings.js [--folds 5] [--dry-run]
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Article } from '../../src/ingest/article.js';
import { readArticles } from '../../src/ingest/read.js';
import { extractFacts } from '../../src/extract/extract.js';
import type { ArticleFacts } from '../../src/extract/facts.js';
import { MODEL_FILE, weightScorer, type PairCandidate, type PairScorer } from '../../src/extract/meeting-model.js';
import { linkFacts } from '../../src/link/link.js';
import { readGold, type Gold } from './gold.js';
import { addScore, emptyScore, pairPersons, prf, ratio, scoreArticle, type Score } from './score.js';
import { FIT_DEFAULTS, fitLogistic, type Example } from './logistic.js';

const DEV = fileURLToPath(new URL('../../../test/corpus/dev', import.meta.url));
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

interface Labelled {
  article: Article;
  gold: Gold;
  /** Facts of the rules alone. */
  facts: ArticleFacts;
  examples: Example[];
}

/** A scorer that passes no pair and keeps every candidate: extraction by the rules alone, with the candidates seen. */
function recorder(into: PairCandidate[]): PairScorer {
  return { threshold: Infinity, score: (pair) => (into.push(pair), 0) };
}

/** Extracts (and links) an article with a meeting model, or none. */
async function extract(article: Article, meetingModel: PairScorer | null): Promise<ArticleFacts> {
  const facts = extractFacts(article, { meetingModel });
  await linkFacts([facts]);
  return facts;
}

/**
 * A candidate is positive when a gold meeting of its article has both persons as participants, negative when none has
 * them both; a pair with an optional participant of a gold meeting teaches nothing and is left out. Only the pairs the
 * model decides on are learned from: none a rule meeting of the sentence joins (those it never adds), and none the
 * rules found meeting anywhere in the article (its meeting is told elsewhere: 5-fold CV preferred leaving them out).
 */
function label(pairs: PairCandidate[], facts: ArticleFacts, gold: Gold): Example[] {
  const goldName = new Map(pairPersons(facts, gold).pairs.map(([g, e]) => [e.id, g.name]));
  const out: Example[] = [];
  for (const pair of pairs) {
    if (pair.features.includes('rule:both') || facts.events.some((e) => e.kind === 'meeting' && e.participants.includes(pair.a.id) && e.participants.includes(pair.b.id))) continue;
    const [a, b] = [goldName.get(pair.a.id), goldName.get(pair.b.id)];
    const both = (names: string[]): boolean => a !== undefined && b !== undefined && names.includes(a) && names.includes(b);
    if (gold.meetings.some((m) => both(m.participants))) out.push({ features: pair.features, positive: true });
    else if (!gold.meetings.some((m) => both([...m.participants, ...(m.optional ?? [])]))) out.push({ features: pair.features, positive: false });
  }
  return out;
}

async function loadDev(): Promise<Labelled[]> {
  const articles: Article[] = [];
  for await (const article of readArticles([DEV])) articles.push(article);
  articles.sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const out: Labelled[] = [];
  for (const article of articles) {
    const pairs: PairCandidate[] = [];
    const facts = await extract(article, recorder(pairs));
    const gold = await readGold(article);
    out.push({ article, gold, facts, examples: label(pairs, facts, gold) });
  }
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

function line(name: string, s: Score): string {
  const { precision, recall, f1 } = prf(s.meetings);
  const { tp, fp, fn } = s.meetings;
  return `${name.padEnd(16)} P ${f3(precision)}  R ${f3(recall)}  F1 ${f3(f1)}  tp ${String(tp).padStart(4)} fp ${String(fp).padStart(4)} fn ${String(fn).padStart(4)}  date ${f3(ratio(s.meetingDate))}  place ${f3(ratio(s.meetingPlace))}`;
}

const scoreAll = (items: { facts: ArticleFacts; gold: Gold; id: string }[]): Score => items.map((i) => scoreArticle(i.facts, i.gold, i.id)).reduce(addScore, emptyScore());

interface CvResult {
  rules: Score;
  model: Map<number, Score>;
}

async function crossValidate(dev: Labelled[], folds: number): Promise<CvResult> {
  const rules = emptyScore();
  const model = new Map(THRESHOLDS.map((t) => [t, emptyScore()]));
  for (let k = 0; k < folds; k++) {
    const held = dev.filter((_, i) => i % folds === k);
    const weights = fitLogistic(dev.filter((_, i) => i % folds !== k).flatMap((d) => d.examples));
    const foldRules = scoreAll(held.map((d) => ({ facts: d.facts, gold: d.gold, id: d.article.meta.id })));
    addScore(rules, foldRules);
    console.log(`\n-- fold ${k + 1}/${folds}: ${held.length} articles, ${held.reduce((n, d) => n + d.gold.meetings.length, 0)} gold meetings --`);
    console.log(line('rules', foldRules));
    for (const threshold of THRESHOLDS) {
      const scorer = weightScorer({ threshold, weights });
      const facts = [];
      for (const d of held) facts.push({ facts: await extract(d.article, scorer), gold: d.gold, id: d.article.meta.id });
      const s = scoreAll(facts);
      addScore(model.get(threshold) as Score, s);
      console.log(line(`rules+model ${threshold}`, s));
    }
  }
  console.log(`\n== ${folds}-fold CV, summed over ${dev.length} dev articles ==`);
  console.log(line('rules', rules));
  for (const [t, s] of model) console.log(line(`rules+model ${t}`, s));
  return { rules, model };
}

const figures = (s: Score): Record<string, number> => {
  const { precision, recall, f1 } = prf(s.meetings);
  return { precision: +f3(precision), recall: +f3(recall), f1: +f3(f1), date: +f3(ratio(s.meetingDate)), place: +f3(ratio(s.meetingPlace)) };
};

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, 'dry-run': { type: 'boolean', default: false } } });
  const folds = Number(values.folds);
  const dev = await loadDev();
  const examples = dev.flatMap((d) => d.examples);
  console.log(`${dev.length} dev articles, ${examples.length} candidate pairs (${examples.filter((e) => e.positive).length} positive)`);
  const cv = await crossValidate(dev, folds);
  const [threshold, best] = [...cv.model].sort((a, b) => prf(b[1].meetings).f1 - prf(a[1].meetings).f1 || a[0] - b[0])[0] as [number, Score];
  const improves = prf(best.meetings).f1 > prf(cv.rules.meetings).f1;
  console.log(`\nthreshold by CV F1: ${threshold} (${improves ? 'improves on' : 'does NOT improve on'} the rules alone)`);
  if (values['dry-run']) return;
  const weights = fitLogistic(examples);
  const table = {
    about: 'Meeting model: weights of an L2-regularised logistic regression over candidate (person, person, sentence) pairs (src/extract/meeting-model.ts); written by test/eval/train-meetings.ts',
    corpus: `test/corpus/dev: ${dev.length} articles, ${examples.length} candidate pairs, ${examples.filter((e) => e.positive).length} positive`,
    commit: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
    date: new Date().toISOString().slice(0, 10),
    training: FIT_DEFAULTS,
    features: Object.keys(weights).length,
    threshold,
    cv: { folds, rules: figures(cv.rules), rulesAndModel: figures(best) },
    weights,
  };
  writeFileSync(MODEL_FILE, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`wrote ${MODEL_FILE}: ${table.features} features`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
