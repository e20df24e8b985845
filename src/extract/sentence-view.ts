import type { Doc, Span } from '../annotate/doc.js';
import { MENTION } from '../annotate/mentions.js';
import { scanWork } from '../annotate/tokens.js';
import { DATE } from '../annotate/dates.js';
import type { EntityFact, Evidence } from './facts.js';
import { EntityRegistry } from './registry.js';
import { Addresses, nameParts } from './names.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { loadRoles, roleOfForm, withAncestors } from '../lexicon/roles.js';
import { seatCountry } from '../lexicon/governments.js';
import { oneByte } from './regexp-tiering.js';

/** A person's post as a sentence states it, before it becomes a PositionFact. */
export interface PostMention {
  holder: EntityFact;
  role: string;
  title: string;
  in?: EntityFact;
  /** "his spokesman X": the person whose post X's post belongs to (the sentence's subject), when no place is stated. */
  aideOf?: EntityFact;
  /** "spokesman for Thailand's foreign ministry": the post is in the foreign ministry of `in`. */
  inForeignMinistry?: boolean;
  rule: string;
}

/** One placeholder of the skeleton: an entity (P person, C country, O organisation, L place) or a date (D). */
export interface Slot {
  kind: 'P' | 'C' | 'O' | 'L' | 'D';
  entity?: EntityFact;
  date?: Span;
  start: number;
  end: number;
}

/** The persons of the slots, each once, in order. */
export function slotPersons(slots: readonly (Slot | undefined)[]): EntityFact[] {
  return [...new Set(slots.filter((s) => s?.kind === 'P' && s.entity).map((s) => s?.entity as EntityFact))];
}

/** Adds to the view a person slot standing for `entity` (named in another sentence, or resolved) and returns its number. */
export function addPersonSlot(view: SentenceView, entity: EntityFact | undefined): number {
  const slot: Slot = { kind: 'P', start: view.span.start, end: view.span.start, ...(entity ? { entity } : {}) };
  return view.slots.push(slot) - 1;
}

/** Person slots as a list in skeleton words: "§P4 , §P5 and §P6". */
export function slotList(slots: readonly number[]): string {
  const names = slots.map((n) => `§P${n}`);
  return `${names.slice(0, -1).join(' , ')} and ${names[names.length - 1]}`;
}

/**
 * A sentence as the event rules see it: lowercase words with each entity phrase replaced by a placeholder
 * `§<kind><n>` ("§P0 holds a meeting with §P1 at §L2 in §L3 ."), where n indexes `slots`.
 */
export interface SentenceView {
  span: Span;
  text: string;
  skeleton: string;
  slots: Slot[];
  posts: PostMention[];
  evidence(rule: string): Evidence;
}

