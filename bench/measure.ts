/**
 * One benchmark case, run in a process of its own so that its peak memory is its own:
 *   node dist/bench/measure.js <extract|yardstick|build> --articles N [--jobs J]
 * Prints one Measurement as JSON on stdout. bench/run.ts runs the cases and prints the table.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleFacts } from '../src/extract/facts.js';
import { extractFacts } from '../src/extract/extract.js';
import type { Article } from '../src/ingest/article.js';
import { readArticles } from '../src/ingest/read.js';
import { linkFacts } from '../src/link/link.js';
import { extractInWorkers } from '../src/pool/extract-pool.js';
import { quadsPerArticle } from '../src/rdf/convert.js';
import { DEFAULT_BASE } from '../src/rdf/namespaces.js';
import { serializeLines } from '../src/rdf/serialize.js';
import { CORPUS_DIR, SHARD_SIZE, ensureCorpus, generateArticles, type CorpusManifest } from './generate.js';

export const CASES = ['extract', 'yardstick', 'build'] as const;
export type Case = (typeof CASES)[number];

export interface Phase {
  name: string;
  ms: number;
  /** CPU time of the whole process (all threads) during the phase. */
  cpuMs: number;
  /** Peak resident memory of the process so far, at the end of the phase. */
  peakRssMB: number;
}

export interface Measurement {
  case: Case;
  jobs: number;
  articles: number;
  /** UTF-8 bytes of article text processed. */
  textBytes: number;
  /** Time of the measured work: the timed calls for extract/yardstick, the whole build for build. */
  ms: number;
  cpuMs: number;
  peakRssMB: number;
  phases: Phase[];
  quads?: number;
  outputBytes?: number;
  /** Build only: time per step (convert and serialise summed over articles). */
  steps?: { name: string; ms: number; cpuMs: number }[];
}

const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Successive phases of one run, each with its wall time, CPU time and the peak memory so far. */
class PhaseClock {
  readonly phases: Phase[] = [];
  private wall = performance.now();
  private cpu = cpuMs();

  mark(name: string): void {
    const wall = performance.now();
    const cpu = cpuMs();
    this.phases.push({ name, ms: wall - this.wall, cpuMs: cpu - this.cpu, peakRssMB: peakRssMB() });
    this.wall = wall;
    this.cpu = cpu;
  }

}

/** The first `count` articles of the corpus, reading only the shards that hold them. */
async function* corpusArticles(manifest: CorpusManifest, count: number): AsyncGenerator<Article> {
  const shards = manifest.shards.slice(0, Math.ceil(count / SHARD_SIZE)).map((name) => join(CORPUS_DIR, name));
  let left = count;
  for await (const article of readArticles(shards)) {
    if (left-- <= 0) return;
    yield article;
  }
}

/** Counts articles and text bytes as they flow past. */
class Tally {
  articles = 0;
  textBytes = 0;
  async *count(articles: AsyncIterable<Article>): AsyncGenerator<Article> {
    for await (const article of articles) {
      this.articles++;
      this.textBytes += Buffer.byteLength(article.text);
      yield article;
    }
  }
}

/** A warm-up article from another seed, so lazy loading is not timed as work. */
function warmUpArticle(): Article {
  const [record] = generateArticles(1, 1);
  const { text, ...meta } = record!;
  return { meta, text, origin: 'warm-up' };
}

/**
 * Times `work` on each article on this thread: one core, nothing else running. The wall time counts
 * the calls alone; the CPU time is the whole loop's (reading the JSONL is a small part of it).
 */
async function timeEach(articles: AsyncIterable<Article>, tally: Tally, work: (article: Article) => void): Promise<{ ms: number; cpuMs: number }> {
  let ms = 0;
  const cpu0 = cpuMs();
  for await (const article of tally.count(articles)) {
    const wall0 = performance.now();
    work(article);
    ms += performance.now() - wall0;
  }
  return { ms, cpuMs: cpuMs() - cpu0 };
}

async function measureExtract(articles: AsyncIterable<Article>, tally: Tally, clock: PhaseClock): Promise<{ ms: number; cpuMs: number }> {
  extractFacts(warmUpArticle());
  clock.mark('load + warm-up');
  const timed = await timeEach(articles, tally, (article) => void extractFacts(article));
  clock.mark('extract');
  return timed;
}

