import type { EntityFact, EventFact } from './facts.js';
import { addPersonSlot, slotList, slotPersons, type PostMention, type SentenceView } from './sentence-view.js';
import { counterpartPosts } from './counterparts.js';
import { Encounter } from './discourse.js';
import { numberWords } from './gatherings.js';
import { eventMatches, matchRules, type RuleMatch } from './event-rules.js';
import { cueAlternation } from '../lexicon/extraction-lexicon.js';
import { LEADER_ROLES, roleOfForm, withAncestors } from '../lexicon/roles.js';

/** What may open a sentence before its subject ("Later on §D0 , …", "§D0 …", "on §D0 …", "in §D0 …", "In §L0 , on §D1 , …", "in §L0 …"). */
const OPENING = '(?:(?:(?:[^§.;",]|§[DL]\\d+){1,60}?,\\s+){1,2}|(?:(?:(?:on|in)\\s+)?§D\\d+|(?:in|at)\\s+§L\\d+|later|then|afterwards|subsequently|there)\\s+(?:(?:morning|afternoon|evening|night)\\s+)?)?';
/** A subject pronoun opening the sentence, perhaps after an opening phrase ("Later on §D0 , he met …", "§D0 he sat down", "on §D0 he flew"). */
const PRONOUN_SUBJECT = new RegExp(`^(${OPENING})(he|she|they)\\s+`);
/** Text before a phrase standing where the sentence's subject stands. */
const SUBJECT_PLACE = new RegExp(`^${OPENING}$`);
/**
 * ", when he visited …", "and she later met …", ", where on §D2 he met", ", in §L3 he held talks with", ", although she spoke to", "and on §D2 he was
 * received", "said he would meet", "and that she would travel": a pronoun opening a later clause, told of the sentence's
 * subject ("told reporters that he had met"), not after a denial ("denied that he had met").
 */
const PRONOUN_INNER = /([,:;]\s+(?:(?:when|where|while|and|as|but|although|though|whereupon|(?:after|during|at|in)\s+which)\s+)?|\band\s+(?:that\s+)?|\b(?:said|says|added|stated|announced)\s+|(?<!\b(?:denied|denies|deny|denying|rejected|dismissed|refuted|disputed|reports|claims|rumours|rumors|speculation)\s+)\bthat\s+)((?:(?:on\s+)?§D\d+\s+|(?:in|at)\s+§L\d+\s+)?)(?:he|she)\s+/g;
/** Between a person and a later pronoun: a new clause the person is not the subject of ("…, and that", "…; "). */
const CLAUSE_BREAK = /(?:,\s+and|;)\s+(?:that\b|(?:a|an|the)\s)/;
/** After a noun standing for a person: no plural, and no name after it (else the name itself is the person). */
const NO_NAME_AFTER = '(?!s|\\s*,?\\s*(?:[a-z-]+\\s+){0,4}?§P)';
/** "his Lao counterpart" with no name after it. */
const COUNTERPART = new RegExp(`(?<!\\bfrom\\s+)\\b(?:his|her)\\s+(?:§C(\\d+)\\s+)?counterpart\\b${NO_NAME_AFTER}`);
/** "his host" with no name after it. */
const HOST = new RegExp(`\\b(?:his|her|their)\\s+host\\b${NO_NAME_AFTER}`);
/** "A planned meeting with §P0 …", "Talks with §P0 …" opening a sentence naming no one else: a meeting of whom the sentence before was about. */
let ownerlessRe: RegExp | undefined;
const OWNERLESS_MEETING = (): RegExp =>
  (ownerlessRe ??= new RegExp(`^(${OPENING}(?:(?:a|an|the)\\s+)?(?:[a-z-]+\\s+){0,3}?(?:${cueAlternation(['meet-noun', 'phone-noun'])}))\\s+with\\s+(§P\\d+)`));
/** "§P0 had been due to join the talks", "§P0 later joined the meeting": someone joining a meeting told before (not "joined the talks with §P1"). */
let joinedRe: RegExp | undefined;
const JOINED_MEETING = (): RegExp =>
  (joinedRe ??= new RegExp(`(§P(\\d+)\\s+(?:[a-z-]+\\s+){0,4}?(?:join|joins|joined|joining)\\s+)(the\\s+(?:[a-z-]+\\s+)?(?:${cueAlternation(['meet-noun'])}))\\b(?!\\s+(?:with|between|of)\\b)`));
/** "bring the two ministers together". */
const TOGETHER = /^\s+(?:back\s+)?together\b/;
/** "accompanied him to", "received her on §D2": a person told by an object pronoun. */
const PRONOUN_OBJECT = /\b(?:him|her(?=\s+(?:to|in|at|on|for|during|and|§D\d+)\b|\s*[,.;]|$))/g;

