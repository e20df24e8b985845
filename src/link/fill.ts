/**
 * After linking: what the linked person's record says fills what the article left unsaid. A person linked on
 * the article's own evidence (name plus the post or country it states) gets the record's country, and each
 * of their posts stated without a country ("President William Ruto") is placed in it. Posts in an
 * organisation (heads, secretaries-general) are left alone: the record's country is a citizenship, not theirs.
 */
import type { ArticleFacts, EntityFact } from '../extract/facts.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { loadRoles, withAncestors } from '../lexicon/roles.js';
import type { LinkCandidate } from './candidate.js';
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
    const country = countryEntity(article, iso2, report);
    post.in = country.id;
    post.label = `${roles.get(post.role)?.label ?? post.role} of ${country.name}`;
  }
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
