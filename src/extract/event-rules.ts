import { cueAlternation, trigger } from '../lexicon/extraction-lexicon.js';
import { remembered } from '../remembered.js';

/** What one rule match over a sentence skeleton says, before dates, places and ids are attached. */
export interface RuleMatch {
  rule: string;
  kind: 'meeting' | 'visit' | 'statement' | 'agreement';
  /** Slot numbers (from the §X<n> placeholders) of the participants, the visitor and destinations. */
  participants: number[];
  /** The subject side alone ("A" of "A met B"). */
  subjects: number[];
  destinations: number[];
  /** The destination is the place the article is written from ("arrived in the capital", "here"). */
  destinationHere?: boolean;
  planned: boolean;
  cameo: string;
  mode?: string;
  /** Where in the skeleton the match starts, to pick the nearest date. */
  at: number;
  /** Where the event itself is told, when the match opens with another clause ("returned from §L0 on §D1 , where he met …"). */
  eventAt?: number;
  end: number;
  /** A relative clause inside the match ("X, who arrived on Sunday, met Y"): its dates are not the event's. */
  aside?: [number, number];
  /** "held separate talks with A and B", "met separately with": one meeting per person on the listed side. */
  separate?: boolean;
  /** The rule itself tells a planned event ("invited §P1 to visit §C2", "cancelled his visit to"). */
  plannedByRule?: boolean;
}

const escapeForm = (f: string): string => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A date placeholder may stand before a verb's last preposition ("spoke by phone on §D1 with"). */
const DATE_INSIDE = '(?:(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?§D\\d+\\s+)?';

const alternation = (...cues: string[]): string => cueAlternation(cues, (f) => f.replace(/ (with|to|on|by|in|at|from)$/, ` ${DATE_INSIDE}$1`));
/** Where a journey starts, told before its destination ("will travel from §C2 to §L3", "flew from §L1 on §D2 to"). */
const ORIGIN_INSIDE = '(?:from\\s+§[LC]\\d+\\s+(?:,\\s*)?)?';
/** Travel verbs, with a day or the place of departure before their last preposition. */
const journeyAlternation = (cue: string): string => cueAlternation([cue], (f) => f.replace(/ (to|into)$/, ` ${ORIGIN_INSIDE}${DATE_INSIDE}$1`).replace(/ (on|in|at|from)$/, ` ${DATE_INSIDE}$1`));

const PERSON = '§P\\d+';
/** "by phone", "over the telephone", "on the phone": a call told by its manner. */
const BY_PHONE = '(?:by|over\\s+the|on\\s+the)\\s+(?:tele)?phone';
/** A date right after a match's objects, taken into the match so that it counts as the event's own. */
const DATE_AFTER = '(?:\\s+(?:on\\s+)?§D\\d+)?';
/** A word of a title: no relative clause, verb or place phrase ("§P2 , who is accompanying the prime minister , and §P3", "the amir at the palace and §P3"). */
const TITLE_WORD = '(?!(?:who|whom|whose|which|that|is|was|are|were|has|have|had|will|would|said|says|at|during|after|before|with|from)\\b)[a-z-]+';
/**
 * Title words the person's mention left outside: "§C1 's prime minister and §P2", "the minister of … of the §C3 , §P4",
 * "the head of §C1 's §O2 , §P3", "the §C2 ambassador to §C3 and special envoy for §C4 , §P5", and title words right before
 * the name after a slot ("§O0 foreign affairs chief §P1").
 */
const LOOSE_TITLE = `(?:(?:the\\s+)?(?:§C\\d+\\s+(?:'s\\s+)?)?(?:${TITLE_WORD}\\s+)(?:(?:${TITLE_WORD}|,|§O\\d+|(?:to|for|in)\\s+(?:the\\s+)?§C\\d+)\\s+){0,16}?(?:of\\s+(?:the\\s+)?(?:§C\\d+\\s+'s\\s+)?§[CO]\\d+\\s+)?(?:,|–|and)\\s+|§[COL]\\d+\\s+(?:'s\\s+)?(?:[a-z-]+\\s+){0,3}?(?=§P))?`;
/** "his North Korean counterpart", "her French and Polish counterparts ,". */
const COUNTERPART = `(?:(?:his|her|their)\\s+(?:§C\\d+\\s+(?:(?:,|and)\\s+§C\\d+\\s+)*)?(?:[a-z-]+\\s+)?counterparts?\\s*,?\\s*(?:[a-z]+\\s+(?=§P))?)?`;
/** An honorific the person's mention left outside ("a phone conversation with prince §P2", "called on his [Excellency] §P1"). */
// "he §P1", "hh §P1": "H.E.", "HH" lowercased; "the then §P4": a past holder named at the time of the event.
// "§C3 's president , captain §P4", "head of state , general §P7": a military rank.
const HONORIFIC = '(?:prince|princess|sheikh|sheikha|king|queen|emir|crown\\s+prince|(?:lieutenant\\s+|brigadier\\s+|major\\s+)?general|captain|colonel|lieutenant\\s+colonel|field\\s+marshal|marshal|admiral|h\\.[eh]|he|hh|hon|dr|(?:his|her|their)(?:\\s+(?:royal\\s+)?(?:majesty|highness|excellency|holiness))?|(?:the\\s+)?then)';
/** "and acting §P2": a word on the holder's standing that the mention, naming the post alone, left outside. */
const STANDING = '(?:acting|interim|caretaker|outgoing|incoming)';
/** "§P0 of §C1 , §P2 of §C3 and §P4 of §C5": the country a listed person speaks for, closing the item. */
const PERSON_OF = '(?:\\s+of\\s+(?:the\\s+)?§C\\d+(?=\\s*(?:,|and\\b|[-–])))?';
/** A person as one item of a list, with what may stand before the name. */
// "the §P1": a person phrase that opens with its title ("the Foreign Minister of Egypt, X,") leaves its article outside.
const ITEM = `(?:visiting\\s+|h\\.[eh]\\s+)?${COUNTERPART}${LOOSE_TITLE}(?:${STANDING}\\s+)?(?:${HONORIFIC}\\s+|the\\s+(?=§P))?${PERSON}${PERSON_OF}`;
const LIST = `${ITEM}(?:\\s*,\\s*${ITEM})*(?:\\s*,?\\s*and\\s+${ITEM})?`;
/** "A , who flew in with §P4 , and B received C": a relative clause on one subject of a list (its persons are no subjects: see SUBJECT_ASIDE_TEXT). */
const SUBJECT_ASIDE = '(?:\\s*,\\s*(?:who|whose)\\s+(?:[^,;."§]|§[PCLDO]\\d+){1,80}?(?=\\s*,\\s*and\\s))?';
// A subject list starts at a name, so that a rule is tried only where a name stands.
const SUBJECTS = `${PERSON}${PERSON_OF}${SUBJECT_ASIDE}(?:\\s*,\\s*${ITEM}${SUBJECT_ASIDE})*(?:\\s*,?\\s*and\\s+${ITEM})?`;
/** A subject is no object of a meeting told just before it ("met §P1 at the palace and held talks with §P2": §P1 holds no talks). */
const NOT_OBJECT = '(?<!\\b(?:met|meets|received|receives|hosted|hosts|with)\\s+(?:[a-z-]+\\s+){0,3}?)';
/**
 * A traveller: a subject list that is no preposition's object ("lobbied for §P1 … and flew", "the grave of national
 * leader §P1"), unless a relative clause makes it one ("talks with §P2 , the adviser , who flew in from", "for which §P1 will travel").
 */
const VISITORS = `(?:(?<!\\b(?:of|for|with|by|from|against|about)\\s+(?:(?!(?:which|whom)\\b)[a-z-]+\\s+){0,2})|(?=${PERSON}\\s*,\\s*(?:(?:[^.;",§]|§[CO]\\d+)+,\\s*)?who\\b))${SUBJECTS}`;
/** "will meet §P1 on §D2 before travelling to": the one met (with no relative clause of their own) is not who travels on. */
const NOT_MET = `(?!(?<=\\b(?:met|meet|meets|meeting|received|receives|receive|hosted|hosts|host)\\s+(?:with\\s+)?)${PERSON}(?!\\s*,?\\s*who\\b))`;
/** A verb's modal telling what is not (yet) done. */
const MODAL = '(?:will|would|could|may|might|shall|should)';
const PAIR = `${PERSON}${PERSON_OF}(?:\\s*,\\s*${ITEM})*\\s*,?\\s*and\\s+${ITEM}`;
/**
 * ", also a member of the §O1 of the §O2 ," or "and minister of foreign affairs ," or ", §P1 's son-in-law ," after a
 * subject, or the tail of a title the name's mention swallowed ("§P0 of state at the §O1 ,"), or ", a businessman whom
 * §P2 named as his adviser ,".
 */
