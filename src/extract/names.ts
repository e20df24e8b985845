import { remembered } from '../remembered.js';

/** Person-name keys: one key for the spellings of one name ("Ri Kwang-chol" = "Ri Kwang Chol", "José" = "Jose"). */

/** Lowercase, diacritics and hyphens folded, initials and particles kept in order: the identity key of a full name. */
export function personKey(name: string): string {
  return nameParts(name).join(' ');
}

/**
 * The name's parts as keys ("Jang Hyun-soo" → jang, hyun, soo). Remembered (and frozen, being shared): names are
 * compared with every other of their article and recur across articles.
 */
export const nameParts = remembered((name: string): readonly string[] =>
  Object.freeze(
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[\s\-‐‑.]+/)
      .filter((p) => p !== ''),
  ),
);

/** The key of the name without initials: "Olga V. Petrenko" and "Olga Petrenko" share it. */
export function looseKey(name: string): string {
  return name
    .split(/\s+/)
    .filter((p) => !/^\p{Lu}\.$/u.test(p))
    .map((p) => nameParts(p).join(' '))
    .join(' ');
}

/** A word of initials only: "B.", "M.I.", "J.-M.". */
const INITIALS = /^(?:\p{Lu}\.[-‐‑]?)+$/u;

/**
 * Whether `short` names, within one article, the person named in full by the longer `full`: its last parts ("Ortega
 * Ruiz", "Al Mansouri"), its first two words or more when the full name has more ("Hassan Sheikh" for "Hassan Sheikh
 * Mohamud"; never inside a hyphenated word: "Kim Jong" is no "Kim Jong-un"), or initials standing for its given names
 * before its surname ("B. Saidov", "M.I. Dar" for "Mohammad Ishaq Dar").
 */
export function isShortForm(short: string, full: string): boolean {
  const [s, f] = [nameParts(short), nameParts(full)];
  const [sw, fw] = [short.split(/\s+/), full.split(/\s+/)];
  if (s.length === 0 || personKey(short) === personKey(full)) return false;
  const suffix = f.length > s.length && s.every((p, i) => f[f.length - s.length + i] === p);
  const prefix = sw.length >= 2 && fw.length > sw.length && sw.every((w, i) => personKey(w) === personKey(fw[i]));
  return suffix || prefix || initialsOf(sw, fw);
}

/** "M.I. Dar" for "Mohammad Ishaq Dar": initials for the first given names, then the full name's last words. */
function initialsOf(short: readonly string[], full: readonly string[]): boolean {
  const opening = short.findIndex((w) => !INITIALS.test(w));
  if (opening <= 0) return false;
  const letters = short.slice(0, opening).join('').replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const surname = short.slice(opening).map(personKey);
  const given = full.slice(0, full.length - surname.length);
  if (given.length < letters.length || !surname.every((p, i) => personKey(full[given.length + i]) === p)) return false;
  return [...letters].every((l, i) => personKey(given[i]).startsWith(l));
}

/** The capitalised word just before a name ("Mr", "Captain", "President"), lowercased: how the text addresses the person there. */
export function addressBefore(text: string, at: number): string | undefined {
  return /(?:^|[^\p{L}])(\p{Lu}\p{L}*)\.?\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
}

/**
 * How each person was addressed when named in full ("Mr Karamoko Traoré", "Captain Ibrahim Traoré"), to tell apart
 * people sharing a surname when the text repeats the address ("Mr Traoré", "Captain Traoré").
 */
export class Addresses {
  private readonly byPerson = new Map<string, Set<string>>();

  note(personId: string, text: string, at: number): void {
    const address = addressBefore(text, at);
    if (address) this.byPerson.set(personId, (this.byPerson.get(personId) ?? new Set()).add(address));
  }

  /** The one candidate addressed as the surname at `at` is, if only one was. */
  pick<T extends { id: string }>(candidates: readonly T[], text: string, at: number): T | undefined {
    const address = addressBefore(text, at);
    const same = address ? candidates.filter((c) => this.byPerson.get(c.id)?.has(address)) : [];
    return same.length === 1 ? same[0] : undefined;
  }
}
