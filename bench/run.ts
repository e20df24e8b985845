/**
 * `npm run bench`: extraction throughput, the whole text → RDF build with 1 and 2 workers, and
 * wink-nlp's sentence + POS pass as the yardstick, over a generated corpus (bench/generate.ts).
 *
 *   node dist/bench/run.js [--articles N] [--profile]
 *
 * Each case runs in a child process (bench/measure.ts), so each peak memory figure is that case's own.
 * `--profile` also runs extraction under `node --cpu-prof` and prints the functions and files with
 * the most self time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { CORPUS_DIR, DEFAULT_ARTICLES, ensureCorpus } from './generate.js';
import type { Case, Measurement } from './measure.js';
import { summariseProfile, type HotSpot } from './profile.js';

const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));
const PROFILED_ARTICLES = 1_000;
/** The one-core cases time each call; this many articles give a stable rate and keep the bench short. */
const SINGLE_CORE_ARTICLES = 3_000;
const MB = 1024 * 1024;

interface Run {
  label: string;
  which: Case;
  jobs: number;
  /** At most this many articles. */
  limit?: number;
}

const RUNS: Run[] = [
  { label: 'extraction only, 1 core', which: 'extract', jobs: 1, limit: SINGLE_CORE_ARTICLES },
  { label: 'build, 1 job (in-process)', which: 'build', jobs: 1 },
  { label: 'build, 2 worker threads', which: 'build', jobs: 2 },
  { label: 'build steps one by one, 1 core', which: 'steps', jobs: 1, limit: SINGLE_CORE_ARTICLES },
  { label: 'yardstick: wink sbd+pos, 1 core', which: 'yardstick', jobs: 1, limit: SINGLE_CORE_ARTICLES },
];

async function runCase(run: Run, articles: number, nodeOptions: string[] = []): Promise<Measurement> {
  const count = Math.min(articles, run.limit ?? articles);
  const args = [...nodeOptions, MEASURE, run.which, '--articles', String(count), '--jobs', String(run.jobs)];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * MB });
  return JSON.parse(stdout) as Measurement;
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Cores the case can use: its workers, at most the machine's. */
const coresUsed = (m: Measurement, cores: number): number => Math.min(Math.max(1, m.jobs), cores);

function summaryRow(label: string, m: Measurement, cores: number): string[] {
  const seconds = m.ms / 1000;
  const mbps = m.textBytes / MB / seconds;
  return [
    label,
    String(m.articles),
    fixed(m.textBytes / MB, 1),
    fixed(seconds, 1),
    fixed(mbps, 2),
    fixed(mbps / coresUsed(m, cores), 2),
    fixed(m.textBytes / MB / (m.cpuMs / 1000), 2),
    fixed(m.articles / seconds, 0),
    m.quads === undefined ? '' : fixed(m.quads / seconds, 0),
    fixed(m.peakRssMB, 0),
  ];
}

function phaseRows(label: string, m: Measurement): string[][] {
  return m.phases.map((p) => [`${label}: ${p.name}`, fixed(p.ms / 1000, 2), fixed(p.cpuMs / 1000, 2), fixed(p.mainMs / 1000, 2), fixed(p.peakRssMB, 0)]);
}

function stepRows(label: string, m: Measurement): string[][] {
  return (m.steps ?? []).map((p) => [`${label}: ${p.name}`, fixed(p.ms / 1000, 2), fixed(p.cpuMs / 1000, 2)]);
}

function hotSpotRows(spots: HotSpot[]): string[][] {
  return spots.map((s) => [s.name, fixed(s.ms, 0), `${fixed(100 * s.share, 1)}%`]);
}

async function profileExtraction(articles: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dipkg-prof-'));
  try {
    await runCase(RUNS[0]!, articles, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const [file] = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('node --cpu-prof wrote no profile');
    const summary = await summariseProfile(join(dir, file));
    console.log(`\nCPU profile of extraction (${articles} articles, self time ${fixed(summary.totalMs / 1000, 1)} s, warm-up included)`);
    console.log(table(['function (self time)', 'ms', 'share'], hotSpotRows(summary.functions)));
    console.log();
    console.log(table(['file (self time)', 'ms', 'share'], hotSpotRows(summary.files)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: String(DEFAULT_ARTICLES) }, profile: { type: 'boolean', default: false } },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, got "${values.articles}"`);
  const cores = availableParallelism();
  const manifest = await ensureCorpus(CORPUS_DIR, articles);
  console.log(`dipkg bench: ${articles} of ${manifest.articles} generated articles (seed ${manifest.seed}) in ${CORPUS_DIR}`);
  console.log(`machine: ${cores} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}\n`);

  const results = new Map<Run, Measurement>();
  for (const run of RUNS) {
    process.stderr.write(`running: ${run.label} ...\n`);
    results.set(run, await runCase(run, articles));
  }
  const [extraction, build1, build2, steps, yardstick] = RUNS.map((run) => results.get(run)!) as [Measurement, Measurement, Measurement, Measurement, Measurement];

  console.log(
    table(
      ['case', 'articles', 'text MB', 'time s', 'MB/s', 'MB/s/core', 'MB/CPU-s', 'articles/s', 'quads/s', 'peak RSS MB'],
      RUNS.map((run) => summaryRow(run.label, results.get(run)!, cores)),
    ),
  );
  console.log(
    '\ntime: the timed calls alone (extraction, steps, yardstick: one core, first ' + SINGLE_CORE_ARTICLES + ' articles at most) or the' +
      '\nwhole build (read JSONL; extract and link offline; settle node names; convert and serialise N-Quads, article' +
      '\nby article, in the workers; worker start-up included). MB/s/core divides by the workers used; MB/CPU-s divides' +
      '\nby the CPU time of all threads, so it is the figure least disturbed by other load on the machine.',
  );
  console.log(`build output: ${build2.quads} quads, ${fixed(build2.outputBytes! / MB, 1)} MB of N-Quads\n`);
  console.log(table(['build step (one core)', 'time s', 'CPU s'], stepRows(`${steps.articles} articles`, steps)));
  console.log();
  console.log(table(['phase', 'time s', 'CPU s', 'main thread busy s', 'peak RSS MB so far'], [...phaseRows('extraction', extraction), ...phaseRows('1 job', build1), ...phaseRows('2 workers', build2), ...phaseRows('steps', steps), ...phaseRows('yardstick', yardstick)]));

  const buildRate = build2.textBytes / MB / (build2.ms / 1000);
  const yardstickRate = yardstick.textBytes / MB / (yardstick.ms / 1000);
  console.log(`\n2-worker build ${fixed(buildRate, 2)} MB/s vs yardstick ${fixed(yardstickRate, 2)} MB/s`);
  console.log(`2-worker build ≥ yardstick: ${buildRate >= yardstickRate ? 'yes' : 'no'}`);

  if (values.profile) await profileExtraction(Math.min(articles, PROFILED_ARTICLES));
}

await main();
