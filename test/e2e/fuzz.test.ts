import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { collectFacts } from '../../src/build.js';
import { InputError } from '../../src/ingest/errors.js';
import { factsToQuads } from '../../src/rdf/convert.js';
import { prefixesFor, DEFAULT_BASE } from '../../src/rdf/namespaces.js';
import { serialize } from '../../src/rdf/serialize.js';
import { PROJECT, runCli } from '../helpers/cli.js';

/** A small seeded generator (mulberry32), so every run tries the same thousand inputs. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_TEXT = readFileSync(join(PROJECT, 'seeds/003_669758c909f088b1.txt'), 'utf8');
const ODD_UNICODE = ['\u202e', '\u200b', '\u0301', '\ud83c\uddf0\ud83c\uddf5', 'ǅ', 'İ', '\u00a0', '\ufeff', 'ﬁ', '𝐊𝐢𝐦', '金正恩', 'Ким', 'محمد', '\u2028'];
const SOUP = ['<p>', '</div>', '<script>var a="</p>";', '<!--', '-->', '<br/>', '&amp;', '&nbsp;', '&#x0;', '<nav>', '<td>', '<<', '>>', '"', "'", '<![CDATA['];
const TITLES = ['Vice Foreign Minister', 'President', 'met', 'held talks with', 'in', 'on Friday', 'arrived in', 'Mr.', 'Sheikh', 'bin', ',', '.', '—'];

type Input = { name: string; content: Uint8Array | string };

function makeInputs(count: number): Input[] {
  const next = random(20240127);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (list: string[], n: number): string => Array.from({ length: n }, () => pick(list)).join(next() < 0.5 ? ' ' : '');
  const kinds: ((i: number) => Input)[] = [
    (i) => ({ name: `bytes-${i}.txt`, content: Uint8Array.from({ length: 1 + Math.floor(next() * 4000) }, () => Math.floor(next() * 256)) }),
    (i) => ({ name: `unicode-${i}.txt`, content: words([...ODD_UNICODE, ...TITLES], 50 + Math.floor(next() * 400)) }),
    (i) => ({ name: `soup-${i}.html`, content: words([...SOUP, ...TITLES, 'Kim', 'Pyongyang'], 100 + Math.floor(next() * 800)) }),
    (i) => ({ name: `titles-${i}.md`, content: words([...TITLES, '# ', '**', '[', '](', 'Ri Kwang Chol', 'Seoul:', '\n'], 200 + Math.floor(next() * 600)) }),
    (i) => {
      const chars = [...SEED_TEXT];
      for (let k = 0; k < 200; k++) chars.splice(Math.floor(next() * chars.length), Math.floor(next() * 3), pick([...ODD_UNICODE, ...SOUP, ' ', '\n', '.']));
      return { name: `garbled-${i}.txt`, content: chars.join('') };
    },
    (i) => ({ name: `longline-${i}.txt`, content: `${'Minister '.repeat(20000 + Math.floor(next() * 20000))}met Kim.` }),
    (i) => ({ name: `jsonl-${i}.jsonl`, content: [`{"text": ${JSON.stringify(words(TITLES, 80))}}`, pick(['{', '[]', '{"text": 5}', '', '{"text": ""}', '{"text": "ok met x", "published": "2024-13-40"}'])].join('\n') }),
    (i) => ({ name: `blank-${i}.txt`, content: pick(['', ' ', '\n\n\n', '\t \u00a0', '\u200b']) }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!(i));
}

describe('fuzz: a thousand garbled, binary, huge-line, odd-Unicode and HTML-soup inputs', function () {
  this.timeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'dipkg-fuzz-'));
  const inputs = makeInputs(1000);

  it('never crashes: each input gives valid RDF or one clear error naming the file', async () => {
    let built = 0;
    let refused = 0;
    for (const input of inputs) {
      const path = join(dir, input.name);
      writeFileSync(path, input.content);
      try {
        const facts = await collectFacts([path], { keepGoing: false, warn: () => undefined });
        const turtle = await serialize(factsToQuads(facts), 'turtle', prefixesFor(DEFAULT_BASE));
        new Parser().parse(turtle);
        built++;
      } catch (error) {
        expect(error, `${input.name}: ${(error as Error).stack}`).to.be.instanceOf(InputError);
        const message = (error as Error).message;
        expect(message.startsWith(path), message).to.equal(true);
        expect(message).to.not.include('\n');
        refused++;
      }
    }
    expect(built + refused).to.equal(1000);
    expect(built).to.be.greaterThan(300);
    expect(refused).to.be.greaterThan(100);
  });

  it('gives the same one-line answers through the CLI', () => {
    for (const input of inputs.slice(0, 16)) {
      const result = runCli(['build', join(dir, input.name), '--out', '-', '--link', 'none']);
      expect(result.stderr, input.name).to.not.match(/\n\s+at /);
      if (result.code !== 0) expect(result.stderr.trim().split('\n'), input.name).to.have.length(1);
    }
  });
});
