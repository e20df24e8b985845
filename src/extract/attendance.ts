import type { EntityFact, EventFact } from './facts.js';
import { slotPersons, type SentenceView } from './sentence-view.js';
import { cueAlternation } from '../lexicon/extraction-lexicon.js';

/** Persons in a list, each perhaps after a few title words the mention left outside ("he §P0", "the head of §O1 , §P2"). */
const LIST = '(?:[a-z.-]+\\s+){0,3}?§P\\d+(?:\\s*(?:,|and|,\\s*and)\\s+(?:[a-z.-]+\\s+){0,3}?§P\\d+)*';

let patterns: RegExp[] | undefined;

/**
 * "The meeting was attended by X", "X and Y were also present", "X, who sat in on the talks", "which X also
 * attended": people present at a meeting told before, not parties to a meeting of their own.
 */
function attendancePatterns(): RegExp[] {
  if (patterns) return patterns;
  // A meeting told before ("the talks", "that meeting"), not a conference attended ("the summit").
  const meeting = `(?:the|that|this)\\s+(?:[a-z-]+\\s+){0,2}?(?!summit\\b)(?:${cueAlternation(['meet-noun', 'phone-noun', 'video-noun'])})\\b`;
  patterns = [
    new RegExp(`\\b(?:was|were)\\s+(?:also\\s+)?attended\\s+by\\s+(${LIST})`, 'g'),
    new RegExp(`(${LIST})\\s*,?\\s*(?:who\\s+)?(?:was|were)\\s+(?:also\\s+)?(?:present|in\\s+attendance)\\b`, 'g'),
    new RegExp(`\\b(?:also\\s+)?present\\s+(?:at|during|in)\\s+${meeting}\\s+(?:was|were)\\s+(${LIST})`, 'g'),
    new RegExp(`(${LIST})\\s*,?\\s*(?:who\\s+)?(?:also\\s+)?(?:attended|sat\\s+in\\s+on)\\s+${meeting}`, 'g'),
    new RegExp(`\\b(?:which|that)\\s+(${LIST})\\s+(?:also\\s+)?attended\\b`, 'g'),
  ];
  return patterns;
}

/** A word each attendance pattern needs ("attended", "attendance", "present", "sat in on"): most sentences have none. */
const ATTENDANCE_WORD = /attend|present|sat/;

/** The people a sentence says were present at a meeting. */
function attendeesOf(view: SentenceView): EntityFact[] {
  if (!ATTENDANCE_WORD.test(view.skeleton)) return [];
  const slots = attendancePatterns().flatMap((re) => [...view.skeleton.matchAll(re)].flatMap((m) => [...(m[1] ?? '').matchAll(/§P(\d+)/g)].map((s) => view.slots[Number(s[1])])));
  return slotPersons(slots);
}

/**
 * Drops a sentence's meetings that only retell a meeting told before with people present at it ("X and Y were also
 * present during the meeting", "X, who attended the talks with Z"): the last meeting that happened, told in this
 * sentence or before, with every other person the sentence names. Those present are not parties to a meeting of
 * their own; whether they count as the meeting's participants is left open.
 */
export function withoutAttendance(view: SentenceView, told: EventFact[], before: readonly EventFact[]): EventFact[] {
  const present = attendeesOf(view).map((p) => p.id);
  if (present.length === 0) return told;
  const others = slotPersons(view.slots).map((p) => p.id).filter((p) => !present.includes(p));
  const fits = (e: EventFact): boolean => e.kind === 'meeting' && e.status === 'happened' && others.every((p) => e.participants.includes(p)) && !present.some((p) => e.participants.includes(p));
  const meeting = [...before, ...told].filter(fits).pop();
  if (!meeting) return told;
  const known = new Set([...meeting.participants, ...present]);
  return told.filter((e) => e.kind !== 'meeting' || !e.participants.some((p) => present.includes(p)) || !e.participants.every((p) => known.has(p)));
}
