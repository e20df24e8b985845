/**
 * PositionFacts from the posts sentences state. A post's country or organisation comes, in order, from the
 * sentence ("China's Vice Foreign Minister X", "X, head of the African Union Commission"), from the person it
 * serves ("his spokesman X": the subject's organisation or country), from a title only one country uses
 * ("Secretary of State X"), from the holder's country as stated anywhere in the article. A title naming another role in some countries ("Foreign Secretary" of India) takes
 * that role there. One post per (holder, role, in), the first evidence kept.
 */
import type { Span } from '../annotate/doc.js';
import type { EntityFact, EventFact, Evidence, PositionFact } from './facts.js';
import type { EntityRegistry } from './registry.js';
import type { PostMention, SentenceView } from './sentence-view.js';
import { counterpartPosts } from './counterparts.js';
import { impliedCountries } from './implied-countries.js';
import { describedPosts } from './described-posts.js';
import { loadGazetteer, type OrganizationEntry } from '../lexicon/gazetteer.js';
import { gazetteerTrie } from '../annotate/gazetteer-index.js';
import { tokenize } from '../annotate/tokens.js';
import { LEADER_ROLES, loadRoles, roleOfForm, withAncestors } from '../lexicon/roles.js';
import { countryRole, titleCountry } from '../lexicon/country-titles.js';
import { isTerritory } from '../lexicon/governments.js';
import { isNationalNewsAgency } from '../lexicon/news-agencies.js';

interface Stated {
  post: PostMention;
  view: SentenceView;
}

/** The posts of an article, in the order first stated; its events tell where holders are from when the text does not. */
export function positions(views: SentenceView[], registry: EntityRegistry, events: readonly EventFact[]): PositionFact[] {
  const stated: Stated[] = [];
  const byHolder = new Map<EntityFact, PostMention[]>();
  const postsOf = (e: EntityFact): readonly PostMention[] => byHolder.get(e) ?? [];
  for (const view of views) {
    for (const post of [...view.posts, ...counterpartPosts(view, postsOf), ...asTitlePosts(view), ...rankedTitlePosts(view), ...listedPosts(view)]) {
      if (!post.role) continue;
      post.in ??= headingCountry(view, post) ?? framingCountry(view, post, registry, events);
      stated.push({ post, view });
      byHolder.set(post.holder, [...postsOf(post.holder), post]);
      post.holder.country ??= post.in ? post.in.country : titleCountry(post.title);
    }
  }
  for (const { post } of stated) {
    if (!post.in && post.aideOf) post.in = postsOf(post.aideOf).find((p) => p.in)?.in;
    post.role = refinedRole(post.role, post.title, post.in, post.inForeignMinistry === true);
    post.in = ministryCountry(post, registry);
    post.in = commissionBody(post.in, registry);
    post.in = partyStateCountry(post, registry);
    if (post.in?.country) post.holder.country ??= post.in.country;
  }
  const held = stated.filter(({ post }) => post.in?.kind !== 'organization').map(({ post }) => ({ holder: post.holder, role: post.role, country: post.in?.country }));
  const implied = impliedCountries(views, events, registry, held);
  for (const { post } of stated) {
    const iso2 = post.in || post.holder.country ? undefined : implied.get(post.holder);
    if (iso2) post.holder.country = iso2;
    if (!post.in && implied.has(post.holder) && post.holder.country === implied.get(post.holder)) post.rule = `${post.rule}${IMPLIED_SUFFIX}`;
  }
  for (const { post, view } of stated) post.holder.country ??= post.in ? undefined : partnerCountry(post, view, postsOf);
  // Once every post stated beside a name is known, "the French president" can mean only someone holding none.
  stated.push(...describedPosts(views, registry, { countryOf: (p) => p.country ?? implied.get(p), postsOf }));
  for (const { post } of stated) {
    const iso2 = post.in ? post.in.country : post.holder.country;
    if (iso2 && post.in?.kind !== 'organization') post.role = countryRole(post.title, iso2) ?? post.role;
  }
  return unique(stated, registry);
}

