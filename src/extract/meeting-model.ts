import { existsSync, readFileSync } from 'node:fs';
import type { EntityFact } from './facts.js';
import type { SentenceView } from './sentence-view.js';
import type { RuleMatch } from './event-rules.js';
import { cueSpans, type CueSpan } from './cue-phrases.js';
import { cueAlternation, trigger } from '../lexicon/extraction-lexicon.js';
import { dataPath } from '../lexicon/tsv.js';

/**
 * A learned meeting-relation classifier beside the rules: every pair of persons a sentence with a meeting cue names is
 * a candidate, described by general features (cues and where they stand, the words between, the rules' own output;
 * never a name), and scored by a weight table learned from the dev gold (test/eval/train-meetings.ts).
 */

/** Cues that make a sentence tell a meeting: only such sentences give candidates. */
const MEETING_CUES = ['meet-verb', 'host-verb', 'phone-verb', 'video-verb', 'mutual-verb', 'mutual-phone', 'meet-noun', 'phone-noun', 'video-noun'];
/** Further cues read as features, with where they stand: the pair's frame, plans, denials, other events. */
const CONTEXT_CUES = ['hold-verb', 'topic-verb', 'meal-noun', 'visit-verb', 'statement-verb', 'planned', 'intent', 'planned-noun', 'negation', 'request', 'call-off'];
const FEATURE_CUES = [...MEETING_CUES, ...CONTEXT_CUES];
/** Words telling someone present at another's meeting rather than meeting. */
const ATTENDANCE = /^(?:attend|attends|attended|attending|attendance|accompanied|accompanying|present|presence|joined|sat)$/;
/** Words opening another clause between the two persons. */
const CLAUSE_WORD = /^(?:who|whom|whose|which|that|said|says|told|while|when|after|before)$/;
const SLOT = /^§([A-Z])\d+$/;
const NUMBER = /^\d[\d.,:]*$/;
const MODEL_RULE = 'meeting-model';
const GAP_BUCKETS = [1, 3, 6, 10, 20];
const SEPARATE = /\bseparate(?:ly)?\b/;
/** "A and B have not met", "called off a meeting with", "which A and B did not attend": a denial or a call-off in the sentence. */
const denied = (pair: PairCandidate): boolean => pair.features.some((f) => /^cue:(?:negation|call-off):/.test(f));
/** "paid a courtesy call on": a visit in person, not a telephone call. */
const COURTESY_CALL = /\bcourtesy\s+calls?\b/g;

/** Two persons of a sentence, where they stand, and what describes them. */
export interface PairCandidate {
  a: EntityFact;
  b: EntityFact;
  /** Slot numbers of their nearest mentions, `a` first in the sentence. */
  slots: [number, number];
  /** Where in the skeleton the first mention starts and the second ends. */
  at: number;
  end: number;
  features: string[];
}

/** What decides a candidate: the shipped weight table, or (in training) one learned on other articles. */
export interface PairScorer {
  threshold: number;
  /** Probability that the pair meet in the sentence. */
  score(pair: PairCandidate): number;
}

/** The weight table as stored in src/lexicon/data/meeting-model.json (a header of provenance fields besides). */
export interface WeightTable {
  threshold: number;
  weights: Record<string, number>;
}

/** The feature every candidate has: its weight is the model's intercept. */
export const BIAS = 'bias';

/** The logistic function: a sum of weights as a probability. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function weightScorer(table: WeightTable): PairScorer {
  return {
    threshold: table.threshold,
    score: (pair) => {
      let z = 0;
      for (const f of pair.features) z += table.weights[f] ?? 0;
      return sigmoid(z);
    },
  };
}

export const MODEL_FILE = dataPath('meeting-model.json');
let shipped: PairScorer | null | undefined;

/** The shipped model, loaded once; none when no model was trained. */
export function shippedMeetingModel(): PairScorer | null {
  if (shipped === undefined) shipped = existsSync(MODEL_FILE) ? weightScorer(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as WeightTable) : null;
  return shipped;
}

