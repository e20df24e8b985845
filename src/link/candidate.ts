/**
 * What the link stage weighs: a Wikidata candidate for an entity, from the bundled tables (offline)
 * or from a SPARQL endpoint / the MediaWiki search API (online). Both sources feed one decision rule.
 */
export interface LinkCandidate {
  qid: string;
  label: string;
  aliases: string[];
  /** ISO2 codes of the candidate's countries (citizenship P27, or the country an office belongs to). */
  countries: string[];
  /** Role ids (from the roles lexicon) of posts the candidate held (P39), where known. */
  roles: string[];
  /** For a person of no country: the organisations or territories their posts are in ("European Union", "Abkhazia"). */
  bodies?: string[];
  /** Where the candidate came from: "bundled:people.tsv", "online:<endpoint>", ... */
  source: string;
}

/** What the article says about an entity, against which candidates are judged. */
export interface LinkContext {
  kind: 'person' | 'organization' | 'country' | 'place';
  name: string;
  altNames: string[];
  country?: string;
  roles: string[];
  /** Names of the organisations and territories (not countries) the person's posts are in, as the article gives them. */
  postBodies?: string[];
  /**
   * For a person: ISO2 codes of the countries the article names, when it does not introduce the person as a
   * private individual ("a shopkeeper, Abdul Hamid"). Weak support, weighed for bundled candidates only.
   */
  articleCountries?: string[];
}

export interface LinkDecision {
  qid?: string;
  /** Set when two or more candidates had equal support: no link is made, and they are reported. */
  ambiguous?: LinkCandidate[];
}

/** A source of candidates beyond the bundled tables (the online Wikidata linker implements it). */
export interface CandidateSource {
  /** A short name for reports and warnings, e.g. the endpoint URL. */
  readonly name: string;
  candidates(context: LinkContext): Promise<LinkCandidate[]>;
}