/**
 * The article's home country, when the text names that country too. A national news agency writes for readers at
 * home wherever it files ("TOKYO (Yonhap) -"); any other story filed abroad is about where it was filed ("SUVA,
 * Fiji (AAP) -"), so its dateline's country comes before the one its publisher's name names ("The Nairobi
 * Ledger"). Recorded as a mention of it with the rule "dateline", which the link stage reads once its decisions
 * are made (see src/link/fill.ts).
 */
export function markHomeCountry(datelines: readonly Span[], text: string, registry: EntityRegistry, publisher = ''): void {
  const own = publisherCountry(publisher);
  const ownCountry = own ? registry.find('country', '', own.iso2) : undefined;
  const named = ownCountry?.mentions[0];
  const filed = datelines.map((d) => datelineMention(d, text, registry)).find((m) => m !== undefined);
  if (ownCountry && named && (own?.agency || !filed)) registry.mention(ownCountry, { ...named, rule: DATELINE_RULE });
  else if (filed) registry.mention(filed.country, filed.mention);
}

/** The country a dateline names, when the text names it too (a Brussels dateline over EU news is no Belgian story). */
function datelineMention(d: Span, text: string, registry: EntityRegistry): { country: EntityFact; mention: Evidence } | undefined {
  const iso2 = datelineCountry(d.data?.place ?? '');
  const country = iso2 ? registry.find('country', '', iso2) : undefined;
  if (!country) return undefined;
  const lineEnd = text.indexOf('\n', d.start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return { country, mention: { text: text.slice(d.start, end), start: d.start, end, rule: DATELINE_RULE } };
}

export const DATELINE_RULE = 'dateline';
/** Ends the rule of a post placed in a country the article implies (see implied-countries.ts). */
const IMPLIED_SUFFIX = '+implied-country';

/**
 * The country a publisher's name names by name, demonym or capital ("Australian Associated Press"), or a national
 * news agency's ("Kazinform"); not a world wire service's seat.
 */
function publisherCountry(publisher: string): { iso2: string; agency: boolean } | undefined {
  const tokens = tokenize(publisher);
  for (let i = 0; i < tokens.length; i++) {
    const match = gazetteerTrie().longest(tokens, i);
    if (!match) continue;
    const surface = publisher.slice(tokens[i].start, tokens[match.end - 1].end);
    const hit = match.value.find((h) => (h.kind !== 'org' || isNationalNewsAgency(h.name)) && (!h.exact || h.exact === surface));
    if (hit?.iso2) return { iso2: hit.iso2, agency: hit.kind === 'org' };
  }
  return undefined;
}

/** The country of a dateline place ("SUVA", "NEW DELHI", "ASTANA. KAZINFORM"): a capital's, or a country named. */
function datelineCountry(place: string): string | undefined {
  const words = place.split(/[.,]\s/)[0].trim().toLowerCase();
  return words === '' ? undefined : countryByPlaceName().get(words);
}

let placeNames: Map<string, string> | undefined;

/** Lowercased capitals, their aliases and country names → ISO2; a name two countries share goes to the first listed. */
function countryByPlaceName(): Map<string, string> {
  if (!placeNames) {
    placeNames = new Map();
    for (const c of loadGazetteer().countries) {
      for (const name of [c.capital ?? '', ...c.capitalAliases, c.name, ...c.aliases]) {
        const folded = name.toLowerCase();
        if (!placeNames.has(folded)) placeNames.set(folded, c.iso2);
      }
    }
  }
  return placeNames;
}

/** "- Finland: Minister for Foreign Affairs §P1", "Chad — Prime Minister §P1": a country heading the line. */
const COUNTRY_HEADING = /^(?:[-*•·–—]\s+)?(§C\d+)\s+(?::|–|—)\s+[^§]*(§P\d+)\s*(?:\(|$)/;

/** The country heading a line that lists one person and their post ("Sweden: Minister for Foreign Affairs X (host)"). */
function headingCountry(view: SentenceView, post: PostMention): EntityFact | undefined {
  const m = COUNTRY_HEADING.exec(view.skeleton);
  const country = m ? view.slots[Number(m[1].slice(2))]?.entity : undefined;
  const holder = m ? view.slots[Number(m[2].slice(2))]?.entity : undefined;
  return country?.kind === 'country' && holder === post.holder ? country : undefined;
}

/** "In Israel, …", "In Chisinau on Monday, …": a sentence framed by a country or its capital. */
const FRAMED = /^in\s+(§[CL]\d+)\s+(?:on\s+§D\d+\s+)?,/;
const HELD_ABROAD = ['OrganizationHead', 'Ambassador', 'SpecialEnvoy', 'MilitaryOfficer'];
/**
 * Whether the role (or one it narrows) is held for an organisation or abroad: neither the place a sentence is set in
 * nor the article's home country makes such a post that country's.
 */
export const heldAbroad = (role: string): boolean => withAncestors(role).some((r) => HELD_ABROAD.includes(r));

/**
 * "In Israel, Prime Minister X said": a national post stated in a sentence set in a country, or its capital, is
 * that country's, when nothing else gives the holder a country and the sentence tells of no meeting or visit of
 * theirs ("In Beijing, Foreign Minister X met his counterpart": X may be the guest there).
 */
function framingCountry(view: SentenceView, post: PostMention, registry: EntityRegistry, events: readonly EventFact[]): EntityFact | undefined {
  const m = FRAMED.exec(view.skeleton);
  const frame = m ? view.slots[Number(m[1].slice(2))]?.entity : undefined;
  if (!frame || post.holder.country || heldAbroad(post.role) || takesPartIn(post.holder, view, events)) return undefined;
  if (frame.kind === 'country') return frame;
  const iso2 = frame.kind === 'place' ? countryByPlaceName().get(frame.name.toLowerCase()) : undefined;
  return iso2 ? registry.ensure('country', countryName(iso2), iso2) : undefined;
}

/** Whether the sentence tells of a meeting or visit the person takes part in. */
function takesPartIn(person: EntityFact, view: SentenceView, events: readonly EventFact[]): boolean {
  const told = (e: EventFact): boolean => e.evidence.some((ev) => ev.start >= view.span.start && ev.start < view.span.end);
  return events.some((e) => (e.kind === 'meeting' || e.kind === 'visit') && told(e) && (e.participants.includes(person.id) || e.visitor === person.id));
}

/** "§P0 and §P1", "§P0 , §P1 and §P2": titled persons named together. */
const COORDINATED = /§P\d+(?:\s*,\s*§P\d+)*\s*,?\s+and\s+§P\d+/g;

/**
 * "talks with President X and Vice President Y": a deputy or minister named together with a placed head of state
 * or government serves that head's country (two countries' ministers are often named together, a head with another
 * country's minister far less).
 */
function partnerCountry(post: PostMention, view: SentenceView, postsOf: (e: EntityFact) => readonly PostMention[]): string | undefined {
  if (withAncestors(post.role).some((r) => LEADER_ROLES.includes(r)) || heldAbroad(post.role)) return undefined;
  const isHead = (e: EntityFact | undefined): boolean => view.posts.some((p) => p.holder === e && p.in?.kind !== 'organization' && withAncestors(p.role).some((r) => LEADER_ROLES.includes(r)));
  for (const m of view.skeleton.matchAll(COORDINATED)) {
    const named = (m[0].match(/§P\d+/g) ?? []).map((ref) => view.slots[Number(ref.slice(2))]?.entity);
    if (!named.includes(post.holder)) continue;
    const heads = named.filter((e): e is EntityFact => e !== undefined && e !== post.holder && isHead(e));
    const countries = new Set(heads.map((e) => e.country ?? postsOf(e).find((p) => p.in?.country)?.in?.country));
    const [only] = countries;
    if (countries.size === 1 && only) return only;
  }
  return undefined;
}

/** "§P0 … as §C1 's foreign minister", "named §P0 , a retired officer , as §C1 's envoy": the person before holds that post there. */
const AS_TITLE = /(§P\d+)(?:(?!§P)[^.;])*?(?:\b(\w+\s+)|,\s+)as\s+(§C\d+)\s+'s\s+((?:[a-z-]+\s?){1,6})/g;
/** "who served as C's prime minister (until …)": a post held once, not now. */
const PAST_AS = /^(?:served|worked|acted|was|were|been)\s+$/;

function asTitlePosts(view: SentenceView): PostMention[] {
  const out: PostMention[] = [];
  for (const m of view.skeleton.matchAll(AS_TITLE)) {
    const holder = view.slots[Number(m[1].slice(2))]?.entity;
    const country = view.slots[Number(m[3].slice(2))]?.entity;
    // A post held once still tells whose country the person is of.
    if (PAST_AS.test(m[2] ?? '')) {
      if (holder?.kind === 'person' && country?.kind === 'country') holder.country ??= country.country;
      continue;
    }
    const title = leadingTitle(m[4]);
    if (title && holder?.kind === 'person' && country?.kind === 'country') out.push({ ...title, holder, in: country, rule: 'as-title' });
  }
  return out;
}

/** The longest run of the first words that is a title form ("foreign minister" of "foreign minister who said"). */
function leadingTitle(text: string): { role: string; title: string } | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const title = words.slice(0, n).join(' ');
    const role = roleOfForm(title);
    if (role) return { role, title };
  }
  return undefined;
}

