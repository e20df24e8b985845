import type { Doc, Span } from './doc.js';
import { SENTENCE } from './sentences.js';
import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';
import { listCell, readTsv } from '../lexicon/tsv.js';

/**
 * Layer written here: `date`, data.value = `YYYY-MM-DD` when the expression names one day, else no value;
 * data.next = the same weekday looked for forward (for planned events: "will travel on Friday");
 * data.shift = days after the day of the event told before ("the following day" = 1), left for the extractor;
 * data.dateline = the date of a dateline ("ASTANA, 18 April 2024 (Kazinform) -"): the day of the report, not of an event;
 * data.future = 'yes' when the day is after the one the article speaks from ("tomorrow", "on March 20" in a March 14 report).
 */
export const DATE = 'date';

const DAY = 86_400_000;
/** What closes a dateline after its date: "(Kazinform) -", "--", "/WAM/ –", ":". */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,40}\)|\/[^/]{1,20}\/)?\s*(?:-{1,2}|–|—|:)\s/;

interface DatePatterns {
  all: RegExp;
  shifts: Map<string, number>;
  /** A year told with its month ("February 2024", "March 3, 2023") or a preposition ("in 2023"). */
  year: RegExp;
}

let cached: DatePatterns | undefined;

function patterns(): DatePatterns {
  if (cached) return cached;
  const { months, weekdays } = loadExtractionLexicon();
  const month = [...months.keys()].sort((a, b) => b.length - a.length).join('|');
  const weekday = [...weekdays.keys()].join('|');
  const shifts = new Map(readTsv('calendar.tsv').filter((r) => r.kind === 'day-shift').flatMap((r) => listCell(r.forms).map((f) => [f, Number(r.number)] as const)));
  const shift = [...shifts.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/ /g, '\\s+')).join('|');
  cached = {
    shifts,
    year: new RegExp(`(?:\\b(?:${month})\\b\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?|\\b(?:in|by|of|early|late|mid-?))\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    all: new RegExp(
      [
        `(?<iso>\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
        `\\b(?<dm>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmMonth>${month})\\b\\.?(?:,?\\s+(?<dmYear>\\d{4})\\b|\\s+(?<dmLast>last\\s+year)\\b)?`,
        `\\b(?<mdMonth>${month})\\b\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(?<mdYear>\\d{4})\\b|\\s+(?<mdLast>last\\s+year)\\b)?`,
        `\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?<weekday>${weekday})\\b`,
        // "This morning, the Deputy President paid a courtesy call": the day the article speaks from.
        `\\b(?<deictic>today|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|tonight)\\b`,
        // "after the meeting of the council", "on the sidelines of the summit": a named other event, not the one told before.
        `\\b(?<shift>${shift})\\b(?!\\s+of\\b)`,
        `\\b(?<vague>(?:earlier|later|late|early)\\s+(?:this|last|next)\\s+(?:week|month|year)|(?:last|this|next)\\s+(?:week|month|year)|(?:earlier|later) in the (?:week|month|year)|(?:in|early|late|mid-?|last|this|next)\\s*(?:${month})(?:\\s+\\d{4})?\\b)`,
      ].join('|'),
      'gi',
    ),
  };
  return cached;
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Resolves one match against the publication date (a UTC midnight time), or undefined. */
function resolve(g: Record<string, string | undefined>, published: number | undefined): string | undefined {
  const { months, weekdays } = loadExtractionLexicon();
  if (g.iso) return g.iso;
  const monthName = g.dmMonth ?? g.mdMonth;
  if (monthName) {
    const month = months.get(monthName.toLowerCase())?.month ?? 1;
    const day = Number(g.dm ?? g.md);
    const yearText = g.dmYear ?? g.mdYear;
    if (day < 1 || day > 31) return undefined;
    if (yearText) return iso(Date.UTC(Number(yearText), month - 1, day));
    if (published === undefined) return undefined;
    const pubYear = new Date(published).getUTCFullYear();
    // "on August 20 last year"
    if (g.dmLast ?? g.mdLast) return iso(Date.UTC(pubYear - 1, month - 1, day));
    const sameYear = Date.UTC(pubYear, month - 1, day);
    // A day more than ~6 months after publication is last year's.
    return iso(sameYear - published > 183 * DAY ? Date.UTC(pubYear - 1, month - 1, day) : sameYear);
  }
  if (published === undefined) return undefined;
  if (g.deictic) {
    const shift = { today: 0, yesterday: -1, tomorrow: 1 }[g.deictic.toLowerCase()] ?? 0;
    return iso(published + shift * DAY);
  }
  if (g.weekday) {
    const target = weekdays.get(g.weekday.toLowerCase()) ?? 0;
    const today = new Date(published).getUTCDay();
    const rel = g.rel?.toLowerCase();
    if (rel === 'next' || rel === 'coming') return iso(published + (((target - today + 7) % 7) || 7) * DAY);
    const back = (today - target + 7) % 7;
    return iso(published - (rel === 'last' && back === 0 ? 7 : back) * DAY);
  }
  return undefined;
}

