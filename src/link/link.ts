/**
 * The link stage: sets `qid` on the entities of extracted facts, in place. Countries link by ISO2 (or by
 * name), capitals by name, organisations and persons through chooseLink over bundled candidates, then,
 * for persons and organisations still unlinked, over candidates from an online source when one is given.
 * An online source that fails is reported with one warning line and linking carries on offline.
 */
import type { ArticleFacts, EntityFact } from '../extract/facts.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import type { CandidateSource, LinkCandidate, LinkContext, LinkDecision } from './candidate.js';
import { fillFromHome, fillFromLink } from './fill.js';
import { bundledCandidates, isKnownWithoutQid } from './bundled.js';
import { chooseLink } from './match.js';
import { introducedAsPrivatePerson } from './private-person.js';
import { LinkReportBuilder, type LinkReport } from './report.js';

export { formatLinkReport, type LinkReport } from './report.js';

export interface LinkOptions {
  online?: CandidateSource;
}

/** What the article says about an entity: its names, its country, the roles of posts it holds, the countries it names. */
function contextOf(entity: EntityFact, facts: ArticleFacts, byId: Map<string, EntityFact>): LinkContext {
  const posts = facts.positions.filter((p) => p.holder === entity.id);
  const postCountry = posts.map((p) => (p.in ? byId.get(p.in)?.country : undefined)).find((c) => c !== undefined);
  const withinCountry = entity.within ? byId.get(entity.within)?.country : undefined;
  const bodies = posts.flatMap((p) => (p.in ? byId.get(p.in) ?? [] : [])).filter((e) => e.kind !== 'country');
  const named = entity.kind === 'person' && !introducedAsPrivatePerson(entity);
  return {
    kind: entity.kind,
    name: entity.name,
    altNames: entity.altNames,
    country: entity.country ?? postCountry ?? withinCountry,
    roles: [...new Set(posts.map((p) => p.role))],
    ...(bodies.length > 0 ? { postBodies: bodies.flatMap((e) => [e.name, ...e.altNames]) } : {}),
    ...(named ? { articleCountries: countriesNamed(facts) } : {}),
  };
}

/** ISO2 codes of the countries an article names (in its text: an entity with mentions). */
function countriesNamed(facts: ArticleFacts): string[] {
  return [...new Set(facts.entities.flatMap((e) => (e.kind === 'country' && e.country && e.mentions.length > 0 ? [e.country] : [])))];
}

/** A link decision and the candidates it was made from. */
interface Weighed {
  decision: LinkDecision;
  candidates: LinkCandidate[];
}

function offlineDecision(entity: EntityFact, context: LinkContext): Weighed {
  if (entity.kind === 'country' && entity.country) {
    return { decision: { qid: loadGazetteer().countryByIso2(entity.country)?.qid }, candidates: [] };
  }
  const candidates = bundledCandidates(entity.kind, [context.name, ...context.altNames]);
  return { decision: chooseLink(context, candidates), candidates };
}

/** Asks the online source, once per entity; after its first failure it is no longer asked. */
class OnlineLinker {
  private failed = false;
  constructor(private readonly source: CandidateSource) {}

  async decide(context: LinkContext): Promise<Weighed> {
    if (this.failed) return { decision: {}, candidates: [] };
    try {
      const candidates = await this.source.candidates(context);
      return { decision: chooseLink(context, candidates), candidates };
    } catch (error) {
      this.failed = true;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`warning: online linking via ${this.source.name} failed (${reason}); linking offline only\n`);
      return { decision: {}, candidates: [] };
    }
  }
}

/** Links every entity of the facts in place and reports what stayed unlinked or ambiguous. */
export async function linkFacts(facts: ArticleFacts[], options: LinkOptions = {}): Promise<LinkReport> {
  const report = new LinkReportBuilder();
  const online = options.online ? new OnlineLinker(options.online) : undefined;
  for (const article of facts) await linkArticle(article, report, online);
  return report.build();
}

/** Links one article offline, unreported: each article links on its own, so a parallel build links in its workers. */
export async function linkOffline(article: ArticleFacts): Promise<void> {
  await linkArticle(article, new LinkReportBuilder());
}

async function linkArticle(article: ArticleFacts, report: LinkReportBuilder, online?: OnlineLinker): Promise<void> {
  const byId = new Map(article.entities.map((e) => [e.id, e]));
  const linkedPersons = new Map<EntityFact, LinkCandidate[]>();
  for (const entity of [...article.entities]) {
    if (entity.qid) {
      report.linked(entity);
      continue;
    }
    const context = contextOf(entity, article, byId);
    let weighed = offlineDecision(entity, context);
    if (!weighed.decision.qid && !weighed.decision.ambiguous && online && (entity.kind === 'person' || entity.kind === 'organization')) {
      weighed = await online.decide(context);
    }
    const { decision, candidates } = weighed;
    if (decision.qid) {
      entity.qid = decision.qid;
      report.linked(entity);
      if (entity.kind === 'person') linkedPersons.set(entity, candidates.filter((c) => c.qid === decision.qid));
    } else if (decision.ambiguous) report.tied(entity, decision.ambiguous);
    else report.notLinked(entity, entity.kind === 'organization' && isKnownWithoutQid(entity.name) ? 'no-qid' : 'no-match');
  }
  // Only now, every decision made on the article's own words, may the chosen records fill what it left unsaid.
  for (const [person, chosen] of linkedPersons) fillFromLink(article, person, chosen, report);
  // Then posts still without a country take the article's home country (its dateline), which no link decision saw.
  fillFromHome(article);
}
