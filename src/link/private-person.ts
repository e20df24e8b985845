/**
 * Whether an article introduces a person as a private individual: an indefinite description beside their full
 * name that names no post ("Abdul Hamid, a shopkeeper, said…", "a farmer named Abdul Hamid", "a senior fellow,
 * Mark Phillips"). Such a person is a politician's namesake more often than the politician, so the link stage
 * does not link them on the weak evidence of the article naming the politician's country.
 */
import type { EntityFact } from '../extract/facts.js';
import { rolesNamedBy } from './position-roles.js';

/** The description right after the name: ", a shopkeeper in Port Sudan," → "shopkeeper in Port Sudan". */
const AFTER = /^\s*,\s+(?:an?)\s+([^,.;:()"“”]+)/i;
/**
 * The description right before the name, opening the sentence or a clause: "A shopkeeper, ", "…, a farmer named ",
 * "said a trader, " (not "After a meeting, ": an adverbial).
 */
const BEFORE = /(?:^|[,;:]\s*|\b(?:said|says|told)\s+)(?:an?)\s+([^,.;:()"“”]+?)(?:\s*,|\s+(?:named|called))\s*$/i;

/** The descriptions an article gives beside this exact name in one sentence. */
function descriptionsBeside(sentence: string, name: string): string[] {
  const found: string[] = [];
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) {
    const after = AFTER.exec(sentence.slice(at + name.length))?.[1];
    const before = BEFORE.exec(sentence.slice(0, at))?.[1];
    found.push(...[after, before].filter((d): d is string => d !== undefined));
  }
  return found;
}

/** True when a mention gives the person's full name with a description that names no post. */
export function introducedAsPrivatePerson(person: EntityFact): boolean {
  const fullNames = [person.name, ...person.altNames].filter((n) => n.trim().includes(' '));
  return person.mentions.some((m) =>
    fullNames.some((name) => descriptionsBeside(m.text, name).some((d) => rolesNamedBy(d).length === 0)),
  );
}
