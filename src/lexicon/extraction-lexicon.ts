import { listCell, readTsv } from './tsv.js';

/** Word lists the extractor reads from src/lexicon/data (each loaded once, read-only afterwards). */
export interface ExtractionLexicon {
  /** Lowercase honorific forms, without trailing period ("mr", "sheikh", "tan sri"). */
  honorifics: Set<string>;
  /** Lowercase particles allowed inside a name ("bin", "von", "da"). */
  nameParticles: Set<string>;
  /** Lowercase given names written shortened with a period ("ma" for "Ma. Theresa", "md"). */
  givenNameAbbreviations: Set<string>;
  /** Lowercase capitalised words that are not name parts, with their class (org, venue, opening, place, geo, other). */
  capitalisedWords: Map<string, string>;
  /** Lowercase words showing uncued capitalised words name a place or thing, by kind (place, thing, head: see place-nouns.tsv). */
  placeNouns: Map<string, string>;
  /** Month number (1-12) by lowercase form, and whether the form is a short one. */
  months: Map<string, { month: number; short: boolean }>;
  /** Weekday number (0 Sunday .. 6 Saturday) by lowercase name. */
  weekdays: Map<string, number>;
  /** Trigger phrases by cue (see triggers.tsv), with the CAMEO code and mode the cue gives. */
  triggers: Map<string, Trigger>;
}

export interface Trigger {
  cue: string;
  cameo: string;
  mode: string;
  forms: string[];
}

let cached: ExtractionLexicon | undefined;

export function loadExtractionLexicon(): ExtractionLexicon {
  if (cached) return cached;
  const months = new Map<string, { month: number; short: boolean }>();
  const weekdays = new Map<string, number>();
  for (const row of readTsv('calendar.tsv')) {
    const forms = listCell(row.forms);
    forms.forEach((form, i) => {
      if (row.kind === 'month') months.set(form, { month: Number(row.number), short: i > 0 });
      else if (row.kind === 'weekday') weekdays.set(form, Number(row.number));
    });
  }
  const triggers = new Map<string, Trigger>();
  for (const row of readTsv('triggers.tsv')) {
    const cue = row.cue ?? '';
    triggers.set(cue, { cue, cameo: row.cameo ?? '', mode: row.mode ?? '', forms: listCell(row.forms) });
  }
  cached = {
    honorifics: new Set(readTsv('honorifics.tsv').map((r) => (r.form ?? '').toLowerCase().replace(/\.$/, ''))),
    nameParticles: new Set(readTsv('name-particles.tsv').map((r) => r.form ?? '')),
    givenNameAbbreviations: new Set(readTsv('given-name-abbreviations.tsv').map((r) => (r.form ?? '').toLowerCase())),
    capitalisedWords: new Map(readTsv('capitalised-words.tsv').map((r) => [(r.word ?? '').toLowerCase(), r.class ?? 'other'])),
    placeNouns: new Map(readTsv('place-nouns.tsv').flatMap((r) => listCell(r.forms).map((f): [string, string] => [f.toLowerCase(), r.kind ?? '']))),
    months,
    weekdays,
    triggers,
  };
  return cached;
}

export function trigger(cue: string): Trigger {
  return loadExtractionLexicon().triggers.get(cue) ?? { cue, cameo: '', mode: '', forms: [] };
}

/**
 * The forms of the cues as one regex alternation: each form escaped, longest first, any whitespace between its
 * words. `widen` may rewrite each escaped form before its spaces become `\\s+`.
 */
export function cueAlternation(cues: string[], widen: (form: string) => string = (form) => form): string {
  const forms = new Set(cues.flatMap((c) => trigger(c).forms));
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => widen(f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).replace(/ /g, '\\s+'))
    .join('|');
}

