import type { Doc, Span } from './doc.js';
import { SENTENCE } from './sentences.js';
import { scanWork, tokenize, type Token } from './tokens.js';
import { PhraseTrie } from './phrase-trie.js';
import { cityTrie, gazetteerTrie, knownPersonTrie, type GazetteerHit } from './gazetteer-index.js';
import { loadRoles, roleOfForm, withAncestors } from '../lexicon/roles.js';
import { loadExtractionLexicon } from '../lexicon/extraction-lexicon.js';
import { loadVenueWords } from '../lexicon/venues.js';
import { isTerritory } from '../lexicon/governments.js';
import { titleAbbreviations } from '../lexicon/title-abbreviations.js';
import type { CityEntry } from '../lexicon/gazetteer.js';

/**
 * Layer written here: `mention`, labelled person | title | honorific | country | capital | org | place | name.
 * data: person {name, cue}; title {role, form}; country/capital {iso2, name, via}; org {name, iso2?};
 * place {name, kind: venue | geo | city | territory, iso2?: a known city's country, short?: the venue's name without its lowercase noun}; name = a lone capitalised word that may be a surname {name}.
 * Mentions may nest (an organisation inside a long title).
 */
export const MENTION = 'mention';

const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'via', 'into', 'across', 'outside', 'inside', 'toward', 'towards']);
/** Verbs after which a city that is also a common word or name is a place: "visited Mobile". */
const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring']);
/** "Busan-based": a city before "-based". */
const BASED = /^(.+)[-‐‑]based$/i;
const ARTICLES = new Set(['the', 'a', 'an']);
const CONNECTORS = new Set(['of', 'the', 'for', 'on', 'and', '&', 'de', 'du', 'des', 'del', 'do', 'da', 'dos', 'das', 'y', 'e']);
/** "of" in the languages whose bodies' names news copies ("Banco de la Nación", "Palácio do Planalto"). */
const OF_WORDS = new Set(['of', 'de', 'del', 'do', 'da', 'dos', 'das', 'du', 'des']);
/** Articles after such an "of": "of the", "de la". */
const OF_ARTICLES = new Set(['the', 'la', 'las', 'los', 'le', 'les', 'el']);
/** Classes of capitalised-words.tsv whose word opens a name in its language ("Avenida Juárez", "Universidad Rafael Landívar"), by the head they make. */
const OPENING_HEADS = new Map([['venue-opening', 'venue'], ['org-opening', 'org']]);
/** Connectors that join an organisation's name ("Council on Foreign Relations") but no geographic name ("Tayyip Erdogan on Black Sea shipping", "Amina Diallo and Red Sea states"). */
const GEO_BREAKS = new Set(['on', 'for', 'and', '&']);
const POSSESSIVE = new Set(["'s", "'"]);
/** "the city of X": nouns after which "of" names a place. */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'province', 'region', 'island', 'islands', 'county', 'district', 'resort', 'oasis', 'enclave', 'emirate']);

let roleTrie: PhraseTrie<string> | undefined;
let honorificTrie: PhraseTrie<true> | undefined;

/** The honorifics of more than one word ("Tan Sri", "Samdech Moha"), by their tokens. */
function honorificPhrases(): PhraseTrie<true> {
  if (!honorificTrie) {
    honorificTrie = new PhraseTrie<true>();
    for (const form of loadExtractionLexicon().honorifics) if (/\s/.test(form)) honorificTrie.add(form, true);
  }
  return honorificTrie;
}

/** A mark opening a Polynesian name: an okina, or an apostrophe standing for it. */
const OKINA = /^['’‘ʻ`]$/u;

/** "Minister of|for …": the words opening a minister's portfolio, and those joining its fields. */
const PORTFOLIO_OPENING = new Set(['of', 'for']);
const PORTFOLIO_JOINS = new Set(['and', '&']);
/** "-ovich", "-evna": the ending of an East Slavic patronymic. */
const SLAVIC_PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna)$/u;
/** Name particles meaning "son of" or "daughter of", which follow a given name, never a title. */
const PATRONYMICS = new Set(['bin', 'binti', 'bint', 'ibn']);

/**
 * The role of "Minister of <portfolio>": the whole portfolio's, else its first field's ("Commerce, Industry and
 * Investment": the trade minister; "Economy, Trade and Business": a minister), else foreign affairs named in any
 * field, which no government hands out as a side portfolio ("African Integration and Foreign Affairs"), else the
 * bare minister's role.
 */
function portfolioRole(words: readonly Token[], role: string): string {
  const whole = roleOfForm(`minister of ${words.map((t) => t.key).join(' ').replace(/ , /g, ', ')}`);
  const fields = portfolioFields(words);
  return whole ?? fieldRole(fields[0] ?? []) ?? fields.map(fieldRole).find(isForeignMinister) ?? role;
}

const isForeignMinister = (role: string | undefined): boolean => role === FOREIGN_MINISTER;
const FOREIGN_MINISTER = 'ForeignMinister';

/** The fields of a portfolio, as lists of lowercase words: "Economy, Trade and Business" → economy | trade | business. */
function portfolioFields(words: readonly Token[]): string[][] {
  const fields: string[][] = [[]];
  for (const t of words) {
    if (t.text === ',' || PORTFOLIO_JOINS.has(t.key)) fields.push([]);
    else if (t.key !== 'the') fields[fields.length - 1]!.push(t.key);
  }
  return fields.filter((f) => f.length > 0);
}

/** The role a minister of one field holds: "foreign affairs", "internal affairs", "trade". */
function fieldRole(field: readonly string[]): string | undefined {
  const words = field.join(' ');
  return roleOfForm(`minister of ${words}`) ?? roleOfForm(`${words} minister`);
}

/** Words of a portfolio in running text before its foreign-affairs field ("of African integration and"). */
const MAX_LOWERCASE_PORTFOLIO = 8;

