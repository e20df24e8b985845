import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Span } from './doc.js';
import { JUNK } from './clean.js';
import { titleAbbreviations } from '../lexicon/title-abbreviations.js';

/** Layer written here: `sentence`, one span per sentence of article text (junk excluded). */
export const SENTENCE = 'sentence';

let nlp: ReturnType<typeof winkNLP> | undefined;

function splitter(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/**
 * Longer "sentences" are not prose: tables, keyword soup and page furniture run together on one line (the
 * longest sentence of the evaluation corpus has ~300 characters; a 3,000-character one would have ~500 words).
 * They are left out, which also bounds the work spent per sentence.
 */
export const MAX_SENTENCE_CHARS = 3_000;

// A segment without a possible inner boundary is one sentence; wink is asked only about the others.
const INNER_BOUNDARY = /[.!?…]["'’”)\]]*\s+\S/;
const INNER_BOUNDARIES = new RegExp(INNER_BOUNDARY.source, 'g');
/** Whitespace wink's sentence text does not give back as it stood: such segments are split whole. */
const UNUSUAL_SPACE = /[^\S ]/;

/**
 * Words on either side of a possible boundary that wink reads to decide it. Its tokens are made word by word
 * and its boundary patterns span a few tokens, so a window of words around each candidate decides as the
 * whole paragraph would, for a fraction of the tokenising.
 */
const CONTEXT_WORDS = 3;

/** Words around possible boundaries: `text` starts at article offset `at`; wink's answers count between `first` and `last`. */
interface BoundaryWindow {
  at: number;
  text: string;
  first: number;
  last: number;
}

/**
 * Splits the article text outside junk into sentences: each line is a paragraph (wink does not split on
 * single newlines), and wink-nlp's sentence boundary detection splits inside it.
 */
export function markSentences(doc: Doc): void {
  const spans: Span[] = [];
  const toSplit: [number, number][] = [];
  const windows: BoundaryWindow[] = [];
  for (const [start, end] of textSegments(doc)) {
    const segment = doc.text.slice(start, end);
    if (!INNER_BOUNDARY.test(segment)) {
      pushTrimmed(spans, doc.text, start, end);
    } else if (UNUSUAL_SPACE.test(segment)) {
      let from = start;
      for (const [at] of winkSentences(segment).slice(1)) {
        if (endsInTitleAbbreviation(doc.text, from, start + at)) continue;
        pushTrimmed(spans, doc.text, from, start + at);
        from = start + at;
      }
      pushTrimmed(spans, doc.text, from, end);
    } else {
      toSplit.push([start, end]);
      windows.push(...boundaryWindows(segment, start));
    }
  }
  const starts = windowedStarts(windows);
  let k = 0;
  for (const [start, end] of toSplit) {
    let from = start;
    for (; k < starts.length && starts[k]! < end; k++) {
      if (endsInTitleAbbreviation(doc.text, from, starts[k]!)) continue;
      pushTrimmed(spans, doc.text, from, starts[k]!);
      from = starts[k]!;
    }
    pushTrimmed(spans, doc.text, from, end);
  }
  doc.set(SENTENCE, spans);
}

/**
 * True when the text from `from` to a sentence start `at` ends in an abbreviated title ("talks with Amb.", "Lt.",
 * "Gen. (Rtd.)") or a middle initial ("Yury V.") and a capitalised word follows: the name or title it stands
 * before, not a new sentence.
 */
function endsInTitleAbbreviation(text: string, from: number, at: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  const words = text.slice(from, at).trimEnd().split(/\s+/);
  const last = words[words.length - 1]!.replace(/^\(|\)$/g, '');
  return titleAbbreviations().has(last) || isMiddleInitial(words[words.length - 2], last);
}

/** "Sadyr N." before "Japarov": a capitalised name and a one-letter initial, mid-name. */
function isMiddleInitial(before: string | undefined, last: string): boolean {
  return /^\p{Lu}\.$/u.test(last) && before !== undefined && /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(before);
}

/** Wink's sentences of a text as [start, end) offsets; a sentence whose text wink gives back changed is left out. */
function winkSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let cursor = 0;
  for (const sentence of splitter().readDoc(text).sentences().out() as string[]) {
    const trimmed = sentence.trim();
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue;
    cursor = at + trimmed.length;
    out.push([at, cursor]);
  }
  return out;
}

/** Windows of words around the possible boundaries of a segment starting at article offset `offset`. */
function boundaryWindows(segment: string, offset: number): BoundaryWindow[] {
  const windows: BoundaryWindow[] = [];
  INNER_BOUNDARIES.lastIndex = 0;
  let m = INNER_BOUNDARIES.exec(segment);
  while (m) {
    // Grow one window over every candidate whose context overlaps the previous one.
    const first = m.index;
    let last = m.index + m[0].length;
    let windowEnd = wordsAfter(segment, last - 1, CONTEXT_WORDS);
    for (m = INNER_BOUNDARIES.exec(segment); m && wordsBefore(segment, m.index, CONTEXT_WORDS) < windowEnd; m = INNER_BOUNDARIES.exec(segment)) {
      last = m.index + m[0].length;
      windowEnd = wordsAfter(segment, last - 1, CONTEXT_WORDS);
    }
    const windowStart = wordsBefore(segment, first, CONTEXT_WORDS);
    windows.push({ at: offset + windowStart, text: segment.slice(windowStart, windowEnd), first: offset + first, last: offset + last });
  }
  return windows;
}

/** Article offsets where wink starts a sentence inside a window, asking wink once about all windows set side by side. */
function windowedStarts(windows: BoundaryWindow[]): number[] {
  if (windows.length === 0) return [];
  const bases: number[] = [];
  let length = 0;
  for (const w of windows) {
    bases.push(length);
    length += w.text.length + 1;
  }
  const starts: number[] = [];
  let i = 0;
  for (const [at] of winkSentences(windows.map((w) => w.text).join(' '))) {
    while (i + 1 < windows.length && bases[i + 1]! <= at) i++;
    const w = windows[i]!;
    const inArticle = w.at + at - bases[i]!;
    if (inArticle > w.first && inArticle < w.last) starts.push(inArticle);
  }
  return starts;
}

/** The start of the word `count` words before the one holding `at` (or the text's start). */
function wordsBefore(text: string, at: number, count: number): number {
  let i = at;
  for (let words = 0; i > 0; ) {
    while (i > 0 && text[i - 1] !== ' ') i--;
    if (++words > count) break;
    while (i > 0 && text[i - 1] === ' ') i--;
  }
  return i;
}

/** The end of the word `count` words after the one holding `at` (or the text's end). */
function wordsAfter(text: string, at: number, count: number): number {
  let i = at;
  for (let words = 0; i < text.length; ) {
    while (i < text.length && text[i] !== ' ') i++;
    if (++words > count) break;
    while (i < text.length && text[i] === ' ') i++;
  }
  return i;
}

/** Stretches of one line not covered by junk. */
function textSegments(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  const junk = doc.get(JUNK);
  const text = doc.text;
  let j = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    while (j < junk.length && junk[j].end <= lineStart) j++;
    for (let k = j; k < junk.length && junk[k].start < lineEnd; k++) {
      if (junk[k].start > pos) out.push([pos, junk[k].start]);
      pos = Math.max(pos, junk[k].end);
    }
    if (pos < lineEnd) out.push([pos, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return out;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && end - start <= MAX_SENTENCE_CHARS && /[\p{L}\p{N}]/u.test(text.slice(start, end))) spans.push({ start, end, label: SENTENCE });
}