async function measureYardstick(articles: AsyncIterable<Article>, tally: Tally, clock: PhaseClock): Promise<{ ms: number; cpuMs: number }> {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  nlp.readDoc(warmUpArticle().text);
  clock.mark('load + warm-up');
  const timed = await timeEach(articles, tally, (article) => void nlp.readDoc(article.text));
  clock.mark('sbd + pos');
  return timed;
}

/** Adds each step's time to a running total per step name, across rounds. */
class StepTotals {
  readonly totals = new Map<string, { ms: number; cpuMs: number }>();
  async time<T>(name: string, step: () => T | Promise<T>): Promise<T> {
    const [wall0, cpu0] = [performance.now(), cpuMs()];
    const result = await step();
    const total = this.totals.get(name) ?? { ms: 0, cpuMs: 0 };
    this.totals.set(name, { ms: total.ms + performance.now() - wall0, cpuMs: total.cpuMs + cpuMs() - cpu0 });
    return result;
  }
}

/**
 * The whole build as `dipkg build -f nquads --link offline` does it: read JSONL, extract on `jobs`
 * workers, link all facts, then convert and serialise article by article (the streaming path of
 * build). The N-Quads are counted, not written to disk.
 */
async function measureBuild(articles: AsyncIterable<Article>, tally: Tally, clock: PhaseClock, jobs: number): Promise<Pick<Measurement, 'ms' | 'cpuMs' | 'quads' | 'outputBytes' | 'steps'>> {
  const steps = new StepTotals();
  let quads = 0;
  let outputBytes = 0;
  const facts: ArticleFacts[] = [];
  for await (const article of extractInWorkers(tally.count(articles), jobs)) facts.push(article);
  await steps.time('link', () => linkFacts(facts));
  const graphs = quadsPerArticle(facts, { base: DEFAULT_BASE });
  for (;;) {
    const next = await steps.time('convert', () => graphs.next());
    if (next.done) break;
    const [output] = await steps.time('serialise', () => [...serializeLines([next.value], 'nquads')]);
    quads += next.value.length;
    outputBytes += Buffer.byteLength(output ?? '');
  }
  clock.mark('build');
  const [build] = clock.phases.slice(-1) as [Phase];
  const other = [...steps.totals.values()].reduce((sum, t) => ({ ms: sum.ms + t.ms, cpuMs: sum.cpuMs + t.cpuMs }), { ms: 0, cpuMs: 0 });
  const named = [...steps.totals].map(([name, t]) => ({ name, ...t }));
  return {
    ms: build.ms,
    cpuMs: build.cpuMs,
    quads,
    outputBytes,
    steps: [{ name: 'read + extract (wall minus the steps below)', ms: build.ms - other.ms, cpuMs: build.cpuMs - other.cpuMs }, ...named],
  };
}

async function measure(which: Case, manifest: CorpusManifest, count: number, jobs: number): Promise<Measurement> {
  const clock = new PhaseClock();
  const tally = new Tally();
  const articles = corpusArticles(manifest, count);
  const result =
    which === 'extract'
      ? await measureExtract(articles, tally, clock)
      : which === 'yardstick'
        ? await measureYardstick(articles, tally, clock)
        : await measureBuild(articles, tally, clock, jobs);
  return {
    case: which,
    jobs: which === 'build' ? jobs : 1,
    articles: tally.articles,
    textBytes: tally.textBytes,
    peakRssMB: peakRssMB(),
    phases: clock.phases,
    ...result,
  };
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { articles: { type: 'string' }, jobs: { type: 'string', default: '1' } },
  });
  const which = positionals[0] as Case;
  if (!CASES.includes(which) || !values.articles) throw new Error(`usage: measure.js <${CASES.join('|')}> --articles N [--jobs J]`);
  const count = Number(values.articles);
  const manifest = await ensureCorpus(CORPUS_DIR, count);
  console.log(JSON.stringify(await measure(which, manifest, count, Number(values.jobs))));
}

await main();