function titles(): PhraseTrie<string> {
  if (!roleTrie) {
    roleTrie = new PhraseTrie<string>();
    const roles = [...loadRoles().values()];
    // Longer forms are added first only for readability; the trie always prefers the longest match.
    for (const role of roles) for (const form of role.forms) roleTrie.add(form, role.id);
  }
  return roleTrie;
}

/**
 * The longest organisation, venue or place name read by shape, in tokens; the look-ahead from each token stops
 * there, so a page of capitalised words costs linear time.
 */
const MAX_SHAPE_TOKENS = 16;
const DOTTED_CAPITALS = /^(?:\p{Lu}\.){2,}$/u;

/** Words after a title's possessive searched for the post it names ("the president's national security adviser"). */
const MAX_OWNED_WORDS = 4;

/** More name-shaped words in a row than any personal name has: a title-case line, not a person. */
const MAX_NAME_WORDS = 9;

const isWord = (t: Token): boolean => /\p{L}/u.test(t.text);
const isInitial = (tokens: readonly Token[], i: number, end: number): boolean =>
  /^\p{Lu}$/u.test(tokens[i].text) && i + 1 < end && tokens[i + 1].text === '.';

interface Found {
  end: number;
  span: Span;
}

/** A stretch of tokens read: a mention, or (no span) words to skip. */
type Read = Found | { end: number; span?: undefined };

/** Scans one sentence's tokens [from, to) for mentions. */
class SentenceScanner {
  private readonly lex = loadExtractionLexicon();
  readonly spans: Span[] = [];

  constructor(private readonly tokens: readonly Token[], private readonly from: number, private readonly to: number) {}

  run(): Span[] {
    let i = this.from;
    while (i < this.to) {
      const usual = this.cuedNameAt(i) ?? (this.patronymicAfter(i) ? this.nameAt(i, true) : undefined) ?? this.entityAt(i, this.to, true) ?? this.nameAt(i);
      const found = this.knownNameOver(i, usual) ?? usual;
      if (!found) {
        i++;
        continue;
      }
      if (found.span) this.spans.push(found.span);
      i = found.end;
    }
    return this.spans;
  }

  /**
   * A full name the people tables know, starting at token i, where the usual reading takes less of it: a country
   * ("Israel Katz"), a shorter name ("Mohammed" before "Shia al-Sudani"). A title read there stays a title, an honorific stays one
   * before a known name ("Sheikh Abdullah bin Zayed Al Nahyan", but "Sheikh Hasina"), and a longer name or body stays
   * what it is ("Nelson Mandela Foundation").
   */
  private knownNameOver(i: number, usual: Read | undefined): Found | undefined {
    const tokens = this.tokens;
    if (!tokens[i].upper || usual?.span?.label === 'title') return undefined;
    const known = knownPersonTrie().longest(tokens, i, this.to);
    if (usual?.span?.label === 'honorific' && knownPersonTrie().longest(tokens, usual.end, this.to)?.end === known?.end) return undefined;
    if (!known || !/\p{Lu}/u.test(tokens[known.end - 1].text) || (usual && (usual.end > known.end || (usual.end === known.end && usual.span?.label === 'person')))) return undefined;
    return { end: known.end, span: this.person(i, known.end, this.text(i, known.end), 'known') };
  }

  private span(from: number, to: number, label: string, data: Record<string, string>): Span {
    return { start: this.tokens[from].start, end: this.tokens[to - 1].end, label, data };
  }

