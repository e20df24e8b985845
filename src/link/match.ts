/**
 * The one decision rule of the link stage, shared by the offline (bundled tables) and online
 * (SPARQL / MediaWiki) linkers. Precision first: a wrong identity is worse than none.
 *
 * - Countries, places, organisations: the article's name or an alternative name matches the candidate's
 *   label or an alias (a label match outranks an alias match); a candidate whose country contradicts the
 *   article's is dropped.
 * - Persons: a full name (two or more words) matches (see personNameMatch), no stated country contradicts the
 *   candidate's, and the article's evidence supports the candidate: the person's stated country, a post of the
 *   same role, a post in the organisation or territory of a candidate of no country ("European Union"), or (for a row of the bundled people table, whose name the article gives exactly or spelled
 *   another way) the article naming the row's country. A one-word name (a surname) never links.
 *   Single-source candidates need two pieces of support unless the article gives the row's name in the same words.
 *   A row of the two-source people table whose name the article gives in the same words links on that alone, unless
 *   the article introduces the person as a private individual; any candidate with support outranks it.
 * - Two or more distinct QIDs with equal best support: no link, the candidates are returned as ambiguous.
 */
import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';
import { foldDiacritics } from '../lexicon/latin-fold.js';
import { loadRoles } from '../lexicon/roles.js';
import type { LinkCandidate, LinkContext, LinkDecision } from './candidate.js';
import { remembered } from '../remembered.js';

/** Candidate sources (LinkCandidate.source) containing this mark come from one reference list only. */
export const SINGLE_SOURCE_MARK = 'single_source';