/** A list of people, each maybe with their country before them: "§C0 's §P1 , §P2 and §P3". */
const LISTED = "(?:§C\\d+\\s+'s\\s+)?§P\\d+(?!\\s+'s)";
const PERSON_LIST = new RegExp(`${LISTED}(?:\\s*,\\s*${LISTED})+\\s*,?\\s*and\\s+${LISTED}`, 'g');

let groupRe: RegExp | undefined;
let titleRe: RegExp | undefined;


/**
 * "the two leaders", "both ministers", "the three Baltic ministers", "his three counterparts" (group `poss`), or the number
 * alone before a verb ("the three agreed", "before the two were joined by", "the pair last met"): group `n` the number, `and` "and §P"
 * after the noun, `alone` the number told without a noun, `duo` a word for two ("pair"). Not "experts from both sides": others than the sides.
 */
function groupPhrase(): RegExp {
  if (groupRe) return groupRe;
  const numbers = [...numberWords().keys()].join('|');
  const pairWords = cueAlternation(['pair-word']);
  const verb = `(?:(?:also|then|later|last|jointly)\\s+)?(?:were|are|will|would|have|had|${cueAlternation(['mutual-verb', 'hold-verb', 'topic-verb', 'pledge-verb'])})\\b`;
  groupRe = new RegExp(`(?<!\\bfrom\\s+)\\b(?:(?:(?:the|(?<poss>his|her|their))\\s+(?<n>${numbers})|(?<both>both))\\s+(?:[a-z-]+\\s+)?(?<noun>${cueAlternation(['pair-noun'])})\\b(?!\\s+'s)(?<and>\\s+and\\s+§P)?|the\\s+(?:(?<alone>${numbers})|(?<duo>${pairWords}))(?=\\s+${verb}))`, 'g');
  return groupRe;
}

/**
 * "the Uzbek minister", "the visiting Iranian minister", "the visiting prime minister", "the UN envoy", "the minister" (not next to
 * the name it titles: "§P3 , the federal president ,"): group 1 "visiting", group 2 the country's slot number, group 3 the title.
 */
function titlePhrase(): RegExp {
  titleRe ??= new RegExp(`(?<!§P\\d+\\s*,\\s*)\\bthe\\s+(visiting\\s+)?(?:§C(\\d+)\\s+|§O\\d+\\s+)?((?:[a-z-]+\\s+)?(?:${cueAlternation(['title-noun'])}))\\b(?!-|\\s*(?:,\\s*)?§P|\\s+(?:of|for)\\b|\\s+'s\\s+(?!(?:[a-z-]+\\s+){0,2}?(?:${cueAlternation(['meet-noun'])}|visit|trip|tour)\\b))`, 'g');
  return titleRe;
}

/** "the head of the Kazakh diplomatic service", "the chief of Portuguese diplomacy": the country's foreign minister. */
const DIPLOMACY_HEAD = /\bthe\s+(?:head|chief)\s+of\s+(?:the\s+)?(§C\d+)\s+(?:diplomatic\s+service|diplomacy|foreign\s+ministry|foreign\s+office|ministry\s+of\s+foreign\s+affairs)\b/g;

/** Titles naming no one serving now ("the former president", "the late king"). */
const NOT_SERVING = /^(?:former|late|ex|outgoing|previous|then)\b/;
/** Words of rank: a "vice minister" is no minister, a "deputy foreign minister" no foreign minister. */
const RANK = /^(?:vice|deputy|assistant|junior|under|associate|state|prime|first|executive|acting|former)\b/;
const RANKS = /\b(?:vice|deputy|assistant|junior|under|associate|former|prime)\b/g;

/** The rules telling a meeting by its host, with the guest as object ("received", "hosted") or as subject ("was received by"). */
const HOSTED = new Set(['host-verb', 'hosted-by', 'being-hosted']);

/**
 * Whether a title told alone ("vice minister", "special envoy") is one a person was named with ("executive vice foreign
 * minister", "special envoy of the secretary-general"): its words in order, and no rank word the person's title adds.
 */
export function titleFits(told: string, title: string): boolean {
  const words = title.split(/[\s,]+/);
  let at = 0;
  for (const w of told.split(/\s+/)) {
    at = words.findIndex((x, i) => i >= at && (x === w || x === `${w}s`)) + 1;
    if (at === 0) return false;
  }
  return (title.match(RANKS) ?? []).every((r) => told.split(/\s+/).includes(r));
}

/**
 * "the special envoy of the secretary-general for the §L2 , §P3": a title told before the name it stands in apposition
 * to, with a title noun in it. Places and bodies in it stay placeholders.
 */