/**
 * "§C0 's president , general §P1": a country's title, then its holder under a rank or style of their own, which
 * the name's own title ("General") would otherwise stand for alone.
 */
const TITLE_THEN_RANK = /(§C\d+)\s+'s\s+((?:[a-z-]+\s){1,5}),\s+(?:[a-z.]+\s+)?(§P\d+)\s*(?:,|\.|$)/g;

function rankedTitlePosts(view: SentenceView): PostMention[] {
  const out: PostMention[] = [];
  for (const m of view.skeleton.matchAll(TITLE_THEN_RANK)) {
    const country = view.slots[Number(m[1].slice(2))]?.entity;
    const holder = view.slots[Number(m[3].slice(2))]?.entity;
    const title = m[2].trim();
    const role = roleOfForm(title);
    if (role && holder?.kind === 'person' && country?.kind === 'country') out.push({ role, title, holder, in: country, rule: 'title-comma-ranked-name' });
  }
  return out;
}

/**
 * "the three foreign ministers - §P0 of §C1, §P2 of §C3 and §P4 of §C5": a plural title, then its holders each
 * with their country.
 */
const LISTED = /((?:[a-z][a-z-]*\s){1,4})(?:[-–—:,]\s)?(§P\d+\sof\s§C\d+(?:\s(?:,|and|,\sand)\s§P\d+\sof\s§C\d+)+)/g;

