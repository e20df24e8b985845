import type { Span } from './doc.js';

/** A word or punctuation token: offsets into the article text, its text, and a lookup key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercase, curly apostrophes and dashes folded: the key for lexicon lookups. */
  key: string;
  /** Starts with an uppercase letter (or is an initial / acronym). */
  upper: boolean;
}

// An okina opening a capitalised word ("ʻAkilisi": a letter to Unicode, a mark to the reader, its own token), acronyms
// with periods (U.S., U.N.), words with inner hyphens/apostrophes (Hyun-soo, O'Brien, Hawaiʻi) but not a
// possessive 's, which is its own token, then any other non-space character.
const TOKEN = /ʻ(?=\p{Lu})|\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+|['’](?!s\b)[\p{L}\p{M}]+)*|['’]s\b|\S/gu;

/**
 * Tokens and spans looked at by the annotators and sentence views, summed over the process: tests read it to
 * check that the work per token stays bounded on pathological input (a counter, not a clock).
 */
export const scanWork = { steps: 0 };

const ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

const FOLD = /[’‘`‐‑–]/g;
const FOLDED: Record<string, string> = { '’': "'", '‘': "'", '`': "'", '‐': '-', '‑': '-', '–': '-' };

export function tokenKey(text: string): string {
  const lower = text.toLowerCase();
  return /[’‘`‐‑–]/.test(lower) ? lower.replace(FOLD, (c) => FOLDED[c] ?? c) : lower;
}

/** All tokens of a text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const upper = c < 128 ? c >= 65 && c <= 90 : t[0] !== t[0].toLowerCase();
    // "U.N." and "UN" share a key: gazetteers list acronyms with or without dots.
    const key = upper && t.length > 3 && t[1] === '.' && ACRONYM.test(t) ? t.replace(/\./g, '').toLowerCase() : tokenKey(t);
    out.push({ start: m.index, end: m.index + t.length, text: t, key, upper });
  }
  return out;
}

/** The token span [from, to) as a character span. */
export function tokenSpan(tokens: readonly Token[], from: number, to: number, label: string, data?: Record<string, string>): Span {
  return { start: tokens[from].start, end: tokens[to - 1].end, label, ...(data ? { data } : {}) };
}
