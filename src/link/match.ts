/**
 * The one decision rule of the link stage, shared by the offline (bundled tables) and online
 * (SPARQL / MediaWiki) linkers. Precision first: a wrong identity is worse than none.
 *
 * - Countries, places, organisations: the article's name or an alternative name matches the candidate's
 *   label or an alias (a label match outranks an alias match); a candidate whose country contradicts the
 *   article's is dropped.
 * - Persons: a full name (two or more words) matches allowing transliteration variants (case, diacritics,
 *   hyphens vs spaces, run-together syllables, y/i, kh/h, el/al and doubled letters, leading honorifics,
 *   missing middle names), no stated country contradicts the
 *   candidate's, and the article's country or post agrees with the candidate's. A one-word name (a surname)
 *   never links. Single-source candidates need both country and post to agree.
 * - Two or more distinct QIDs with equal best support: no link, the candidates are returned as ambiguous.
 */
import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';
import { loadRoles } from '../lexicon/roles.js';
import type { LinkCandidate, LinkContext, LinkDecision } from './candidate.js';

/** Candidate sources (LinkCandidate.source) containing this mark come from one reference list only. */
export const SINGLE_SOURCE_MARK = 'single_source';

/** Lowercase, without diacritics, apostrophes and dots; hyphens and other punctuation become spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ.]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

let honorifics: Set<string> | undefined;

const wordsCache = new Map<string, string[]>();

/** The words of a person's name, normalised, without leading honorifics ("Sheikh", "Dr") unless that leaves one word. */
export function personWords(name: string): string[] {
  const known = wordsCache.get(name);
  if (known) return known;
  honorifics ??= new Set([...loadExtractionLexicon().honorifics].map(normalizeName));
  const w = normalizeName(name).split(' ').filter((x) => x !== '');
  for (let lead = 1; lead; ) {
    lead = [2, 1].find((n) => w.length - n >= 2 && honorifics?.has(w.slice(0, n).join(' '))) ?? 0;
    w.splice(0, lead);
  }
  // Names repeat across a corpus; the bound keeps memory flat on very large ones.
  if (wordsCache.size > 100_000) wordsCache.clear();
  wordsCache.set(name, w);
  return w;
}

/** True when every word of `short` occurs in `long` in order, with the first and last words equal. */
function withoutMiddleNames(short: string[], long: string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/** Folds common romanisation variants of one name word: Sergey/Sergei, Zelenskyy/Zelenskiy, Mikhail/Mihail, el-/al-. */
export const foldSpelling = (word: string): string =>
  word === 'el' ? 'al' : word.replace(/kh/g, 'h').replace(/y/g, 'i').replace(/(.)\1+/g, '$1');

/** How well two person names match: 2 = same words, 1 = a variant (spelling, middle names missing), 0 = no. */
export function personNameMatch(a: string, b: string): 0 | 1 | 2 {
  const [wa, wb] = [personWords(a), personWords(b)];
  if (wa.length < 2 || wb.length < 2) return 0;
  if (wa.join(' ') === wb.join(' ') || wa.join('') === wb.join('')) return 2;
  const [fa, fb] = [wa.map(foldSpelling), wb.map(foldSpelling)];
  if (fa.join('') === fb.join('')) return 1;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  return withoutMiddleNames(short, long) ? 1 : 0;
}

const candidateNames = (c: LinkCandidate): string[] => [c.label, ...c.aliases];
const contextNames = (context: LinkContext): string[] => [context.name, ...context.altNames];

function nameMatch(context: LinkContext, candidate: LinkCandidate): number {
  if (context.kind === 'person') {
    let best = 0;
    for (const mine of contextNames(context)) for (const theirs of candidateNames(candidate)) best = Math.max(best, personNameMatch(mine, theirs));
    return best;
  }
  // A candidate's own label outranks another candidate's alias: data sometimes lists a parent body's name as an alias.
  const mine = new Set(contextNames(context).map(normalizeName).filter((n) => n !== ''));
  if (mine.has(normalizeName(candidate.label))) return 2;
  return candidate.aliases.some((a) => mine.has(normalizeName(a))) ? 1 : 0;
}

/** A post the article states agrees with the candidate's when it is the same role or the role directly above it. */
function rolesAgree(context: LinkContext, candidate: LinkCandidate): boolean {
  const roles = loadRoles();
  return candidate.roles.some((theirs) =>
    context.roles.some((mine) => mine === theirs || (roles.get(theirs)?.broader ?? []).includes(mine)),
  );
}

interface Scored {
  candidate: LinkCandidate;
  /** Compared lexicographically: context support first, then name exactness. */
  score: [number, number];
}

function score(context: LinkContext, candidate: LinkCandidate): Scored | undefined {
  const name = nameMatch(context, candidate);
  if (name === 0) return undefined;
  const countryStated = context.country !== undefined && candidate.countries.length > 0;
  const countryAgrees = countryStated && candidate.countries.includes(context.country as string);
  if (countryStated && !countryAgrees) return undefined;
  if (context.kind !== 'person') return { candidate, score: [countryAgrees ? 1 : 0, name] };
  const support = (countryAgrees ? 1 : 0) + (rolesAgree(context, candidate) ? 1 : 0);
  const needed = candidate.source.includes(SINGLE_SOURCE_MARK) ? 2 : 1;
  return support >= needed ? { candidate, score: [support, name] } : undefined;
}

/** One candidate per QID: the same identity from two sources pools its countries, roles and names. */
function byQid(candidates: LinkCandidate[]): LinkCandidate[] {
  const pooled = new Map<string, LinkCandidate>();
  for (const c of candidates) {
    const seen = pooled.get(c.qid);
    pooled.set(
      c.qid,
      seen
        ? {
            ...seen,
            aliases: [...new Set([...seen.aliases, c.label, ...c.aliases])],
            countries: [...new Set([...seen.countries, ...c.countries])],
            roles: [...new Set([...seen.roles, ...c.roles])],
            // Pooled evidence from a strong and a weak source is as strong as the strong one.
            source: seen.source.includes(SINGLE_SOURCE_MARK) ? c.source : seen.source,
          }
        : c,
    );
  }
  return [...pooled.values()];
}

const compare = (a: Scored, b: Scored): number => b.score[0] - a.score[0] || b.score[1] - a.score[1];

/** Picks the candidate the article's context supports, or none (see the module comment for the rule). */
export function chooseLink(context: LinkContext, candidates: LinkCandidate[]): LinkDecision {
  const scored = byQid(candidates.filter((c) => /^Q\d+$/.test(c.qid)))
    .map((c) => score(context, c))
    .filter((s): s is Scored => s !== undefined)
    .sort(compare);
  const [best, ...rest] = scored;
  if (!best) return {};
  const tied = rest.filter((s) => compare(best, s) === 0);
  if (tied.length > 0) return { ambiguous: [best, ...tied].map((s) => s.candidate) };
  return { qid: best.candidate.qid };
}