const APPOSITION = `\\s*(?:(?:,|and|of)\\s+(?:(?:[a-z'-]+|§[COL]\\d+|§P\\d+\\s+'s)\\s+){1,24}?|,?\\s*(?:(?:[a-z'-]+|§[CO]\\d+)\\s+){0,24}?(?<whom>(?:whom|whose)\\s+(?:(?:[a-z'-]+|§[CODP]\\d+)\\s+){1,20}?)),`;
/** ", who took office last month in the government of §P2 ," between a subject and its verb. */
const RELATIVE = `\\s*,?\\s*who\\s+(?<relative>[^;"]{1,160}?)\\s*,`;
/** The comma closing an apposition that opened before the subject ("the head of state , §P0 , received", "… , senator the §P0 , spoke"). */
const CLOSING_COMMA = `(?<=,\\s+(?:[a-z.]+\\s+){0,2}§P\\d+(?:\\s*,?\\s*(?:and\\s+)?§P\\d+)*\\s*)\\s*,`;
// Words between the subject and its verb: no other entity, no clause end ("§P0 also on §D1 met …").
// Not "and": a name followed by "and <verb>" is the object of the verb before ("was received by §P5 and held talks with").
/** A parenthetical set off by commas inside a clause: ", however ,", ", for his part ,", ", according to the §O1 ,". */
const PARENTHETICAL = '\\s*,\\s*(?:however|though|too|also|meanwhile|moreover|in\\s+turn|in\\s+addition|for\\s+(?:his|her|their|its)\\s+part|likewise|nonetheless|nevertheless|instead|in\\s+the\\s+meantime|according\\s+to\\s+(?:(?:[a-z\'-]+|§[CO]\\d+)\\s+){1,8}?)\\s*,\\s*';
const GAP = `(?<pre>(?!\\s*and\\s)(?:${PARENTHETICAL}|(?!§[PCOL]|\\b(?:before|after|upon|while)\\s+being\\b)[^.;",]){0,60}?)`;
// An apposition may be followed by a relative clause: ", the business secretary , who travelled with him ,".
const SUBJECT_GLUE = `(?:(?:${APPOSITION})?(?:${RELATIVE})?|${CLOSING_COMMA})\\s*(?:,?\\s*who\\s+)?${GAP}`;
/** A journey told before the subject's next verb ("crossed into §C1 by road from §L2 region and"): places and days, no person. */
const TRAVEL_FIRST = '(?:(?:[^.;"§]|§[CLD]\\d+){1,100}?\\s+and\\s+)?';
/** A longer stretch to a later clause ("§P0 has pledged … in §C1 after meeting §P2"): no person, no clause end. */
const LONG_GAP = '(?<pre>(?:(?!§P)[^.;"]){0,200}?)';
/**
 * Within one clause: no sentence end, quote or other person, and no relative clause or attendance, whose people are
 * not the ones meeting ("§P0 , who attended the talks with §P1"), and no participle telling what the subject did
 * ("talks with §P1 before being received by §P2").
 */
const CLAUSE_GAP = '(?:(?!\\b(?:who|whom|whose|which|attend|attends|attended|attending|present|accompanied|accompanying|(?:before|after|upon|while)\\s+being)\\b)(?:[^.;"§]|§[COLD]\\d+)){0,160}?';
/** The place and day phrases of a caption: no verb that would make it a sentence. */
const CAPTION_WORDS = '(?:(?!(?:said|says|told|will|would|was|were|is|are|has|have|had|and)\\b)(?:[a-z\'-]+|§[LOCD]\\d+|,)\\s+){1,12}?';
/** Placed right after a person: they are the first person named after `start` (the sentence's start, or also a ";"). */
const firstPersonAfter = (start: string): string => `(?<=${start}(?:[^§;]|§[CLDO]\\d+)*§P\\d+)`;
/**
 * The sentence's first person and the words of its clause after it, up to a later cue ("§P0 will fly to §L1 to meet §P2
 * before attending …", "§P0 … on a tour that took him to"): the one a participle or a trip later in the sentence is told of.
 * Not past a relative clause, a report or a condition, which tell of someone else or of no fact.
 */
const FIRST_PERSON = firstPersonAfter('^');
const CLAUSE_REST = '(?:(?!\\b(?:who|whom|whose|which|said|says|told|if|unless|whether)\\b)[^.;"]){0,200}?';
const OPENING_PERSON = `(?<!\\b(?:if|unless|whether)\\s+)(?<a>${PERSON})${FIRST_PERSON}\\s+(?<pre>${CLAUSE_REST})`;
/** ", which lasted two hours at a hotel ," or ", held at the §L0 and chaired by the §P1 ," after a gathering's noun; who chaired it is `b`. */
const GATHERING_ASIDE = `,\\s+(?:[^.;"§]|§[COLD]\\d+|"[^.;"]{1,60}"){1,160}?(?:\\b(?:co-)?(?:chaired|hosted|convened)\\s+(?:(?:on\\s+)?§D\\d+\\s+|[a-z]+ly\\s+)?by\\s+(?<b>${ITEM})\\s*)?,?\\s*`;
/** Adjectives and slots between a verb and its noun ("held wide-ranging talks", "held the §O3 consultations", "held 'candid , fruitful' talks"). */
const MODIFIERS = `(?:(?:a|an|the|their|his|her)\\s+)?(?:(?:[a-z'-]+|,|§[COL]\\d+)\\s+){0,8}?`;
/** Where talks were held, told before the partner ("held talks at the foreign ministry in §L3 with", "in the capital on §D2 with"). */
const VENUE_BEFORE_WITH = '(?:(?:in|at)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:(?!with\\b|and\\b)(?:[a-z\'-]+|§[LCO]\\d+)\\s+){1,4}?){1,2}';
/** How a guest was received, told before the host: "in audience", "in a courtesy call", "with full military honours". */
const HOSTED_MANNER = '(?:in\\s+(?:(?:a|an|private|special)\\s+)?(?:[a-z-]+\\s+)?(?:audience|call|meeting)|with\\s+(?:(?:full|great|high)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:honou?rs|ceremony|fanfare|pomp))';
/** Where a host received the guest, told before the guest ("received at his office in the palace this morning his excellency §P2"); not an airport (a greeting). */
const HOST_VENUE = '(?:(?:at|in)\\s+(?:(?:(?!airport|air\\s+base)[a-z\'-]+|§[LO]\\d+|,)\\s+){1,8}?)?';
/** "received , on §D2 at the §L3 in §L4 , §P5": the day and venue set off by commas between the host's verb and the guest. */
const HOST_ASIDE = '(?:,\\s+(?:(?:on\\s+)?§D\\d+\\s+|(?:at|in)\\s+(?:the\\s+)?(?:(?:[a-z\'-]+|§[LO]\\d+)\\s+){1,4}?){1,4},\\s+)?';
/**
 * When a trip is, between its destination and what was done there ("in the third week of §D3 , where", "from §D2 , where",
 * "before the end of the month for talks"): a few words or days, no clause of its own.
 */
const TRIP_TIME = '(?:(?!(?:and|but|or|not|never|failed|refused|declined|unable|without)\\b)(?:[a-z\'-]+|§D\\d+)\\s+){0,6}?';
/** "were also present during the meeting": those present attend another's meeting. */
const NOT_ATTENDING = '(?<!\\b(?:present|presence)\\s+)';
/** Places in a list; a further place must close its list item ("§L2 , §C3 state media said" names one place). */
const PLACES = '§[LC]\\d+(?:\\s*,?\\s*(?:and\\s+)?(?:then\\s+|later\\s+|finally\\s+)?§[LC]\\d+(?=\\s*(?:[,.;]|and\\b|or\\b|on\\b|for\\b|in\\b|to\\b|from\\b|before\\b|after\\b|§D|$)))*';
/** "the northern Tajik city of", "the §C1 capital ,", "the port town of": a place told after what it is. */
const TOWN_OF = '(?:(?:[a-z-]+|§C\\d+)\\s+){0,3}?(?:(?:city|town|port|village|resort|province|region)\\s+of|capital\\s+(?:of|,))\\s+';
/** A destination: places, a venue in a place ("the §O3 in §L4"), or the place written from. */
const DESTINATION = `(?:the\\s+)?(?:§[OL]\\d+\\s+in\\s+|${TOWN_OF})?(?:(?<dest>${PLACES})|(?<here>capital|country|here)\\b)`;

interface Rule {
  name: string;
  kind: RuleMatch['kind'];
  re: RegExp;
  /** A cheap test the skeleton must pass before the rule is tried: one of the words the rule cannot match without. */
  needs: string[];
  /**
   * The rule's words from its cue on, alone: the whole rule can match only where this matches, and this is tried
   * without the costly subject list before it.
   */
  core: RegExp;
  cue: string;
  /** A noun rule: whether it is planned is read from the words before the match ("preparations for a summit …"). */
  noun?: boolean;
  /** A side-clause rule: whether it is planned is read from the start of the long gap, next to the main verb. */
  long?: boolean;
  /** The rule itself tells a planned event ("cancelled his visit to X"). */
  planned?: boolean;
  /** A last resort, tried only when no other rule found a meeting in the sentence. */
  backstop?: boolean;
}

/** The rules in order, and for each word the rules that need it: a skeleton's words name the rules worth trying. */
interface RuleSet {
  rules: Rule[];
  byWord: Map<string, number[]>;
}

let ruleSet: RuleSet | undefined;

function indexByNeeds(rules: Rule[]): RuleSet {
  const byWord = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    for (const word of new Set(rule.needs)) {
      const ids = byWord.get(word);
      if (ids) ids.push(i);
      else byWord.set(word, [i]);
    }
  });
  return { rules, byWord };
}

/** The first words of the cues' phrases (and extra words): a skeleton without any of them as a whole word cannot match. */
function firstWords(cues: string[], extra: string[] = []): string[] {
  return [...new Set([...cues.flatMap((c) => trigger(c).forms.map((f) => f.split(' ')[0] ?? '')), ...extra])].filter((w) => w !== '');
}

