import type { Doc, Span } from './doc.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { listCell, readTsv } from '../lexicon/tsv.js';

/** Layers written here: `junk` (page furniture, with data.kind) and `dateline` (data.place). */
export const JUNK = 'junk';
export const DATELINE = 'dateline';

interface JunkPatterns {
  anywhere: RegExp;
  line: Set<string>;
  trailingCredit: RegExp;
  /** A line naming the article's own staff: "Reporting by …", "The newsletter is written by …". */
  byline: RegExp;
  /** A closing note on the author: "X is a contributing editor at …". */
  authorNote: RegExp;
  /** Capitals by name, for datelines written in title case ("Nairobi — "). */
  capitals: Set<string>;
}

let cached: JunkPatterns | undefined;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function patterns(): JunkPatterns {
  if (cached) return cached;
  const forms = new Map(readTsv('junk.tsv').map((r) => [r.kind ?? '', listCell(r.forms)]));
  const credits = (forms.get('credit') ?? []).map(escape).join('|');
  const capitals = loadGazetteer().countries.flatMap((c) => [c.capital ?? '', ...c.capitalAliases]).filter((n) => n !== '');
  const bylines = (forms.get('byline') ?? []).map(escape).join('|');
  const staff = (forms.get('staff') ?? []).map(escape).join('|');
  cached = {
    byline: new RegExp(`^(?:${bylines})\\b|^[^.]{0,60}\\b(?:is|are) (?:${bylines})\\b`, 'i'),
    authorNote: new RegExp(`^\\p{Lu}\\p{L}*(?:[ -]\\p{Lu}\\p{L}*){1,3} is (?:a|an|the) [^.]{0,40}?\\b(?:${staff})\\b`, 'u'),
    capitals: new Set(capitals),
    anywhere: new RegExp((forms.get('anywhere') ?? []).map(escape).join('|'), 'g'),
    line: new Set((forms.get('line') ?? []).map((f) => f.toLowerCase())),
    // "— AFP", "- Reuters", "(Reuters)", "Photo: Xinhua", "Photo: AFP/Getty Images" at the end of a line.
    trailingCredit: new RegExp(
      `(?:\\s*[—–-]{1,2}\\s*(?:${credits})(?:\\s*/\\s*\\S+)?|\\s*\\((?:${credits})\\)|\\s*\\b(?:Photos?|Photograph|Picture|Image|File photo|Credit|Source)\\s*:\\s*[^.!?:]{1,60})\\s*$`,
    ),
  };
  return cached;
}

// "SEOUL:", "BEIJING (Reuters) -", "NEW DELHI, Jan 26 (Reuters) -", "GYEONGJU, South Korea, Oct. 31 (Xinhua) --", "CHIȘINĂU –".
const DATELINE_UPPER = /^(\p{Lu}[\p{Lu}'’.]+(?:[ -]\p{Lu}[\p{Lu}'’.]+)*)(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,))?(?:,\s*[A-Z][A-Za-z]*\.?\s*\d{0,2}(?:,\s*\d{4})?)?\s*(\([A-Za-z .-]+\))?\s*(?::|[—–-]{1,2})\s+/u;
const DATELINE_MIXED = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*[A-Z][a-z]+\.? \d{1,2}(?:,\s*\d{4})?\s*(\([A-Za-z .-]+\))\s*(?::|[—–-]{1,2})\s*/;
/**
 * "Nairobi — President …", "Nairobi, March 3 – ": a title-case dateline, taken only for a capital the gazetteer
 * knows and only before a spaced long dash, since "Ruto — who …" opens sentences too.
 */