  /** The longest title, gazetteer phrase, organisation or venue shape, or honorific at token i. */
  private entityAt(i: number, end: number, withTitles: boolean): Found | undefined {
    const t = this.tokens[i];
    let options: Found[] = [];
    if (t.upper) {
      const gaz = this.gazetteerAt(i, end);
      if (gaz) options.push(gaz);
      // A city longer than a country or capital it opens with: "Washington Heights".
      const city = this.cityAt(i, end);
      if (city && city.end > (gaz?.end ?? 0)) options.push(city);
      // "HE United Nations Special Envoy": an abbreviated honorific opens no body's name.
      const shape = this.undottedHonorific(t) ? undefined : this.shapeAt(i, end);
      if (shape && shape.end > Math.max(gaz?.end ?? 0, city?.end ?? 0)) options.push(shape);
      const honorific = this.honorificEnd(i, end);
      if (honorific !== undefined) {
        const stop = honorific < end && this.tokens[honorific].text === '.' ? honorific + 1 : honorific;
        options.push({ end: stop, span: this.span(i, stop, 'honorific', { form: this.text(i, honorific) }) });
      }
    }
    let fieldsFrom = end;
    if (withTitles) {
      const title = titles().longest(this.tokens, i, end) ?? this.portfolioFirst(i, end);
      if (title && !(title.end - i === 1 && t.upper && ((i > this.from && !this.lex.capitalisedWords.has(t.key)) || this.patronymicAt(title.end)))) {
        // An abbreviated title keeps its dot when a name follows ("Gen. Tiani", "Lt. Gen. Tiani").
        const abbreviated = (title.end - i === 1 && t.upper) || titleAbbreviations().has(`${this.tokens[title.end - 1].text}.`);
        const dotted = abbreviated && this.tokens[title.end]?.text === '.' && title.end + 1 < end && this.tokens[title.end + 1].upper;
        const portfolio = dotted ? title.end : this.portfolioEnd(i, title.end, end);
        if (portfolio > title.end) fieldsFrom = title.end;
        const stop = dotted ? title.end + 1 : portfolio;
        // A bare "Minister" takes its portfolio's role; "Deputy Minister for Internal Affairs" keeps the deputy's.
        const role = portfolio > title.end && title.end - i === 1 ? portfolioRole(this.tokens.slice(title.end + 1, portfolio), title.value) : title.value;
        options.push({ end: stop, span: this.span(i, stop, 'title', { role, form: this.text(i, portfolio) }) });
      }
    }
    if (options.length === 0) return undefined;
    // "Prime Cabinet Secretary and Foreign Affairs Cabinet Secretary X": a shape ending inside a title is no body.
    const titleAt = options.find((o) => o.span.label === 'title');
    if (titleAt) options = options.filter((o) => o.span.label === 'title' || !this.cutsTitle(titleAt.end, o.end));
    // On equal extent a title wins over an honorific: "Gen." also states a post.
    const best = options.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.span.label === 'title') ? b : a));
    // A portfolio's fields name no body ("Minister for Pacific Island Affairs" is in no island).
    if (best.span.label === 'title') this.nested(i, Math.min(best.end, fieldsFrom), best.span.data?.role ?? '', best.span.data?.form ?? '');
    return best;
  }

  /**
   * The end of the portfolio of a minister's title [from, k): "Minister of|for [the] W…" where W are capitalised
   * words that are no name's ("Pacific Island Affairs", "Economy, Trade and Business"), and a comma or "and" goes on
   * only into such a word; k when the title names none. So the name after it is never taken ("Minister of Mines
   * and Energy Ana Ruiz"), and a title already naming one runs on ("Minister of Commerce, Industry and Investment").
   */
  private portfolioEnd(from: number, k: number, end: number): number {
    const inside = this.tokens.slice(from, k - 1).some((t, n) => t.key === 'minister' && PORTFOLIO_OPENING.has(this.tokens[from + n + 1].key));
    const after = this.tokens[k - 1].key === 'minister' && PORTFOLIO_OPENING.has(this.tokens[k]?.key ?? '');
    if (!inside && !after) return k;
    let j = inside ? k : k + 1 + (this.tokens[k + 1]?.key === 'the' ? 1 : 0);
    let last = inside ? k : -1;
    while (j < end) {
      if ((this.portfolioWord(this.tokens[j]) || this.diasporaAt(j)) && !this.patronymicAt(j + 1)) last = ++j;
      else if (j === last && (PORTFOLIO_JOINS.has(this.tokens[j].key) || this.tokens[j].text === ',') && j + 1 < end && (this.portfolioWord(this.tokens[j + 1]) || this.diasporaAt(j + 1))) j++;
      else break;
    }
    return Math.max(last, k, after ? this.namedFieldEnd(k + 1, end) : -1);
  }

  /**
   * A minister's title whose portfolio comes first, in capitalised words no title form lists: "Environment Minister",
   * "Climate Change and Energy Minister". Its role is the portfolio's when known, else a minister's.
   */
  private portfolioFirst(i: number, end: number): { end: number; value: string } | undefined {
    // No word of it opens a title ("Foreign", "Prime") or a place or body ("North Korean").
    const field = (k: number): boolean =>
      k < end && this.portfolioWord(this.tokens[k]) && !titles().longest(this.tokens, k, end) && !gazetteerTrie().longest(this.tokens, k, end) && this.honorificEnd(k, end) === undefined;
    let j = i;
    while (field(j) || (j > i && PORTFOLIO_JOINS.has(this.tokens[j]?.key ?? '') && field(j + 1))) j++;
    // "Minister of|for …" names its portfolio after it (see portfolioEnd).
    const minister = j > i && j < end && this.tokens[j].key === 'minister' && this.tokens[j].upper && !PORTFOLIO_OPENING.has(this.tokens[j + 1]?.key ?? '') ? titles().longest(this.tokens, j, j + 1) : undefined;
    return minister ? { end: j + 1, value: portfolioRole(this.tokens.slice(i, j), minister.value) } : undefined;
  }

  /**
   * The end of a portfolio written in running words whose later field is foreign affairs: "minister of African
   * integration and foreign affairs"; -1 when none is.
   */
  private namedFieldEnd(from: number, end: number): number {
    for (let j = from; j < Math.min(end, from + MAX_LOWERCASE_PORTFOLIO); j++) {
      const t = this.tokens[j];
      if (t.text === ',' || PORTFOLIO_JOINS.has(t.key)) {
        for (let n = 3; n > 0; n--) {
          const field = this.tokens.slice(j + 1, j + 1 + n);
          if (j + n < end && field.every((w) => !w.upper && isWord(w)) && isForeignMinister(fieldRole(field.map((w) => w.key)))) return j + 1 + n;
        }
      } else if (!isWord(t) || (t.upper && !this.portfolioWord(t) && !this.gazetteerAt(j, j + 1))) return -1;
    }
    return -1;
  }

  /** A capitalised word naming a field of government: a common capitalised word (no country: "Minister of Azerbaijan X"). */
  private portfolioWord(t: Token): boolean {
    return t.upper && isWord(t) && !this.lex.honorifics.has(t.key) && this.lex.capitalisedWords.has(t.key);
  }

  /** A people's name before "[Living] Abroad" in a portfolio: "Cooperation and Nigeriens Abroad". */
  private diasporaAt(j: number): boolean {
    const [t, next, after] = [this.tokens[j], this.tokens[j + 1], this.tokens[j + 2]];
    return t.upper && isWord(t) && (next?.key === 'abroad' || ((next?.key === 'living' || next?.key === 'residing') && after?.key === 'abroad'));
  }

  /** "bin", "bint", "ibn" at token j: a capitalised one-word title before it is a given name ("Sultan bin Ahmed"). */
  private patronymicAt(j: number): boolean {
    return PATRONYMICS.has(this.tokens[j]?.text ?? '');
  }

  /**
   * The end of the honorific opening at token i: the longest of several words ("Datuk Seri", "Tan Sri", "Dato' Sri"),
   * which a name never continues, else one word.
   */
  private honorificEnd(i: number, end: number): number | undefined {
    const t = this.tokens[i];
    const long = honorificPhrases().longest(this.tokens, i, end);
    if (long && long.end - i > 1) return long.end;
    // A dotted token by its text, not its key: "H.E." keys as "he", which "He" shares; "HE" in capitals is "H.E.".
    return this.lex.honorifics.has(t.text.endsWith('.') ? t.text.toLowerCase().slice(0, -1) : t.key) || this.undottedHonorific(t) ? i + 1 : undefined;
  }

  /** Capitals standing for a dotted honorific: "HE" for "H.E.", "HH" for "H.H.". */
  private undottedHonorific(t: Token): boolean {
    return /^\p{Lu}{2,3}$/u.test(t.text) && this.lex.honorifics.has([...t.text.toLowerCase()].join('.'));
  }

  /** Whether a title starting in tokens [from, to) runs on past `to`. */
  private cutsTitle(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if ((titles().longest(this.tokens, k, this.to)?.end ?? 0) > to) return true;
    return false;
  }

  /** Organisations and countries inside a long title ("head of the Communist Party's International Department"). */
  private nested(from: number, to: number, role: string, form: string): void {
    // A minister's title, a deputy minister's too ("Deputy Minister of International Relations and Cooperation").
    const portfolio = withAncestors(role).includes('Minister') || /\bminister\b/i.test(form);
    for (let j = from + 1; j < to; j++) {
      if (!this.tokens[j].upper) continue;
      const inner = this.entityAt(j, to, false);
      // A lone common word read by shape ("Chief Cabinet Secretary") names no body of its own.
      // Nor does a minister's portfolio ("Minister of International Relations and Cooperation").
      const lone = inner !== undefined && (inner.end - j === 1 || portfolio) && !this.gazetteerAt(j, to);
      if (inner && inner.span.label !== 'honorific' && !lone) {
        this.spans.push(inner.span);
        j = inner.end - 1;
      }
    }
  }

  private gazetteerAt(i: number, end: number): Found | undefined {
    const match = gazetteerTrie().longest(this.tokens, i, end);
    if (!match) return undefined;
    const surface = this.text(i, match.end);
    const undotted = (x: string): string => x.replace(/\./g, '').replace(/\s+/g, ' ');
    const hit: GazetteerHit | undefined = match.value.find((h) => !h.exact || undotted(h.exact) === undotted(surface));
    if (!hit) return undefined;
    const data: Record<string, string> = { name: hit.name, ...(hit.iso2 ? { iso2: hit.iso2 } : {}), ...(hit.via ? { via: hit.via } : {}) };
    // "travel to Niue", "in Greenland": a self-governing territory after a locative word is a place, not a body.
    const prev = this.previousKey(i);
    if (hit.kind === 'org' && isTerritory(hit.name) && prev !== undefined && LOCATIVE.has(prev)) {
      return { end: match.end, span: this.span(i, match.end, 'place', { name: hit.name, kind: 'territory' }) };
    }
    if (hit.kind === 'capital' && this.opensPersonalName(i, match.end, end)) return undefined;
    return { end: match.end, span: this.span(i, match.end, hit.kind, data) };
  }

  /**
   * A city of cities.tsv at token i ("Busan", "Kansas City", "the Busan-based"): a place, unless a title or
   * honorific before it or a name word after it makes it part of a personal name ("Mr Jackson", "Florence Nightingale"),
   * or a venue noun after it part of a venue's name ("the Toulon prefecture").
   * A city that is also a common word or name ("Mobile", "Jackson") is a place only in a locative context.
   */
  private cityAt(i: number, end: number): Found | undefined {
    const t = this.tokens[i];
    const based = BASED.exec(t.text)?.[1];
    if (based) {
      const parts = tokenize(based);
      const city = cityTrie().longest(parts, 0);
      return city?.end === parts.length ? { end: i + 1, span: this.placeSpan(t.start, t.start + based.length, based, city.value) } : undefined;
    }
    const match = cityTrie().longest(this.tokens, i, end);
    if (!match || !this.tokens[match.end - 1].upper || this.opensPersonalName(i, match.end, end)) return undefined;
    // "the Shangri-La hotel", "the Toulon prefecture": a venue named after the city.
    const prev = this.previousKey(i);
    if (prev !== undefined && ARTICLES.has(prev) && this.venueNounAfter(match.end) !== undefined) return undefined;
    if (match.value.locativeOnly && !this.locativeBefore(i)) return undefined;
    return { end: match.end, span: this.placeSpan(t.start, this.tokens[match.end - 1].end, this.text(i, match.end), match.value) };
  }

  /**
   * Whether a place name over tokens [i, k) is rather part of a personal name: a title or honorific before it
   * ("Mr Jackson"), or, when it may be a name's word and no "of", "for" or locative word comes before, a name-shaped
   * word after it that names no place itself ("Victoria Nuland"; not "Guinea Bissau", "Mayor of Santiago Ana Ruiz").
   */
  private opensPersonalName(i: number, k: number, end: number): boolean {
    // A title ending in a lowercase word names the place: "President of", "Ambassador to".
    if (this.cueBefore(i) && this.tokens[i - 1].upper) return true;
    const next = this.tokens[k];
    const prev = this.previousKey(i);
    if (prev === 'of' || prev === 'for' || (prev !== undefined && LOCATIVE.has(prev)) || k >= end || k - i > 1 || !this.nameWord(this.tokens[i]) || !next.upper || !isWord(next) || !this.nameWord(next)) return false;
    return !this.placeNameAt(k, end);
  }

  /** A country, capital, organisation or city name opens at token k. */
  private placeNameAt(k: number, end: number): boolean {
    return gazetteerTrie().longest(this.tokens, k, end) !== undefined || cityTrie().longest(this.tokens, k, end) !== undefined;
  }

  /** A city named as the text writes it ("Geneva", not GeoNames' "Genève"), with the table's country. */
  private placeSpan(start: number, end: number, name: string, city: CityEntry): Span {
    return { start, end, label: 'place', data: { name, kind: 'city', ...(city.iso2 ? { iso2: city.iso2 } : {}) } };
  }

  /** "in X", "visited X", "the city of X", "to Wellington and X": a place is meant at token i. */
  private locativeBefore(i: number): boolean {
    const prev = this.previousKey(i);
    if (prev === undefined) return false;
    if (LOCATIVE.has(prev) || VISIT_WORDS.has(prev) || this.placeNounBefore(i)) return true;
    const last = this.spans[this.spans.length - 1];
    const listed = (prev === 'and' || prev === ',') && i - 2 >= this.from && last?.end === this.tokens[i - 2].end;
    return listed && (last.label === 'place' || last.label === 'capital');
  }

  /**
   * Organisation, venue or geographic names by shape: capitalised words around a head word
   * ("Workers' Party of Korea", "People's Palace of Culture", "Korean Peninsula").
   */
  private shapeAt(i: number, end: number): Found | undefined {
    const tokens = this.tokens;
    const words = this.lex.capitalisedWords;
    let head: string | undefined;
    let headEnd = -1;
    let firstHead = -1;
    let opensName = false;
    let j = i;
    const stopAt = Math.min(end, i + MAX_SHAPE_TOKENS);
    while (j < stopAt) {
      scanWork.steps++;
      const t = tokens[j];
      // "(South Korean) Foreign Minister Park Jin", "Busan Mayor Park Heong-joon": a title and a two-word name, not a venue.
      if (!head && t.upper && this.titleBeforeName(j, end)) break;
      if (t.upper && isWord(t)) {
        const cls = words.get(t.key);
        const opening = OPENING_HEADS.get(cls ?? '');
        // "Foreign Ministry on Avenida Juárez": a word opening its own name ends the one before.
        if (opening && head) break;
        if (cls === 'org' || cls === 'venue' || cls === 'geo' || opening) {
          head = opening ?? cls;
          headEnd = j + 1;
          if (firstHead < 0) firstHead = j;
          if (opening) opensName = true;
        }
        j++;
      } else if (POSSESSIVE.has(t.key) && j > i && (tokens[j - 1].key === 'people' || (t.key === "'" && tokens[j - 1].key.endsWith('s')))) {
        j++;
      } else if (CONNECTORS.has(t.key) && j > i && j + 1 < end && tokens[j + 1].upper && t.key !== 'the' && !this.isCalendarWord(tokens[j + 1])) {
        j++;
      } else if (head === 'venue' && t.key === 'of' && j + 2 < end && tokens[j + 1].key === 'the' && tokens[j + 2].upper) {
        // "Great Hall of the People"
        j++;
      } else if (OF_ARTICLES.has(t.key) && j > i && OF_WORDS.has(tokens[j - 1].key) && j + 1 < end && tokens[j + 1].upper) {
        j++;
      } else break;
    }
    if (!head || headEnd < 0) return undefined;
    // "on Parliament Hill": a place's head that is also a surname closes a place after a locative word.
    if (this.lex.placeNouns.get(tokens[j - 1].key) === 'head' && (this.locativeBefore(i) || this.previousKey(i) === 'on')) return { end: j, span: this.span(i, j, 'place', { name: this.text(i, j), kind: 'geo' }) };
    // A geographic head must close the name ("Korean Peninsula"), and a lone geo word is no name; nor does one reach
    // back over a connector that only an organisation's name spans.
    if (head === 'geo' && (headEnd - i < 2 || tokens.slice(i, headEnd).some((t) => GEO_BREAKS.has(t.key)))) return undefined;
    // Nor do name words before such a connector open a body named after it ("Mark Carney on Parliament Hill").
    const opening = tokens.slice(i, firstHead);
    const broken = opening.findIndex((t) => GEO_BREAKS.has(t.key));
    if (broken > 0 && opening.slice(0, broken).every((t) => this.nameWord(t)) && !this.placeNameAt(i, end)) return undefined;
    // "President Duma Boko": a lone body word right after a title, before a name word, opens the name.
    const next = tokens[headEnd];
    if (head === 'org' && headEnd - i === 1 && this.cueBefore(i) === 'title' && next?.upper && isWord(next) && this.nameWord(next)) return undefined;
    if (opensName || (head === 'venue' && this.venueOpening(i, j))) headEnd = j;
    // A lone venue word names no venue, but may be a surname ("Park instead met …").
    else if (head === 'venue' && headEnd - i < 2) return { end: headEnd, span: this.span(i, headEnd, 'name', { name: this.text(i, headEnd) }) };
    // "of (the) Capitalised..." after the head, or after common words following it, belongs to the name ("Workers' Party
    // of Korea", "Centre International de Conférences de Bamako").
    let stop = headEnd;
    while (stop < j && !isWord(tokens[stop])) stop--;
    let of = headEnd;
    while (of < j && tokens[of].upper && isWord(tokens[of]) && !this.nameWord(tokens[of])) of++;
    if (j > of && OF_WORDS.has(tokens[of].key)) stop = this.ofTailEnd(of + 1, j);
    while (stop > headEnd && !tokens[stop - 1].upper) stop--;
    const name = this.text(i, stop);
    const label = head === 'org' ? 'org' : 'place';
    // A body named after a country or national organisation ("Lao National Assembly", "WPK Central Committee") is of it.
    const iso2 = label === 'org' ? this.openingOrgCountry(i, stop) : undefined;
    return { end: stop, span: this.span(i, stop, label, label === 'org' ? { name, ...(iso2 ? { iso2 } : {}) } : { name, kind: head }) };
  }

  /**
   * The end of the capitalised words [k, j) after a name's "of": before the name words that follow a country or
   * capital there ("State Bank of Vietnam Le Minh Hung"), else j ("Communist Party of Vietnam Central Committee").
   */
  private ofTailEnd(k: number, j: number): number {
    const from = OF_ARTICLES.has(this.tokens[k]?.key ?? '') ? k + 1 : k;
    const place = from < j ? gazetteerTrie().longest(this.tokens, from, j) : undefined;
    const next = place ? this.tokens[place.end] : undefined;
    return place && next && place.end < j && place.value.some((h) => h.kind !== 'org') && this.nameWord(next) ? place.end : j;
  }

  /** "on Friday", "in May": a date after a name, not part of it. */
  private isCalendarWord(t: Token): boolean {
    return this.lex.weekdays.has(t.key) || this.lex.months.has(t.key);
  }

  /** "(at) the Villa Borsig", "ministry's Hotel Adlon": a venue word opening a longer name, after an article or possessive. */
  private venueOpening(i: number, j: number): boolean {
    const prev = this.previousKey(i);
    return j > i + 1 && this.lex.capitalisedWords.get(this.tokens[i].key) === 'venue' && (prev === 'the' || prev === 'at' || prev === "'s");
  }

  /** "the (eastern Chinese) city of X", "the port of X": the name after is a place. */
  private placeNounBefore(i: number): boolean {
    return i - 2 >= this.from && this.tokens[i - 1].key === 'of' && PLACE_NOUNS.has(this.tokens[i - 2].key);
  }

  /** The end of "[presidential] residence" after a name ending at token j ("the Akorda presidential residence"), if there. */
  private venueNounAfter(j: number): number | undefined {
    const { nouns, modifiers } = loadVenueWords();
    let k = j;
    while (k < this.to && k < j + 2 && modifiers.has(this.tokens[k].key)) k++;
    for (const noun of nouns) if (noun.every((w, n) => k + n < this.to && this.tokens[k + n].key === w && !this.tokens[k + n].upper)) return k + noun.length;
    return undefined;
  }

  /**
   * A name opening with a common capitalised word right after a title or honorific, when a name-shaped word
   * follows: "General Secretary To Lam", "Foreign Minister Park Jin".
   */
  private cuedNameAt(i: number): Read | undefined {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!t.upper || !isWord(t) || !this.lex.capitalisedWords.has(t.key) || i + 1 >= this.to || !next.upper || !isWord(next) || !this.nameWord(next)) return undefined;
    const cue = this.spans[this.spans.length - 1];
    // One capitalised word is too weak a cue ("Official Security Assistance"): a title of two words, one after a
    // place ("Busan Mayor Park Heong-joon") or an honorific.
    const strong = cue && (cue.label === 'honorific' || (cue.data?.form ?? '').includes(' ') || this.placeBeforeTitleWord(i));
    // "H.E. Ambassador X", "Her Excellency Ms X": a title or honorific after the honorific is no part of the name.
    if (!this.cueBefore(i) || !strong || this.lex.honorifics.has(t.key) || this.gazetteerAt(i, this.to) || titles().longest(this.tokens, i, this.to)) return undefined;
    return this.nameAt(i, true);
  }

  /** Whether a place, capital or country mention ends right before the one-word title before token i: "Busan Mayor". */
  private placeBeforeTitleWord(i: number): boolean {
    const before = this.spans[this.spans.length - 2];
    return before !== undefined && i - 2 >= this.from && before.end === this.tokens[i - 2].end && ['place', 'capital', 'country'].includes(before.label);
  }

  /** A title at token j, followed by two capitalised words the second of which is name-shaped. */
  private titleBeforeName(j: number, end: number): boolean {
    const title = titles().longest(this.tokens, j, end);
    if (!title || title.end + 1 >= end) return false;
    const [a, b] = [this.tokens[title.end], this.tokens[title.end + 1]];
    return a.upper && isWord(a) && b.upper && isWord(b) && this.nameWord(b);
  }

  /** An East Slavic patronymic after token i ("Vladimir Vladimirovich Putin"): token i is a given name, even a city's. */
  private patronymicAfter(i: number): boolean {
    const [t, next] = [this.tokens[i], this.tokens[i + 1]];
    return t.upper && isWord(t) && i + 2 < this.to && next.upper && SLAVIC_PATRONYMIC.test(next.text) && this.tokens[i + 2].upper;
  }

  /** A run of name-shaped tokens, classified as person, place or a lone (sur)name. */
  private nameAt(i: number, cued = false): Read | undefined {
    const tokens = this.tokens;
    const t = tokens[i];
    if (!t.upper || !isWord(t) || !(cued || this.nameWord(t) || this.surnameLikeWord(i) || this.patronymicAt(i + 1)) || (/^\p{Lu}{2,}$/u.test(t.text) && !this.pairedInitials(i))) return undefined;
    const titled = cued || this.cueBefore(i) !== undefined;
    // A function word opening the name ("with To Lam") is taken as after a title.
    cued ||= !this.nameWord(t);
    const parts: string[] = [];
    let j = i;
    while (j < this.to) {
      scanWork.steps++;
      const tok = tokens[j];
      if (isInitial(tokens, j, this.to) || this.shortenedGivenName(j)) {
        parts.push(`${tok.text}.`);
        j += 2;
      } else if (tok.upper && isWord(tok) && (this.nameWord(tok) || (cued && j === i) || (titled && j > i && this.innerCommonWord(j))) && !/^\p{Lu}{3,}$/u.test(tok.text) && !this.postNominal(i, j) && (j === i || !this.gazetteerAt(j, this.to) || (titled && this.placeEndingName(j)))) {
        parts.push(tok.text);
        j++;
      } else if (parts.length > 0 && this.lex.nameParticles.has(tok.text) && this.particlesThenName(j)) {
        parts.push(tok.text);
        j++;
      } else if (parts.length > 0 && this.particleJoined(tok)) {
        parts.push(tok.text);
        j++;
      } else break;
    }
    if (j === i) return undefined;
    // Dotted capitals alone are post-nominal letters or an acronym ("Ruto, C.G.H., President"), no name.
    if (parts.length > MAX_NAME_WORDS || (parts.length === 1 && DOTTED_CAPITALS.test(parts[0]))) return { end: j };
    const name = parts.join(' ');
    const prev = this.previousKey(i);
    const cue = this.personCue(i, j);
    if (cue) return { end: j, span: this.person(i, j, name, cue) };
    if (prev !== undefined && LOCATIVE.has(prev)) return { end: j, span: this.span(i, j, 'place', { name, kind: 'city' }) };
    const venueEnd = prev !== undefined && ARTICLES.has(prev) ? this.venueNounAfter(j) : undefined;
    if (venueEnd !== undefined) return { end: venueEnd, span: this.span(i, venueEnd, 'place', { name: this.text(i, venueEnd), short: name, kind: 'venue' }) };
    if (this.placeNounBefore(i)) return { end: j, span: this.span(i, j, 'place', { name, kind: 'city' }) };
    if (parts.length === 1 || (prev !== undefined && ARTICLES.has(prev))) return { end: j, span: this.span(i, j, 'name', { name }) };
    const noun = this.placeNounAfter(j);
    if (noun === 'place' || this.headedPlaceAfterPossessive(i, j)) return { end: j, span: this.span(i, j, 'place', { name, kind: 'geo' }) };
    if (noun === 'thing') return { end: j };
    return { end: j, span: this.person(i, j, name, 'shape') };
  }

  /** 'place' or 'thing' when a lowercase noun of place-nouns.tsv follows token j, or the quote closing there. */
  private placeNounAfter(j: number): string | undefined {
    const k = j < this.to && /^["”’']$/.test(this.tokens[j].text) ? j + 1 : j;
    const t = this.tokens[k];
    const kind = k < this.to && !t.upper ? this.lex.placeNouns.get(t.key) : undefined;
    return kind === 'place' || kind === 'thing' ? kind : undefined;
  }

  /** Words [i, j) ending in a place's head that is also a surname, after a place's possessive: "Mumbai's Malabar Hill". */
  private headedPlaceAfterPossessive(i: number, j: number): boolean {
    if (this.lex.placeNouns.get(this.tokens[j - 1].key) !== 'head' || i - 2 < this.from || !POSSESSIVE.has(this.tokens[i - 1].key)) return false;
    const owner = this.tokens[i - 2];
    const last = this.spans[this.spans.length - 1];
    return PLACE_NOUNS.has(owner.key) || (last?.end === owner.end && (last.label === 'capital' || (last.label === 'place' && last.data?.kind === 'city')));
  }

  /** Two capitals after a name's first word, no regnal number: post-nominal letters ("Alan Whitmore MP", "KC"). */
  private postNominal(i: number, j: number): boolean {
    return j > i && /^\p{Lu}{2}$/u.test(this.tokens[j].text) && !/^[IVX]+$/.test(this.tokens[j].text);
  }

  /** A person's name over tokens [i, j), with the okina or apostrophe that opens it ("Dr 'Aisake Eke", "ʻAkilisi Pohiva"). */
  private person(i: number, j: number, name: string, cue: string): Span {
    const [before, mark, first] = [this.tokens[i - 2], this.tokens[i - 1], this.tokens[i]];
    const opens = i > this.from && OKINA.test(mark.text) && mark.end === first.start && (i - 1 === this.from || before.end < mark.start);
    return opens ? this.span(i - 1, j, 'person', { name: `${mark.text}${name}`, cue }) : this.span(i, j, 'person', { name, cue });
  }

  /** The country of a country or known national organisation opening the tokens [i, stop) ("Lao", "WPK"). */
  private openingOrgCountry(i: number, stop: number): string | undefined {
    const opening = this.gazetteerAt(i, stop);
    return opening && opening.end < stop && (opening.span.label === 'org' || opening.span.label === 'country') ? opening.span.data?.iso2 : undefined;
  }

  /** Two capital initials written together opening a name ("KP Sharma Oli", "MK Stalin"): a name word follows. */
  private pairedInitials(i: number): boolean {
    const next = this.tokens[i + 1];
    return /^\p{Lu}{2}$/u.test(this.tokens[i].text) && i + 1 < this.to && next.upper && isWord(next) && this.nameWord(next) && !/^\p{Lu}{2,}$/u.test(next.text);
  }

  /**
   * A capitalised short function word opening a name inside a sentence, after a lowercase word or possessive and before a
   * name word that names no place: "talks with To Lam", "Vietnam's To Lam" (not "Trump Heads To Kazan", "went To Paris").
   */
  private surnameLikeWord(i: number): boolean {
    const [t, prev, next] = [this.tokens[i], this.tokens[i - 1], this.tokens[i + 1]];
    if (i === this.from || i + 1 >= this.to || t.key.length > 2 || this.lex.capitalisedWords.get(t.key) !== 'other') return false;
    if (!(POSSESSIVE.has(prev.key) || (isWord(prev) && !prev.upper)) || !next.upper || !isWord(next) || !this.nameWord(next)) return false;
    return !this.placeNameAt(i + 1, this.to);
  }

  /**
   * A one-word country or capital that may be a name's word, ending a titled name after its first word and before no
   * other capitalised word: "Prime Minister Luís Montenegro is expected".
   */
  private placeEndingName(j: number): boolean {
    const [t, next] = [this.tokens[j], this.tokens[j + 1]];
    const place = gazetteerTrie().longest(this.tokens, j, this.to);
    if (!place || place.end !== j + 1 || !this.nameWord(t) || (j + 1 < this.to && next.upper)) return false;
    return place.value.some((h) => h.kind === 'capital' || h.via === 'name');
  }

  /** A common capitalised word inside a titled name, between name words ("Prime Minister Mohammed Shia al-Sudani"). */
  private innerCommonWord(j: number): boolean {
    const next = this.tokens[j + 1];
    return this.lex.capitalisedWords.get(this.tokens[j].key) === 'other' && j + 1 < this.to && ((next.upper && isWord(next) && this.nameWord(next)) || this.particleJoined(next));
  }

  /** Particles from token j on ("von der", "bin"), then a capitalised word: "Ursula von der Leyen". */
  private particlesThenName(j: number): boolean {
    let k = j;
    while (k < this.to && this.lex.nameParticles.has(this.tokens[k].text)) k++;
    return k < this.to && k > j && this.tokens[k].upper;
  }

  /**
   * Could be part of a personal name: not a common capitalised word, and no hyphenated compound of one ("US-led") or
   * of places ("Moscow-Beijing"); a double surname may hold a city's name ("Santiago-Reyes").
   */
  private nameWord(t: Token): boolean {
    if (this.lex.capitalisedWords.has(t.key)) return false;
    if (!t.key.includes('-')) return true;
    const parts = t.text.split('-');
    if (parts.some((part) => this.lex.capitalisedWords.has(part.toLowerCase()) || this.lex.months.has(part.toLowerCase()))) return false;
    const places = parts.map((part) => {
      const words = tokenize(part);
      return gazetteerTrie().longest(words, 0)?.value ?? (cityTrie().longest(words, 0) ? [] : undefined);
    });
    if (places.every((hits) => hits === undefined)) return true;
    const cityOnly = (hits: readonly GazetteerHit[] | undefined): boolean => hits === undefined || hits.every((h) => h.kind === 'capital');
    return parts.every((part) => /^\p{Lu}/u.test(part)) && places.some((hits) => hits === undefined) && places.every(cityOnly);
  }

  /** A given name shortened with a period, then a name word: "Ma. Theresa", "Md. Touhid". */
  private shortenedGivenName(j: number): boolean {
    const [dot, next] = [this.tokens[j + 1], this.tokens[j + 2]];
    return this.lex.givenNameAbbreviations.has(this.tokens[j].key) && dot?.text === '.' && j + 2 < this.to && next.upper && isWord(next) && this.nameWord(next);
  }

  /** A particle hyphenated to a capitalised name: "al-Burhan", "el-Sisi". */
  private particleJoined(t: Token): boolean {
    const dash = t.text.indexOf('-');
    return dash > 0 && this.lex.nameParticles.has(t.text.slice(0, dash)) && /^\p{Lu}\p{Ll}/u.test(t.text.slice(dash + 1));
  }

  /** 'title' or 'honorific' when such a mention ends right before token i, or before the okina opening it. */
  private cueBefore(i: number): 'title' | 'honorific' | undefined {
    const last = this.spans[this.spans.length - 1];
    const mark = this.tokens[i - 1];
    const before = mark && OKINA.test(mark.text) && mark.end === this.tokens[i].start ? this.tokens[i - 2] : mark;
    if (!last || !before || last.end !== before.end) return undefined;
    return last.label === 'title' || last.label === 'honorific' ? last.label : undefined;
  }

  private previousKey(i: number): string | undefined {
    return i > this.from ? this.tokens[i - 1].key : undefined;
  }

  /** Why the run [i, j) is a person: an honorific or title before it, or an apposition after it. */
  private personCue(i: number, j: number): string | undefined {
    const before = this.cueBefore(i);
    if (before) return before;
    const next = this.tokens[j];
    // "the Raj Bhavan, the governor's residence", "President of Faso, Head of State": a thing's or a title's complement.
    const prev = this.previousKey(i);
    if (next && next.key === ',' && j + 1 < this.to && !(prev !== undefined && ARTICLES.has(prev)) && !this.titleComplementAt(i)) {
      let k = j + 1;
      if (ARTICLES.has(this.tokens[k].key)) k++;
      const after = this.entityAt(k, this.to, true);
      if (after?.span.label === 'title' && !this.ownedThingAfter(after.end)) return 'apposition';
      if (after && (after.span.label === 'country' || after.span.label === 'org') && after.end < this.to) {
        const k2 = POSSESSIVE.has(this.tokens[after.end].key) ? after.end + 1 : after.end;
        if (k2 < this.to && titles().longest(this.tokens, k2, this.to)) return 'apposition';
      }
      if (this.tokens[k].key === 'who') return 'apposition';
    }
    return undefined;
  }

  /** Token i follows "<title> of": it names the title's country or body ("President of Faso"). */
  private titleComplementAt(i: number): boolean {
    const last = this.spans[this.spans.length - 1];
    return i - 2 >= this.from && this.tokens[i - 1].key === 'of' && last?.label === 'title' && last.end === this.tokens[i - 2].end;
  }

  /**
   * A possessive at token k, then words holding no title: the title before it owns a thing ("the prime minister's
   * country retreat"), not a post ("the president's national security adviser").
   */
  private ownedThingAfter(k: number): boolean {
    if (!POSSESSIVE.has(this.tokens[k]?.key ?? '')) return false;
    for (let n = k + 1; n < Math.min(this.to, k + 1 + MAX_OWNED_WORDS) && isWord(this.tokens[n]); n++) if (titles().longest(this.tokens, n, this.to)) return false;
    return true;
  }

  private text(from: number, to: number): string {
    let out = '';
    for (let k = from; k < to; k++) {
      const t = this.tokens[k];
      out += (k > from && t.start > this.tokens[k - 1].end ? ' ' : '') + t.text;
    }
    return out;
  }
}

/** Tokenises the sentences and finds every mention in them. */
export function markMentions(doc: Doc): void {
  const tokens = tokenize(doc.text);
  const spans: Span[] = [];
  let k = 0;
  for (const sentence of doc.get(SENTENCE)) {
    while (k < tokens.length && tokens[k].start < sentence.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end].end <= sentence.end) end++;
    spans.push(...new SentenceScanner(tokens, k, end).run());
    k = end;
  }
  doc.set(MENTION, spans);
}