const LOCATIVE = /\b(?:in|at|to|from|near|via|into|across|outside|inside|towards?|visit(?:s|ed|ing)?|tour(?:s|ed|ing)?)\s+(?:the\s+|a\s+|an\s+)?(?:(?:capital|city)(?:\s+of)?\s+|\S+['’]s\s+capital,?\s+)?$/i;
/** "left Nairobi for Cairo", "departed for": the place travelled to. */
const TRAVEL_FOR = /\b(?:left|leaves|leaving|departed|departs|departing|set\s+off|sets\s+off|set\s+out|bound|headed|heading|heads)\s+(?:\S+\s+){0,3}?for\s+$/i;
/** "in the Egyptian capital": a demonym naming the country's capital city. */
const CAPITAL_AFTER = /^\s+capital\b/i;
const POSSESSIVE_GAP = /^\s*(?:['’]s?)?\s*$/;
const WHOSE_GAP = /^\s*,\s*whose\s+(?:(?:current|new|own)\s+)?$/i;
/** Between a country and its title: "'s", or "'s" and up to two words ("Djibouti's long-serving foreign minister"). */
const MODIFIER_GAP = /^\s*(?:['’]s?)?\s*$|^\s*['’]s\s+(?:(?!and\b|or\b|to\b)[a-z][a-z-]*\s+){1,2}$/;
const SPACE_GAP = /^\s*$/;
const OF_GAP = /^\s+(?:(?:of|for|at|to)\s+)?(?:the\s+)?(?:ruling\s+|governing\s+|(?:foreign\s+)?ministry['’]s\s+)?$/i;
/** "director of the ministry's Asia Department": a unit of the foreign ministry the article is about. */
const MINISTRY_UNIT_GAP = /\bministry['’]s\s+$/i;
/** "'s ruling military council," or "'s Sovereign Council," after a country: the words naming one of its bodies. */
const BODY_WORDS = /^['’]s\s+([a-z][a-z -]{2,60}?|(?:ruling |governing )?(?:[A-Z][a-z]+ ){0,3}(?:Council|Commission|Committee|Assembly))\s*(?:[,.;]|$)/;
const NAME_OF_GAP = /^\s+of\s+(?:the\s+)?$/i;
/** "ambassador to India", "envoy for Sudan": the post is not in India or Sudan. */
const TO_GAP = /^\s+to\s/i;
const FOR_GAP = /^\s+for\s/i;
/** "who became", "was appointed", "named last week as": a verb making the name the title's holder now. */
const TAKES_POST = String.raw`(?:who\s+)?(?:became|(?:was|were|has\s+been|have\s+been|is)\s+(?:named|appointed|elected|sworn\s+in)|named|appointed|elected|sworn\s+in)(?:\s+(?:last|this)\s+\w+|\s+(?:in|on)\s+\w+(?:\s+\d{4})?)?\s+(?:as\s+)?`;
/** Post-nominal letters after a name: ", C.G.H.", ", E.G.H., M.P.". */
const POST_NOMINALS = String.raw`(?:\s*,\s*(?:[A-Z]\.){2,})*`;
/** Between a name and a title that follows it (post-nominal letters skipped): ", the", " (", ", who is also", " serves as", ", who became". */
const APPOSITION_GAP = new RegExp(
  String.raw`^\s*(?:\([^()]{1,30}\))?${POST_NOMINALS}\s*(?:(?:,|[–—]|\s-|\()\s*(?:(?:an?\s+(?:[a-z-]+\s+){1,3})?(?=who\s))?(?:the\s+(?:two\s+|three\s+|four\s+)?|both\s+|a\s+|an\s+|who\s+(?:is\s+|was\s+)?(?:also\s+)?(?:the\s+|a\s+)?|also\s+|${TAKES_POST}(?:the\s+)?)?|\s*(?:(?:serves|is\s+serving)\s+as\s+|${TAKES_POST})(?:the\s+)?)` +
    String.raw`(?:the\s+country['’]s\s+)?(?:(?:current|incumbent|acting|interim|new|newly\s+appointed|rotating)\s+)?$`,
  'i',
);
/** Titles held together before one name: "Deputy Prime Minister and Foreign Minister", "Deputy Prime Minister – Foreign Minister". */
const TITLE_JOIN = /^\s*(?:and|&|\/|[–—-])?\s*$/;
/** "foreign minister[ for Foreign Affairs and Security Policy], NAME": a title set before the name by a comma. */
const REVERSED_GAP = /^(?:\s+(?:for|of|on)(?:\s+(?:the|and|&|\p{Lu}[\p{L}'’-]*))+)?\s*,\s*$/u;
/** The comma between a determined title and the honorific before the name: ", Dr. X", ", Her Excellency X". */
const HONORIFIC_COMMA = /^\s*,\s*(?:(?:his|her)\s+)?$/i;
const DETERMINER_BEFORE = /(?:^|\b(?:the|his|her|its|their)\s+(?:[a-z-]+\s+)?)$/i;
/** After the first of names coordinated under a plural title: "the foreign ministers, A and B, …". */
const COORDINATED_NEXT = /^\s*(?:,|and\b|&)/;
const CLAUSE_END = /^\s*(?:\([^()]{1,30}\)\s*)?(?:[,.;:!?]|$)/;
/** "former president X", "the late king X", "the outgoing premier X", "opposition spokesperson X": no current post. */
const PAST_HOLDER = /\b(?:(?:former|ex|late|then|erstwhile|one-?time|outgoing|would-be)[\s-]+(?:\S+['’]s\s+)?|(?:then|ex|former)-\p{L}+\s+)$/iu;
/** "opposition foreign affairs spokesperson X", "shadow foreign secretary X": no government post (a party post stays). */
const OPPOSITION = /\b(?:opposition|shadow)\s+(?:(?!of\b|and\b|with\b|by\b|to\b)[a-z-]+\s+){0,2}$/i;
const FOREIGN_MINISTRY_AFTER = /^['’]s\s+(?:foreign|external\s+affairs)\s+(?:ministry|office)\b/i;
const POSSESSIVE_PRONOUN = /\b(?:his|her|its|their)\s+$/i;
const APPOSITION_END = /^\s*(?:,|[–—](?!\s*who)|\s-\s)/;
const REPORTER_AFTER = /^\s+(?:reported\s+from|contributed\s+(?:reporting|to\s+this)|(?:also\s+)?contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story))\b/i;
const PAREN_NOTE = /^\s*\((?:left|right|centre|center|front|l|r|c|second (?:left|right)|file)\)/i;

/** Titles stacked before a name ("State Councilor Foreign Minister X"); a longer run is no person phrase. */
const MAX_STACKED_TITLES = 4;

type Kind = Slot['kind'];

/** A person with what surrounds them, as read by SentenceAnalyzer.personPhrase. */
interface PersonPhrase {
  person: EntityFact;
  start: number;
  end: number;
  /** Index of the next mention to read. */
  next: number;
  /** A plural title before the name, which names coordinated after it share, and where it is held. */
  shared?: SharedTitle;
  /** "A and B, the foreign ministers of C and D": a plural title after the name, held by the names coordinated before it. */
  respective?: SharedTitle;
}

/** Titles held by several coordinated names, at one place or, name by name, at the places listed in the same order. */
interface SharedTitle {
  titles: Span[];
  places: Span[];
  /** How many names have taken the title so far. */
  taken: number;
}

/** A plural title held by no name before it, and the end of the last name listed under it so far. */
interface TitleList {
  title: Span;
  last?: number;
}

/** What opens a list of names after a plural title: "ministers – ", "ministers, ", "ministers met …: ". */
const LIST_OPENING = /(?:^\s*,?|[:–—]|\s-)\s*$/;

/** Between coordinated names: "A and B", "A, B and C". */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;

/** Builds sentence views in article order, resolving surnames and capitals on the way. */
export class SentenceAnalyzer {
  /** Last offset at which each person was mentioned, for choosing between people sharing a surname. */
  private readonly lastSeen = new Map<string, number>();
  private readonly addresses = new Addresses();
  private previousSentenceStart = -1;
  /** The first person of the sentence being read: whom "his"/"her" most likely refer to. */
  private subject: EntityFact | undefined;
  /** The country of the ministry last named with one: whose "the ministry's Asia Department" is meant. */
  private ministryCountry: string | undefined;

  constructor(private readonly doc: Doc, private readonly registry: EntityRegistry) {}

  view(span: Span): SentenceView {
    const doc = this.doc;
    const text = doc.slice(span);
    const evidence = (rule: string): Evidence => ({ text, start: span.start, end: span.end, rule });
    const mentions = topLevel(spansWithin(doc.get(MENTION), span.start, span.end));
    const posts: PostMention[] = [];
    const slots: Slot[] = [];
    this.subject = undefined;

    let i = 0;
    let plural: PersonPhrase | undefined;
    let list: TitleList | undefined;
    while (i < mentions.length) {
      scanWork.steps++;
      const m = mentions[i];
      // "Tom Miles reported from Geneva", "Grace Njoroge contributed reporting": the journalist is no news person.
      if (isNameLike(m) && m.label !== 'honorific' && REPORTER_AFTER.test(doc.text.slice(m.end, span.end))) {
        i++;
        continue;
      }
      const stated = posts.length;
      const phrase = this.personPhrase(mentions, i, span, posts);
      if (phrase) {
        plural = this.sharePluralTitle(plural, phrase, posts, mentions[phrase.next]);
        this.shareRespectiveTitle(slots, phrase, posts);
        if (list && posts.length === stated) this.takeListedTitle(list, phrase, posts, mentions[i - 1], slots[slots.length - 1]);
        slots.push({ kind: 'P', entity: phrase.person, start: phrase.start, end: phrase.end });
        this.registry.mention(phrase.person, evidence('person-mention'));
        // The countries and bodies a person phrase names ("Nigerian Foreign Minister X") are mentioned all the same.
        for (const inner of mentions.slice(i, phrase.next).filter(isCountryOrOrg).map((m) => this.entityOf(m))) {
          this.registry.mention(inner, evidence(`${inner.kind}-mention`));
        }
        i = phrase.next;
        continue;
      }
      if (m.label === 'title' && isPlural(m)) list = { title: m };
      const slot = this.entitySlot(m, span, slots[slots.length - 1]);
      if (slot) {
        slots.push(slot);
        if (slot.entity) this.registry.mention(slot.entity, evidence(`${slot.entity.kind}-mention`));
      }
      i++;
    }
    // Both lists are in text order: one walk finds the dates not inside an entity slot.
    const entitySlots = slots.length;
    let k = 0;
    for (const d of spansWithin(doc.get(DATE), span.start, span.end)) {
      while (k < entitySlots && slots[k].end <= d.start) k++;
      if (!(k < entitySlots && slots[k].start <= d.start && d.end <= slots[k].end)) slots.push({ kind: 'D', date: d, start: d.start, end: d.end });
    }
    slots.sort((a, b) => a.start - b.start);
    this.previousSentenceStart = span.start;
    return { span, text, skeleton: skeleton(doc.text, span, slots), slots, posts, evidence };
  }

  /**
   * "Foreign Ministers A and B", "Presidents A, B and C": the plural title before the first name is held by each
   * name coordinated after it. Returns the phrase whose title the next name may share.
   */
  private sharePluralTitle(previous: PersonPhrase | undefined, phrase: PersonPhrase, posts: PostMention[], next: Span | undefined): PersonPhrase | undefined {
    if (phrase.shared) return phrase;
    if (!previous?.shared || !COORDINATION_GAP.test(this.doc.text.slice(previous.end, phrase.start))) return undefined;
    const shared = { ...previous.shared, taken: previous.shared.taken + 1 };
    // "The two foreign ministers, A of Peru and B of Chile": each name's own country.
    const own = next?.label === 'country' && NAME_OF_GAP.test(this.doc.text.slice(phrase.end, next.start)) ? next : undefined;
    if (own) {
      phrase.end = own.end;
      phrase.next++;
    }
    for (const t of shared.titles) this.addPost(posts, phrase.person, t, own ?? placeOf(shared, shared.taken - 1), 'plural-title');
    return { ...phrase, shared };
  }

  /** "A and B, the foreign ministers of C and D": the names coordinated before the title take it, in order. */
  private shareRespectiveTitle(slots: Slot[], phrase: PersonPhrase, posts: PostMention[]): void {
    const respective = phrase.respective;
    if (!respective) return;
    const holders = [phrase.person];
    let from = phrase.start;
    for (let k = slots.length - 1; k >= 0 && slots[k].kind === 'P' && COORDINATION_GAP.test(this.doc.text.slice(slots[k].end, from)); k--) {
      holders.unshift(slots[k].entity as EntityFact);
      from = slots[k].start;
    }
    const shared = { ...respective, taken: holders.length };
    holders.forEach((holder, n) => {
      for (const t of shared.titles) this.addPost(posts, holder, t, placeOf(shared, n), 'plural-apposition');
    });
  }

  /**
   * "four Nordic foreign ministers – Finland's A, Sweden's B and Iceland's C": after a plural title held by no name
   * before it, a list of "COUNTRY's NAME" opened by a dash, colon or comma; each name holds the title in its country.
   */
  private takeListedTitle(list: TitleList, phrase: PersonPhrase, posts: PostMention[], country: Span | undefined, countrySlot: Slot | undefined): void {
    const text = this.doc.text;
    if (country?.label !== 'country' || countrySlot?.kind !== 'C' || countrySlot.start !== country.start || !/^\s*['’]s\s*$/.test(text.slice(country.end, phrase.start))) return;
    const opened = list.last === undefined ? LIST_OPENING.test(text.slice(list.title.end, country.start)) : COORDINATION_GAP.test(text.slice(list.last, country.start));
    if (!opened) return;
    this.addPost(posts, phrase.person, list.title, country, 'plural-list');
    list.last = phrase.end;
  }

  /** The entity slot of a non-person mention: countries (capitals used for governments too), organisations, places. */
  private entitySlot(m: Span, sentence: Span, previous: Slot | undefined): Slot | undefined {
    const data = m.data ?? {};
    const name = data.name ?? this.doc.slice(m);
    const before = this.doc.text.slice(Math.max(sentence.start, m.start - 30), m.start);
    switch (m.label) {
      case 'country': {
        const country = this.registry.ensure('country', name, data.iso2);
        const capital = LOCATIVE.test(before) ? CAPITAL_AFTER.exec(this.doc.text.slice(m.end, sentence.end)) : null;
        const capitalName = capital && data.iso2 ? loadGazetteer().countryByIso2(data.iso2)?.capital : undefined;
        if (!capital || !capitalName) return { kind: 'C', entity: country, start: m.start, end: m.end };
        this.registry.mention(country, { text: this.doc.slice(sentence), start: sentence.start, end: sentence.end, rule: 'country-mention' });
        const place = this.registry.ensure('place', capitalName);
        place.within ??= country.id;
        return { kind: 'L', entity: place, start: m.start, end: m.end + capital[0].length };
      }
      case 'capital': {
        const country = this.registry.ensure('country', this.countryName(data.iso2) ?? name, data.iso2);
        // "at State House, Nairobi": a capital right after a place names the city that place is in.
        const afterPlace = previous?.kind === 'L' && /^\s*,\s*$/.test(this.doc.text.slice(previous.end, m.start));
        if (!LOCATIVE.test(before) && !TRAVEL_FOR.test(before) && !afterPlace) return { kind: 'C', entity: country, start: m.start, end: m.end };
        const place = this.registry.ensure('place', name);
        place.within ??= country.id;
        if (afterPlace && previous.entity && previous.entity !== place) previous.entity.within ??= place.id;
        this.registry.addName(place, this.doc.slice(m));
        return { kind: 'L', entity: place, start: m.start, end: m.end };
      }
      case 'org': {
        const org = this.organization(m);
        if (data.iso2 && /\bministry\b/i.test(name)) this.ministryCountry = data.iso2;
        return { kind: 'O', entity: org, start: m.start, end: m.end };
      }
      case 'place': {
        const person = data.kind === 'city' ? this.resolveSurname(name, m.start) : undefined;
        if (person) return { kind: 'P', entity: person, start: m.start, end: m.end };
        const place = this.registry.ensure('place', name);
        if (data.short) this.registry.addName(place, data.short);
        // A known city: its country is noted on the place only (a city that is only a location names no country of the article).
        if (data.iso2) place.country ??= data.iso2;
        return { kind: 'L', entity: place, start: m.start, end: m.end };
      }
      default:
        return undefined;
    }
  }

  private countryName(iso2: string | undefined): string | undefined {
    return iso2 ? loadGazetteer().countryByIso2(iso2)?.name : undefined;
  }

  /**
   * A person with what surrounds them: "[COUNTRY's] TITLE [and TITLE…] [of COUNTRY] NAME [, [COUNTRY's] TITLE [of ORG],]",
   * or a title set before the name by a comma ("Colombia's foreign minister, NAME,"). Returns the person, the
   * character extent of the phrase and the index of the next mention.
   */
  private personPhrase(ms: Span[], i: number, sentence: Span, posts: PostMention[]):
    PersonPhrase | undefined {
    const text = this.doc.text;
    const between = (a: Span, b: Span): string => text.slice(a.end, b.start);
    let j = i;
    let modifier: Span | undefined;
    if (isCountryOrOrg(ms[j]) && ms[j + 1]?.label === 'title' && MODIFIER_GAP.test(between(ms[j], ms[j + 1]))) modifier = ms[j++];
    const titles = titleRun(ms, j, between);
    // "Norway, whose foreign minister X": the country the relative clause hangs on.
    const whose = !modifier && titles.length > 0 && i > 0 && ms[i - 1].start >= sentence.start && ms[i - 1].label === 'country' && WHOSE_GAP.test(between(ms[i - 1], titles[0])) ? ms[i - 1] : undefined;
    // "Peruvian and Chilean foreign ministers A and B": countries coordinated before a plural title, one a name.
    const modifiers = modifier ? [modifier] : [];
    for (let k = i - 1; modifier && k >= 0 && ms[k].label === 'country' && ms[k].start >= sentence.start && COORDINATION_GAP.test(between(ms[k], modifiers[0])); k--) modifiers.unshift(ms[k]);
    j += titles.length;
    let titleOf: Span | undefined;
    let titleTo: Span | undefined;
    let titleTarget = false;
    const lastBefore = titles[titles.length - 1];
    const pluralTitle = lastBefore !== undefined && isPlural(lastBefore);
    // "the foreign ministers of Kyrgyzstan and Uzbekistan, A and B": the places of a plural title, in order.
    const ofPlaces: Span[] = [];
    if (pluralTitle && ms[j]?.label === 'country' && OF_GAP.test(between(lastBefore, ms[j]))) {
      while (ms[j + 1]?.label === 'country' && COORDINATION_GAP.test(between(ms[j], ms[j + 1]))) ofPlaces.push(ms[j++]);
      if (ofPlaces.length > 0) ofPlaces.push(ms[j]);
    }
    // "Minister of External Relations of Angola NAME" or, with a comma, "the Minister … of Angola, NAME,"; or of one
    // of its bodies: "the head of Sudan's Sovereign Council, NAME".
    const ofCountry = lastBefore && ms[j]?.label === 'country' && OF_GAP.test(between(lastBefore, ms[j])) ? ms[j] : undefined;
    const bodyOrg = ofCountry && ms[j + 1]?.label === 'org' && POSSESSIVE_GAP.test(between(ofCountry, ms[j + 1])) && ms[j + 2] && /^\s*,\s*$/.test(between(ms[j + 1], ms[j + 2])) ? ms[j + 1] : undefined;
    const ofBody = bodyOrg
      ? (bodyOrg.data?.name ?? text.slice(bodyOrg.start, bodyOrg.end)).toLowerCase()
      : ofCountry && ms[j + 1] ? bodyBeforeComma(between(ofCountry, ms[j + 1])) : undefined;
    if (ofBody) {
      titleOf = ofCountry;
      j += bodyOrg ? 2 : 1;
    } else if (lastBefore && isCountryOrOrg(ms[j]) && (OF_GAP.test(between(lastBefore, ms[j])) || ofPlaces.length > 0) && ms[j + 1] && (SPACE_GAP.test(between(ms[j], ms[j + 1])) || REVERSED_GAP.test(between(ms[j], ms[j + 1])) || (ms[j + 1].label === 'honorific' && HONORIFIC_COMMA.test(between(ms[j], ms[j + 1]))))) {
      titleTarget = aimedAt(between(lastBefore, ms[j]), lastBefore);
      titleOf = ms[j++];
    } else if (lastBefore && isCountryOrOrg(ms[j]) && OF_GAP.test(between(lastBefore, ms[j])) && ms[j + 1]?.label === 'country' && TO_GAP.test(between(ms[j], ms[j + 1])) && ms[j + 2] && SPACE_GAP.test(between(ms[j + 1], ms[j + 2]))) {
      // "Ambassador of Jordan to Qatar NAME": held for the first country, aimed at the second.
      titleOf = ms[j];
      titleTo = ms[j + 1];
      j += 2;
    }
    // Past the body's words, a comma alone parts the title from the name.
    const titleGap = (a: Span, b: Span): string => (ofBody && a === titleOf ? ', ' : between(a, b));
    let honorific: Span | undefined;
    // "the Foreign Minister of Egypt, His Excellency X,": the comma closing the name then belongs to the phrase.
    let commaTitle = false;
    if ((ms[j]?.label === 'honorific' || (ms[j]?.label === 'title' && titles.length > 0 && text[ms[j].end - 1] === '.')) && ms[j + 1] && SPACE_GAP.test(between(ms[j], ms[j + 1]))) {
      // "The Jordanian minister later met Dr. X": a title set apart from the honorific is not X's, unless by the
      // comma of a determined title ("Ghana's High Commissioner to Nigeria, Dr. X"); so too an abbreviated rank in the
      // honorific's place ("the head of Sudan's Sovereign Council, Gen. X"), itself one of X's posts.
      const titleEnd = titleTo ?? titleOf ?? titles[titles.length - 1];
      const titleStart = modifier ?? titles[0];
      const determined = titleStart !== undefined && (modifier !== undefined || DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, titleStart.start - 40), titleStart.start)));
      if (titleEnd && !SPACE_GAP.test(titleGap(titleEnd, ms[j])) && !(determined && HONORIFIC_COMMA.test(titleGap(titleEnd, ms[j])))) return undefined;
      commaTitle = titleEnd !== undefined && !SPACE_GAP.test(titleGap(titleEnd, ms[j]));
      honorific = ms[j++];
      // "Her Excellency Ms X": honorifics in a row.
      while (ms[j]?.label === 'honorific' && ms[j + 1] && SPACE_GAP.test(between(ms[j - 1], ms[j])) && SPACE_GAP.test(between(ms[j], ms[j + 1]))) j++;
    }
    const head = ms[j];
    if (!head) return undefined;
    const start = (modifier ?? titles[0] ?? honorific ?? head).start;
    const lead = text.slice(Math.max(sentence.start, start - 40), start);
    const beforeHead = honorific ?? titleTo ?? titleOf ?? titles[titles.length - 1];
    // "Foreign Minister NAME of COUNTRY": the body after the name is where the title is held.
    const nameOf = titles.length > 0 && !titleOf && !modifier && isCountryOrOrg(ms[j + 1]) && NAME_OF_GAP.test(between(head, ms[j + 1])) ? ms[j + 1] : undefined;
    let ruleName = commaTitle ? 'title-comma-name' : 'title-name';
    if (beforeHead && beforeHead !== honorific && !SPACE_GAP.test(titleGap(beforeHead, head))) {
      // "the foreign minister, NAME," / "his spokesman, NAME": a determined title, a comma, a name closing a clause.
      const reversed = titles.length > 0 && isNameLike(head) && REVERSED_GAP.test(titleGap(beforeHead, head)) && (modifier !== undefined || DETERMINER_BEFORE.test(lead));
      const after = text.slice((nameOf ?? head).end, sentence.end);
      if (!reversed || !(CLAUSE_END.test(after) || (pluralTitle && COORDINATED_NEXT.test(after)))) return undefined;
      ruleName = 'title-comma-name';
    }
    const person = this.personOf(head, titles.length > 0 || honorific !== undefined);
    if (!person) return undefined;
    // "Japan's former prime minister X": the words after the possessive qualify the title too.
    const qualifiers = lead + (modifier && titles[0] ? between(modifier, titles[0]) : '');
    const past = PAST_HOLDER.test(qualifiers);
    const referent = POSSESSIVE_PRONOUN.test(lead) ? this.subject : undefined;
    const opposition = OPPOSITION.test(qualifiers);
    const stated = posts.length;
    for (const t of past ? [] : titles) {
      if (!opposition || isPartyPost(t)) this.addPost(posts, person, t, ofPlaces[0] ?? (titleTarget ? undefined : titleOf) ?? (pluralTitle ? modifiers[0] : modifier) ?? nameOf ?? whose, ruleName, referent);
    }
    for (const p of ofBody ? posts.slice(stated) : []) p.role = roleInBody(p.title, ofBody as string) ?? p.role;
    if (honorific?.label === 'title' && !past) this.addPost(posts, person, honorific, titleTarget ? undefined : titleOf ?? modifier, 'title-comma-name');
    if (modifier) this.setCountry(person, modifier);
    this.subject ??= person;
    let end = nameOf?.end ?? head.end;
    let respective: SharedTitle | undefined;
    let next = nameOf ? j + 2 : j + 1;
    const paren = PAREN_NOTE.exec(text.slice(end, sentence.end));
    if (paren) end += paren[0].length;
    // Apposition: ", [COUNTRY's] TITLE [and TITLE] [of ORG]," or ", who heads …," or "– who heads … –".
    const k = next;
    const appMod = isCountryOrOrg(ms[k]) && ms[k + 1]?.label === 'title' && APPOSITION_GAP.test(text.slice(end, ms[k].start)) && MODIFIER_GAP.test(between(ms[k], ms[k + 1])) && !PAST_HOLDER.test(between(ms[k], ms[k + 1])) ? ms[k] : undefined;
    const first = appMod ? k + 1 : k;
    const appTitles = ms[first]?.label === 'title' && (appMod || APPOSITION_GAP.test(text.slice(end, ms[first].start))) ? titleRun(ms, first, between) : [];
    const afterTitle = ms[first + appTitles.length];
    const lastTitle = appTitles[appTitles.length - 1];
    const titlesNextPerson = lastTitle && afterTitle && isNameLike(afterTitle) && SPACE_GAP.test(between(lastTitle, afterTitle));
    const apposition = lastTitle !== undefined && !titlesNextPerson;
    if (apposition) {
      let last = lastTitle;
      next = first + appTitles.length;
      let of: Span | undefined;
      let to = false;
      if (isCountryOrOrg(ms[next]) && OF_GAP.test(between(lastTitle, ms[next]))) {
        to = aimedAt(between(lastTitle, ms[next]), lastTitle);
        of = ms[next++];
        last = of;
      }
      // "head of Sudan's Sovereign Council": a post in the country, named by the title over its body.
      let body: Span | undefined;
      if (of && !to && ms[next]?.label === 'org' && of.label !== 'org' && /^['’]s?\s+$/.test(between(of, ms[next]))) {
        body = ms[next++];
        last = body;
      }
      const where = (to ? undefined : of) ?? this.innerEntity(lastTitle) ?? appMod;
      const unit = of !== undefined && MINISTRY_UNIT_GAP.test(between(lastTitle, of));
      const inMinistry = unit || (of !== undefined && FOREIGN_MINISTRY_AFTER.test(text.slice(of.end, sentence.end)));
      if (unit && this.ministryCountry) person.country ??= this.ministryCountry;
      const stated = posts.length;
      if (isPlural(lastTitle)) {
        // "…, the foreign ministers of C and D": the places coordinated after the first, in order.
        const places = where ? [where] : [];
        while (of && !body && ms[next]?.label === 'country' && COORDINATION_GAP.test(between(last, ms[next]))) places.push((last = ms[next++]));
        respective = { titles: appTitles, places, taken: 0 };
      } else for (const t of appTitles) this.addPost(posts, person, t, where, 'apposition', undefined, inMinistry);
      // The body named, or described in words ("head of Niger's ruling military council", "of Sudan's Sovereign Council").
      const described = of && !body && of.label !== 'org' ? BODY_WORDS.exec(text.slice(of.end, sentence.end))?.[1]?.toLowerCase() : undefined;
      const bodyName = body ? (body.data?.name ?? text.slice(body.start, body.end)).toLowerCase() : described;
      for (const p of bodyName ? posts.slice(stated) : []) p.role = roleInBody(p.title, bodyName as string) ?? p.role;
      if (appMod) this.setCountry(person, appMod);
      end = last.end;
    }
    // The comma closing an apposition belongs to the phrase ("Colombia's foreign minister, X, met …" reads "§P0 met …").
    if (apposition || ruleName === 'title-comma-name') {
      const close = APPOSITION_END.exec(text.slice(end, sentence.end));
      if (close) end += close[0].length;
    }
    const sharedPlace = (titleTarget ? undefined : titleOf) ?? modifier;
    const places = ofPlaces.length > 0 ? ofPlaces : titleOf || !modifier ? (sharedPlace ? [sharedPlace] : []) : modifiers;
    const shared = !past && pluralTitle ? { titles, places, taken: 1 } : undefined;
    return { person, start, end, next, ...(shared ? { shared } : {}), ...(respective ? { respective } : {}) };
  }

  /** The person a mention names: a full name, or a surname resolved in context. */
  private personOf(m: Span, titled: boolean): EntityFact | undefined {
    const name = m.data?.name ?? this.doc.slice(m);
    let person: EntityFact | undefined;
    if (m.label === 'person') {
      person = (!name.includes(' ') ? this.resolveSurname(name, m.start) : this.registry.shortFormOf(name)) ?? this.registry.ensure('person', name);
    } else if (m.label === 'name' || (m.label === 'place' && m.data?.kind === 'city')) {
      person = this.resolveSurname(name, m.start) ?? (titled && m.label === 'name' ? this.registry.ensure('person', name) : undefined);
    }
    if (person) {
      if (name.includes(' ')) this.addresses.note(person.id, this.doc.text, m.start);
      this.registry.addName(person, name);
      this.lastSeen.set(person.id, m.start);
    }
    return person;
  }

  /**
   * The person a lone name refers to: among full names containing it, the one seen in this or the
   * previous sentence, else the most mentioned one so far, else the first introduced.
   */
  resolveSurname(word: string, at: number): EntityFact | undefined {
    if (/\s/.test(word)) return undefined;
    const candidates = this.registry.withParts(nameParts(word));
    if (candidates.length <= 1) return candidates[0];
    const addressed = this.addresses.pick(candidates, this.doc.text, at);
    if (addressed) return addressed;
    const recent = candidates
      .filter((c) => (this.lastSeen.get(c.id) ?? -1) >= this.previousSentenceStart && (this.lastSeen.get(c.id) ?? -1) < at)
      .sort((a, b) => (this.lastSeen.get(b.id) ?? 0) - (this.lastSeen.get(a.id) ?? 0));
    if (recent.length > 0) return recent[0];
    const count = (e: EntityFact): number => this.registry.mentionCount.get(e.id) ?? 0;
    return [...candidates].sort((a, b) => count(b) - count(a))[0];
  }

  /** A country or organisation named inside a long title ("chairman of China's top political advisory body"). */
  private innerEntity(title: Span): Span | undefined {
    const inner = spansWithin(this.doc.get(MENTION), title.start, title.end).filter((m) => m !== title && isCountryOrOrg(m));
    return inner.find((m) => m.label === 'org') ?? inner[0];
  }

  private addPost(posts: PostMention[], holder: EntityFact, title: Span, where: Span | undefined, rule: string, referent?: EntityFact, inForeignMinistry = false): void {
    const inSpan = where ?? this.innerEntity(title);
    const inEntity = inSpan ? this.entityOf(inSpan) : undefined;
    const aideOf = referent && referent !== holder && !inEntity ? { aideOf: referent } : {};
    const ministry = inForeignMinistry ? { inForeignMinistry } : {};
    posts.push({ holder, role: title.data?.role ?? '', title: this.doc.slice(title), ...(inEntity ? { in: inEntity } : {}), ...aideOf, ...ministry, rule });
    if (inSpan) this.setCountry(holder, inSpan);
  }

  private entityOf(m: Span): EntityFact {
    const data = m.data ?? {};
    const seat = seatOf(m);
    if (seat) return this.registry.ensure('country', this.countryName(seat) ?? seat, seat);
    if (m.label === 'org') return this.organization(m);
    return this.registry.ensure('country', this.countryName(data.iso2) ?? data.name ?? '', data.iso2);
  }

  /** The organisation an org mention names, known also by the words the text names it with ("NATO"). */
  private organization(m: Span): EntityFact {
    const surface = this.doc.slice(m);
    const org = this.registry.ensure('organization', m.data?.name ?? surface, m.data?.iso2);
    // Not a mere variant in case or apostrophe ("Xinhua news agency").
    if (EntityRegistry.key('organization', surface) !== EntityRegistry.key('organization', org.name)) this.registry.addName(org, surface);
    return org;
  }

  private setCountry(person: EntityFact, m: Span): void {
    const iso2 = m.data?.iso2 ?? seatOf(m);
    if (iso2 && !person.country) person.country = iso2;
  }
}

/** The role a title names as held in a body ("head" of the "ruling military council"): with or without "ruling". */
function roleInBody(title: string, body: string): string | undefined {
  return [body, body.replace(/^(?:ruling|governing) /, '')].map((b) => roleOfForm(`${title.toLowerCase()} of the ${b}`)).find((r) => r !== undefined);
}

/** The words naming a body in "'s Sovereign Council, " or "'s ruling military council, " (lowercased), before a name. */
function bodyBeforeComma(gap: string): string | undefined {
  const m = BODY_WORDS.exec(gap);
  return m && m[0].endsWith(',') && gap.slice(m[0].length).trim() === '' ? m[1]!.toLowerCase() : undefined;
}

/** The place of the n-th holder of a shared title: the one place, or the n-th of those listed. */
function placeOf(shared: SharedTitle, n: number): Span | undefined {
  return shared.places.length === 1 ? shared.places[0] : shared.places[n];
}

/** A party's own post, or the head of a body: an opposition party has these too ("the opposition party's chair"). */
function isPartyPost(title: Span): boolean {
  return withAncestors(title.data?.role ?? '').some((r) => r === 'PartyOfficial' || r === 'OrganizationHead');
}

/** A title in the plural ("Foreign Ministers"): its singular is a form of the same role. */
function isPlural(title: Span): boolean {
  const form = (title.data?.form ?? '').toLowerCase();
  const singular = form.endsWith('ies') ? `${form.slice(0, -3)}y` : form.endsWith('s') ? form.slice(0, -1) : '';
  return singular !== '' && (loadRoles().get(title.data?.role ?? '')?.forms.includes(singular) ?? false);
}

/** Titles from ms[j] on, stacked or coordinated before one name. */
function titleRun(ms: Span[], j: number, between: (a: Span, b: Span) => string): Span[] {
  const titles: Span[] = [];
  while (ms[j]?.label === 'title' && titles.length < MAX_STACKED_TITLES && (titles.length === 0 || TITLE_JOIN.test(between(ms[j - 1], ms[j])))) titles.push(ms[j++]);
  return titles;
}

/** "ambassador to C", "special envoy for C": the country the post is aimed at, not the one it is in. */
function aimedAt(gap: string, title: Span): boolean {
  return TO_GAP.test(gap) || (FOR_GAP.test(gap) && withAncestors(title.data?.role ?? '').includes('Diplomat'));
}

function isNameLike(m: Span): boolean {
  return m.label === 'person' || m.label === 'name' || m.label === 'honorific';
}

/** A country, an organisation, or a seat of government standing for its country ("Kremlin spokesman X"). */
function isCountryOrOrg(m: Span | undefined): boolean {
  return m !== undefined && (m.label === 'country' || m.label === 'capital' || m.label === 'org' || seatOf(m) !== undefined);
}

/** The country whose government a seat-of-government mention stands for. */
function seatOf(m: Span): string | undefined {
  return m.label === 'org' || m.label === 'place' || m.label === 'name' ? seatCountry(m.data?.name ?? '') : undefined;
}

/** The spans of a layer (sorted by start) lying inside [start, end), found by binary search. */
function spansWithin(layer: readonly Span[], start: number, end: number): Span[] {
  let lo = 0;
  let hi = layer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layer[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let k = lo; k < layer.length && layer[k].start < end; k++) {
    scanWork.steps++;
    if (layer[k].end <= end) out.push(layer[k]);
  }
  return out;
}

/** Mentions not nested inside another (an organisation inside a title stays out). */
function topLevel(mentions: Span[]): Span[] {
  const out: Span[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const KIND_CHAR: Record<Kind, string> = { P: 'P', C: 'C', O: 'O', L: 'L', D: 'D' };

function skeleton(text: string, sentence: Span, slots: Slot[]): string {
  let out = '';
  let pos = sentence.start;
  slots.forEach((slot, n) => {
    out += words(text.slice(pos, slot.start)) + ` §${KIND_CHAR[slot.kind]}${n} `;
    pos = Math.max(pos, slot.end);
  });
  out += words(text.slice(pos, sentence.end));
  return oneByte(out.replace(/\s+/g, ' ').replace(BLESSING, ' ').trim());
}

/** ", may God assist him ,", "( may Allah preserve him )": a blessing after a ruler's name, no modal verb (nothing planned). */
const BLESSING = / (?:,|\() may (?:god|allah) [^,;.()§"]{1,40}(?:,|\))(?= )/g;

/** Characters the folding below acts on: most stretches between entities have none and are only lowercased. */
const FOLDED_OR_SET_APART = /[’‘`“”,;:!?()"–—.']/;

/** Lowercase text with quotes folded and punctuation set apart, so rules can match whole words. */
function words(s: string): string {
  const lower = s.toLowerCase();
  if (!FOLDED_OR_SET_APART.test(lower)) return ` ${lower} `;
  return ` ${lower.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/([,;:!?()"–—])/g, ' $1 ').replace(/(\S)'s\b/g, "$1 's").replace(/\.(\s|$)/g, ' .$1')} `;
}
