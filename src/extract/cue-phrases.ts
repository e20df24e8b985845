import { trigger } from '../lexicon/extraction-lexicon.js';

/** A cue's phrase found in a skeleton. */
export interface CueSpan {
  cue: string;
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Each cue's phrases as words, grouped by their first word, longest phrase (in characters) first in each group. */
const phraseCache = new Map<string, Map<string, string[][]>>();

function phrasesOf(cue: string): Map<string, string[][]> {
  let byFirst = phraseCache.get(cue);
  if (!byFirst) {
    byFirst = new Map();
    for (const form of [...new Set(trigger(cue).forms)].sort((a, b) => b.length - a.length)) {
      const words = form.split(' ');
      const group = byFirst.get(words[0] as string);
      if (group) group.push(words);
      else byFirst.set(words[0] as string, [words]);
    }
    phraseCache.set(cue, byFirst);
  }
  return byFirst;
}

/** How many words from words[at] the first phrase of `phrases` standing there covers (0: none stands there). */
function phraseAt(words: Word[], at: number, phrases: string[][] | undefined): number {
  for (const phrase of phrases ?? []) {
    if (at + phrase.length <= words.length && phrase.every((w, k) => words[at + k]?.text === w)) return phrase.length;
  }
  return 0;
}

/**
 * Where the cues' phrases stand in a text as whole words: cue by cue, left to right, without overlap, the longest
 * phrase at a word first. The same spans as matching `(?<=^|\s)(?:phrases, longest first)(?=\s|$)` globally, cue
 * by cue, for phrases written with single spaces, without running a large alternation at every character.
 */
export function cueSpans(text: string, cues: readonly string[]): CueSpan[] {
  const words: Word[] = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: CueSpan[] = [];
  for (const cue of cues) {
    const byFirst = phrasesOf(cue);
    for (let i = 0; i < words.length; ) {
      const n = phraseAt(words, i, byFirst.get(words[i]!.text));
      if (n === 0) {
        i++;
        continue;
      }
      out.push({ cue, start: words[i]!.start, end: words[i + n - 1]!.end });
      i += n;
    }
  }
  return out;
}
