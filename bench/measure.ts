/**
 * One benchmark case, run in a process of its own so that its peak memory is its own:
 *   node dist/bench/measure.js <extract|yardstick|build> --articles N [--jobs J]
 * Prints one Measurement as JSON on stdout. bench/run.ts runs the cases and prints the table.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFacts } from '../src/extract/extract.js';
import type { Article } from '../src/ingest/article.js';
import { readArticles } from '../src/ingest/read.js';
import { streamLines } from '../src/build.js';
import { linkOffline } from '../src/link/link.js';
import { articleQuads, nodeNamesOf } from '../src/rdf/convert.js';
import { DEFAULT_BASE } from '../src/rdf/namespaces.js';
import { graphLines } from '../src/rdf/serialize.js';
import { CORPUS_DIR, SHARD_SIZE, ensureCorpus, generateArticles, type CorpusManifest } from './generate.js';

export const CASES = ['extract', 'yardstick', 'build', 'steps'] as const;
export type Case = (typeof CASES)[number];

export interface Phase {
  name: string;
  ms: number;
  /** CPU time of the whole process (all threads) during the phase. */
  cpuMs: number;
  /** Time the main thread was busy (not waiting for workers or input) during the phase. */
  mainMs: number;
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
  /** Steps case only: time per step, summed over articles. */
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
  private loop = performance.eventLoopUtilization();

  mark(name: string): void {
    const wall = performance.now();
    const cpu = cpuMs();
    const loop = performance.eventLoopUtilization();
    const mainMs = performance.eventLoopUtilization(loop, this.loop).active;
    this.phases.push({ name, ms: wall - this.wall, cpuMs: cpu - this.cpu, mainMs, peakRssMB: peakRssMB() });
    this.wall = wall;
    this.cpu = cpu;
    this.loop = loop;
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

/** Adds up the time of each step of the build, timed over many articles at once (timing each call would cost more than some steps). */
class StepTotals {
  private readonly totals = new Map<string, { ms: number; cpuMs: number }>();
  time<T>(name: string, step: () => T): T {
    const [wall0, cpu0] = [performance.now(), cpuMs()];
    const result = step();
    const total = this.totals.get(name) ?? { ms: 0, cpuMs: 0 };
    this.totals.set(name, { ms: total.ms + performance.now() - wall0, cpuMs: total.cpuMs + cpuMs() - cpu0 });
    return result;
  }

  get list(): { name: string; ms: number; cpuMs: number }[] {
    return [...this.totals].map(([name, t]) => ({ name, ...t }));
  }
}

/**
 * The whole build as `dipkg build -f nquads --link offline` does it (buildLines): read JSONL, then on
 * `jobs` workers (or in this thread for 1) extract and link each article, settle the node names, then
 * convert and serialise each article. The N-Quads are counted, not written to disk.
 */
async function measureBuild(articles: AsyncIterable<Article>, tally: Tally, clock: PhaseClock, jobs: number): Promise<Pick<Measurement, 'ms' | 'cpuMs' | 'quads' | 'outputBytes'>> {
  let outputBytes = 0;
  const items = async function* () {
    for await (const article of tally.count(articles)) yield { article };
  };
  const { quads } = await streamLines(
    items(),
    { jobs, link: true, base: DEFAULT_BASE, format: 'nquads' },
    async (chunks) => {
      clock.mark('read + extract + link');
      for await (const chunk of chunks) outputBytes += chunk.byteLength;
      clock.mark('convert + serialise');
    },
    () => new Error('no articles'),
  );
  const total = clock.phases.reduce((sum, p) => ({ ms: sum.ms + p.ms, cpuMs: sum.cpuMs + p.cpuMs }), { ms: 0, cpuMs: 0 });
  return { ...total, quads, outputBytes };
}

/** Articles converted, then serialised, at a time in the steps case: like the build, quads never pile up. */
const STEP_CHUNK = 100;

/**
 * The steps of the build one after the other on this thread, as the build does them: extract and link
 * every article (holding the facts), settle the node names, then convert and serialise the articles
 * STEP_CHUNK at a time. Where the CPU goes, step by step.
 */
async function measureSteps(articles: AsyncIterable<Article>, tally: Tally, clock: PhaseClock): Promise<Pick<Measurement, 'ms' | 'cpuMs' | 'quads' | 'outputBytes' | 'steps'>> {
  extractFacts(warmUpArticle());
  const read: Article[] = [];
  for await (const article of tally.count(articles)) read.push(article);
  clock.mark('load + warm-up + read');
  const steps = new StepTotals();
  const all = steps.time('extract', () => read.map((article) => extractFacts(article)));
  steps.time('link', () => all.forEach((facts) => void linkOffline(facts)));
  const names = steps.time('settle names', () => nodeNamesOf(all));
  let quads = 0;
  let outputBytes = 0;
  for (let i = 0; i < all.length; i += STEP_CHUNK) {
    const graphs = steps.time('convert', () => all.slice(i, i + STEP_CHUNK).map((facts) => articleQuads(facts, names)));
    const texts = steps.time('serialise', () => graphs.map((graph) => graphLines(graph, 'nquads').lines));
    quads += graphs.reduce((sum, graph) => sum + graph.length, 0);
    outputBytes += texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  }
  clock.mark('steps');
  const total = steps.list.reduce((sum, t) => ({ ms: sum.ms + t.ms, cpuMs: sum.cpuMs + t.cpuMs }), { ms: 0, cpuMs: 0 });
  return { ...total, quads, outputBytes, steps: steps.list };
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
        : which === 'steps'
          ? await measureSteps(articles, tally, clock)
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
