import { FACTS_FORMAT, type ArticleFacts } from '../extract/facts.js';
import { InputError } from './errors.js';
import { isIsoDate, parseMeta } from './meta.js';
import { readTextFile } from './text.js';

/**
 * Checks that a value is ArticleFacts a converter can trust: the format tag, an article id, arrays
 * of entities/positions/events, and every reference to an entity naming one that exists.
 */
export function checkFacts(value: unknown, origin: string): ArticleFacts {
  const fail = (what: string): never => {
    throw new InputError(`${origin}: ${what}`);
  };
  if (typeof value !== 'object' || value === null) return fail('expected an ArticleFacts object');
  const facts = value as ArticleFacts;
  if (facts.format !== FACTS_FORMAT) fail(`"format" must be "${FACTS_FORMAT}"`);
  if (typeof facts.article?.id !== 'string' || facts.article.id === '') fail('"article.id" is missing');
  parseMeta(facts.article as unknown as Record<string, unknown>, `${origin} (article)`);
  for (const key of ['entities', 'positions', 'events'] as const) {
    if (!Array.isArray(facts[key])) fail(`"${key}" must be an array`);
  }
  const ids = new Set(facts.entities.map((e) => e.id));
  const known = (id: string | undefined, where: string): void => {
    if (id !== undefined && !ids.has(id)) fail(`${where} refers to unknown entity "${id}"`);
  };
  for (const entity of facts.entities) {
    if (typeof entity.name !== 'string' || entity.name.trim() === '') fail(`entity "${entity.id}" has no name`);
    known(entity.within, `entity "${entity.id}" within`);
  }
  for (const position of facts.positions) {
    known(position.holder, 'a position holder');
    known(position.in, `position of "${position.holder}"`);
  }
  for (const event of facts.events) {
    for (const id of [...event.participants, event.visitor, event.destination, event.speaker, event.place]) known(id, `event "${event.id}"`);
    if (event.date !== undefined && !isIsoDate(event.date)) fail(`event "${event.id}" date must be YYYY-MM-DD`);
    if (!Array.isArray(event.evidence)) fail(`event "${event.id}" needs an evidence array`);
  }
  return facts;
}

/** Reads a `.facts.json` file: one ArticleFacts object or an array of them. */
export async function readFactsFile(path: string): Promise<ArticleFacts[]> {
  const text = await readTextFile(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: invalid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(value) ? value : [value];
  return list.map((item, i) => checkFacts(item, list.length > 1 ? `${path}[${i}]` : path));
}
