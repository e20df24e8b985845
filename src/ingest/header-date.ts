import { listCell, readTsv } from '../lexicon/tsv.js';
import { isIsoDate } from './meta.js';

/** How many of an article's first non-empty lines may carry its publication date. */
const HEADER_LINES = 12;
const MAX_HEADER_LINE = 100;

let cached: { line: RegExp; months: Map<string, number> } | undefined;

function patterns(): { line: RegExp; months: Map<string, number> } {
  if (cached) return cached;
  const months = new Map(readTsv('calendar.tsv').filter((r) => r.kind === 'month').flatMap((r) => listCell(r.forms).map((f) => [f, Number(r.number)] as const)));
  const weekdays = readTsv('calendar.tsv').filter((r) => r.kind === 'weekday').flatMap((r) => listCell(r.forms));
  const month = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
  const line = new RegExp(
    `^(?:(?<label>(?:first\\s+|last\\s+)?(?:published|posted|updated|modified|date|released|issued)(?:\\s+on)?)\\s*:?\\s*)?` +
      `(?:(?:${weekdays.join('|')})\\.?,?\\s+)?` +
      `(?:(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<dm>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmMonth>${month})\\.?,?\\s+(?<dmYear>\\d{4})|(?<mdMonth>${month})\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<mdYear>\\d{4}))\\b`,
    'i',
  );
  cached = { line, months };
  return cached;
}

/**
 * The publication date a pasted article states on one of its first lines ("Published: 21 March 2024
 * 10:32 GMT", "Monday, March 18, 2024", "Updated 2024-03-18"), as YYYY-MM-DD. A published/posted date
 * wins over an updated one. Undefined when no such line starts with a real date.
 */
export function headerDate(text: string): string | undefined {
  const { line: re, months } = patterns();
  let updated: string | undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, HEADER_LINES);
  for (const line of lines) {
    if (line.length > MAX_HEADER_LINE) continue;
    const g = re.exec(line)?.groups;
    if (!g) continue;
    const month = months.get((g.dmMonth ?? g.mdMonth ?? '').toLowerCase()) ?? 0;
    const day = g.iso ?? `${g.dmYear ?? g.mdYear}-${String(month).padStart(2, '0')}-${String(g.dm ?? g.md).padStart(2, '0')}`;
    if (!isIsoDate(day)) continue;
    if (!/updated|modified/i.test(g.label ?? '')) return day;
    updated ??= day;
  }
  return updated;
}