function apposedTitles(view: SentenceView): [EntityFact, string][] {
  apposedRe ??= new RegExp(`(?:^|[,;:–—(]\\s*)the\\s+((?:[a-z-]+|§[LCO]\\d+)(?:\\s+(?:[a-z-]+|§[LCO]\\d+|,)){0,20}?)\\s*,\\s*§P(\\d+)`, 'g');
  const out: [EntityFact, string][] = [];
  for (const m of view.skeleton.matchAll(apposedRe)) {
    const holder = view.slots[Number(m[2])]?.entity;
    if (holder && LEADING_TITLE_NOUN().test(m[1] as string) && !CLAUSE_WORD.test(m[1] as string)) out.push([holder, m[1] as string]);
  }
  return out;
}
let apposedRe: RegExp | undefined;
let titleNoun: RegExp | undefined;
/** A title noun among the phrase's first words ("special envoy of …", "§C0 minister of …"). */
const LEADING_TITLE_NOUN = (): RegExp => (titleNoun ??= new RegExp(`^(?:(?:[a-z-]+|§C\\d+)\\s+){0,3}?(?:${cueAlternation(['title-noun'])})\\b`));
/** A sentence whose subject is no name (an unknown name is lowercase in the skeleton too: "sugiono returned …, where he met"). */
const UNNAMED_SUBJECT = new RegExp(`^${OPENING}(?:the|a|an|this|that|his|her|their|its|he|she)\\s`);
let titleWord: RegExp | undefined;
/** A title or group noun anywhere: a person may be told by it. */
const TITLE_WORD = (): RegExp => (titleWord ??= new RegExp(`\\b(?:${cueAlternation(['title-noun', 'pair-noun'])})\\b`));
/** Words of a clause rather than a title ("the chancellor was received by his counterpart , §P2"). */
const CLAUSE_WORD = /\b(?:was|were|is|are|be|been|being|has|have|had|will|would|by|his|her|their|its|who|which|that|said|says)\b/;


/**
 * Who a sentence means when it names nobody: "he" (the first person of the last sentence naming one), "the two
 * leaders" (the two people of the last meeting), "the Uzbek minister" (the most mentioned Uzbek so far). A skeleton
 * is rewritten with the referent's placeholder only when a meeting or visit then involves it.
 */
export class Referents {
  /** Whom the last sentence naming someone was about: its opening pronoun's or title's referent, else the first person it names. */
  private subject: EntityFact | undefined;
  /** The referent of the pronoun or title opening the sentence being read. */
  private opening: EntityFact | undefined;
  private pair: EntityFact[] = [];
  /** Whether the pair met (or agreed) in an event told, rather than being merely named together. */
  private pairMet = false;
  /** The people of each meeting told, with the number of sentences telling it: whom "the three ministers" means. */
  private readonly groups: { people: EntityFact[]; told: number }[] = [];
  /** The lists of three or more people ("A , B , C and D") told so far, the latest first: whom "the four" means when no meeting of four was told. */
  private readonly listed: EntityFact[][] = [];
  /** People in the order they were last named. */
  private readonly seen: EntityFact[] = [];
  /** The visitor of the last visit told, or the guest of the last meeting told by its host: "the visiting prime minister", "the guest". */
  private visitor: EntityFact | undefined;
  /** The lowercase titles each person was named with. */
  private readonly titles = new Map<EntityFact, string[]>();
  /** Everyone the article names, with the titles named anywhere in it: "the German chancellor" may open the article. */
  private readonly everyone: EntityFact[];
  private readonly allTitles = new Map<EntityFact, string[]>();
  /** The roles each person holds anywhere in the article, for "his counterpart". */
  private readonly roles = new Map<EntityFact, Set<string>>();
  /** The country each person holds a post in, known before the posts are resolved. */
  private readonly countries = new Map<EntityFact, string>();
  /** Per bare title ("the prime minister"), the people named in a sentence it is the subject of: someone else than it. */
  private readonly notTitled = new Map<string, Set<EntityFact>>();
  /** Bare titles a sentence opens with before the article names anyone: someone the article never names (a readout's author). */
  private readonly unnamed = new Set<string>();
  /** The visit being told: whom "his host" and "the president" of the visited country mean. */
  private readonly encounter: Encounter;

  constructor(views: SentenceView[] = []) {
    this.everyone = slotPersons(views.flatMap((v) => v.slots));
    const stated = views.flatMap((v) => v.posts);
    // "his Lithuanian counterpart §P2": §P2 holds the subject's post in that country (a post stated of §P2 wins).
    const postsOf = (p: EntityFact): PostMention[] => stated.filter((post) => post.holder === p);
    for (const post of [...views.flatMap((v) => counterpartPosts(v, postsOf)), ...stated]) {
      this.roles.set(post.holder, (this.roles.get(post.holder) ?? new Set()).add(post.role));
      if (post.in?.kind === 'country' && post.in.country) this.countries.set(post.holder, post.in.country);
    }
    for (const post of stated) this.allTitles.set(post.holder, [...(this.allTitles.get(post.holder) ?? []), post.title.toLowerCase()]);
    for (const view of views) for (const [holder, title] of apposedTitles(view)) this.learnTitle(holder, title);
    const firstNaming = views.findIndex((v) => slotPersons(v.slots).length > 0);
    views.forEach((view, i) => this.noteSubjectTitles(view, firstNaming < 0 || i <= firstNaming));
    this.encounter = new Encounter({ everyone: this.everyone, countryOf: (p) => this.countryOf(p), roles: (p) => this.roles.get(p) ?? new Set(), holds: (p, role) => this.holds(p, role) });
  }

