import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';
import { isIsoDate } from './meta.js';

/** How many of an article's first non-empty lines may carry its publication date. */
const HEADER_LINES = 12;
const MAX_HEADER_LINE = 100;

let cached: RegExp | undefined;

function headerLine(): RegExp {
  if (cached) return cached;
  const { months, weekdays } = loadExtractionLexicon();
  const month = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
  cached = new RegExp(
    `^(?:(?<label>(?:first\\s+|last\\s+)?(?:published|posted|updated|modified|date|released|issued)(?:\\s+on)?)\\s*:?\\s*)?` +
      `(?:(?:${[...weekdays.keys()].join('|')})\\.?,?\\s+)?` +
      `(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<dm>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmMonth>${month})\\.?,?\\s+(?<dmYear>\\d{4})|(?<mdMonth>${month})\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdYear>\\d{4}))\\b`,
    'i',
  );
  return cached;
}

/**
 * The publication date a pasted article states on one of its first lines ("Published: 21 March 2024
 * 10:32 GMT", "Monday, March 18, 2024", "Updated 2024-03-18"), as YYYY-MM-DD. A published/posted date
 * wins over an updated one. Undefined when no such line starts with a real date.
 */
export function headerDate(text: string): string | undefined {
  const re = headerLine();
  const { months } = loadExtractionLexicon();
  let updated: string | undefined;
  for (const line of firstLines(text, HEADER_LINES)) {
    if (line.length > MAX_HEADER_LINE) continue;
    const g = re.exec(line)?.groups;
    if (!g) continue;
    const month = months.get((g.dmMonth ?? g.mdMonth ?? '').toLowerCase())?.month ?? 0;
    const day = g.iso ?? `${g.dmYear ?? g.mdYear}-${String(month).padStart(2, '0')}-${String(g.dm ?? g.md).padStart(2, '0')}`;
    if (!isIsoDate(day)) continue;
    if (!/updated|modified/i.test(g.label ?? '')) return day;
    updated ??= day;
  }
  return updated;
}

/** The first `count` non-empty lines, trimmed, without splitting the whole text. */
function* firstLines(text: string, count: number): Generator<string> {
  let found = 0;
  for (let start = 0; start < text.length && found < count; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line !== '') {
      found++;
      yield line;
    }
    start = end < 0 ? text.length : end + 1;
  }
}