function listedPosts(view: SentenceView): PostMention[] {
  const out: PostMention[] = [];
  for (const m of view.skeleton.matchAll(LISTED)) {
    const words = m[1].trim().split(/\s+/);
    // The longest run of the last words that is a plural title form ("foreign ministers", "ministers").
    const title = words.map((_, n) => words.slice(n).join(' ')).find((form) => /s$/.test(form) && roleOfForm(form));
    const role = title ? roleOfForm(title) : undefined;
    if (!title || !role) continue;
    for (const pair of m[2].matchAll(/§P(\d+)\sof\s§C(\d+)/g)) {
      const holder = view.slots[Number(pair[1])]?.entity;
      const country = view.slots[Number(pair[2])]?.entity;
      if (holder?.kind === 'person' && country?.kind === 'country') out.push({ holder, role, title, in: country, rule: 'listed-title' });
    }
  }
  return out;
}

function unique(stated: Stated[], registry: EntityRegistry): PositionFact[] {
  const roles = loadRoles();
  const out = new Map<string, PositionFact>();
  /** Per holder and role, the post first stated without a place: a later specific statement fills it. */
  const unplaced = new Map<string, PositionFact>();
  const held = new Set<string>();
  for (const { post, view } of stated) {
    // "film director X", "X, who heads the delegation": a bare head title over no named body is no post.
    if (!post.in && BODYLESS_HEAD.test(post.title)) continue;
    const where = post.in ?? (post.holder.country ? registry.ensure('country', countryName(post.holder.country), post.holder.country) : undefined);
    const key = `${post.holder.id} ${post.role} ${where?.id ?? ''}`;
    const holderRole = `${post.holder.id} ${post.role}`;
    if (out.has(key) || (!where && held.has(holderRole))) continue;
    held.add(holderRole);
    const roleLabel = roles.get(post.role)?.label ?? post.role;
    const generic = unplaced.get(holderRole);
    if (generic) {
      // "the foreign minister X" after or before "China's foreign minister X": one post, the specific one.
      if (where && !generic.in) {
        generic.in = where.id;
        generic.label = label(roleLabel, where);
      }
      continue;
    }
    const fact: PositionFact = {
      holder: post.holder.id,
      role: post.role,
      title: post.title,
      ...(where ? { in: where.id } : {}),
      label: label(roleLabel, where),
      evidence: view.evidence(post.rule),
    };
    out.set(key, fact);
    if (!where) unplaced.set(holderRole, fact);
  }
  // "Minister X" after "Foreign Minister X": a bare word of the narrower title names the same post.
  const facts = [...out.values()];
  const restates = (bare: PositionFact, full: PositionFact): boolean =>
    full.holder === bare.holder && full.role !== bare.role && withAncestors(full.role).includes(bare.role) && /^\w+$/.test(bare.title) &&
    full.title.toLowerCase().split(/\s+/).includes(bare.title.toLowerCase());
  return facts.filter((f) => !facts.some((g) => restates(f, g)));
}