interface CueRegExps {
  /** Any meeting cue. */
  gate: RegExp;
  plan: RegExp;
  phone: RegExp;
  video: RegExp;
}

let cueRes: CueRegExps | undefined;

function cueRegExps(): CueRegExps {
  const whole = (cues: string[]): RegExp => new RegExp(`(?<=^|\\s)(?:${cueAlternation(cues)})(?=\\s|$)`);
  cueRes ??= {
    gate: whole(MEETING_CUES),
    plan: whole(['planned', 'intent']),
    phone: whole(['phone-verb', 'mutual-phone', 'phone-noun']),
    video: whole(['video-verb', 'video-noun']),
  };
  return cueRes;
}

/** A person's mention in the skeleton. */
interface Mention {
  slot: number;
  person: EntityFact;
  start: number;
  end: number;
}

function personMentions(view: SentenceView): Mention[] {
  const out: Mention[] = [];
  for (const m of view.skeleton.matchAll(/§P(\d+)/g)) {
    const person = view.slots[Number(m[1])]?.entity;
    if (person?.kind === 'person') out.push({ slot: Number(m[1]), person, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A skeleton word as a feature: slots by kind, numbers dropped. */
function wordOf(w: string): string | undefined {
  if (NUMBER.test(w)) return undefined;
  const kind = SLOT.exec(w)?.[1];
  return kind === undefined ? w : `§${kind}`;
}

/** The pairs of distinct persons of a sentence with a meeting cue, at their nearest mentions, with their features. */
export function meetingCandidates(view: SentenceView, matches: RuleMatch[]): PairCandidate[] {
  const { skeleton } = view;
  const mentions = personMentions(view);
  const persons = [...new Set(mentions.map((m) => m.person))];
  if (persons.length < 2 || !cueRegExps().gate.test(skeleton)) return [];
  const cues = cueSpans(skeleton, FEATURE_CUES);
  const met = matches.filter((m) => m.kind === 'meeting').map((m) => new Set(m.participants.map((n) => view.slots[n]?.entity)));
  const out: PairCandidate[] = [];
  for (const [i, p] of persons.entries()) {
    for (const q of persons.slice(i + 1)) {
      const [x, y] = nearest(mentions.filter((m) => m.person === p), mentions.filter((m) => m.person === q));
      const joined = met.filter((s) => s.has(x.person) && s.has(y.person)).length > 0;
      const one = met.some((s) => s.has(x.person) !== s.has(y.person));
      const features = pairFeatures(skeleton, x, y, cues, persons.length);
      if (met.length > 0) features.push('rule:meeting');
      if (joined) features.push('rule:both');
      if (one) features.push('rule:one');
      out.push({ a: x.person, b: y.person, slots: [x.slot, y.slot], at: x.start, end: y.end, features });
    }
  }
  return out;
}

/** The two mentions, one of each person, nearest each other; the earlier first. */
function nearest(ps: Mention[], qs: Mention[]): [Mention, Mention] {
  let best: [Mention, Mention] = [ps[0] as Mention, qs[0] as Mention];
  let gap = Infinity;
  for (const p of ps) {
    for (const q of qs) {
      const d = Math.abs(p.start - q.start);
      if (d < gap) [gap, best] = [d, p.start < q.start ? [p, q] : [q, p]];
    }
  }
  return best;
}

function pairFeatures(skeleton: string, x: Mention, y: Mention, cues: CueSpan[], persons: number): string[] {
  const f = new Set<string>([BIAS]);
  for (const c of cues) f.add(`cue:${c.cue}:${c.end <= x.start ? 'before' : c.start >= y.end ? 'after' : 'between'}`);
  const between = skeleton.slice(x.end, y.start).split(' ').filter((w) => w !== '');
  for (const w of between) {
    const word = wordOf(w);
    if (word) f.add(`w:${word}`);
  }
  const before = skeleton.slice(0, x.start).split(' ').filter((w) => w !== '');
  const after = skeleton.slice(y.end).split(' ').filter((w) => w !== '');
  f.add(`prev:${wordOf(before[before.length - 1] ?? '^') ?? '#'}`);
  f.add(`next:${wordOf(after[0] ?? '$') ?? '#'}`);
  if (between[between.length - 1] === 'with') f.add('with-before-second');
  if (between.includes('and') && between.every((w) => w === 'and' || w === ',')) f.add('and-joined');
  if (between.includes(',')) f.add('comma-between');
  if (between.some((w) => CLAUSE_WORD.test(w))) f.add('clause-between');
  if (between.includes(';')) f.add('semicolon-between');
  f.add(`gap:${GAP_BUCKETS.find((b) => between.length <= b) ?? 'far'}`);
  f.add(`persons:${Math.min(persons, 5)}`);
  const [ca, cb] = [x.person.country, y.person.country];
  f.add(`country:${ca && cb ? (ca === cb ? 'same' : 'differ') : 'unknown'}`);
  if (skeleton.includes('"')) f.add('quote');
  if (SEPARATE.test(skeleton)) f.add('separate');
  for (const [where, words] of [['before', before], ['between', between], ['after', after]] as const) {
    if (words.some((w) => ATTENDANCE.test(w))) f.add(`attendance:${where}`);
  }
  return [...f];
}

/**
 * Whether the pair is told as planned: a plan or intent cue between them or in the clause before the first, or every
 * meeting and visit the rules found in the sentence planned.
 */
function plannedPair(skeleton: string, at: number, end: number, matches: RuleMatch[]): boolean {
  const clauseBefore = skeleton.slice(0, at).split(/[,;]/).pop() ?? '';
  const events = matches.filter((m) => m.kind === 'meeting' || m.kind === 'visit');
  return cueRegExps().plan.test(`${clauseBefore} ${skeleton.slice(at, end)}`) || (events.length > 0 && events.every((m) => m.planned));
}

/**
 * Meetings the model finds in a sentence beyond the rules': the pairs scored above the threshold that no rule meeting
 * of the sentence joins and nothing denies, as matches of rule `meeting-model` (dates, places and status are attached
 * as for any match). Pairs sharing a person are one meeting of them all ("A met B and C"), unless the sentence tells
 * them apart ("separately"), as 5-fold CV on dev preferred to one meeting per pair.
 */
export function modelMatches(view: SentenceView, matches: RuleMatch[], scorer: PairScorer | null): RuleMatch[] {
  if (!scorer) return [];
  // Scored first: a scorer may record every candidate (training does).
  const passed = meetingCandidates(view, matches).filter((pair) => scorer.score(pair) >= scorer.threshold && !pair.features.includes('rule:both') && !denied(pair));
  const groups = SEPARATE.test(view.skeleton) ? passed.map((p) => [p]) : joinedPairs(passed);
  return groups.map((group) => {
    const slots = [...new Set(group.flatMap((p) => p.slots))];
    const first = group[0] as PairCandidate;
    const { phone, video } = cueRegExps();
    const cue = phone.test(view.skeleton.replace(COURTESY_CALL, '')) ? 'phone-noun' : video.test(view.skeleton) ? 'video-noun' : first.features.includes('cue:host-verb:between') ? 'host-verb' : 'meet-verb';
    const { cameo, mode } = trigger(cue);
    const at = Math.min(...group.map((p) => p.at));
    const end = Math.max(...group.map((p) => p.end));
    return {
      rule: MODEL_RULE,
      kind: 'meeting',
      participants: slots,
      subjects: [first.slots[0]],
      destinations: [],
      planned: plannedPair(view.skeleton, at, end, matches),
      cameo,
      ...(mode ? { mode } : {}),
      at,
      end,
    };
  });
}

/** "A met B and C": pairs sharing a person are one meeting of all of them. */
function joinedPairs(pairs: PairCandidate[]): PairCandidate[][] {
  const groups: PairCandidate[][] = [];
  for (const pair of pairs) {
    const touching = groups.filter((g) => g.some((p) => p.a === pair.a || p.a === pair.b || p.b === pair.a || p.b === pair.b));
    const merged = [...touching.flat(), pair];
    for (const g of touching) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