/** Lowercase, without diacritics, apostrophes (the Pacific ʻokina too) and dots; hyphens and other punctuation become spaces. */
export function normalizeName(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/['’‘`ʼʻ.]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

let honorifics: Set<string> | undefined;
let particles: Set<string> | undefined;

/** The words of a person's name, normalised, without leading honorifics ("Sheikh", "Dr") unless that leaves one word. */
export const personWords = remembered((name: string): string[] => {
  honorifics ??= new Set([...loadExtractionLexicon().honorifics].map(normalizeName));
  const w = normalizeName(name).split(' ').filter((x) => x !== '');
  for (let lead = 1; lead; ) {
    lead = [2, 1].find((n) => w.length - n >= 2 && honorifics?.has(w.slice(0, n).join(' '))) ?? 0;
    w.splice(0, lead);
  }
  return w;
});

/** True when every word of `short` occurs in `long` in order, with the first and last words equal. */
function withoutMiddleNames(short: string[], long: string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * True when `long` is `short` with its last surname or family name added: one word ("Gabriel Boric Font"), or more
 * after a name of three words or more ("Faisal bin Farhan Al Saud"). Two given names alone ("Abdel Fattah") are
 * not a name.
 */
function withLastNameAdded(short: string[], long: string[]): boolean {
  const added = long.length - short.length;
  return added > 0 && (added === 1 || short.length >= 3) && short.every((w, i) => w === long[i]);
}

/**
 * True when `mine` is `theirs` after one leading name or title the table leaves out ("Hu'akavameiliku Siaosi
 * Sovaleni"). Never more, nor a particle: "Salman bin Hamad bin Isa Al Khalifa" is the son of "Hamad bin Isa Al Khalifa".
 */
function withLeadingName(mine: string[], theirs: string[]): boolean {
  particles ??= new Set([...loadExtractionLexicon().nameParticles].map(normalizeName));
  return mine.length === theirs.length + 1 && !particles.has(mine[0] as string) && theirs.every((w, i) => w === mine[i + 1]);
}

/** The Arabic article run into the word it stands before, as many spell it: "al busaidi" → "albusaidi". */
function joinArticle(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) out.push(words[i] === 'al' && i + 1 < words.length ? `al${words[++i]}` : (words[i] as string));
  return out;
}

/** True when one name is the other with the family name put first ("Hayashi Yoshimasa", "Yoon Suk Yeol"). */
function familyNameFirst(a: string[], b: string[]): boolean {
  const first = (w: string[]): string => [w.at(-1), ...w.slice(0, -1)].join('');
  return a.length === b.length && (first(a) === b.join('') || first(b) === a.join(''));
}

/** True when the words are the same but for a one-letter difference in one long word (Mahmoud/Mahamoud, Rashid/Raşit). */
function oneLetterOff(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const differing = a.flatMap((w, i) => (w === b[i] ? [] : [[w, b[i] as string]]));
  return differing.length === 1 && differing.every(([x, y]) => Math.min(x.length, y.length) >= 5 && editDistanceIsOne(x, y));
}

function editDistanceIsOne(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length) return x.slice(i + 1) === y.slice(i + 1);
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}

/** True when the words agree one for one, an initial standing for a word it begins ("S. Jaishankar"), the last word spelled out in both. */
function sameWithInitials(a: string[], b: string[]): boolean {
  return a.length === b.length && (a.at(-1)?.length ?? 0) > 1 && a.at(-1) === b.at(-1) &&
    a.every((w, i) => {
      const v = b[i] as string;
      return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
    });
}

/**
 * Folds common romanisation variants of one name word: Sergey/Sergei, Zelenskyy/Zelenskiy, Mikhail/Mihail,
 * Berdimuhamedov/Berdimuhamedow, Youssouf/Yusuf, Rashid/Raşit (ş loses its mark: sh/s), el-/al-.
 */
export const foldSpelling = remembered((word: string): string =>
  word === 'el' ? 'al' : word.replace(/kh/g, 'h').replace(/sh/g, 's').replace(/ou/g, 'u').replace(/w/g, 'v').replace(/y/g, 'i').replace(/(.)\1+/g, '$1'));

/** How well a person's name in the article matches a name of a candidate; higher is closer. */
export const NAME_MATCH = {
  none: 0,
  /** A looser variant: middle names or a last surname more or less, a leading name, family name first, one letter off. */
  variant: 1,
  /** The same name spelled another way: romanisation, run-together syllables, initials. */
  spelling: 2,
  /** The same words (after case, diacritics, punctuation and leading honorifics). */
  same: 3,
} as const;

export type NameMatch = (typeof NAME_MATCH)[keyof typeof NAME_MATCH];

/** How well the article's name for a person (`mine`) matches a candidate's name (`theirs`); see NAME_MATCH. */
export function personNameMatch(mine: string, theirs: string): NameMatch {
  const [wa, wb] = [personWords(mine), personWords(theirs)];
  if (wa.length < 2 || wb.length < 2) return NAME_MATCH.none;
  if (wa.join(' ') === wb.join(' ') || wa.join('') === wb.join('')) return NAME_MATCH.same;
  const [fa, fb] = [wa.map(foldSpelling), wb.map(foldSpelling)];
  if (fa.join('') === fb.join('') || sameWithInitials(fa, fb)) return NAME_MATCH.spelling;
  const [short, long] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  const [joinedShort, joinedLong] = [joinArticle(short), joinArticle(long)];
  const variant = withoutMiddleNames(short, long) || withLastNameAdded(short, long) || withLeadingName(fa, fb) ||
    familyNameFirst(fa, fb) || oneLetterOff(fa, fb) || withoutMiddleNames(joinedShort, joinedLong) ||
    // Middle names left out and the last surname too ("Félix Tshisekedi" of "Félix Antoine Tshisekedi Tshilombo").
    (long.length >= 4 && withoutMiddleNames(short, long.slice(0, -1)));
  return variant ? NAME_MATCH.variant : NAME_MATCH.none;
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

/** True when a post the article states is in the organisation or territory of a candidate of no country. */
function bodyAgrees(context: LinkContext, candidate: LinkCandidate): boolean {
  const theirs = new Set((candidate.bodies ?? []).map(normalizeName));
  return (context.postBodies ?? []).some((name) => theirs.has(normalizeName(name)));
}

/** Candidates from the bundled people table: politicians only, so a name found there is rarely a namesake's. */
const fromBundledTable = (candidate: LinkCandidate): boolean => candidate.source.startsWith('bundled:');

function score(context: LinkContext, candidate: LinkCandidate): Scored | undefined {
  const name = nameMatch(context, candidate);
  if (name === 0) return undefined;
  const countryStated = context.country !== undefined && candidate.countries.length > 0;
  const countryAgrees = countryStated && candidate.countries.includes(context.country as string);
  if (countryStated && !countryAgrees) return undefined;
  if (context.kind !== 'person') return { candidate, score: [countryAgrees ? 1 : 0, name] };
  // People change office: a post the table does not list is no contradiction, and the country the article is about
  // stands in for a stated one when the name is the row's own.
  const countryInArticle = !countryStated && name >= NAME_MATCH.spelling && fromBundledTable(candidate) &&
    candidate.countries.some((c) => context.articleCountries?.includes(c));
  const support = (countryAgrees || countryInArticle || bodyAgrees(context, candidate) ? 1 : 0) + (rolesAgree(context, candidate) ? 1 : 0);
  const singleSource = candidate.source.includes(SINGLE_SOURCE_MARK);
  const needed = singleSource && name < NAME_MATCH.same ? 2 : 1;
  if (support >= needed) return { candidate, score: [support, name] };
  // The row's own words for a person the article does not introduce as a private individual: the lowest support,
  // yielding to any candidate the article supports. The table holds politicians, and they change office (a prime
  // minister becomes NATO's secretary general) or are named in passing with no post or country.
  const nameAlone = support === 0 && name === NAME_MATCH.same && fromBundledTable(candidate) && !singleSource && context.articleCountries !== undefined;
  return nameAlone ? { candidate, score: [0, name] } : undefined;
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
