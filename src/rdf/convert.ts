import { DataFactory } from 'n3';
import type { NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import type { ArticleFacts, EntityFact, EventFact, Evidence } from '../extract/facts.js';
import { loadGazetteer } from '../lexicon/gazetteer.js';
import { roleQuads } from '../lexicon/roles-to-rdf.js';
import { loadRoles, withAncestors } from '../lexicon/roles.js';
import { articleSlug, shortHash, slug } from './iri.js';
import { DEFAULT_BASE, DIP, PREFIXES } from './namespaces.js';

const { namedNode, literal, quad } = DataFactory;

const RDF_TYPE = namedNode(`${PREFIXES.rdf}type`);
const XSD_DATE = namedNode(`${PREFIXES.xsd}date`);
const XSD_INTEGER = namedNode(`${PREFIXES.xsd}integer`);
const dipTerms = new Map<string, NamedNode>();
/** The ontology's terms, made once: every quad of a kind shares its predicate and class (fewer objects, and the serialiser keys each term once). */
const dip = (local: string): NamedNode => {
  let term = dipTerms.get(local);
  if (!term) dipTerms.set(local, (term = namedNode(DIP + local)));
  return term;
};
const schema = (local: string): NamedNode => namedNode(PREFIXES.schema + local);
const RDFS_LABEL = namedNode(`${PREFIXES.rdfs}label`);
const SKOS_ALT = namedNode(`${PREFIXES.skos}altLabel`);
const OWL_SAME_AS = namedNode(`${PREFIXES.owl}sameAs`);
const PROV_DERIVED = namedNode(`${PREFIXES.prov}wasDerivedFrom`);

const EVENT_CLASS: Record<EventFact['kind'], string> = {
  meeting: 'Meeting',
  visit: 'Visit',
  statement: 'Statement',
  agreement: 'Agreement',
};
const ENTITY_CLASS: Record<EntityFact['kind'], string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
};
const ENTITY_PATH: Record<EntityFact['kind'], string> = { person: 'person', organization: 'org', country: 'country', place: 'place' };

export interface ConvertOptions {
  /** Base IRI of minted resources (default https://w3id.org/dipkg/id/). */
  base?: string;
}

/** The path (below the base) of an entity's node: one node per real-world entity across articles. */
function entityPath(entity: EntityFact): string {
  if (entity.kind === 'country' && entity.country) return `country/${entity.country.toLowerCase()}`;
  return `${ENTITY_PATH[entity.kind]}/${slug(entity.name)}`;
}