const DATELINE_TITLED = /^(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){0,2})(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+[—–]{1,2}\s+/u;
/** "ABU DHABI, 11th January, 2024 (WAM) --": a dateline whose date stays in the text (the date layer dates "today" by it). */
const DATELINE_DATED = /^([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*),\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s*\d{4}\s*\([A-Za-z .-]+\)\s*(?::|[—–-]{1,2})\s+/;
function titledCapital(line: string, capitals: Set<string>): RegExpExecArray | null {
  const titled = DATELINE_TITLED.exec(line);
  return titled && capitals.has(titled[1]) ? titled : null;
}
const SENTENCE_END = /[.!?…:]["'’”)\]]*$|["”]$/;
const BULLET = /^[•·▪◦●■\-*]\s/;
const ATTRIBUTION = /^From: /;

/** Marks page furniture as junk spans and finds datelines; the text itself is never changed. */
export function markJunk(doc: Doc): void {
  const { anywhere, line: lineForms, trailingCredit, byline, authorNote, capitals } = patterns();
  const junk: Span[] = [];
  const datelines: Span[] = [];
  const seenLines = new Set<string>();
  const text = doc.text;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const lineJunk: Span[] = [];
    anywhere.lastIndex = 0;
    for (let m = anywhere.exec(line); m !== null; m = anywhere.exec(line)) {
      lineJunk.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, label: JUNK, data: { kind: 'advert' } });
    }
    // The line without glued-on junk: look for a trailing credit there.
    let contentEnd = line.length;
    for (const j of [...lineJunk].reverse()) {
      if (line.slice(j.end - lineStart, contentEnd).trim() === '') contentEnd = j.start - lineStart;
    }
    // Credits are short: look only at the line's tail (an anchored regex would otherwise try every offset).
    const tailFrom = Math.max(0, contentEnd - 90);
    const credit = trailingCredit.exec(line.slice(tailFrom, contentEnd));
    if (credit) {
      lineJunk.push({ start: lineStart + tailFrom + credit.index, end: lineStart + contentEnd, label: JUNK, data: { kind: 'credit' } });
      contentEnd = tailFrom + credit.index;
    }
    let contentStart = 0;
    const dateline = DATELINE_UPPER.exec(line) ?? DATELINE_MIXED.exec(line) ?? titledCapital(line, capitals);
    // "PHOTO: …", "UPDATE: …": a label of page furniture, not a place.
    if (dateline && dateline[0].length < contentEnd && !lineForms.has(dateline[1].toLowerCase())) {
      contentStart = dateline[0].length;
      const place = dateline[1];
      datelines.push({ start: lineStart, end: lineStart + place.length, label: DATELINE, data: { place } });
      lineJunk.push({ start: lineStart, end: lineStart + contentStart, label: JUNK, data: { kind: 'dateline' } });
    } else {
      const dated = DATELINE_DATED.exec(line);
      if (dated) datelines.push({ start: lineStart, end: lineStart + dated[1].length, label: DATELINE, data: { place: dated[1] } });
    }
    const content = removeSpans(line, lineStart, lineJunk).slice(contentStart).trim();
    const kind = byline.test(content) || authorNote.test(content) ? 'byline' : lineKind(content, lineForms, seenLines);
    if (kind) junk.push({ start: lineStart, end: lineEnd, label: JUNK, data: { kind } });
    else junk.push(...lineJunk);
    if (content) seenLines.add(content.toLowerCase());
    lineStart = lineEnd + 1;
  }
  doc.set(JUNK, junk);
  doc.set(DATELINE, datelines);
}

function removeSpans(line: string, offset: number, spans: Span[]): string {
  let out = line;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start - offset) + ' '.repeat(s.end - s.start) + out.slice(s.end - offset);
  }
  return out;
}

/** Why a whole line is junk, or undefined when it is article text. */
function lineKind(content: string, lineForms: Set<string>, seen: Set<string>): string | undefined {
  if (content === '') return undefined;
  if (/^\d{1,4}$/.test(content)) return 'stray-number';
  if (lineForms.has(content.toLowerCase().replace(/[\s:»›>|]+$/, ''))) return 'furniture';
  if (seen.has(content.toLowerCase())) return 'duplicate';
  // "From: Prime Minister's Office and The Rt Hon Sir X": an official page naming the office and minister it reports on.
  if (BULLET.test(content) || ATTRIBUTION.test(content)) return undefined;
  const words = content.split(/\s+/).length;
  if (!SENTENCE_END.test(content) && words <= 30) return words <= 3 ? 'label' : 'headline';
  return undefined;
}