  /** "The Prime Minister spoke to the Prime Minister of Canada, §P1": whoever the sentence names is not "the prime minister". */
  private noteSubjectTitles(view: SentenceView, first: boolean): void {
    for (const m of view.skeleton.matchAll(titlePhrase())) {
      if (m[1] !== undefined || m[2] !== undefined || !SUBJECT_PLACE.test(view.skeleton.slice(0, m.index))) continue;
      const title = m[3] as string;
      for (const p of slotPersons(view.slots)) this.notTitled.set(title, (this.notTitled.get(title) ?? new Set()).add(p));
      if (first) this.unnamed.add(title);
    }
  }

  resolve(view: SentenceView): void {
    toldSkeletons.set(view, view.skeleton);
    this.opening = undefined;
    this.pronoun(view);
    this.objectPronoun(view);
    this.group(view);
    this.titled(view);
    // After the titles: "the Ivorian premier leaves for §L1 , where he is expected to meet" is about the premier.
    this.innerPronoun(view);
    this.counterpart(view);
    this.host(view);
    this.ownerlessMeeting(view);
    this.joinedMeeting(view);
  }

  /** "§P0 had been due to join the talks by video link": the people of the last meeting told, joined by §P0 (not one of them). */
  private joinedMeeting(view: SentenceView): void {
    const m = JOINED_MEETING().exec(view.skeleton);
    const joiner = m ? view.slots[Number(m[2])]?.entity : undefined;
    const joined = this.groups[this.groups.length - 1]?.people ?? [];
    if (!m || !joiner || joined.includes(joiner)) return;
    const slots = joined.map((p) => addPersonSlot(view, p));
    this.keepIf(view, `${view.skeleton.slice(0, m.index)}${m[1]}${slotList(slots)} for ${m[3]}${view.skeleton.slice(m.index + m[0].length)}`, slots);
  }

  /**
   * "A planned meeting with §P0 , slated for §D1 , has been postponed": a meeting of whom the sentence before was about
   * ("a planned meeting between §P2 and §P0").
   */
  private ownerlessMeeting(view: SentenceView): void {
    const m = OWNERLESS_MEETING().exec(view.skeleton);
    if (!m || !this.subject || slotPersons(view.slots).length !== 1 || view.slots.some((s) => s.entity === this.subject)) return;
    const slot = addPersonSlot(view, this.subject);
    this.keepIf(view, `${m[1]} between §P${slot} and ${m[2]}${view.skeleton.slice(m[0].length)}`, [slot]);
  }

  /** Records what a read sentence names and the events told in it. */
  remember(view: SentenceView, events: EventFact[]): void {
    const people = slotPersons(view.slots);
    for (const p of people) {
      if (this.seen.includes(p)) this.seen.splice(this.seen.indexOf(p), 1);
      this.seen.push(p);
    }
    this.listed.unshift(...personLists(view).reverse());
    const first = /§P(\d+)/.exec(view.skeleton);
    this.subject = this.opening ?? (first ? view.slots[Number(first[1])]?.entity : undefined) ?? this.subject;
    for (const post of view.posts) this.titles.set(post.holder, [...(this.titles.get(post.holder) ?? []), post.title.toLowerCase()]);
    this.visitor = this.toldVisitor(view, events) ?? this.visitor;
    this.encounter.note(view, events);
    const met = events.find((e) => (e.kind === 'meeting' || e.kind === 'agreement') && e.participants.length >= 2);
    const byId = new Map(people.map((p) => [p.id, p]));
    const pair = met ? met.participants.map((id) => byId.get(id)).filter((p): p is EntityFact => p !== undefined) : [];
    if (pair.length >= 2) [this.pair, this.pairMet] = [pair.slice(0, 2), true];
    if (pair.length >= 2) this.toldGroup(pair);
    else if (people.length === 2 && !this.pairMet) this.pair = people;
  }

  /** The visitor of the sentence's last visit, else the guest of its last meeting told by the host ("§P0 received §P1", "§P1 was received by §P0"). */
  private toldVisitor(view: SentenceView, events: EventFact[]): EntityFact | undefined {
    const visit = events.filter((e) => e.kind === 'visit').pop();
    if (visit?.visitor) return slotPersons(view.slots).find((p) => p.id === visit.visitor);
    const hosted = eventMatches(view.skeleton).filter((r) => r.kind === 'meeting' && HOSTED.has(r.rule)).pop();
    if (!hosted) return undefined;
    const guests = hosted.rule === 'host-verb' ? hosted.participants.filter((n) => !hosted.subjects.includes(n)) : hosted.subjects;
    const people = slotPersons(guests.map((n) => view.slots[n]));
    return people.length === 1 ? people[0] : undefined;
  }

