import type { EntityFact } from './facts.js';
import type { PostMention, SentenceView } from './sentence-view.js';
import { countryRole } from '../lexicon/country-titles.js';

/** "§P0 … [in §L5 on §D6 …] [his] §C1 [and §C2] counterpart[s][,] §P3 [and §P4]". */
const COUNTERPART = /(§P\d+)\s+(?:[^§.;]|§[LD]\d+)*?(?:\b(?:his|her|their)\s+)?(§C\d+(?:\s*(?:,|and)\s*§C\d+)*)\s+counterparts?\s*,?\s*(§P\d+(?:\s*(?:,|and)\s*§P\d+)*)/g;

/** A title whose rank differs between countries: a minister of state's counterpart may be a full minister. */
const RANK_VARIES = /^minister of state\b/i;

/**
 * "X met his North Korean counterpart, Y": Y holds X's post (as stated so far in the article), in the named
 * country; "her French and Polish counterparts, A and B" pairs countries and persons in order.
 */
export function counterpartPosts(view: SentenceView, postsOf: (person: EntityFact) => readonly PostMention[]): PostMention[] {
  const out: PostMention[] = [];
  const entities = (slots: string): (EntityFact | undefined)[] => [...slots.matchAll(/§[PC](\d+)/g)].map((m) => view.slots[Number(m[1])]?.entity);
  for (const m of view.skeleton.matchAll(COUNTERPART)) {
    const [x] = entities(m[1]);
    const countries = entities(m[2]);
    const holders = entities(m[3]);
    // "Deputy Prime Minister and Foreign Minister X … his counterpart": the last post the sentence titles X with.
    const told = view.posts.filter((p) => p.holder === x && p.role);
    const post = x && (told[told.length - 1] ?? postsOf(x).find((p) => p.role));
    if (!post || RANK_VARIES.test(post.title) || (countries.length !== 1 && countries.length !== holders.length)) continue;
    holders.forEach((holder, n) => {
      const country = countries.length === 1 ? countries[0] : countries[n];
      // The counterpart holds what X's title names in their country ("Foreign Secretary" of India: an official).
      const role = (country?.country && countryRole(post.title, country.country)) || post.role;
      if (holder && country && holder !== x) out.push({ holder, role, title: 'counterpart', in: country, rule: 'counterpart' });
    });
  }
  return out;
}