function compile(): Rule[] {
  const meet = alternation('meet-verb');
  const host = alternation('host-verb');
  const phone = alternation('phone-verb');
  const video = alternation('video-verb');
  const mutual = alternation('mutual-verb');
  const mutualPhone = alternation('mutual-phone');
  const hold = alternation('hold-verb');
  const talks = alternation('meet-noun');
  const meetNoun = alternation('meet-noun', 'phone-noun', 'video-noun');
  const visit = journeyAlternation('visit-verb');
  const visitNoun = alternation('visit-noun');
  const visitFrame = alternation('visit-frame');
  const around = alternation('meet-around');
  const statement = alternation('statement-verb');
  const pledge = alternation('pledge-verb');
  const sign = alternation('sign-verb');
  const agreement = alternation('agreement-noun');
  const notPerson = alternation('group-noun');
  // "to meet §P5 officials", "met §P5 's top adviser": the person is a modifier, not the one met.
  // "spoke with §P1 and , in a separate call , with §P2": one more person met apart (see SEPARATE).
  // "for talks with the §C7 leadership , §P8 said": the speaker of a report is no one met (not so before "said a statement": the report speaks).
  const objects = `(?<b>${LIST}(?:\\s*,?\\s*and\\s*,\\s*(?:in\\s+a\\s+separate\\s+(?:[a-z-]+\\s+)?(?:${meetNoun})|separately)\\s*,\\s*with\\s+${ITEM})?)(?!\\s+(?:'s\\s+(?:[a-z-]+\\s+){0,2}?)?(?:${notPerson})\\b|\\s+(?:said|says|told)\\b(?!\\s+(?:a|the)\\s+(?:[a-z-]+\\s+)?(?:statement|communiqu[eé]|release|readout)\\b))`;
  // "held a longer session with": a session is a meeting only with someone (two leaders co-chairing a summit session do not meet).
  // "held talks in §L2 on §D3 with", "held talks on §D1 in §L2 with".
  const heldTalksWith = `(?:${hold})\\s+${MODIFIERS}(?:${talks}|sessions?)\\s+(?:${DATE_INSIDE}(?:${VENUE_BEFORE_WITH}|there\\s+|here\\s+))?${DATE_INSIDE}with`;
  /** "discussed trade and the situation in §L2 with", "co-chaired the joint commission with": a topic between the verb and its partner. */
  const discussedWith = `(?:${alternation('topic-verb')})\\s+(?:(?:[a-z'-]+|§[COLD]\\d+|,)\\s+){0,12}?with`;
  const meetWith = `${meet}|${discussedWith}`;
  /** Time spent with someone: "spent §D1 afternoon in talks with", "spent five hours with", "sat down for breakfast on §D1 with". */
  const timeWith = `(?:spent|spends|spending)\\s+(?:(?:[a-z-]+|§D\\d+)\\s+){1,4}?(?:in\\s+(?:(?:the\\s+)?§[LC]\\d+|${MODIFIERS}(?:${talks}))\\s+)?with|(?:sat|sit|sits|sitting)\\s+down\\s+(?:together\\s+)?for\\s+${MODIFIERS}(?:${talks}|${alternation('meal-noun')})\\s+${DATE_INSIDE}with`;
  /** What follows travel to meet someone there: "to meet", "for talks with", "for a summit hosted by", ", where she is scheduled to meet", ", where they spent five hours with". */
  const toMeet = `(?<event>(?:to\\s+|for\\s+|,\\s+(?:where|when|during\\s+which|at\\s+which)\\s+(?:(?:on\\s+)?§D\\d+\\s+)?(?:he|she|they|§P\\d+)\\s+(?:[a-z]+\\s+){0,4}?)(?:${meetWith}|${heldTalksWith}|${timeWith}|${MODIFIERS}(?:${talks})\\s+(?:with|(?:hosted|convened|chaired)\\s+by)))`;
  /** "after visiting §C4", "before his trip to §L2": a visit told in a side clause of the subject's main verb. */
  // "after a stop in §L2", "on his return from §L2", "straight from a state visit to §C2": a stop on the way, a trip told by its end.
  const visitAside = `\\b(?:(?:after|before|since|while|during)\\s+(?:visiting|touring|(?:making|paying)\\s+(?:a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?visit\\s+to|a\\s+(?:[a-z-]+\\s+)?(?:visit|trip)\\s+to|(?:his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:visit|trip)\\s+to|(?:a|an|his|her|their)\\s+(?:[a-z-]+\\s+)?(?:stop|stopover)\\s+in)|(?:on|upon|after|since)\\s+(?:his|her|their)\\s+return\\s+(?:home\\s+)?from|(?:straight|fresh|directly)\\s+from\\s+(?:a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:visit|trip|tour)\\s+to)\\s+${DESTINATION}`;
  /** "arrived shortly before noon.": an arrival naming no place (the place written from). */
  // "arrived on §D1 .", "will arrive here on §D1 on a two-day official visit ,", "arrived here for a state visit to §C1 ,": no place named, the dateline's.
  const arrivedHere = `\\b(?<here>arrived|arrives|arrive|arriving|landed|lands|touched\\s+down|(?:flew|flown|flies|fly|jetted)\\s+in)(?=\\s+(?:(?:on\\s+)?§D\\d+\\s+|from\\s+§[LC]\\d+\\s+|(?:on|for)\\s+(?:a|an|his|her|their)\\s+(?:[a-z-]+\\s+){0,4}?(?:visit|trip|tour|stay)\\s+(?:to\\s+(?:the\\s+)?(?<dest>§[LC]\\d+)\\s*)?|(?!(?:in|at|to|into)\\s)[a-z]+\\s+){0,4}(?:[.;]|,\\s+(?!where\\b)|$))`;
  /** "flew in overnight from §L1 on §D2": the person was at that place before (a visit, when "where" tells what they did there). */
  // "flew to §L1 from §L2 , where", "arrived in §L1 on §D2 morning from §L3 , where": the next stop may come first.
  const nextStop = '(?:(?:in|into|to|at)\\s+(?:the\\s+)?§[LC]\\d+\\s+(?:(?:on\\s+)?§D\\d+\\s+(?:(?:morning|afternoon|evening|night)\\s+)?)?)?';
  /** What one is invited to do: "to pay an official visit to", "to visit", "to come to". */
  const toVisit = `(?:(?:${visitFrame})\\s+${MODIFIERS}(?:${visitNoun})|visit|come\\s+to|travel\\s+to)`;
  /** "from his counterpart " between an invitation and its guest. */
  const inviter = '(?:(?:from|by|of)\\s+(?:[^.;"§]|§[PC]\\d+){1,60}?\\s+)?';
  const cameFrom = `(?:flew|flown|flies|came|comes|arrived|arrives|travelled|traveled|returned|drove|had\\s+come)\\s+(?:in\\s+|back\\s+|over\\s+)?${nextStop}(?:[a-z]+\\s+){0,2}?from\\s+${DESTINATION}(?:\\s+(?:on\\s+|late\\s+on\\s+)?§D\\d+)?`;
  /** "was then received §D2 at §L3 by", "being welcomed by §P1 and , separately , by §P2", "was received in audience by", "welcomed with military honours … by". */
  const hostedBy = `(?:is|was|were|are|been|being)\\s+(?:(?:then|later|also|first|warmly|cordially|formally|officially|subsequently|afterwards)\\s+)*(?:received|welcomed|hosted|greeted)\\s+(?:(?:§D\\d+|(?:at|in)\\s+(?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:§[LOC]\\d+|(?!airport|airfield|air\\s+base)[a-z-]+)|(?:[a-z-]+\\s+){0,2}?(?:morning|afternoon|evening|day)|${HOSTED_MANNER})\\s+)*by\\s+(?<b>${LIST}(?:\\s*,?\\s*and\\s*,?\\s*separately\\s*,?\\s*by\\s+${ITEM})*)`;
  /** "(visit) that also took him first to §L1", "a tour that also takes in §C1": where a trip took (`verbs`) its traveller. */
  const tripTook = (verbs: string): string => `\\b(?:visit|visits|trip|trips|tour|journey|swing)\\s+(?:(?:that|which)\\s+)?(?:(?:(?!(?:also|already|later|then|will|has|had|is|was|would)\\b)[a-z0-9'-]+|§D\\d+|,)\\s+){0,6}?(?<pre>(?:(?:also|already|later|then|has|had|was)\\s+)*)(?:${verbs})\\s+(?:(?:him|her|them)\\s+(?:(?:first|also|then|later|on)\\s+)*to|in)\\s+${DESTINATION}`;
  /** The trip's owner ("§P0 's first visit … took her to") or the sentence's first person ("§P0 … on a tour that took him to"). */
  const tripOwner = `(?<a>${PERSON})(?:\\s+'s\\s+(?:(?:[a-z0-9-]+|,|§D\\d+)\\s+){0,6}?|${FIRST_PERSON}\\s+${CLAUSE_REST})`;
  /** What one attends where it is held. */
  const gathering = 'summits?|conferences?|forums?|sessions?|ceremony|ceremonies|inauguration|assembly|games|funeral|coronation|parade|festival|expo|meetings?|talks|dialogue|commemorations?|celebrations?|swearing-in';
  /**
   * The first person of the sentence (or of a clause after ";"), subject of a participle far after it ("before being
   * received by", "after holding talks with"); not one reported ("said"), nor one who is an object ("the minister will
   * meet §P1 before being received by").
   */
  const clauseSubject = `(?<!\\b(?:with|by|for|of|to|met|meets|meet|received|receives|hosted|hosts)\\s+(?:[a-z-]+\\s+){0,3}?)(?<a>${PERSON})${firstPersonAfter('(?:^|;)')}\\s+(?<pre>(?:(?!\\b(?:said|says|told|tells)\\b)[^.;"]){0,200}?)`;
  /** A rule matching `lead` (the subject side) then `core`. */
  const r = (name: string, kind: RuleMatch['kind'], cue: string, lead: string, core: string, needs: string[], noun = false, planned = false): Rule =>
    ({ name, kind, cue, noun, needs, core: new RegExp(core), long: lead.includes(LONG_GAP), planned, re: new RegExp(lead + core, 'gd') });
  const callOff = alternation('call-off');
  const meal = alternation('meal-noun');
  const needs = (...cues: string[]): string[] => firstWords(cues);
  const word = (...words: string[]): string[] => firstWords([], words);
  return [
    r('phone-verb', 'meeting', 'phone-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${phone})\\s+${objects}`, needs('phone-verb')),
    r('video-verb', 'meeting', 'video-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${video})\\s+${objects}`, needs('video-verb')),
    // "spoke to her counterpart , §P4 , by phone": speaking to someone is a call only when the phone is named.
    r('spoke-to-by-phone', 'meeting', 'phone-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:spoke|speaks|speak|spoken|talked|talks|talk)\\s+to\\s+${objects}(?=\\s*,?\\s*(?:(?:on\\s+)?§D\\d+\\s+)?${BY_PHONE}\\b)`, word('spoke', 'speaks', 'speak', 'spoken', 'talked', 'talks', 'talk')),
    r('mutual-phone', 'meeting', 'mutual-phone', `(?<a>${PAIR})${SUBJECT_GLUE}`, `\\b(?:${mutualPhone})\\b`, needs('mutual-phone')),
    r('host-verb', 'meeting', 'host-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${host})\\s+${HOST_ASIDE}${HOST_VENUE}(?:(?:on\\s+)?§D\\d+\\s+)?${objects}`, needs('host-verb')),
    // "was warmly received §D2 at §L3 in §L4 by §P5", "is welcomed by §P1 and , separately , by §P2": the passive of hosting.
    r('hosted-by', 'meeting', 'host-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b${hostedBy}`, word('by')),
    // "§P0 arrived … and held talks with §P3 before being received §D4 by §P5": the participle's subject is the clause's first person.
    r('being-hosted', 'meeting', 'host-verb', clauseSubject, `\\b(?:before|after|upon|on|while)\\s+${hostedBy}`, word('being')),
    // "§P0 is due in §L1 , where he will be received by §P2 , before holding talks with §P3": the participle's subject is the clause's first person.
    r('participle-meet', 'meeting', 'meet-verb', clauseSubject, `\\b(?:before|after|upon|while)\\s+(?:(?:holding|having|conducting)\\s+${MODIFIERS}(?:${talks})|meeting|(?:sitting\\s+down|conferring|talking))\\s+(?:with\\s+)?${objects}`, word('holding', 'having', 'conducting', 'meeting', 'sitting', 'conferring', 'talking')),
    r('hosted-meal', 'meeting', 'meal-noun', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:hosted|hosts|gave|gives|held|holds|offered|offers|threw|throws)\\s+(?:a|an|the)\\s+${MODIFIERS}(?:${meal})\\s+(?:(?:on\\s+)?§D\\d+\\s+)?(?:for|in\\s+honou?r\\s+of)\\s+${objects}`, needs('meal-noun')),
    // "joined §P1 for talks", "was due to join §P1 and §P2 for talks", "crossed into §C1 by road and joined §P2 and §P3 at §L4 for the first trilateral meeting",
    // "joined §P1 and a group of leaders at §L2 for talks with §P3": those joined and those met.
    r('joined-for', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}${TRAVEL_FIRST}`, `\\b(?:join|joins|joined|joining)\\s+(?<b>${LIST}(?!\\s+(?:'s\\s+)?(?:${notPerson})\\b)(?:\\s+and\\s+(?:a|an|the|other|several|some)\\s+(?:[a-z-]+\\s+){0,4}?(?:${notPerson}))?\\s+(?:(?:at|in)\\s+(?:the\\s+)?§[LO]\\d+\\s+)?(?:(?:on\\s+)?§D\\d+\\s+)?for\\s+${MODIFIERS}(?:${talks}|${meal})(?:\\s+with\\s+${LIST})?)\\b`, word('join', 'joins', 'joined', 'joining')),
    // "§P0 and §P1 were joined §D2 by §P3 for a trilateral meeting": all of them meet.
    r('joined-by', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:was|were|had\\s+been|have\\s+been)\\s+joined\\s+(?:(?:(?:on\\s+)?§D\\d+|later|then|afterwards)\\s+)*by\\s+${objects}\\s+(?:(?:at|in)\\s+(?:the\\s+)?§[LO]\\d+\\s+)?(?:(?:on\\s+)?§D\\d+\\s+)?for\\s+${MODIFIERS}(?:${talks}|${meal})\\b`, word('joined')),
    // "cancelled a meeting with §P1", "postponed his talks with §P1": planned, not held.
    r('called-off', 'meeting', 'call-off', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${callOff})\\s+(?:a|an|the|his|her|their)\\s+${MODIFIERS}(?:${meetNoun})\\s+with\\s+${objects}`, needs('call-off'), false, true),
    r('hold-call', 'meeting', 'phone-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${hold})\\s+${MODIFIERS}(?:${alternation('phone-noun')})\\s+${DATE_INSIDE}with\\s+${objects}`, needs('hold-verb')),
    r('hold-talks', 'meeting', 'meet-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b${heldTalksWith}\\s+${objects}`, needs('hold-verb')),
    // "spent §D1 afternoon in talks with §P2", "spent §D1 in §L2 with §P3", "was due to sit down for breakfast on §D1 with §P2": time spent with someone.
    r('spent-with', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}${TRAVEL_FIRST}`, `\\b(?:${timeWith})\\s+${objects}`, word('spent', 'spends', 'spending', 'sat', 'sit', 'sits', 'sitting')),
    // "is expected to bring the two ministers together": the subject meets both.
    r('brought-together', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:bring|brings|brought|bringing)\\s+${objects}\\s+(?:back\\s+)?together\\b`, word('bring', 'brings', 'brought', 'bringing')),
    // "attended the talks with §P3": after a determiner the form is a noun, its subject no participant.
    r('meet-verb', 'meeting', 'meet-verb', `${NOT_OBJECT}(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?<!\\b(?:the|a|an|their|his|her|its|of)\\s+)(?:${meetWith})\\s+${objects}`, needs('meet-verb', 'topic-verb')),
    r('mutual-verb', 'meeting', 'mutual-verb', `(?<a>${PAIR})${SUBJECT_GLUE}`, `\\b(?:${mutual}|(?:${hold})\\s+${MODIFIERS}(?:${talks}|(?:${alternation('video-noun')})(?!\\s+${DATE_INSIDE}with\\b)))\\b`, needs('mutual-verb', 'hold-verb')),
    r('whom-met', 'meeting', 'meet-verb', `(?<b>${PERSON})\\s*,?\\s*whom\\s+(?<a>${SUBJECTS})\\s+${GAP}`, `\\b(?:${meet}|${host})\\b`, word('whom')),
    r('travel-to-meet', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${visit}|(?:${visitFrame})\\s+${MODIFIERS}(?:${visitNoun}))\\s+${DESTINATION}\\s+${TRIP_TIME}${toMeet}\\s+${objects}${DATE_AFTER}`, needs('visit-verb')),
    // "§P0 , who flew in from §L1 , where he had met §P2": a meeting at the place the person came from.
    r('came-from-meet', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}\\b${cameFrom}\\s+`, `${toMeet}\\s+${objects}${DATE_AFTER}`, word('where')),
    r('after-meeting', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})\\s+${LONG_GAP}`, `${NOT_ATTENDING}\\b(?:${around})\\s+(?:meeting(?:\\s+with)?|${heldTalksWith}|(?:his|her|their|a)\\s+${MODIFIERS}(?:${talks})\\s+with|(?<=(?:after|following|before)\\s+)(?:${talks})\\s+with)\\s+${objects}`, needs('meet-around')),
    // Not around a meeting yet to come ("agreed to meet on the sidelines of the upcoming summit").
    r('after-mutual', 'meeting', 'meet-verb', `(?<a>${PAIR})\\s+${LONG_GAP}`, `${NOT_ATTENDING}\\b(?:${around})\\s+(?!(?:the|a|an|its|their)\\s+(?:${alternation('planned-noun')})\\b)${MODIFIERS}(?:${talks})\\b(?!\\s+(?:with|between)\\b)`, needs('meet-around')),
    r('meeting-noun', 'meeting', 'meet-noun', `(?<a>${PERSON})`, `\\s+'s\\s+(?:[a-z-]+\\s+){0,3}?(?:${meetNoun})\\s+with\\s+${objects}`, word("'s"), true),
    // "talks that §P0 held with §P1": a meeting told in a relative clause of its noun.
    r('talks-that', 'meeting', 'meet-noun', '', `\\b(?:${meetNoun})\\s+(?:that|which)\\s+(?<a>${PERSON})\\s+(?:had\\s+|has\\s+)?(?:held|had|conducted)\\s+${DATE_INSIDE}with\\s+${objects}`, word('that', 'which'), true),
    // "the joint commission, which §P0 and §P1 co-chaired": a meeting told in a relative clause after its name.
    // "began with a Baltic breakfast , where §P0 , §P1 and §P2 coordinated positions": those at the table met (a table yet to come is left to other rules).
    r('meal-where', 'meeting', 'meal-noun', '', `\\b(?:${meal})\\s*,\\s*(?:where|at\\s+which|during\\s+which|over\\s+which)\\s+(?<a>${PAIR})\\s+(?!(?:was|were|is|are)\\s+(?:not|absent|to|due|expected)\\b|${MODAL}\\b)[a-z]`, word('where', 'which'), true),
    r('which-pair', 'meeting', 'meet-noun', '', `(?:\\b(?:${meetNoun})|§O\\d+)\\s+(?:,\\s+(?:[^,;.§]|§[CO]\\d+){1,60}?\\s+)?,?\\s*(?:which|that)\\s+(?<a>${PAIR})\\s+(?:had\\s+|have\\s+|jointly\\s+)?(?:co-chaired|chaired|co-hosted|held)\\b`, word('which', 'that'), true),
    // "the session of the commission , co-chaired [in §L2 on §D3] by the §O3 , §P4 , and §P5": those chairing it meet.
    r('co-chaired-by', 'meeting', 'meet-noun', '', `\\b(?:co-chaired|co-chairs|co-hosted|co-hosts|jointly\\s+chaired)\\s+(?:(?:(?:in|at)\\s+(?:the\\s+)?§[LCO]\\d+|(?:on\\s+)?§D\\d+)\\s+)*by\\s+(?<a>(?:[^.;"§]|§[COL]\\d+){0,60}?§P\\d+(?:(?:[^.;"§]|§[COL]\\d+){0,60}?\\band\\s+(?:[^.;"§]|§[COL]\\d+){0,60}?§P\\d+))`, word('by'), true),
    // A photo caption: "§P0 and §P1 at the §L2 on §D3 .", "caption : §P0 ( middle ) with §P1 at the §L2": two people pictured
    // together, no verb (a third pictured is often an aide or a minister sitting in, not a party to the meeting).
    r('caption', 'meeting', 'meet-noun', '', `^\\s*(?:(?:photo|photograph|caption|pictured|file\\s+photo|image)\\s*:\\s*)?(?<a>${PERSON}(?:\\s*\\(\\s*[a-z ]+\\s*\\))?\\s*,?\\s*(?:and|with)\\s+${ITEM})\\s*,?\\s+(?:(?:at|in|during|on|ahead\\s+of|after)\\s+${CAPTION_WORDS})+\\.?\\s*$`, word('at', 'in', 'during', 'on', 'ahead', 'after'), true),
    r('meeting-between', 'meeting', 'meet-noun', '', `\\b(?:${meetNoun})\\s+(?:(?:in|at)\\s+(?:the\\s+)?§[LC]\\d+\\s+|(?:on\\s+)?§D\\d+\\s+|(?:was|were|had\\s+been|have\\s+been)\\s+held\\s+){0,3}between\\s+(?<a>${ITEM}(?:\\s*,\\s*${ITEM})*)\\s*,?\\s*and\\s+(?<b>${ITEM})`, word('between'), true),
    // "a security dialogue in §L0 involving §P1 and §P2 and their §C3 counterparts , §P4 and §P5": everyone listed meets.
    // "the talks , which lasted two hours , brought together §P1 , §P2 and §P3", "the session , chaired by §P1 , brought together
    // §P2 and §P3": a clause set off by commas may come between the gathering and its verb; the one chairing it meets too.
    r('meeting-involving', 'meeting', 'meet-noun', '', `\\b(?:${meetNoun}|dialogues?|format|gathering|session)\\s+(?:(?:(?:in|at)\\s+(?:the\\s+)?§[LCO]\\d+|(?:on\\s+)?§D\\d+)\\s+)*(?:${GATHERING_ASIDE})?(?:involving|(?:that\\s+|which\\s+)?(?:brought|brings|bringing)\\s+together)\\s+(?<a>${ITEM}(?:\\s*(?:,\\s*(?:and\\s+)?|and\\s+)${ITEM})+)`, word('involving', 'together'), true),
    r('separate-meeting', 'meeting', 'meet-noun', '', `\\b(?:in|during|at)\\s+(?:a|an|the|his|her|their)?\\s*(?:[a-z-]+\\s+){0,2}?(?:${meetNoun})\\s+with\\s+(?<b>${LIST})\\s*,\\s*(?:[a-z]+\\s+){0,2}?(?<a>${SUBJECTS})`, needs('meet-noun', 'phone-noun'), true),
    r('during-meetings', 'meeting', 'meet-noun', `(?<a>${SUBJECTS})${SUBJECT_GLUE}\\s*,?\\s*`, `(?:during|in|at)\\s+(?:the\\s+|a\\s+|their\\s+|separate\\s+)*(?:${meetNoun})\\s+with\\s+(?<b>${LIST})`, needs('meet-noun', 'phone-noun'), true),
    r('talks-told', 'meeting', 'meet-noun', '', `\\b(?:during|at|in)\\s+(?:the\\s+|§D\\d+\\s+'s\\s+)(?:${meetNoun})\\s*,\\s*(?<a>${PERSON})\\s*,?\\s*${GAP}\\b(?:told|assured|urged|briefed)\\s+(?<b>${PERSON})`, needs('meet-noun', 'phone-noun'), true),
    r('visit-verb', 'visit', 'visit-verb', `${NOT_MET}(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:${visit})\\s+${DESTINATION}`, needs('visit-verb')),
    r('arrived-here', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, arrivedHere, word('arrived', 'arrives', 'arrive', 'arriving', 'landed', 'lands', 'touched', 'flew', 'flown', 'flies', 'fly', 'jetted')),
    // "left §C1 for §C2", "departed §L1 for §L2": the second place is the destination.
    r('left-for', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:left|leaves|leave|departed|departs|depart)\\s+§[LC]\\d+\\s+(?:(?:on\\s+)?§D\\d+\\s+)?for\\s+${DESTINATION}`, word('left', 'leaves', 'leave', 'departed', 'departs', 'depart')),
    // "§P0 accompanied §P1 to §L2": both travel.
    r('accompanied-to', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:accompanied|accompanies|accompany|is\\s+accompanying|was\\s+accompanying)\\s+(?:(?<b>${LIST})|him|her|them|(?:his|her|their)\\s+(?:husband|wife|spouse|father|mother|son|daughter|boss))\\s+(?:on\\s+(?:a|an|his|her|their|the)\\s+(?:[a-z-]+\\s+){0,3}?(?:visit|trip|tour)\\s+)?to\\s+${DESTINATION}`, word('accompanied', 'accompanies', 'accompany', 'accompanying')),
    // "will travel to §L1 …, and then on to §L5": a further leg of the same trip.
    r('on-to', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}\\b(?:${visit})\\s+(?:[^.;"§]|§[LCDOP]\\d+){0,80}?`, `\\b(?:and|before|then)\\s+(?:then\\s+)?(?:(?:going|heading|travelling|traveling|moving|flying|continuing|proceeding)\\s+)?on\\s+to\\s+${DESTINATION}`, word('on')),
    // "held talks with §P1 in §L2 before travelling on to §L3": going on from a place makes it a stop of the journey.
    r('met-then-on-to', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:${meetWith}|${heldTalksWith})\\s+(?:[^.;"§]|§[PCO]\\d+){0,80}?\\bin\\s+(?<dest>§L\\d+\\s+(?:before|then|and\\s+then)\\s+(?:travelling|traveling|flying|heading|going|moving|continuing|proceeding)\\s+on\\s+to\\s+(?:the\\s+)?§[LC]\\d+)`, word('on')),
    // "held talks with §P1 in §L2 on §D3 , his first visit to a member state of …", "met §P1 in §L2 §D3 , a visit that …": the apposition makes the place a visit.
    r('met-on-visit', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:${meetWith}|${heldTalksWith})\\s+(?:[^.;"§]|§[PCO]\\d+){0,80}?\\bin\\s+(?<dest>§L\\d+)\\s+(?:(?:on\\s+)?§D\\d+\\s*)?,\\s*(?:his|her|their|a)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:visit|trip)\\b`, word('his', 'her', 'their', 'a')),
    r('called-off-visit', 'visit', 'call-off', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:${callOff})\\s+(?:a|an|the|his|her|their)\\s+${MODIFIERS}(?:${visitNoun})\\s+${DESTINATION}`, needs('call-off'), false, true),
    r('spent-in', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:spent|spends|spending|began|begins|started|starts|ended|ends)\\s+(?:§D\\d+\\s+(?:(?:morning|afternoon|evening|night)\\s+)?|(?:[a-z-]+\\s+){1,3}?(?:days?|nights?|weeks?|weekend|hours?|morning|afternoon|evening)\\s+)in\\s+${DESTINATION}`, word('spent', 'spends', 'spending', 'began', 'begins', 'started', 'starts', 'ended', 'ends')),
    // "accepted an invitation from his counterpart to pay a state visit to §C2": planned.
    r('invited-visit', 'visit', 'visit-noun', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:accepted|accepts|has\\s+accepted|taken\\s+up|took\\s+up|takes\\s+up)\\s+(?:an|the|a)\\s+(?:[a-z-]+\\s+)?invitation\\s+${inviter}to\\s+${toVisit}\\s+${DESTINATION}`, word('accepted', 'accepts', 'taken', 'took', 'takes'), false, true),
    // "§P0 invited §P1 to pay an official visit to §C2": §P1 may visit, planned.
    r('invited-to-visit', 'visit', 'visit-noun', `${SUBJECTS}${SUBJECT_GLUE}`, `\\b(?:invited|invites|has\\s+invited|extended\\s+an\\s+invitation\\s+to)\\s+(?<a>${ITEM})\\s+to\\s+${toVisit}\\s+${DESTINATION}`, word('invited', 'invites', 'extended'), false, true),
    // "conveyed §P0 's invitation to §P1 to pay a return visit to §L2": planned.
    r('invitation-to-visit', 'visit', 'visit-noun', '', `\\binvitation\\s+${inviter}to\\s+(?<a>${ITEM})\\s+to\\s+${toVisit}\\s+${DESTINATION}`, word('invitation'), false, true),
    r('came-from', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b${cameFrom}(?=\\s*,\\s+where\\b)`, word('from')),
    r('visit-aside', 'visit', 'visit-verb', `(?<a>${VISITORS})\\s+${LONG_GAP}`, visitAside, word('after', 'before', 'since', 'while', 'during', 'return', 'from')),
    r('visit-aside-meet', 'meeting', 'meet-verb', `(?<a>${SUBJECTS})\\s+${LONG_GAP}${visitAside}\\s+${TRIP_TIME}`, `${toMeet}\\s+${objects}${DATE_AFTER}`, word('where', 'meet', 'talks')),
    r('visit-noun-meet', 'meeting', 'meet-verb', `(?<a>${PERSON})`, `\\s+'s\\s+(?:[a-z-]+\\s+){0,3}?(?:${visitNoun})\\s+${DESTINATION}\\s+${TRIP_TIME}${toMeet}\\s+${objects}${DATE_AFTER}`, word("'s"), true),
    r('visit-by', 'visit', 'visit-noun', '', `\\b(?:visit|visits|trip|journey|trips)\\s+to\\s+${DESTINATION}\\s+by\\s+(?<a>${ITEM})`, word('visit', 'visits', 'trip', 'journey', 'trips'), true),
    r('welcomed-to', 'visit', 'welcome-verb', `${SUBJECTS}${SUBJECT_GLUE}`, `\\b(?:${alternation('welcome-verb')})\\s+(?<a>${ITEM})\\s+(?:to|in)\\s+${DESTINATION}`, needs('welcome-verb')),
    // "§P0 's jet touched down at §L1", "§P0 's motorcade arrived in": the traveller's craft arriving is the traveller.
    r('craft-arrived', 'visit', 'visit-verb', `(?<a>${PERSON})`, `\\s+'s\\s+(?:[a-z-]+\\s+){0,2}?(?:plane|jet|aircraft|flight|motorcade|convoy|helicopter)\\s+(?:${visit})\\s+${DESTINATION}`, word("'s")),
    r('visiting-aside', 'visit', 'visit-verb', `(?<a>${VISITORS})`, `\\s*,\\s*(?:who\\s+is\\s+)?visiting\\s+${DESTINATION}\\s*,`, word('visiting')),
    r('on-visit', 'visit', 'visit-noun', `(?<a>${VISITORS})(?:\\s*,\\s*(?=(?:${visitFrame})\\s)|${SUBJECT_GLUE})`, `\\b(?:${visitFrame})\\s+${DATE_INSIDE}${MODIFIERS}(?:${visitNoun})\\s+${DESTINATION}`, needs('visit-frame')),
    // "During his visit to CITY, X met …": X is the visitor, unless X hosts (then "his" is the guest).
    r('during-visit', 'visit', 'visit-noun', '', `\\b(?:(?:during|on|upon|after|following|in\\s+the\\s+course\\s+of)\\s+(?:(?:his|her|their)\\s+${MODIFIERS}(?:${visitNoun})|(?:his\\s+|her\\s+|their\\s+)?arrival\\s+(?:in|at))|(?:after|before|upon|on)\\s+(?:arriving|landing)\\s+(?:in|at))\\s+${DESTINATION}\\s*(?:(?:on\\s+)?§D\\d+\\s*)?,\\s*(?:[a-z]+\\s+){0,2}?(?<a>${SUBJECTS})(?!\\s+(?:${host})\\b)`, word('during', 'on', 'in', 'upon', 'after', 'following', 'before'), true),
    r('visit-noun', 'visit', 'visit-noun', `(?<a>${PERSON})`, `\\s+'s\\s+(?:[a-z-]+\\s+){0,3}?(?:${visitNoun})\\s+${DESTINATION}`, word("'s"), true),
    r('visit-of', 'visit', 'visit-noun', '', `\\b(?:visit|visits|trip|journey)\\s+(?:by|of)\\s+(?<a>${ITEM})\\s+to\\s+${DESTINATION}`, word('visit', 'visits', 'trip', 'journey'), true),
    // "the state visit that §P1 is expected to pay to §C2": the visit told in a relative clause of its noun.
    r('visit-that', 'visit', 'visit-noun', '', `\\b(?:visit|visits|trip|journey|tour)\\s+(?:that|which)\\s+(?<a>${PERSON})\\s+${GAP}\\b(?:${visitFrame}|undertook|undertakes)\\s+to\\s+${DESTINATION}`, word('that', 'which')),
    // "came after a two-day visit to the §C1 , during which §P2 held talks with": the visit's traveller named after it (no one before it), unless a host.
    r('visit-during-which', 'visit', 'visit-noun', '', `(?<!§P\\d+[^;]*)\\b(?:a|an|the)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:visit|trip|tour|stay)\\s+(?:to|in)\\s+${DESTINATION}\\s*(?:(?:on\\s+)?§D\\d+\\s*)?,\\s*during\\s+which\\s+(?<a>${SUBJECTS})(?!\\s+(?:${host})\\b)`, word('during'), true),
    // "received his §C1 counterpart §P2 in the capital §L3": a counterpart from another country, hosted there, came there.
    r('hosted-counterpart-in', 'visit', 'visit-verb', `${NOT_OBJECT}${SUBJECTS}${SUBJECT_GLUE}`, `\\b(?:${host})\\s+${HOST_ASIDE}(?:(?:on\\s+)?§D\\d+\\s+)?(?:his|her|their)\\s+§C\\d+\\s+(?:[a-z-]+\\s+)?counterparts?\\s*,?\\s*(?<a>${PERSON})\\s*,?\\s+(?:(?:on\\s+)?§D\\d+\\s+)?in\\s+(?:the\\s+capital\\s*,?\\s*(?=§L))?${DESTINATION}`, needs('host-verb')),
    // "§P0 , in §L1 for a regional summit ,", "§P0 , in the capital on a two-day visit ,": where the person is, told aside.
    r('in-aside', 'visit', 'visit-verb', `(?<a>${PERSON})`, `\\s*,\\s*(?:(?:already|now|currently|still)\\s+)?in\\s+${DESTINATION}\\s+(?:(?:on\\s+)?§D\\d+\\s+)?(?:for|to|on\\s+(?:a|an|his|her|their)\\s)\\s*(?:(?:[a-z'-]+|§[COLD]\\d+)\\s+){1,10}?,`, word('in')),
    // "§P0 's three-nation tour of §L1 began in §L2": where the trip went.
    r('trip-began-in', 'visit', 'visit-noun', `(?<a>${PERSON})`, `\\s+'s\\s+(?:(?:[a-z0-9-]+|§[CL]\\d+)\\s+){0,3}?(?:tour|trip|visit|journey|swing)\\s+(?:(?:of|through)\\s+(?:the\\s+)?(?:§[CL]\\d+|[a-z-]+)\\s+)?(?:began|begins|started|starts|kicked\\s+off|kicks\\s+off|ended|ends|concluded|concludes|wound\\s+up|winds\\s+up|continued|continues)\\s+(?:(?:on\\s+)?§D\\d+\\s+)?in\\s+${DESTINATION}`, word("'s"), true),
    // "§P0 , whose 2023 visit to §L2 broke a long freeze".
    r('whose-visit', 'visit', 'visit-noun', `(?<a>${PERSON})`, `\\s*,\\s*whose\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:${visitNoun})\\s+${DESTINATION}`, word('whose'), true),
    // "the delegation , led by §O1 aide §P2 , has arrived in §L3": the head of a delegation travels with it.
    r('delegation-led-by', 'visit', 'visit-verb', '', `\\b(?:delegation|team)\\s+(?:(?:[a-z-]+|§[CLO]\\d+)\\s+){0,8}?,?\\s*(?:led|headed)\\s+by\\s+(?<a>${LIST})\\s*,?\\s*${GAP}\\b(?:${visit})\\s+${DESTINATION}`, word('led', 'headed')),
    // "is expected to lead a §C1 delegation to §L2".
    r('lead-delegation', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:lead|leads|led|leading|head|heads|headed|heading)\\s+(?:a|an|the|his|her|their)\\s+(?:(?:[a-z-]+|§C\\d+)\\s+){0,3}?(?:delegation|team|mission)\\s+to\\s+${DESTINATION}`, word('lead', 'leads', 'led', 'leading', 'head', 'heads', 'headed', 'heading')),
    // "§P0 , the minister for trade , who travelled to §L1 with §P2", "§P0 , who had lobbied for §P1 … and flew into §L2": the relative clause's traveller is the one it follows.
    r('who-travelled', 'visit', 'visit-verb', `(?<a>${PERSON})\\s+(?:(?:[a-z'-]+|§[CO]\\d+|,)\\s+){0,16}?`, `,\\s*who\\s+(?:(?:[^.;"§,]|§[PCLOD]\\d+){1,100}?\\s+and\\s+)?(?<pre>(?:(?!and\\b)[a-z]+\\s+){0,4}?)(?:${visit})\\s+${DESTINATION}`, word('who')),
    // "a tour that also took him to §L1 and §L2", "§P0 's first visit took her to §L1": the trip's traveller, its owner or the sentence's first person.
    r('trip-took-to', 'visit', 'visit-noun', tripOwner, tripTook('took|taken'), word('took', 'taken')),
    // "a three-nation tour that also takes in §C1 and §C2", "will take him to": the stops still ahead.
    // "a state visit that took §P0 to §L1 and §L2": the trip's traveller as the object of its verb.
    r('trip-took-person', 'visit', 'visit-noun', '', `\\b(?:visit|visits|trip|trips|tour|journey|swing)\\s+(?:that|which)\\s+(?:(?:also|already|has|had)\\s+)*(?:took|taken)\\s+(?<a>${ITEM})\\s+(?:(?:first|also|then|later|on)\\s+)*to\\s+${DESTINATION}`, word('took', 'taken')),
    r('trip-takes-to', 'visit', 'visit-noun', tripOwner, tripTook('takes|take|will\\s+take|is\\s+taking|would\\s+take|will\\s+also\\s+take'), word('takes', 'take', 'taking'), false, true),
    // "§P0 was received by §P1 , the first visit to §L2 by a …": the one received made the visit the apposition names.
    r('received-visit', 'visit', 'visit-noun', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:is|was|were|are|has\\s+been|had\\s+been)\\s+(?:[a-z]+ly\\s+)?(?:received|welcomed|hosted|greeted)\\s+(?:[^.;"]){1,120}?,\\s*(?:(?:on|during|in)\\s+)?(?:the|his|her|their|a|an)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:${visitNoun})\\s+${DESTINATION}`, word('received', 'welcomed', 'hosted', 'greeted')),
    // "attended the §O1 summit in §L2", "will attend a conference on security in §L3 and the §O4 summit in §L5": being there.
    r('attend-in', 'visit', 'visit-verb', OPENING_PERSON, `\\b(?:attend|attends|attended|attending)\\s+(?:the|a|an)\\s+(?:(?:[a-z0-9'-]+|§[OC]\\d+)\\s+){0,5}?(?:${gathering})\\s+(?:(?:of|on)\\s+(?:(?:[a-z'-]+|§[OC]\\d+)\\s+){1,4}?)?in\\s+${DESTINATION}(?:\\s*,?\\s*and\\s+(?:the|a|an)\\s+(?:(?:[a-z0-9'-]+|§[OC]\\d+)\\s+){0,5}?(?:${gathering})\\s+in\\s+(?<dest2>§[LC]\\d+))?(?!\\s+(?:virtually|online|remotely|by\\s+video|via\\s+video))`, word('attend', 'attends', 'attended', 'attending')),
    // "to meet again in §L1 , where §P2 will travel for a ceremony": the place the "where" clause hangs on.
    r('where-travel', 'visit', 'visit-verb', '', `(?<dest>§L\\d+)\\s*,\\s*where\\s+(?<a>${PERSON})\\s+(?<pre>(?:[a-z]+\\s+){0,3}?)(?:travel|travels|travelled|traveled|travelling|traveling|go|goes|went|fly|flies|flew|head|heads|headed|come|comes|came)\\b(?!\\s+(?:to|into|back|from|home)\\b)`, word('where')),
    // "held talks with visiting §P1 here", "received the visiting §P2": a guest of the place written from.
    // "met on §D1 in §L2 , when §P3 made a one-day visit to discuss …": a visit whose place the clause before names.
    r('when-visit', 'visit', 'visit-noun', '', `\\b(?:in|to)\\s+(?<dest>§L\\d+)\\s*,\\s*when\\s+(?<a>${PERSON})\\s+(?:made|paid|was\\s+on)\\s+(?:a|an|his|her)\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:visit|trip)\\b(?!\\s+(?:to|of|by|in)\\s+(?:the\\s+)?§)`, word('when')),
    r('visiting-guest', 'visit', 'visit-verb', '', `(?<=\\b(?:with|by|the|received|receives|met|meets|welcomed|welcomes|hosted|hosts|for|and)\\s+)(?<here>visiting)\\s+(?<a>${ITEM})`, word('visiting')),
    // "is scheduled to meet §P1 on §D2 before travelling to §L3": the clause's first person travels on.
    r('travel-participle', 'visit', 'visit-verb', clauseSubject, `\\b(?:before|after|upon|while)\\s+(?:travelling|traveling|flying|heading|going|continuing|proceeding|moving|departing|leaving|setting\\s+off)\\s+(?:on\\s+)?(?:to|into|for)\\s+${DESTINATION}`, word('travelling', 'traveling', 'flying', 'heading', 'going', 'continuing', 'proceeding', 'moving', 'departing', 'leaving', 'setting')),
    // "is on his way to §C1", "was en route to §L2": travelling, not yet arrived.
    r('on-the-way', 'visit', 'visit-verb', `(?<a>${VISITORS})${SUBJECT_GLUE}`, `\\b(?:is|was|are|were)\\s+(?:already\\s+|now\\s+)?(?:on\\s+(?:his|her|their)\\s+way|en\\s+route)\\s+to\\s+${DESTINATION}`, word('way', 'en'), false, true),
    // "…, accompanied by §P1 , flew to §L2": the companion travels, whoever the subject is.
    r('accompanied-by', 'visit', 'visit-verb', '', `\\baccompanied\\s+by\\s+(?:(?:his|her|the|a)\\s+)?(?<a>${LIST})\\s*,\\s*${GAP}\\b(?:${visit})\\s+${DESTINATION}`, word('accompanied')),
    r('sign-verb', 'agreement', 'sign-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${sign})\\s+(?:[^§.;]{0,60}?\\s)?(?:${agreement})\\b`, needs('sign-verb')),
    r('pledge-verb', 'agreement', 'pledge-verb', `(?<a>${SUBJECTS})${SUBJECT_GLUE}`, `\\b(?:${pledge})\\b`, needs('pledge-verb')),
    r('statement-verb', 'statement', 'statement-verb', `(?<a>${PERSON})\\s+${GAP}`, `\\b(?:${statement})\\b`, needs('statement-verb')),
    // Backstop: two people with a meeting word between them in one clause, in a shape no rule above parses
    // ("§P0 , in Doha for a day , received at his office … §P1", "§P0 , visiting , was received by president §P1").
    { ...r('co-occurrence', 'meeting', 'meet-noun', `${NOT_OBJECT}(?<a>${PERSON})(?<pre>${CLAUSE_GAP})`, `\\b(?:${alternation('backstop-meeting')})\\b${CLAUSE_GAP}(?<!\\b(?:${notPerson})\\s+)${objects}`, needs('backstop-meeting')), backstop: true },
    r('statement-inverted', 'statement', 'statement-verb', '', `[,"]\\s*(?:said|says|added|stressed)\\s+(?<a>${PERSON})`, word('said', 'says', 'added', 'stressed')),
  ];
}

/** "called on §P1 to release …": an appeal, not a courtesy call. */
const APPEAL = /\bcall(?:s|ed)?\s+on\b/;
const APPEAL_AFTER = /^\s*(?:,\s*)?to\s+(?!§)[a-z]/;
/** The last words before a noun rule's match, where "no meeting between …" is denied. */
const LAST_WORDS = /(?:\S+\s+){0,2}$/;
/** The words right before a verb, where an intention is told ("had agreed to", "looked forward to"). */
const INTENT_WORDS = /(?:\S+\s+){0,2}\S+\s*$/;
/** "agreed to set up a working group and to meet again": an infinitive sharing the intention or plan told before it. */
const AND_TO = /\band\s+to\s*$/;
/** "agreed in principle to meet": an intention all the same. */
const IN_PRINCIPLE = /\s+in\s+principle(?=\s)/;
/** A day told inside an intention ("agreed on §D0 to meet"), left out when the intention is read. */
const DAY_INSIDE = /\s(?:on\s+)?§D\d+(?=\s)/g;
const SEPARATE = /\bseparate(?:ly)?\b/;
/** "a meeting between §P0 and §P1 in §L2 could take place …", "… has been called off", "… had been pencilled in": a noun's event told as planned (or called off) by its own verb after it. */
const PLANNED_AFTER = /^(?:[^.;§]|§[LCDO]\d+){0,60}?\b(?:(?:could|would|will|may|might|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:(?:also|then|now|soon)\s+)?(?:take\s+place|be\s+held|go\s+ahead|happen)|(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:called\s+off|cancell?ed|canceled|postponed|scrapped|shelved|put\s+off|pencill?ed\s+in|scheduled|slated|planned))\b/;
/**
 * "§P0 and §P1 to meet in §L2", "§P0 to visit §L1" (headlines), "expect §P0 and §P1 to meet there": an event told by a
 * bare infinitive is one to come; not after "for" ("enough for §P0 to host §P1", told as done).
 */
const BARE_INFINITIVE = /^\s*to\s*$/;
const FOR_BEFORE = /\bfor\s+$/;
/** "has invited §P0 and §P1 to a three-way meeting with him", "expects §P0 to meet": subjects who are the object of a plan. */
const PLANNED_FOR = /\b(?:invites|invited|inviting|invite|expects|expected|expect|urged|urges)\s+$/;
/** "was later expected to", "is also due to": an adverb inside the phrase that tells a plan. */
const PLAN_ADVERB = /\s(?:also|later|still|now|originally|initially|reportedly|then)(?=\s)/g;
/** "X's planned visit to", "is on an upcoming visit to": a plan told by the visit noun's modifiers (the words before the destination). */
const VISIT_MODIFIERS = 45;

const ANY_SLOT = /§[A-Z](\d+)/g;
const PERSON_SLOT = /§P(\d+)/g;
const SUBJECT_ASIDE_TEXT = /,\s*(?:who|whose)\s[^,]*(?=,\s*and\s)/g;
const slotNumbers = (s: string | undefined, re = ANY_SLOT): number[] => [...(s ?? '').matchAll(re)].map((m) => Number(m[1]));

const cueRes = new Map<string, RegExp>();

/** Whether one of the cue's phrases stands in the text as whole words. */
function hasCue(cue: string, text: string): boolean {
  let re = cueRes.get(cue);
  if (!re) {
    const forms = trigger(cue).forms.map(escapeForm).sort((a, b) => b.length - a.length);
    re = new RegExp(`(?:^|\\s)(?:${forms.join('|')})(?=\\s|$)`);
    cueRes.set(cue, re);
  }
  return re.test(text);
}

/** "spoke with §P3 by phone §D4", "held talks with §P1 via video link": the mode told after the one met. */
const MODE_AFTER = new RegExp(`^\\s*,?\\s*(?:(?:on\\s+)?§D\\d+\\s+)?(?:(?<phone>${BY_PHONE})|(?<video>(?:by|via)\\s+(?:video(?:\\s+link)?|videoconference)))\\b`);
/** "by telephone", "via telephone": a call told by its manner anywhere in the match ("discussed … by telephone with"). */
const PHONE_MANNER = new RegExp(`\\b(?:${BY_PHONE}|via\\s+(?:tele)?phone)\\b`);
/** "paid a courtesy call on": a visit in person, not a telephone call. */
const COURTESY_CALL = /\bcourtesy\s+calls?\b/g;

/**
 * A meeting's mode told by its noun ("during a video call with", "held a video call with", "a phone call between"),
 * by its manner, or after the one met (`after`: the skeleton after the match).
 */
function modeOf(rule: Rule, text: string, after: string): string | undefined {
  if (rule.kind !== 'meeting') return undefined;
  const told = MODE_AFTER.exec(after)?.groups;
  if (hasCue('video-noun', text) || told?.video) return trigger('video-noun').mode;
  const phoned = PHONE_MANNER.test(text) || (rule.cue === 'meet-noun' && hasCue('phone-noun', text.replace(COURTESY_CALL, 'courtesy visit')));
  return told?.phone || phoned ? trigger('phone-noun').mode : undefined;
}

/** The meeting and visit matches in a sentence skeleton. */
export const eventMatches = (skeleton: string): RuleMatch[] => matchRules(skeleton).filter((m) => m.kind === 'meeting' || m.kind === 'visit');

/**
 * Every rule match in a sentence skeleton. Remembered: a sentence's skeleton is matched again and again as referents
 * and shared subjects are tried on it (over 80% of calls repeat one); the matches are frozen, as callers share them.
 */
export const matchRules = remembered((skeleton: string): RuleMatch[] => Object.freeze(matchSkeleton(skeleton).map(frozenMatch)) as RuleMatch[], 10_000);

function frozenMatch(m: RuleMatch): RuleMatch {
  for (const list of [m.participants, m.subjects, m.destinations, m.aside]) if (list) Object.freeze(list);
  return Object.freeze(m);
}

function matchSkeleton(skeleton: string): RuleMatch[] {
  const { rules, byWord } = (ruleSet ??= indexByNeeds(compile()));
  const out: RuleMatch[] = [];
  if (!skeleton.includes('§P')) return out;
  const allowed = new Uint8Array(rules.length);
  for (const word of skeleton.split(/\s+/)) for (const i of byWord.get(word) ?? []) allowed[i] = 1;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (!allowed[i] || (rule.backstop && out.some((m) => m.kind === 'meeting')) || !rule.core.test(skeleton)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(skeleton); m !== null; m = rule.re.exec(skeleton)) {
      const g = m.groups ?? {};
      // Plannedness is told just before the verb ("is expected to meet"), by the main verb of a side clause, or before a noun phrase.
      const preEnd = m.indices?.groups?.pre?.[1];
      // A verb rule's trigger may itself open with the planned phrase: its first two words ("is due in").
      const verbStart = !rule.noun && !rule.long && preEnd !== undefined ? (/^\s*(?:[a-z]+\s+){0,2}/.exec(skeleton.slice(preEnd))?.[0] ?? '') : '';
      const pre = rule.noun ? skeleton.slice(Math.max(0, m.index - 40), m.index) : rule.long ? (g.pre ?? '').slice(0, 40) : `${g.pre ?? ''} ${verbStart}`;
      const aside = m.indices?.groups?.relative ?? m.indices?.groups?.whom;
      const eventAt = m.indices?.groups?.event?.[0];
      const denied = hasCue('negation', g.pre ?? '') || (!rule.long && hasCue('request', `${g.pre ?? ''} ${verbStart}`)) ||
        (rule.noun && hasCue('negation', LAST_WORDS.exec(pre)?.[0] ?? '')) ||
        (APPEAL.test(m[0]) && APPEAL_AFTER.test(skeleton.slice(m.index + m[0].length)));
      if (!denied) {
        const a = slotNumbers(g.a?.replace(SUBJECT_ASIDE_TEXT, ''), PERSON_SLOT);
        const b = slotNumbers(g.b, PERSON_SLOT);
        const t = trigger(rule.cue);
        const mode = modeOf(rule, m[0], skeleton.slice(m.index + m[0].length)) ?? t.mode;
        const phone = trigger('phone-verb');
        out.push({
          rule: rule.name,
          kind: rule.kind,
          participants: [...a, ...b],
          subjects: a,
          destinations: [...slotNumbers(g.dest), ...slotNumbers(g.dest2)],
          ...(g.here ? { destinationHere: true } : {}),
          planned: rule.planned || hasCue(rule.noun ? 'planned-noun' : 'planned', pre.replace(PLAN_ADVERB, '')) || plannedVisitNoun(rule, skeleton, m) || (!rule.noun && hasCue('intent', INTENT_WORDS.exec((g.pre ?? '').replace(DAY_INSIDE, '').replace(IN_PRINCIPLE, ''))?.[0]?.trim() ?? '')) || (!rule.noun && AND_TO.test(g.pre ?? '') && (hasCue('intent', g.pre ?? '') || hasCue('planned', g.pre ?? ''))) || (rule.noun === true && PLANNED_AFTER.test(skeleton.slice(m.index + m[0].length))) || ((rule.kind === 'meeting' || rule.kind === 'visit') && !rule.noun && ((BARE_INFINITIVE.test(g.pre ?? '') && !FOR_BEFORE.test(skeleton.slice(0, m.index))) || PLANNED_FOR.test(skeleton.slice(0, m.index)))),
          ...(rule.planned ? { plannedByRule: true } : {}),
          cameo: mode === phone.mode ? phone.cameo : t.cameo,
          ...(mode ? { mode } : {}),
          at: m.index,
          end: m.index + m[0].length,
          ...(aside ? { aside } : {}),
          ...(eventAt !== undefined ? { eventAt } : {}),
          ...(SEPARATE.test(m[0]) ? { separate: true } : {}),
        });
      }
      // Let overlapping subjects match again ("§P1 met §P2" inside "§P0 said §P1 met §P2").
      rule.re.lastIndex = m.index + Math.max(1, (g.a ?? m[0]).length);
    }
  }
  // "invited §P1 to pay a visit to §C2": a match inside a rule that itself tells a planned event is that event.
  return out.filter((m) => m.planned || !out.some((n) => n.plannedByRule && n.kind === m.kind && n.at <= m.at && m.end <= n.end && sameSet(n.participants, m.participants) && sameSet(n.destinations, m.destinations)));
}

/** A visit noun with a planning modifier between the subject (or the match's start) and the destination. */
function plannedVisitNoun(rule: Rule, skeleton: string, m: RegExpExecArray): boolean {
  const dest = m.indices?.groups?.dest?.[0];
  if (rule.kind !== 'visit' || rule.cue !== 'visit-noun' || dest === undefined) return false;
  const from = Math.max(m.index + (m.groups?.a?.length ?? 0), dest - VISIT_MODIFIERS);
  return hasCue('planned-noun', skeleton.slice(from, dest));
}

function sameSet(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
