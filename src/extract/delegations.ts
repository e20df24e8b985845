import type { SentenceView } from './sentence-view.js';

const LED_BY = /\b(?:the|a|an)\s+(?:visiting\s+|high-level\s+|§C\d+\s+)*delegation\s+(?:from\s+§C\d+\s+)?(?:led|headed)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(§P\d+)/;
const LEADER_POSSESSIVE = /(§P\d+)\s+'s\s+delegation\b/;
/** "§P6 , who is leading a party and government delegation of §C7": the leader named before the delegation. */
const LEADING = /(§P\d+)\s*,?\s*(?:who\s+(?:is|was)\s+)?(?:leading|heading|led|headed)\s+(?:a|an|the|his|her)\s+(?:(?:[a-z-]+|§C\d+)\s+){0,5}?delegation\b/;
const DELEGATION = /\b(?:the|a|an|his|her)\s+(?:visiting\s+|high-level\s+|§C\d+\s+)*delegation\b(?!\s+(?:led|headed)\s+by)(?:\s+'s)?/g;

/**
 * "The delegation led by X arrived in Beijing": the delegation stands for its leader. Rewrites each view's
 * skeleton so "the delegation" (once a leader is known) is a placeholder for the leader.
 */
export function resolveDelegations(views: SentenceView[]): void {
  let leaderSlot: SentenceView['slots'][number] | undefined;
  for (const view of views) {
    const led = LED_BY.exec(view.skeleton) ?? LEADER_POSSESSIVE.exec(view.skeleton) ?? LEADING.exec(view.skeleton);
    leaderSlot ??= led ? view.slots[Number(led[1].slice(2))] : undefined;
    view.skeleton = view.skeleton.replace(LED_BY, '$1');
  }
  // A delegation mentioned before its leader is named is the same delegation.
  for (const view of views) {
    DELEGATION.lastIndex = 0;
    if (!leaderSlot || !DELEGATION.test(view.skeleton)) continue;
    const slot = leaderSlot;
    view.skeleton = view.skeleton.replace(DELEGATION, () => {
      view.slots.push({ ...slot });
      return `§P${view.slots.length - 1}`;
    });
  }
}