/** The last year the sentence states before a day ("By February 2024 … on Feb. 17", "in 2023 … on March 3"), not "since 2022". */
function statedYear(before: string): number | undefined {
  const year = [...before.matchAll(patterns().year)].pop()?.[1];
  return year ? Number(year) : undefined;
}

/** A bare weekday looked for forward from the publication date, on or after it. */
function forward(g: Record<string, string | undefined>, published: number | undefined): string | undefined {
  if (!g.weekday || g.rel || published === undefined) return undefined;
  const target = loadExtractionLexicon().weekdays.get(g.weekday.toLowerCase()) ?? 0;
  return iso(published + ((target - new Date(published).getUTCDay() + 7) % 7) * DAY);
}

/** "16:42 BST", "09:45", "16:55 – Polish Foreign Minister …": a live blog's post time opening a line. */
const POST_TIME = /^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?(?:\s*$|\s+[–—-]\s)/gim;

/**
 * The day of a live blog's posts: its publication date, when two or more lines open with a post time. A meeting a post
 * tells with no day ("X and Y have held their first bilateral") is on it.
 */
export function liveBlogDay(doc: Doc): string | undefined {
  const published = doc.article.meta.published ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(published) && (doc.text.match(POST_TIME)?.length ?? 0) >= 2 ? published : undefined;
}

/** Finds date expressions in sentences and resolves them against the article's publication date (or its dateline's). */
export function markDates(doc: Doc): void {
  const published = /^\d{4}-\d{2}-\d{2}$/.test(doc.article.meta.published ?? '') ? Date.parse(`${doc.article.meta.published}T00:00:00Z`) : undefined;
  const { all: re, shifts } = patterns();
  const spans: Span[] = [];
  let reference = published;
  for (const sentence of doc.get(SENTENCE)) {
    const text = doc.slice(sentence);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const g = m.groups ?? {};
      // A lowercase "may"/"march"/"sun" with a number is still a date; alone it is a word.
      if ((g.mdMonth && g.mdMonth[0] === g.mdMonth[0].toLowerCase()) || (g.weekday && g.weekday[0] === g.weekday[0].toLowerCase())) continue;
      const year = (g.dmMonth || g.mdMonth) && !(g.dmYear ?? g.mdYear ?? g.dmLast ?? g.mdLast) ? statedYear(text.slice(0, m.index)) : undefined;
      const value = year !== undefined ? resolve({ ...g, [g.dmMonth ? 'dmYear' : 'mdYear']: String(year) }, reference) : resolve(g, reference);
      const next = forward(g, reference);
      // "ABU DHABI, 11th January (WAM) -- … received today": a dated dateline is the day the article speaks from.
      const dateline = spans.length === 0 && m.index < 40 && DATELINE_AFTER.test(text.slice(m.index + m[0].length));
      if (spans.length === 0 && m.index < 40 && (g.dmMonth || g.mdMonth) && value && published !== undefined) {
        const lag = published - Date.parse(`${value}T00:00:00Z`);
        if (lag >= 0 && lag <= 3 * DAY) reference = Date.parse(`${value}T00:00:00Z`);
      }
      const shift = g.shift ? shifts.get(g.shift.toLowerCase().replace(/\s+/g, ' ')) : undefined;
      const start = sentence.start + m.index;
      const future = value !== undefined && reference !== undefined && Date.parse(`${value}T00:00:00Z`) > reference;
      const data: Record<string, string> = { text: m[0], ...(value ? { value } : {}), ...(next ? { next } : {}), ...(shift !== undefined ? { shift: String(shift) } : {}), ...(dateline ? { dateline: 'yes' } : {}), ...(future ? { future: 'yes' } : {}) };
      spans.push({ start, end: start + m[0].length, label: DATE, data });
    }
  }
  doc.set(DATE, spans);
}
