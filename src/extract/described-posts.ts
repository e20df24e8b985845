/**
 * Posts an article tells by description rather than beside the name: "The French president hosted …" over a story
 * naming Emmanuel Macron, "Spain's prime minister arrived …", "the presidents of Finland, Lithuania and Romania". A
 * definite description of a post one person holds per country gives that post to the one person who can be meant:
 * of that country (known, or named as its: "Finland's Alexander Stubb"), holding no post the article states, named
 * within a few sentences of the description, and alone in all that; and only while no one of that country holds
 * the post already. "Former", "a", "his predecessor as" and the like make it no one's post now.
 */
import type { EntityFact } from './facts.js';
import type { EntityRegistry } from './registry.js';
import type { PostMention, SentenceView } from './sentence-view.js';
import { SINGLE_HOLDER_ROLES } from './implied-countries.js';
import { toldSkeleton } from './referents.js';
import { countryRole } from '../lexicon/country-titles.js';
import { roleOfForm, withAncestors } from '../lexicon/roles.js';

export interface DescribedPost {
  post: PostMention;
  view: SentenceView;
}

/** What the article knows of a person when descriptions are read: their country and the posts stated of them. */
export interface Known {
  countryOf(p: EntityFact): string | undefined;
  postsOf(p: EntityFact): readonly PostMention[];
}

/** "§C0", "§C0 and §C1", "§C0 , §C1 , §C2". */
const COUNTRY_LIST = '§C\\d+(?:\\s*,\\s*§C\\d+)*(?:\\s*,?\\s*and\\s+§C\\d+)?';
/** Words a description may carry between its country and its title ("Ethiopia's long-serving prime minister"). */
const MODIFIER = '(?:(?:new|current|incumbent|visiting|sitting|long-serving|newly\\s+elected)\\s+)?';
/**
 * "the §C0 president", "§C0 's prime minister", "the §C0 and §C1 foreign ministers", "§C0 , §C1 , §C2 presidents":
 * group `countries` the countries, `words` the words the title is read from. Not "the §C0 president §P1" (a title
 * beside its name, read elsewhere).
 */
const BY_COUNTRY = new RegExp(`(?:(?:\\bthe\\s+${MODIFIER})?(?<countries>${COUNTRY_LIST})|(?<owner>§C\\d+)\\s+'s)\\s+${MODIFIER}(?<words>[a-z-]+(?:\\s+[a-z-]+){0,4})`, 'g');
/** "the presidents of §C0 , §C1 and §C2": a plural title, then its countries. */
const OF_COUNTRIES = new RegExp(`\\bthe\\s+(?<words>[a-z-]+(?:\\s+[a-z-]+){0,3})\\s+of\\s+(?<countries>${COUNTRY_LIST})`, 'g');
/** Words before a description that make it someone else's post or no one's ("former", "his predecessor as"). */
const NOT_NOW = /\b(?:former|late|ex|previous|predecessors?|successors?|next|future|would-be|outgoing|incoming|succeeded|succeeding|replaced|replacing|ousted|toppled)\b|(?:^|\s)(?:a|an|another|every|any|no|as|like|than|then)\s*$|-\s*$/;
/** The words before a description its lead is read from. */
const LEAD = /(?:\S+\s+){0,4}$/;
/**
 * What may follow a title that stands for its holder; not a name beside it ("…'s head of state, his highness §P1"),
 * nor "of" or "for" (another body).
 */
const AFTER_TITLE = /^(?!\s*(?:,\s*(?:[a-z.]+\s+){0,2})?§P|\s+(?:of|for)\b|-)/;
/** How many sentences either side of a description a person it may mean is looked for, when the article has several. */
const NEAR = 3;

