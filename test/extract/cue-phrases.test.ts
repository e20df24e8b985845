import { expect } from 'chai';
import { cueSpans } from '../../src/extract/cue-phrases.js';
import { cueAlternation, trigger } from '../../src/lexicon/extraction-lexicon.js';

/** The global whole-word alternation cueSpans stands in for. */
function byRegExp(text: string, cues: string[]): { cue: string; start: number; end: number }[] {
  return cues.flatMap((cue) =>
    [...text.matchAll(new RegExp(`(?<=^|\\s)(?:${cueAlternation([cue])})(?=\\s|$)`, 'g'))].map((m) => ({ cue, start: m.index, end: m.index + m[0].length })),
  );
}

describe('cue phrases in a skeleton', () => {
  const cues = ['meet-verb', 'hold-verb', 'meet-noun', 'phone-noun', 'planned', 'statement-verb', 'negation'];

  it('finds phrases as whole words, the longest at a word first, without overlap', () => {
    const longest = [...trigger('meet-verb').forms].sort((a, b) => b.length - a.length).find((f) => f.includes(' '));
    expect(longest, 'a meet-verb phrase of several words').to.be.a('string');
    const text = `§P0 ${longest} §P1 , ${longest} ${longest} and met`;
    const spans = cueSpans(text, ['meet-verb']);
    expect(spans.map((s) => text.slice(s.start, s.end))).to.deep.equal([longest, longest, longest, 'met']);
    expect(cueSpans('§P0 remet §P1 , metro', ['meet-verb'])).to.deep.equal([]);
  });

  it('gives the spans of the regular expression it replaces', () => {
    const skeletons = [
      '§P0 met §P1 in §L2 on §D3 .',
      '§P0 held talks with §P1 , who said the two would meet again   next week',
      'the minister is expected to hold a phone call with §P2 , §P3 said',
      '§P0 and §P1 did not meet ; talks were held  between §P2 and §P3',
      '',
      'met',
    ];
    for (const s of skeletons) expect(cueSpans(s, cues), s).to.deep.equal(byRegExp(s, cues));
  });
});