  /** Notes a title the person is named with ("special envoy of the secretary-general"), for later "the special envoy". */
  private learnTitle(holder: EntityFact, title: string): void {
    for (const titles of [this.titles, this.allTitles]) if (!(titles.get(holder) ?? []).includes(title)) titles.set(holder, [...(titles.get(holder) ?? []), title]);
  }

  private toldGroup(people: EntityFact[]): void {
    const same = this.groups.findIndex((g) => g.people.length === people.length && g.people.every((p) => people.includes(p)));
    const told = same >= 0 ? this.groups.splice(same, 1)[0].told + 1 : 1;
    this.groups.push({ people, told });
  }

  /** The group of that many people (each fitting the noun) told most often, else the most mentioned one, else the one told last. */
  private groupOf(count: number, fits: (p: EntityFact) => boolean): EntityFact[] {
    const mentioned = (g: { people: EntityFact[] }): number => g.people.reduce((n, p) => n + p.mentions.length, 0);
    const groups = this.groups.filter((g) => g.people.length === count && g.people.every(fits));
    const better = (g: (typeof groups)[number], best: (typeof groups)[number]): boolean => g.told > best.told || (g.told === best.told && mentioned(g) >= mentioned(best));
    return groups.reduce<(typeof groups)[number] | undefined>((best, g) => (!best || better(g, best) ? g : best), undefined)?.people ?? [];
  }

  /** "he"/"she": the first person of the last sentence naming one; "they": the pair of the last meeting. */
  private pronoun(view: SentenceView): void {
    const m = PRONOUN_SUBJECT.exec(view.skeleton);
    if (!m) return;
    const rest = view.skeleton.slice(m[0].length);
    if (m[2] === 'they') {
      if (!this.pairMet) return;
      const [a, b] = this.pair.map((p) => addPersonSlot(view, p));
      this.keepIf(view, `${m[1]}§P${a} and §P${b} ${rest}`, [a, b], true);
      return;
    }
    const antecedent = this.subject;
    if (!antecedent) return;
    this.opening = antecedent;
    const slot = addPersonSlot(view, antecedent);
    this.keepIf(view, `${m[1]}§P${slot} ${rest}`, [slot], true);
  }

  /**
   * "§P0 was last in the region §D1 , when he visited §L2", "§P0 said §P1 will travel to §L2 , where he …": the subject of
   * the last event told before the pronoun (not a mere co-occurrence), else the sentence's first person, else, when the
   * subject is no name and no title before it may be the one meant ("the §C0 premier left §L1 , where he …"), whom the
   * sentence before was about ("his busiest day came on §D0 , when he received §P1", "the stop came after a visit to
   * §C0 , during which he met").
   */
  private innerPronoun(view: SentenceView): void {
    // "he held talks with A and on §D2 he was received by B": each pronoun in turn.
    for (let m = execFrom(PRONOUN_INNER, view.skeleton, 0); m; m = execFrom(PRONOUN_INNER, view.skeleton, m.index + m[0].length)) {
      const before = m.index;
      const told = matchRules(view.skeleton).filter((r) => r.at < before && r.subjects.length === 1 && r.rule !== 'co-occurrence').sort((a, b) => a.at - b.at).pop();
      const first = /§P(\d+)/.exec(view.skeleton.slice(0, before))?.[1];
      const own = told ? told.subjects[0] : first !== undefined ? Number(first) : undefined;
      const lead = view.skeleton.slice(0, before);
      const antecedent = own !== undefined ? view.slots[own]?.entity : UNNAMED_SUBJECT.test(lead) && !TITLE_WORD().test(lead) ? this.subject : undefined;
      if (!antecedent) continue;
      const slot = addPersonSlot(view, antecedent);
      const at = m.index + m[1].length + m[2].length;
      this.keepIf(view, `${view.skeleton.slice(0, at)}§P${slot} ${view.skeleton.slice(m.index + m[0].length)}`, [slot], true);
    }
  }

  /**
   * "X accompanied him to …": a person named earlier in the sentence than the verb's subject ("§P0 chose §C1 ; §P5
   * received him"), else the first person of the last sentence naming one, when this one does not name them.
   */
  private objectPronoun(view: SentenceView): void {
    // "took him first to §L4 , where §P5 received him": each pronoun in turn, until one tells an event.
    for (const m of [...view.skeleton.matchAll(PRONOUN_OBJECT)]) if (this.objectPronounAt(view, m)) return;
  }

  private objectPronounAt(view: SentenceView, m: RegExpMatchArray & { index: number }): boolean {
    const found = [...view.skeleton.slice(0, m.index).matchAll(/§P(\d+)/g)];
    const before = found.map((p) => view.slots[Number(p[1])]?.entity);
    const last = found[found.length - 1];
    // "said §P0 would travel , and that a meeting between him and §P3": the last person, in a clause of its own.
    const ownClause = last !== undefined && CLAUSE_BREAK.test(view.skeleton.slice(last.index + last[0].length, m.index));
    const subject = before.pop();
    const earlier = ownClause ? subject : before.find((p) => p !== undefined && p !== subject);
    const previous = this.subject;
    const antecedent = earlier ?? (view.slots.some((s) => s.entity === previous) ? undefined : previous);
    if (!antecedent) return false;
    const slot = addPersonSlot(view, antecedent);
    return this.keepIf(view, `${view.skeleton.slice(0, m.index)}§P${slot}${view.skeleton.slice(m.index + m[0].length)}`, [slot]);
  }