const MINISTRY = /\bministry\b|\bministère\b/i;
/** A national legislature, whose president or chair is its speaker. */
const LEGISLATURE = /\b(?:national assembly|parliament|senate|congress|state duma|verkhovna rada|majlis|people's assembly|national council)\b/i;
const LEGISLATURE_HEAD = /^(?:president|chairman|chairwoman|chairperson|chair|speaker)$/i;
const BODYLESS_HEAD = /^(?:heads?|leads|chief|director)$/i;
/** Titles naming the head of the body they are in ("heads", "the head of", "chief"), not one of its officials. */
const MINISTRY_HEAD = /^(?:heads|leads|head|chief)$/i;
const FOREIGN = /\b(?:foreign|external)\b/i;

function isForeignMinistry(org: EntityFact): boolean {
  return org.kind === 'organization' && (MINISTRY.test(org.name) || /\boffice\b/i.test(org.name)) && FOREIGN.test(org.name);
}

/**
 * The role a title names where it is held: a spokesperson or head of department in a foreign ministry is a
 * foreign-ministry spokesperson or official; a president or chair of an organisation heads it.
 */
function refinedRole(role: string, title: string, where: EntityFact | undefined, inForeignMinistry: boolean): string {
  const lineage = withAncestors(role);
  // "X, who heads the Russian Foreign Ministry": the head of the ministry itself is its minister.
  if (where && isForeignMinistry(where) && MINISTRY_HEAD.test(title)) return 'ForeignMinister';
  if (inForeignMinistry || (where && isForeignMinistry(where))) {
    if (role === 'Spokesperson') return 'ForeignMinistrySpokesperson';
    if (lineage.includes('OrganizationHead') || role === 'GovernmentOfficial') return 'ForeignMinistryOfficial';
    return role;
  }
  if (where?.kind === 'organization' && LEGISLATURE.test(where.name) && LEGISLATURE_HEAD.test(title)) return 'LegislatureChair';
  if (where?.kind === 'organization' && !MINISTRY.test(where.name) && !isTerritory(where.name) && (lineage.includes('HeadOfState') || lineage.includes('HeadOfGovernment'))) return 'OrganizationHead';
  return role;
}

/** "ECOWAS Commission", "AU Commission": a bloc's commission, named by the bloc's name or acronym. */
const COMMISSION = /^(?:the\s+)?(.+?)\s+Commission$/;

/**
 * The head of a bloc's commission ("ECOWAS Commission President X", "Chairperson of the AU Commission X") heads
 * the bloc; a commission the gazetteer knows as a body of its own ("European Commission") stays itself.
 */
function commissionBody(where: EntityFact | undefined, registry: EntityRegistry): EntityFact | undefined {
  const m = where?.kind === 'organization' ? COMMISSION.exec(where.name) : null;
  if (!m || organizationNamed(where?.name ?? '')) return where;
  const bloc = organizationNamed(m[1]);
  return bloc ? registry.ensure('organization', bloc.name) : where;
}

function organizationNamed(name: string): OrganizationEntry | undefined {
  const folded = name.toLowerCase();
  return loadGazetteer().organizations.find((o) => [o.name, o.acronym ?? '', ...o.aliases].some((n) => n.toLowerCase() === folded));
}

const PARTY_ORGAN = '(?:party|central committee|politburo|political bureau|presidium|secretariat)';
/** A party or one of its organs: "the Party", "CPC Central Committee", "the Political Bureau". */
const PARTY_BODY = new RegExp(`\\b${PARTY_ORGAN}\\b`, 'i');
/** An organ named by no party of its own ("the Party", "the Central Committee"): the holder's party. */
const UNNAMED_PARTY_BODY = new RegExp(`^(?:the\\s+)?${PARTY_ORGAN}$`, 'i');

/**
 * A post in a party-state's ruling party ("general secretary of the CPC Central Committee", "member of the
 * Political Bureau of the WPK Central Committee") is held in that state: the gazetteer ties such a party to its
 * country, and an organ named by no party ("the Party") is the holder's country's. Other parties keep their posts.
 */
function partyStateCountry(post: PostMention, registry: EntityRegistry): EntityFact | undefined {
  const where = post.in;
  if (where?.kind !== 'organization' || !withAncestors(post.role).includes('PartyOfficial') || !PARTY_BODY.test(where.name)) return where;
  const unnamed = UNNAMED_PARTY_BODY.test(where.name);
  const iso2 = where.country ?? rulingPartyCountry(where.name) ?? (unnamed ? post.holder.country : undefined);
  if (iso2) return registry.ensure('country', countryName(iso2), iso2);
  return unnamed ? undefined : where;
}

/** The country of a party the gazetteer ties to one, named in a body's name ("CPC" in "CPC Central Committee"). */
function rulingPartyCountry(name: string): string | undefined {
  const tokens = tokenize(name);
  for (let i = 0; i < tokens.length; i++) {
    const hit = gazetteerTrie().longest(tokens, i)?.value.find((h) => h.kind === 'org' && h.iso2 && /\bparty\b/i.test(h.name));
    if (hit && (!hit.exact || name.includes(hit.exact))) return hit.iso2;
  }
  return undefined;
}

/** A unit inside a ministry ("the ministry's Asia Department"), which names no country of its own. */
const MINISTRY_UNIT = /\b(?:department|division|directorate|bureau)\b/i;

/**
 * A post in a government ministry (or a "Foreign Office") or a national legislature is a post in that country ("spokesperson of the foreign ministry",
 * "Qatar's Minister of State at the Ministry of Foreign Affairs"), and so is a foreign-ministry post in one of
 * its units ("director of the ministry's Asia Department").
 */
function ministryCountry(post: PostMention, registry: EntityRegistry): EntityFact | undefined {
  const where = post.in;
  if (where?.kind !== 'organization' || where.country) {
    return where?.country && (MINISTRY.test(where.name) || LEGISLATURE.test(where.name)) ? registry.ensure('country', countryName(where.country), where.country) : where;
  }
  const unit = MINISTRY_UNIT.test(where.name) && withAncestors(post.role).includes('ForeignMinistryOfficial');
  // A legislature the gazetteer does not know as a body of its own ("Verkhovna Rada", not "European Parliament") is national.
  const nationalLegislature = LEGISLATURE.test(where.name) && !organizationNamed(where.name);
  if (!MINISTRY.test(where.name) && !isForeignMinistry(where) && !unit && !nationalLegislature) return where;
  const iso2 = post.holder.country;
  return iso2 ? registry.ensure('country', countryName(iso2), iso2) : undefined;
}

function countryName(iso2: string): string {
  return loadGazetteer().countryByIso2(iso2)?.name ?? iso2;
}

function label(role: string, where: EntityFact | undefined): string {
  return where ? `${role} of ${where.name}` : role;
}
