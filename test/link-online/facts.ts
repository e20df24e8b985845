/** Hand-made ArticleFacts for link tests: one article, entities and the posts they hold. */
import { FACTS_FORMAT, type ArticleFacts, type EntityFact } from '../../src/extract/facts.js';

const evidence = { text: 'test sentence', start: 0, end: 13, rule: 'test' };

export function entity(id: string, kind: EntityFact['kind'], name: string, more: Partial<EntityFact> = {}): EntityFact {
  return { id, kind, name, altNames: [], mentions: [evidence], ...more };
}

/** An article with these entities; `posts` maps a holder's id to a role id. */
export function articleFacts(entities: EntityFact[], posts: Record<string, string> = {}): ArticleFacts {
  return {
    format: FACTS_FORMAT,
    article: { id: 'online-test' },
    entities,
    positions: Object.entries(posts).map(([holder, role]) => ({ holder, role, title: role, label: role, evidence })),
    events: [],
  };
}

/** Runs `action` with stderr captured; returns what was written. */
export async function capturingStderr(action: () => Promise<unknown>): Promise<string> {
  const write = process.stderr.write.bind(process.stderr);
  let captured = '';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    captured += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    await action();
  } finally {
    process.stderr.write = write;
  }
  return captured;
}