  /**
   * "the two leaders": the pair of the last meeting, else the two people of known country named last; "the three
   * ministers": the three people of the meeting told most often, else of the last list of three told ("A , B and C were
   * greeted … The three sat down with D"); "the two" alone after people the sentence names: those of its meeting told
   * before. Brought "together" by someone the sentence names, or "his three counterparts": others than them.
   */
  private group(view: SentenceView): void {
    const re = groupPhrase();
    re.lastIndex = 0;
    // "the two ministers held a call with C , during which the three sides agreed": each group phrase in turn.
    for (let m = re.exec(view.skeleton); m !== null; m = execFrom(re, view.skeleton, m.index + 1)) this.groupAt(view, m);
  }

  private groupAt(view: SentenceView, m: RegExpExecArray): void {
    const g = m.groups;
    if (!g) return;
    const count = g.duo || g.both ? 2 : (numberWords().get(g.n ?? g.alone ?? '') ?? 0);
    const alone = g.alone ?? g.duo;
    const own = g.poss || TOGETHER.test(view.skeleton.slice(m.index + m[0].length)) ? view.slots.map((s) => s.entity) : [];
    const fits = this.nounFits(g.noun);
    const titled = this.nounFits(g.noun, true);
    const others = (people: EntityFact[]): EntityFact[] => people.filter((p) => !own.includes(p));
    const namesBefore = view.skeleton.slice(0, m.index).includes('§P');
    const pair = others(this.pair);
    // "the two ministers" are no pair of presidents; when the sentence names one of them, not two others named before.
    const lastTwo = (): EntityFact[] =>
      fits === anyone ? others(this.seen.filter((p) => p.country)).slice(-2) : !namesBefore || own.length > 0 ? others(this.seen.filter(titled)).slice(-2) : [];
    // "A met B , and the two sides agreed": the people of the sentence's own meeting told before; "A discussed it with
    // B when the two spoke": with no meeting told, the very people the sentence names before.
    const told = namesBefore ? this.toldBefore(view, m.index) : [];
    const named = namedBefore(view, m.index);
    // "a call between A and B, in which the two men discussed": as many people named before as the group counts, each fitting its noun.
    if (told.length === 0 && named.length === count && (alone || named.every(fits))) told.push(...named);
    // Before any meeting, "the two" of a visit told are the visitor and the host.
    const visit = this.pairMet ? [] : others(this.encounter.parties(fits));
    // "A , B and C arrived … D received the delegation , where the four leaders discussed": a list told before, with those named before if it counts them.
    const many = (): EntityFact[] => {
      const met = others(this.groupOf(count, fits));
      if (met.length > 0) return met;
      const guests = g.poss ? [] : named.filter((p) => !this.listed.some((l) => l.includes(p)));
      const list = this.listed.find((l) => (l.length === count || l.length + guests.length === count) && [...l, ...guests].every((p) => alone || fits(p)));
      return others(list ? (list.length === count ? list : [...guests, ...list]) : []);
    };
    const group = g.poss ? many() : (alone && namesBefore) || told.length === count ? told : count !== 2 ? many() : visit.length === 2 ? visit : pair.length === 2 && pair.every(fits) ? pair : lastTwo();
    if (group.length !== count) return;
    const slots = group.map((p) => addPersonSlot(view, p));
    const phrase = g.and ? `${slots.map((n) => `§P${n}`).join(' , ')}${g.and}` : slotList(slots);
    this.keepIf(view, view.skeleton.slice(0, m.index) + phrase + view.skeleton.slice(m.index + m[0].length), slots);
  }

  /**
   * Whom a group noun may name: "ministers" the people holding a minister's post or title (or, unless `known`, none
   * known), "leaders" heads of state or government (or none known) when two are named, else anyone, as "sides".
   */
  private nounFits(noun: string | undefined, known = false): (p: EntityFact) => boolean {
    const singular = noun?.replace(/s$/, '').replace(/s of /, ' of ');
    if (!noun || !singular) return anyone;
    const role = roleOfForm(noun) ?? roleOfForm(singular);
    const holding = (roles: string[]) => (p: EntityFact): boolean => roles.some((r) => this.holds(p, r));
    // "Leaders" name heads of state or government only when the article names two of them.
    const leaders = singular === 'leader' && this.everyone.filter(holding(LEADER_ROLES)).length >= 2;
    const roles = leaders ? LEADER_ROLES : role !== undefined ? [role] : [];
    const titled = (p: EntityFact): boolean => (this.allTitles.get(p) ?? []).some((t) => titleFits(singular, t));
    if (roles.length === 0 && !this.everyone.some(titled)) return anyone;
    return (p) => titled(p) || holding(roles)(p) || (!known && !this.allTitles.has(p) && !this.roles.has(p));
  }

