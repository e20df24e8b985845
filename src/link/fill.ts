/**
 * After linking: what the linked person's record says fills what the article left unsaid. A person linked on
 * the article's own evidence (name plus the post or country it states) gets the record's country, and each
 * of their posts stated without a country ("President William Ruto") is placed in it. Posts in an
 * organisation (heads, secretaries-general) are left alone: the record's country is a citizenship, not theirs.
 * Then, for posts still without a country, the article's home country (see markHomeCountry) when nothing ties the
 * holder elsewhere ("Prime Minister X" in a Suva-datelined story); such posts' rule ends in "+home-country".
 */
import type { ArticleFacts, EntityFact, PositionFact } from '../extract/facts.js';
import { DATELINE_RULE, heldAbroad } from '../extract/posts.js';
import { SINGLE_HOLDER_ROLES } from '../extract/implied-countries.js';
import { countryRole, hasPresident } from '../lexicon/country-titles.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { loadRoles, withAncestors } from '../lexicon/roles.js';
import { bundledCandidates } from './bundled.js';
import type { LinkCandidate } from './candidate.js';
import { personWords } from './match.js';
import type { LinkReportBuilder } from './report.js';

const ORGANIZATION_ROLE = 'OrganizationHead';


/** Fills the person's country and their posts' missing country from the chosen candidate records (one QID). */
export function fillFromLink(article: ArticleFacts, person: EntityFact, chosen: LinkCandidate[], report: LinkReportBuilder): void {
  const countries = [...new Set(chosen.flatMap((c) => c.countries))];
  if (countries.length !== 1) return;
  const iso2 = countries[0];
  if (person.country && person.country !== iso2) return;
  person.country = iso2;
  const roles = loadRoles();
  for (const post of article.positions) {
    if (post.holder !== person.id || post.in !== undefined || withAncestors(post.role, roles).includes(ORGANIZATION_ROLE)) continue;
    place(post, countryEntity(article, iso2, report));
  }
}

/**
 * Places posts stated without a country in the article's home country, unless their holder has a country, is
 * known by name (bundled people table) as someone of another country, visits the home country, or meets someone
 * of it. Call after every link decision and fillFromLink.
 */
export function fillFromHome(article: ArticleFacts): void {
  const home = article.entities.find((e) => e.kind === 'country' && e.mentions.some((m) => m.rule === DATELINE_RULE));
  if (!home?.country) return;
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const ofHome = (id: string | undefined): boolean => {
    const e = id === undefined ? undefined : byId.get(id);
    return e !== undefined && (e.country === home.country || (e.kind === 'place' && ofHome(e.within)));
  };
  const elsewhere = (person: string): boolean =>
    article.events.some((e) => (e.kind === 'visit' && e.visitor === person && ofHome(e.destination)) ||
      // Only a two-sided meeting makes its other side foreign: in a three-way one two hosts meet a guest.
      (e.kind === 'meeting' && e.participants.length === 2 && e.participants.includes(person) && e.participants.some((id) => id !== person && ofHome(id))));
  const foreign = (person: string): boolean => {
    const holder = byId.get(person);
    return holder !== undefined && (holder.country !== undefined || knownElsewhere(holder, home.country as string));
  };
  // "President X" in an Ankara-datelined story that names Erdogan as Türkiye's president is not Türkiye's.
  const heldByOther = (post: PositionFact): boolean => {
    const role = countryRole(post.title, home.country as string) ?? post.role;
    return SINGLE_HOLDER_ROLES.includes(role) && article.positions.some((p) => p.role === role && p.in === home.id && p.holder !== post.holder);
  };
  for (const post of article.positions) {
    if (post.in !== undefined || foreign(post.holder) || !heldIn(post.role, home.country) || heldByOther(post) || heldAbroad(post.role) || elsewhere(post.holder)) continue;
    place(post, home);
    post.evidence = { ...post.evidence, rule: `${post.evidence.rule}+home-country` };
  }
}

/** False for a president in a country whose head of state is no president (a monarchy's dateline). */
const heldIn = (role: string, iso2: string): boolean => role !== 'President' || hasPresident(iso2);

/** True when the bundled people table has someone of exactly this person's name, and of another country than `iso2`. */
function knownElsewhere(person: EntityFact, iso2: string): boolean {
  const names = new Set([person.name, ...person.altNames].map((n) => personWords(n).join(' ')));
  return bundledCandidates('person', [...names]).some(
    (c) => [c.label, ...c.aliases].some((n) => names.has(personWords(n).join(' '))) && c.countries.some((country) => country !== iso2),
  );
}

/** Sets the post's country, with the role its title names there. */
function place(post: PositionFact, country: EntityFact): void {
  if (country.country) post.role = countryRole(post.title, country.country) ?? post.role;
  post.in = country.id;
  post.label = `${loadRoles().get(post.role)?.label ?? post.role} of ${country.name}`;
}

/** The article's entity for a country, added (and linked) when the article did not name it. */
function countryEntity(article: ArticleFacts, iso2: string, report: LinkReportBuilder): EntityFact {
  const known = article.entities.find((e) => e.kind === 'country' && e.country === iso2);
  if (known) return known;
  const entry = loadGazetteer().countryByIso2(iso2);
  const ids = new Set(article.entities.map((e) => e.id));
  let n = article.entities.length + 1;
  while (ids.has(`e${n}`)) n++;
  const country: EntityFact = { id: `e${n}`, kind: 'country', name: entry?.name ?? iso2, altNames: [], country: iso2, mentions: [], ...(entry?.qid ? { qid: entry.qid } : {}) };
  article.entities.push(country);
  if (country.qid) report.linked(country);
  else report.notLinked(country, 'no-match');
  return country;
}
