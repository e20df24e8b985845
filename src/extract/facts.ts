/**
 * ArticleFacts: the documented JSON format where extraction meets conversion.
 * `dipkg extract` prints it; `dipkg build` accepts it (a `.facts.json` file, one ArticleFacts
 * object, or a JSON array of them), so facts from another extractor or corrected by hand go
 * through the same converter. Entity and event ids are local to one article; the converter mints
 * global IRIs from the normalised content (see src/rdf/iri.ts).
 */
import type { ArticleMeta } from '../ingest/article.js';

export const FACTS_FORMAT = 'dipkg-facts/1';

/** Where a fact is stated: a sentence of the article, by character offsets into the article text. */
export interface Evidence {
  /** The sentence text, exactly as in the article. */
  text: string;
  start: number;
  end: number;
  /** The extraction rule that produced the fact (e.g. "meet-verb", "title-name"). */
  rule: string;
}

export type EntityKind = 'person' | 'organization' | 'country' | 'place';

export interface EntityFact {
  /** Local id within the article, e.g. "e3". */
  id: string;
  kind: EntityKind;
  /** Canonical full name (the longest form the article gives). */
  name: string;
  /** Other surface forms seen in the text (surnames, acronyms, demonyms, transliterations). */
  altNames: string[];
  /** ISO 3166-1 alpha-2 code: for a country its own; for a person or organisation its country if stated. */
  country?: string;
  /** For a place: the local id of the place or country it lies in ("People's Palace of Culture" in "Pyongyang"). */
  within?: string;
  /** Wikidata QID ("Q148"), set by the link stage or by hand. */
  qid?: string;
  /** Every sentence naming the entity. */
  mentions: Evidence[];
}

export interface PositionFact {
  /** Local id of the person holding the post. */
  holder: string;
  /** Role concept id from the roles lexicon, e.g. "ViceForeignMinister". */
  role: string;
  /** The title as written ("Vice FM", "top diplomat"). */
  title: string;
  /** Local id of the country or organisation the post is in, when known. */
  in?: string;
  /** Human label, e.g. "Vice Foreign Minister of China". */
  label: string;
  evidence: Evidence;
}

export type EventKind = 'meeting' | 'visit' | 'statement' | 'agreement';
export type EventStatus = 'happened' | 'planned';

export interface EventFact {
  id: string;
  kind: EventKind;
  status: EventStatus;
  /** Local ids of all participants (meetings, agreements; the visitor and speaker are also listed). */
  participants: string[];
  /** Visits: who travels, and where to (local ids). */
  visitor?: string;
  destination?: string;
  /** Statements: who speaks, and the quote when one is given. */
  speaker?: string;
  quote?: string;
  /** Resolved date `YYYY-MM-DD`, and the words it was resolved from. */
  date?: string;
  dateText?: string;
  /** Local id of the most specific place (venue, city or country). */
  place?: string;
  /** CAMEO event code, e.g. "040" consult, "041" by telephone, "042" make a visit, "036" intent to meet. */
  cameo: string;
  /** Meeting mode where known ("phone", "video", "in-person"). */
  mode?: string;
  evidence: Evidence[];
}

export interface ArticleFacts {
  format: typeof FACTS_FORMAT;
  article: ArticleMeta;
  entities: EntityFact[];
  positions: PositionFact[];
  events: EventFact[];
}