  /** "X hosted Y …, before the two were joined by Z": the people of the sentence's last meeting told before `at`. */
  private toldBefore(view: SentenceView, at: number): EntityFact[] {
    const told = eventMatches(view.skeleton).filter((r) => r.kind === 'meeting' && r.end <= at).pop();
    return told ? slotPersons(told.participants.map((n) => view.slots[n])) : [];
  }

  /** "the Uzbek minister … the visiting prime minister": each title phrase of the sentence, as one rewrite. */
  private titled(view: SentenceView): void {
    const re = titlePhrase();
    const named = view.slots.map((s) => s.entity);
    const slots: number[] = [];
    const skeleton = view.skeleton.replace(DIPLOMACY_HEAD, 'the $1 foreign minister');
    const rewritten = skeleton.replace(re, (phrase: string, visiting: string | undefined, countrySlot: string | undefined, title: string, at: number) => {
      if (NOT_SERVING.test(title)) return phrase;
      const referent = this.titledPerson(view, named, visiting !== undefined, countrySlot, title);
      if (!referent || slots.some((n) => view.slots[n]?.entity === referent)) return phrase;
      // The same words name the same person further on.
      this.learnTitle(referent, title);
      if (SUBJECT_PLACE.test(skeleton.slice(0, at))) this.opening = referent;
      const slot = addPersonSlot(view, referent);
      slots.push(slot);
      return `${visiting ?? ''}§P${slot}`;
    });
    if (slots.length > 0) this.keepIf(view, ...this.withOpeningPronoun(view, rewritten, slots));
  }

  /**
   * "He was received by the president": the opening pronoun, which alone told no event, is whom the sentence before
   * was about here too.
   */
  private withOpeningPronoun(view: SentenceView, rewritten: string, slots: number[]): [string, number[]] {
    const m = PRONOUN_SUBJECT.exec(rewritten);
    const antecedent = this.subject;
    if (!m || m[2] === 'they' || !antecedent || slots.some((n) => view.slots[n]?.entity === antecedent)) return [rewritten, slots];
    const slot = addPersonSlot(view, antecedent);
    return [`${m[1]}§P${slot} ${rewritten.slice(m[0].length)}`, [...slots, slot]];
  }

  /**
   * Of that country (holding that title so far, else anywhere, else anyone of it named so far), else the visitor for "the
   * visiting …", else those named so far holding that title (or the role it names). A title no one in the article holds
   * ("the chancellor" for a foreign minister) is the subject of the last sentence naming someone, as "he" would be.
   */
  private titledPerson(view: SentenceView, named: (EntityFact | undefined)[], visiting: boolean, countrySlot: string | undefined, title: string): EntityFact | undefined {
    const country = countrySlot !== undefined ? view.slots[Number(countrySlot)]?.entity?.country : undefined;
    const role = roleOfForm(title) ?? (RANK.test(title) ? undefined : roleOfForm(title.replace(/^\S+\s+/, '')));
    const others = this.notTitled.get(title);
    const titled = (p: EntityFact, titles = this.allTitles): boolean =>
      !others?.has(p) && ((titles.get(p) ?? []).some((t) => titleFits(title, t)) || (role !== undefined && this.holds(p, role)));
    const ofCountry = this.seen.filter((p) => this.countryOf(p) === country);
    const untitled = (p: EntityFact): boolean => !this.allTitles.has(p) && !this.roles.has(p);
    const subject = this.subject;
    const people = country
      ? firstNonEmpty(
          ofCountry.filter((p) => titled(p)),
          this.everyone.filter((p) => this.countryOf(p) === country && titled(p)),
          // "Prime Minister X" named without a country; not one the sentence names ("the Nepali prime minister has met §P1").
          this.seen.filter((p) => this.countryOf(p) === undefined && !named.includes(p) && titled(p)),
          // Anyone of it, unless titled otherwise: a "leader" is titled so by no one.
          role !== undefined || this.everyone.some((p) => titled(p)) ? ofCountry.filter(untitled) : ofCountry,
        )
      : visiting && this.visitor
        ? [this.visitor]
        : firstNonEmpty(
            this.seen.filter((p) => !named.includes(p) && titled(p, this.titles)),
            // "X arrived in Colombo. He was received by the president": the visited country's, wherever the article names them.
            [this.encounter.host((p) => !named.includes(p) && titled(p))].filter((p): p is EntityFact => p !== undefined),
            subject && !named.includes(subject) && !others?.has(subject) && !this.unnamed.has(title) && !this.everyone.some((p) => titled(p)) ? [subject] : []);
    // The main actor: most mentioned in the article; on a tie, the one named last.
    return people.reduce<EntityFact | undefined>((best, p) => (!best || p.mentions.length >= best.mentions.length ? p : best), undefined);
  }