/** The posts the article's definite descriptions give the people it names. */
export function describedPosts(views: readonly SentenceView[], registry: EntityRegistry, known: Known): DescribedPost[] {
  const people = registry.all.filter((e) => e.kind === 'person');
  const owned = ownedBy(views);
  const countryOf = (p: EntityFact): string | undefined => known.countryOf(p) ?? owned.get(p);
  const namedAt = views.map((v) => new Set(v.slots.filter((s) => s.kind === 'P' && s.entity && s.end > s.start).map((s) => s.entity as EntityFact)));
  const out: DescribedPost[] = [];
  views.forEach((view, at) => {
    for (const { country, role, title } of descriptions(view)) {
      const iso2 = country.country;
      if (!iso2) continue;
      const ofCountry = people.filter((p) => countryOf(p) === iso2);
      if (ofCountry.some((p) => holds(known.postsOf(p), role, iso2))) continue;
      const free = ofCountry.filter((p) => known.postsOf(p).length === 0);
      const near = free.filter((p) => namedAt.slice(Math.max(0, at - NEAR), at + NEAR + 1).some((named) => named.has(p)));
      const [holder] = near;
      if (holder && near.length === 1) out.push({ post: { holder, role, title, in: country, rule: 'described-post' }, view });
    }
  });
  return out;
}

/** "Finland's §P1": a person named as a country's, when the article names them so under one country only. */
const OWNED = /(§C\d+)\s+'s\s+(§P\d+)/g;

function ownedBy(views: readonly SentenceView[]): Map<EntityFact, string> {
  const countries = new Map<EntityFact, Set<string>>();
  for (const view of views) {
    for (const m of toldSkeleton(view).matchAll(OWNED)) {
      const iso2 = view.slots[Number((m[1] as string).slice(2))]?.entity?.country;
      const person = view.slots[Number((m[2] as string).slice(2))]?.entity;
      if (iso2 && person?.kind === 'person') countries.set(person, (countries.get(person) ?? new Set()).add(iso2));
    }
  }
  return new Map([...countries].filter(([, c]) => c.size === 1).map(([p, c]) => [p, [...c][0] as string]));
}

/** Whether the posts include the role (or one under it) in that country or in none named. */
function holds(posts: readonly PostMention[], role: string, iso2: string): boolean {
  return posts.some((p) => withAncestors(p.role).includes(role) && (!p.in || p.in.country === iso2));
}

interface Description {
  country: EntityFact;
  role: string;
  title: string;
}

/** The descriptions of single-holder posts a sentence tells, one per country. */
function descriptions(view: SentenceView): Description[] {
  const out: Description[] = [];
  // A description telling an event has given way to its referent's slot there ("§P9 hosted …"): read it as told.
  const skeleton = toldSkeleton(view);
  for (const m of [...skeleton.matchAll(BY_COUNTRY), ...skeleton.matchAll(OF_COUNTRIES)]) {
    const g = m.groups as Record<string, string>;
    const at = m.index ?? 0;
    if (NOT_NOW.test(LEAD.exec(skeleton.slice(0, at))?.[0] ?? '')) continue;
    const refs = (g.countries ?? g.owner ?? '').match(/§C\d+/g) ?? [];
    const countries = refs.map((ref) => view.slots[Number(ref.slice(2))]?.entity).filter((e): e is EntityFact => e?.kind === 'country');
    const byCountry = m[0].endsWith(g.words);
    const title = byCountry ? leadingTitle(skeleton.slice(at + m[0].length - g.words.length)) : wholeTitle(g.words);
    // Several countries take a plural title ("presidents"), one a singular one.
    if (!title || countries.length !== refs.length || (countries.length > 1) !== /s$/.test(title.form)) continue;
    if (!SINGLE_HOLDER_ROLES.includes(title.role)) continue;
    for (const country of countries) out.push({ country, role: countryRole(title.form, country.country ?? '') ?? title.role, title: title.form });
  }
  return out;
}

/** The longest title form the words open with, when what follows it lets it stand for its holder. */
function leadingTitle(rest: string): { form: string; role: string } | undefined {
  const list = (/^[a-z-]+(?:\s[a-z-]+){0,4}/.exec(rest)?.[0] ?? '').split(' ');
  for (let n = list.length; n > 0; n--) {
    const form = list.slice(0, n).join(' ');
    const role = roleOfForm(form);
    if (role) return AFTER_TITLE.test(rest.slice(form.length)) ? { form, role } : undefined;
  }
  return undefined;
}

/** The words as one title form ("presidents" of "the presidents of §C0 and §C1"). */
function wholeTitle(words: string): { form: string; role: string } | undefined {
  const form = words.trim();
  const role = roleOfForm(form);
  return role ? { form, role } : undefined;
}
