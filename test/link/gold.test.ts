/**
 * Linking precision and recall on a gold set derived only from the bundled tables: every QID expected
 * here is read from countries.tsv, organizations.tsv or people.tsv. Person mentions are written as news
 * copy varies them (hyphenated or run-together given names, no diacritics, middle names dropped), with
 * the context an article gives (country, post or both); negative cases (surname alone, a namesake from
 * another country) expect no link.
 */
import { expect } from 'chai';
import type { EntityKind } from '../../src/extract/facts.js';
import { loadGazetteer, type PersonEntry } from '../../src/lexicon/gazetteer.js';
import { bundledCandidates, rolesOfPosition } from '../../src/link/bundled.js';
import type { LinkContext } from '../../src/link/candidate.js';
import { chooseLink } from '../../src/link/match.js';

interface Case {
  context: LinkContext;
  /** The identity meant, or undefined when no link is right. */
  gold?: string;
}
interface Score {
  precision: number;
  recall: number;
  cases: number;
  linked: number;
  wrong: number;
}

const g = loadGazetteer();
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const context = (kind: EntityKind, name: string, more: Partial<LinkContext> = {}): LinkContext => ({ kind, name, altNames: [], roles: [], ...more });

function personVariants(name: string): string[] {
  const w = plain(name).split(' ');
  const variants = [plain(name)];
  if (w.length >= 3) {
    variants.push(`${w.slice(0, -2).join(' ')} ${w.at(-2)}-${w.at(-1)?.toLowerCase()}`);
    variants.push(`${w[0]} ${w.at(-1)}`);
  }
  return variants;
}

function personCases(p: PersonEntry): Case[] {
  const roles = [...new Set(p.positions.flatMap(rolesOfPosition))];
  const cases: Case[] = [];
  for (const name of personVariants(p.name)) {
    if (p.country) cases.push({ context: context('person', name, { country: p.country }), gold: p.qid });
    if (roles.length > 0) cases.push({ context: context('person', name, { roles }), gold: p.qid });
    if (p.country && roles.length > 0) cases.push({ context: context('person', name, { country: p.country, roles }), gold: p.qid });
  }
  const surname = p.name.split(' ').at(-1) ?? p.name;
  cases.push({ context: context('person', surname, { country: p.country, roles }) });
  if (p.country) cases.push({ context: context('person', p.name, { country: p.country === 'FR' ? 'DE' : 'FR' }) });
  return cases;
}

function measure(cases: Case[]): Score {
  let linked = 0;
  let right = 0;
  for (const c of cases) {
    const { qid } = chooseLink(c.context, bundledCandidates(c.context.kind, [c.context.name]));
    if (!qid) continue;
    linked++;
    if (qid === c.gold) right++;
  }
  const positives = cases.filter((c) => c.gold).length;
  return { precision: linked ? right / linked : 1, recall: positives ? right / positives : 1, cases: cases.length, linked, wrong: linked - right };
}

describe('linking on gold derived from the bundled tables', () => {
  const scores: Record<string, Score> = {};
  after(() => {
    for (const [kind, s] of Object.entries(scores)) {
      console.log(`    ${kind.padEnd(22)} cases ${String(s.cases).padStart(5)}  linked ${String(s.linked).padStart(5)}  wrong ${String(s.wrong).padStart(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}`);
    }
  });

  it('countries by name, alias and demonym: precision 1.0, recall ≥ 0.98', () => {
    const cases = g.countries.flatMap((c) =>
      [c.name, ...c.aliases, ...c.demonyms].map((n) => ({ context: context('country', n), gold: c.qid })),
    );
    const s = (scores.countries = measure(cases));
    expect(s.precision).to.equal(1);
    expect(s.recall).to.be.at.least(0.98);
  });

  it('capitals with a QID, within their country', () => {
    const cases = g.countries
      .filter((c) => c.capital && c.capitalQid)
      .map((c) => ({ context: context('place', c.capital as string, { country: c.iso2 }), gold: c.capitalQid }));
    const s = (scores.capitals = measure(cases));
    expect(s.precision).to.equal(1);
    expect(s.recall).to.equal(1);
  });

  it('organisations by name, acronym and alias; those without a QID never link', () => {
    const cases = g.organizations.flatMap((o) =>
      [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases].map((n) => ({ context: context('organization', n), gold: o.qid })),
    );
    const s = (scores.organizations = measure(cases));
    expect(s.precision).to.be.at.least(0.99);
  });

  it('persons (two-source table): precision ≥ 0.97', () => {
    const s = (scores['persons (2 sources)'] = measure(g.people.filter((p) => p.source === 'shared:people.csv').flatMap(personCases)));
    expect(s.precision).to.be.at.least(0.97);
  });

  it('persons (single-source table): precision ≥ 0.97', () => {
    const s = (scores['persons (1 source)'] = measure(g.people.filter((p) => p.source !== 'shared:people.csv').flatMap(personCases)));
    expect(s.precision).to.be.at.least(0.97);
  });
});