  private countryOf(p: EntityFact): string | undefined {
    return p.country ?? this.countries.get(p);
  }

  /** Whether the person holds the role, or one under it, anywhere in the article. */
  private holds(p: EntityFact, role: string): boolean {
    return [...(this.roles.get(p) ?? [])].some((r) => withAncestors(r).includes(role));
  }

  /**
   * "§P0 invited his §C1 counterpart to visit …" (no name after it): the most mentioned person of another country
   * (of that country, when told) holding one of the subject's roles.
   */
  private counterpart(view: SentenceView): void {
    const m = COUNTERPART.exec(view.skeleton);
    const subjectSlot = m ? [...view.skeleton.slice(0, m.index).matchAll(/§P(\d+)/g)].pop()?.[1] : undefined;
    const subject = subjectSlot !== undefined ? view.slots[Number(subjectSlot)]?.entity : undefined;
    if (!m || !subject) return;
    const country = m[1] !== undefined ? view.slots[Number(m[1])]?.entity?.country : undefined;
    const roles = this.roles.get(subject) ?? new Set<string>();
    const of = (p: EntityFact): string | undefined => this.countryOf(p);
    const peers = this.everyone.filter((p) => p !== subject && of(p) !== of(subject) && [...(this.roles.get(p) ?? [])].some((r) => roles.has(r)));
    // Of the country told, else of a country not known (a post named without its country).
    const told = firstNonEmpty(peers.filter((p) => !country || of(p) === country), peers.filter((p) => of(p) === undefined));
    const referent = told.reduce<EntityFact | undefined>((best, p) => (!best || p.mentions.length > best.mentions.length ? p : best), undefined);
    if (!referent) return;
    const slot = addPersonSlot(view, referent);
    this.keepIf(view, `${view.skeleton.slice(0, m.index)}§P${slot}${view.skeleton.slice(m.index + m[0].length)}`, [slot]);
  }

  /** "§P0 held talks with her host": the person hosting the visit told. */
  private host(view: SentenceView): void {
    const m = HOST.exec(view.skeleton);
    const host = m ? this.encounter.host() : undefined;
    if (!m || !host || view.slots.some((s) => s.entity === host)) return;
    const slot = addPersonSlot(view, host);
    this.keepIf(view, ...this.withOpeningPronoun(view, `${view.skeleton.slice(0, m.index)}§P${slot}${view.skeleton.slice(m.index + m[0].length)}`, [slot]));
  }

  /**
   * Takes the rewritten skeleton when it tells a meeting or visit involving one of the new slots (as its subject) that
   * the sentence did not already tell with the same people (a backstop's match aside); else drops the slots.
   */
  private keepIf(view: SentenceView, rewritten: string, slots: number[], asSubject = false): boolean {
    const key = (r: RuleMatch, planned = r.planned): string => `${r.kind} ${planned ? 'planned' : 'happened'} ${slotPersons(r.participants.map((n) => view.slots[n])).map((p) => p.id).sort().join(' ')}`;
    // A plan of what the sentence told as done is new ("met …, and the three agreed to meet again"); the reverse is not.
    const told = new Set(eventMatches(view.skeleton).filter((r) => r.rule !== 'co-occurrence').flatMap((r) => [key(r), key(r, false)]));
    const kept = eventMatches(rewritten).some((r) => (asSubject ? r.subjects : r.participants).some((n) => slots.includes(n)) && !told.has(key(r)));
    if (kept) view.skeleton = rewritten;
    else view.slots.length = Math.min(...slots);
    return kept;
  }
}

const toldSkeletons = new WeakMap<SentenceView, string>();

/** The sentence's skeleton as told, before referents took the place of its titles and pronouns ("the French president"). */
export function toldSkeleton(view: SentenceView): string {
  return toldSkeletons.get(view) ?? view.skeleton;
}

/** The people the sentence names before `at`, each once, not as an owner ("§P0 's adviser"). */
function namedBefore(view: SentenceView, at: number): EntityFact[] {
  return slotPersons([...view.skeleton.slice(0, at).matchAll(/§P(\d+)(?!\s+'s\b)/g)].map((p) => view.slots[Number(p[1])]));
}

/** "§C0 's §P1 , §C2 's §P3 , §P4 and §P5": the people of each list of three or more the sentence tells. */
function personLists(view: SentenceView): EntityFact[][] {
  return [...view.skeleton.matchAll(PERSON_LIST)].map((m) => slotPersons([...m[0].matchAll(/§P(\d+)/g)].map((p) => view.slots[Number(p[1])]))).filter((l) => l.length >= 3);
}

/** The first match of a global expression at or after `from`. */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

const anyone = (): boolean => true;

function firstNonEmpty<T>(...lists: T[][]): T[] {
  return lists.find((l) => l.length > 0) ?? [];
}
