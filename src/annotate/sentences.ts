import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Span } from './doc.js';
import { JUNK } from './clean.js';

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

/**
 * Splits the article text outside junk into sentences: each line is a paragraph (wink does not split on
 * single newlines), and wink-nlp's sentence boundary detection splits inside it.
 */
export function markSentences(doc: Doc): void {
  const spans: Span[] = [];
  for (const [start, end] of textSegments(doc)) {
    const segment = doc.text.slice(start, end);
    if (!INNER_BOUNDARY.test(segment)) {
      pushTrimmed(spans, doc.text, start, end);
      continue;
    }
    let cursor = 0;
    for (const sentence of splitter().readDoc(segment).sentences().out() as string[]) {
      const trimmed = sentence.trim();
      const at = segment.indexOf(trimmed, cursor);
      if (at < 0) continue;
      pushTrimmed(spans, doc.text, start + at, start + at + trimmed.length);
      cursor = at + trimmed.length;
    }
  }
  doc.set(SENTENCE, spans);
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