/** Picks one label for a node named differently across articles: most often used, then longest, then first by code point. */
function canonicalName(counts: Map<string, number>): string {
  return [...counts].sort(([a, m], [b, n]) => n - m || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

/** What one article says an entity node is: its path, the name used, and the QID linked, if any. */
export type EntityNaming = [path: string, name: string, qid?: string];

/** The naming of every entity of an article (after linking, which may add countries and QIDs). */
export function namingsOf(facts: ArticleFacts): EntityNaming[] {
  return facts.entities.map((entity) => (entity.qid ? [entityPath(entity), entity.name, entity.qid] : [entityPath(entity), entity.name]));
}

/**
 * The canonical label and the agreed QID of every entity node, over all articles, so that every graph
 * labels a node the same way. Plain data: a parallel build sends it to its worker threads.
 */
export interface NodeNames {
  labels: Map<string, string>;
  qids: Map<string, string>;
}

/** Gathers the namings of all articles, then settles each node's label and QID. */
export class EntityIndex {
  private readonly names = new Map<string, Map<string, number>>();
  private readonly qids = new Map<string, Set<string>>();

  add(namings: Iterable<EntityNaming>): void {
    for (const [path, name, qid] of namings) {
      const counts = this.names.get(path) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      this.names.set(path, counts);
      if (qid) this.qids.set(path, (this.qids.get(path) ?? new Set()).add(qid));
    }
  }

  /** Each node's canonical label, and its QID unless articles disagree about it (a wrong link is worse than none). */
  resolve(): NodeNames {
    const labels = new Map<string, string>();
    for (const [path, counts] of this.names) labels.set(path, canonicalName(counts));
    const qids = new Map<string, string>();
    for (const [path, found] of this.qids) if (found.size === 1) qids.set(path, [...found][0]!);
    return { labels, qids };
  }
}

/** The names of the nodes of a set of articles, as quadsPerArticle settles them. */
export function nodeNamesOf(all: ArticleFacts[]): NodeNames {
  const index = new EntityIndex();
  for (const facts of all) index.add(namingsOf(facts));
  return index.resolve();
}

/**
 * Converts article facts into quads on the dip: ontology, one named graph per article (the article
 * IRI). Pure and deterministic: the same facts give the same quads.
 */
export function factsToQuads(all: ArticleFacts[], options: ConvertOptions = {}): Quad[] {
  return [...quadsPerArticle(all, options)].flat();
}

/** The same quads, one article's graph at a time, so large builds can write as they go. */
export function* quadsPerArticle(all: ArticleFacts[], options: ConvertOptions = {}): Generator<Quad[]> {
  const names = nodeNamesOf(all);
  for (const facts of all) yield articleQuads(facts, names, options);
}

/** The quads of one article's graph, its nodes named as `names` (of all the articles built together) say. */
export function articleQuads(facts: ArticleFacts, names: NodeNames, options: ConvertOptions = {}): Quad[] {
  return new ArticleGraph(facts, options.base ?? DEFAULT_BASE, names).quads;
}

/** Builds the quads of one article's graph. */
class ArticleGraph {
  readonly quads: Quad[] = [];
  private readonly article: NamedNode;
  private readonly nodes = new Map<string, NamedNode>();
  private readonly usedRoles = new Set<string>();

  constructor(
    private readonly facts: ArticleFacts,
    private readonly base: string,
    private readonly names: NodeNames,
  ) {
    this.article = this.mint(`article/${articleSlug(facts.article.id)}`);
    this.addArticle();
    for (const entity of facts.entities) this.nodes.set(entity.id, this.mint(entityPath(entity)));
    for (const entity of facts.entities) this.addEntity(entity);
    for (const position of facts.positions) this.addPosition(position);
    for (const event of facts.events) this.addEvent(event);
    const roles = new Set([...this.usedRoles].flatMap((id) => withAncestors(id)));
    for (const q of roleQuads(roles, { titleForms: false })) this.add(q.subject as NamedNode, q.predicate as NamedNode, q.object);
  }

  /** A node's canonical label; `fallback` for a node no article names (a country known only by code). */
  private label(path: string, fallback = path): string {
    return this.names.labels.get(path) ?? fallback;
  }

  private mint(path: string): NamedNode {
    return namedNode(this.base + path);
  }

  private add(subject: NamedNode, predicate: NamedNode, object: Quad_Object): void {
    this.quads.push(quad(subject, predicate, object, this.article));
  }

  private node(localId: string): NamedNode {
    const node = this.nodes.get(localId);
    if (!node) throw new Error(`article ${this.facts.article.id}: facts refer to unknown entity "${localId}"`);
    return node;
  }

  private addArticle(): void {
    const { id, title, published, publisher, url } = this.facts.article;
    this.add(this.article, RDF_TYPE, dip('Article'));
    this.add(this.article, schema('identifier'), literal(id));
    if (title) this.add(this.article, schema('headline'), literal(title));
    if (published) this.add(this.article, schema('datePublished'), literal(published, XSD_DATE));
    if (publisher) this.add(this.article, schema('publisher'), literal(publisher));
    if (url) this.add(this.article, schema('url'), namedNode(url));
  }

  private addEntity(entity: EntityFact): void {
    const path = entityPath(entity);
    const node = this.node(entity.id);
    const label = this.label(path);
    this.add(node, RDF_TYPE, dip(ENTITY_CLASS[entity.kind]));
    this.add(node, RDFS_LABEL, literal(label));
    for (const name of new Set([entity.name, ...entity.altNames])) {
      if (name !== label) this.add(node, SKOS_ALT, literal(name));
    }
    this.add(node, dip('mentionedIn'), this.article);
    const qid = this.names.qids.get(path);
    if (qid) this.add(node, OWL_SAME_AS, namedNode(PREFIXES.wd + qid));
    if (entity.kind === 'country' && entity.country) this.add(node, dip('isoCode'), literal(entity.country));
    else if (entity.country) this.addCountryOf(node, entity.country);
    if (entity.within) this.add(node, dip('locatedIn'), this.node(entity.within));
  }

  /** Ties a person or organisation to a country node, declaring that node with its gazetteer name. */
  private addCountryOf(node: NamedNode, iso2: string): void {
    const country = loadGazetteer().countryByIso2(iso2);
    if (!country) return;
    const countryNode = this.mint(`country/${iso2.toLowerCase()}`);
    this.add(node, dip('country'), countryNode);
    this.add(countryNode, RDF_TYPE, dip('Country'));
    this.add(countryNode, RDFS_LABEL, literal(this.label(`country/${iso2.toLowerCase()}`, country.name)));
    this.add(countryNode, dip('isoCode'), literal(iso2));
  }

  /** A post (role in a country or organisation), the person holding it, and the tenure carrying the evidence. */
  private addPosition(position: ArticleFacts['positions'][number]): void {
    const role = loadRoles().get(position.role);
    const holder = this.node(position.holder);
    const inNode = position.in === undefined ? undefined : this.node(position.in);
    const inEntity = this.facts.entities.find((e) => e.id === position.in);
    const inPath = inEntity ? entityPath(inEntity) : undefined;
    const positionNode = this.mint(`position/${slug(position.role.replace(/([a-z])([A-Z])/g, '$1 $2'))}${inPath ? `-${slug(inPath.split('/')[1]!)}` : ''}`);
    const label = role && inPath ? `${role.label} of ${this.label(inPath)}` : role ? role.label : position.label;
    this.add(positionNode, RDF_TYPE, dip('Position'));
    this.add(positionNode, RDFS_LABEL, literal(label));
    if (role) {
      this.add(positionNode, dip('role'), dip(role.id));
      this.usedRoles.add(role.id);
    }
    if (inNode) this.add(positionNode, dip('positionIn'), inNode);
    this.add(holder, dip('holdsPosition'), positionNode);
    const tenure = this.mint(`tenure/${shortHash(holder.value, positionNode.value)}`);
    this.add(tenure, RDF_TYPE, dip('Tenure'));
    this.add(tenure, dip('holder'), holder);
    this.add(tenure, dip('position'), positionNode);
    this.addEvidence(tenure, position.evidence);
  }

  /**
   * One node per event: the same kind, status, participants and date give the same IRI in every
   * article, so an event reported twice is one node. Undated events are kept apart per article.
   */
  private addEvent(event: EventFact): void {
    const participants = event.participants.map((id) => this.node(id));
    const key = [
      event.kind,
      event.status,
      ...participants.map((p) => p.value).sort(),
      event.destination ? this.node(event.destination).value : '',
      event.speaker ? `${this.node(event.speaker).value} ${event.quote ?? ''}` : '',
      event.date ?? `article:${this.facts.article.id}`,
    ];
    const node = this.mint(`event/${shortHash(...key)}`);
    this.add(node, RDF_TYPE, dip(EVENT_CLASS[event.kind]));
    for (const participant of participants) this.add(node, dip('participant'), participant);
    if (event.visitor) this.add(node, dip('visitor'), this.node(event.visitor));
    if (event.destination) this.add(node, dip('destination'), this.node(event.destination));
    if (event.speaker) this.add(node, dip('speaker'), this.node(event.speaker));
    if (event.quote) this.add(node, dip('quote'), literal(event.quote, 'en'));
    if (event.date) this.add(node, dip('date'), literal(event.date, XSD_DATE));
    if (event.place) this.add(node, dip('place'), this.node(event.place));
    this.add(node, dip('status'), dip(event.status === 'planned' ? 'Planned' : 'Happened'));
    this.add(node, dip('cameoCode'), literal(event.cameo));
    if (event.mode) this.add(node, dip('mode'), literal(event.mode));
    for (const evidence of event.evidence) this.addEvidence(node, evidence);
  }

  /** Where a fact is stated: the sentence (text and offsets), the article, and the rule that found it. */
  private addEvidence(fact: NamedNode, evidence: Evidence): void {
    const sentence = this.mint(`sentence/${articleSlug(this.facts.article.id)}/${evidence.start}-${evidence.end}`);
    this.add(fact, dip('evidence'), literal(evidence.text, 'en'));
    this.add(fact, PROV_DERIVED, this.article);
    this.add(fact, dip('statedIn'), sentence);
    this.add(fact, dip('extractionRule'), literal(evidence.rule));
    this.add(sentence, RDF_TYPE, dip('Sentence'));
    this.add(sentence, dip('evidenceStart'), literal(String(evidence.start), XSD_INTEGER));
    this.add(sentence, dip('evidenceEnd'), literal(String(evidence.end), XSD_INTEGER));
    this.add(sentence, dip('text'), literal(evidence.text, 'en'));
    this.add(sentence, PROV_DERIVED, this.article);
  }
}
