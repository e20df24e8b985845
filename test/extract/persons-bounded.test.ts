import { expect } from 'chai';
import { extractFacts } from '../../src/extract/extract.js';
import { scanWork } from '../../src/annotate/tokens.js';
import { MAX_SENTENCE_CHARS } from '../../src/annotate/sentences.js';
import type { ArticleFacts } from '../../src/extract/facts.js';

/** Facts of a text, and the scanning steps spent per character on it. */
function measured(text: string): { facts: ArticleFacts; perChar: number } {
  const before = scanWork.steps;
  const facts = extractFacts({ meta: { id: 't', published: '2024-01-01' }, text, origin: 'test' });
  return { facts, perChar: (scanWork.steps - before) / text.length };
}

/** A unit repeated to about `chars` characters, then an ending. */
const repeated = (unit: string, end: string) => (chars: number): string => unit.repeat(Math.floor((chars - end.length) / unit.length)) + end;

/** One-line "sentences" that junk pages and tables produce. */
const PATHOLOGICAL: Record<string, (chars: number) => string> = {
  'a title repeated': repeated('Minister ', 'met Kim.'),
  'a capitalised word repeated': repeated('Kim ', 'met Lee.'),
  'organisation connectors repeated': repeated('Party of the ', 'Korea.'),
  'honorifics repeated': repeated('Mr. ', 'Tan.'),
  'weekdays repeated': repeated('Monday ', 'met.'),
  'titles and names alternating': repeated('President Lee Ba and ', 'Kim.'),
  'title case words': (chars) => `${Array.from({ length: Math.floor(chars / 7) }, (_, i) => `Word${String.fromCharCode(97 + (i % 26))}`).join(' ')}.`,
};

describe('extraction work is bounded per token on pathological lines', function () {
  this.timeout(20_000);

  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(`${name}: the same work per character at 300 and ${MAX_SENTENCE_CHARS - 100} characters, none past the sentence cap`, () => {
      const small = measured(make(300));
      const large = measured(make(MAX_SENTENCE_CHARS - 100));
      expect(large.perChar).to.be.at.most(small.perChar * 1.2 + 0.05);
      expect(large.perChar).to.be.below(5);
      const huge = measured(make(100 * MAX_SENTENCE_CHARS));
      expect(huge.perChar).to.equal(0);
      expect(huge.facts.entities).to.deep.equal([]);
    });
  }

  it('a 270 KB line of one title followed by a meeting sentence gives no facts', () => {
    const { facts } = measured(`${'Minister '.repeat(30_000)}met Kim.`);
    expect(facts.entities).to.deep.equal([]);
    expect(facts.positions).to.deep.equal([]);
    expect(facts.events).to.deep.equal([]);
  });

  it('a run of more capitalised words than any name has is no person', () => {
    const { facts } = measured('Amber Bramble Cobalt Dapple Ember Fennel Garnet Hazel Indigo Juniper Kestrel said on Monday.');
    expect(facts.entities.filter((e) => e.kind === 'person')).to.deep.equal([]);
  });
});
