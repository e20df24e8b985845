import type { PostMention, SentenceView } from './sentence-view.js';

const COUNTERPART = /(§P\d+)\s+[^§.;]*?\b(?:his|her|their)\s+(§C\d+)\s+counterparts?\s*,?\s*(§P\d+)/g;

/** "X met his North Korean counterpart, Y": Y holds X's post, in the named country. */
export function counterpartPosts(view: SentenceView): PostMention[] {
  const out: PostMention[] = [];
  for (const m of view.skeleton.matchAll(COUNTERPART)) {
    const [x, country, y] = [m[1], m[2], m[3]].map((p) => view.slots[Number(p.slice(2))]);
    const known = x?.entity && view.posts.find((p) => p.holder === x.entity) ;
    const holder = y?.entity;
    if (!holder || !country?.entity) continue;
    for (const post of known ? [known] : []) out.push({ holder, role: post.role, title: 'counterpart', in: country.entity, rule: 'counterpart' });
  }
  return out;
}
