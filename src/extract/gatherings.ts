import type { EntityFact } from './facts.js';
import { addPersonSlot, slotList, type SentenceView } from './sentence-view.js';
import { eventMatches } from './event-rules.js';
import { cueAlternation } from '../lexicon/extraction-lexicon.js';
import { listCell, readTsv } from '../lexicon/tsv.js';
import { roleOfForm, withAncestors } from '../lexicon/roles.js';

/** The gathering words of gatherings.tsv: number words by the count they name, and other cues' forms as a regex alternation (longest first). */
interface Words {
  count: Map<string, number>;
  counterparts: string;
  open: string;
  close: string;
}

let words: Words | undefined;

function loadWords(): Words {
  if (words) return words;
  const rows = new Map(readTsv('gatherings.tsv').map((r) => [r.cue ?? '', listCell(r.forms)]));
  const alternation = (cue: string): string =>
    (rows.get(cue) ?? []).sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  const count = new Map((rows.get('count') ?? []).map((word, n): [string, number] => [word, n + 2]));
  words = { count, counterparts: alternation('counterparts'), open: alternation('list-open'), close: alternation('list-close') };
  return words;
}

/** How many people a number word names ("two" → 2 … "ten" → 10), in order from two. */
export const numberWords = (): ReadonlyMap<string, number> => loadWords().count;

/** A person as a list item: "§P2", "§C1 's §P2", "ms §P2", "§P2 of §C3", "§P2 of the §C3". */
const ITEM = "(?:§C\\d+\\s+'s\\s+)?(?:[a-z]{1,4}\\.?\\s+)?§P\\d+(?:\\s+of\\s+(?:the\\s+)?§C\\d+)?";
const ITEMS = `${ITEM}(?:\\s*,\\s*${ITEM})*\\s*,?\\s*and\\s+${ITEM}`;
/** Countries in a list: "§C1 , §C2 and §C3". */
const COUNTRIES = '§C\\d+(?:\\s*,\\s*§C\\d+)*\\s*,?\\s*and\\s+§C\\d+';
/** "§P5 §P6 and §P7", "§P5 §P6 and acting §P7": names whose appositions the mentions swallowed, standing side by side in a list. */
const SIDE_BY_SIDE = /§P\d+(?:\s+§P\d+)+(?=\s*,?\s*and\s+(?:[a-z]+\s+)?§P\d+)/g;

/** "§P0 and §P1 are to meet again in §L2 , …, together with §P3 ,": the one named after joins the subjects. */
const TOGETHER_WITH = /(?<subjects>§P\d+(?:\s*,\s*§P\d+)*\s*,?\s*and\s+§P\d+)(?<middle>\s+(?:[^.;§"]|§[LDO]\d+){1,100}?)\s*,?\s*together\s+with\s+(?:[a-z.-]+\s+){0,3}?(?<added>§P\d+(?:\s*,?\s*and\s+§P\d+)?)/g;

interface Patterns {
  named: RegExp;
  roleOf: RegExp;
  roleBefore: RegExp;
  counterparts: RegExp;
}

let patterns: Patterns | undefined;

function compile(): Patterns {
  if (patterns) return patterns;
  const w = loadWords();
  const count = [...w.count.keys()].join('|');
  const noun = cueAlternation(['pair-noun']);
  // Not a list of names after it: that is the named shape.
  const noNames = `(?!\\s*(?:'s\\b|(?:${w.open})\\s+(?:[a-z.]+\\s+){0,2}?(?:§C\\d+\\s+'s\\s+)?§P))`;
  patterns = {
    // "and the foreign ministers of the three Sahel states - §C1 's §P2 , §C3 's §P4 and §C5 's §P6 -", "the ministers of §C1 and §C2 , §P3 and §P4".
    named: new RegExp(`(?<lead>\\band\\s+)?\\bthe\\s+(?:(?<n>${count})\\s+)?(?:[a-z-]+\\s+)?(?:${noun})\\s+(?<of>(?:of|from)\\s+(?:the\\s+)?(?:(?:[a-z-]+|§C\\d+|,)\\s+){1,8}?)?(?:${w.open})\\s+(?<list>${ITEMS})(?<close>\\s+(?:${w.close})(?=\\s))?`, 'g'),
    // "the foreign ministers of §C1 , §C2 and §C3".
    roleOf: new RegExp(`\\bthe\\s+(?:(?<n>${count})\\s+)?(?<noun>${noun})\\s+of\\s+(?:the\\s+)?(?<countries>${COUNTRIES})${noNames}`, 'g'),
    // "the §C1 , §C2 and §C3 foreign ministers".
    roleBefore: new RegExp(`\\bthe\\s+(?<countries>${COUNTRIES})\\s+(?<noun>${noun})\\b${noNames}`, 'g'),
    // "§P0 hosted his counterparts from §C1 , §C2 and §C3".
    counterparts: new RegExp(`\\b(?:his|her|their)\\s+(?:${w.counterparts})\\s+(?:from|of|in)\\s+(?:the\\s+)?(?<countries>${COUNTRIES})${noNames}`, 'g'),
  };
  return patterns;
}

const SLOT = /§([PC])(\d+)/g;

/**
 * A meeting of three or more people told by a plural role phrase: "the foreign ministers of §C1 , §C2 and §C3" (the
 * people the article names as holding that post there), "his counterparts from §C1 …", "the ministers of the three
 * states - A , B and C -" (the names it introduces). Rewrites a sentence's skeleton so that the event rules read the
 * gathering as one list of persons, and so tell one meeting with all of them instead of pairs.
 */
export class Gatherings {
  /** Who holds each role in each country, as the article states it. */
  private readonly holders: { holder: EntityFact; roles: string[]; country: string }[] = [];

  constructor(views: readonly SentenceView[]) {
    for (const post of views.flatMap((v) => v.posts)) {
      const country = post.in?.kind === 'country' ? post.in.country : post.in ? undefined : post.holder.country;
      if (country) this.holders.push({ holder: post.holder, roles: withAncestors(post.role), country });
    }
  }

  rewrite(view: SentenceView): void {
    if (!/§[PC]/.test(view.skeleton)) return;
    this.sideBySide(view);
    const p = compile();
    this.replaceAll(view, p.named, (m) => this.named(view, m));
    for (const re of [p.roleOf, p.roleBefore]) this.replaceAll(view, re, (m) => this.resolved(view, m, roleOfPlural(m.groups?.noun ?? '')));
    this.replaceAll(view, p.counterparts, (m) => this.resolved(view, m, undefined, subjectBefore(view, m.index)));
    this.replaceAll(view, TOGETHER_WITH, (m) => {
      const g = m.groups ?? {};
      const added = slotsIn(g.added ?? '', 'P');
      return { text: `${(g.subjects ?? '').replace(/\s*,?\s*and\s+(?=§P\d+$)/, ' , ')} and ${added.map((n) => `§P${n}`).join(' and ')}${g.middle ?? ''}`, slots: [...slotsIn(g.subjects ?? '', 'P'), ...added] };
    });
  }

  /** "received §P5 §P6 and §P7": the names are a list. */
  private sideBySide(view: SentenceView): void {
    const runs = view.skeleton.match(SIDE_BY_SIDE);
    if (!runs) return;
    const rewritten = view.skeleton.replace(SIDE_BY_SIDE, (run) => run.replace(/(§P\d+)\s+(?=§P)/g, '$1 , '));
    this.keepIf(view, rewritten, runs.flatMap((run) => slotsIn(run, 'P')));
  }

  /** Tries each match of `re` in turn: `replace` gives the new text and the person slots it must bring into a meeting. */
  private replaceAll(view: SentenceView, re: RegExp, replace: (m: RegExpExecArray) => { text: string; slots: number[] } | undefined): void {
    re.lastIndex = 0;
    for (let m = re.exec(view.skeleton); m !== null; m = re.exec(view.skeleton)) {
      const found = replace(m);
      const slotsBefore = view.slots.length;
      if (found && this.keepIf(view, view.skeleton.slice(0, m.index) + found.text + view.skeleton.slice(m.index + m[0].length), found.slots)) {
        re.lastIndex = m.index + found.text.length;
      } else {
        view.slots.length = slotsBefore;
        re.lastIndex = m.index + 1;
      }
    }
  }

  /** The names a role phrase introduces, when as many as it counts (in words or in countries). */
  private named(view: SentenceView, m: RegExpExecArray): { text: string; slots: number[] } | undefined {
    const g = m.groups ?? {};
    const people = slotsIn(g.list ?? '', 'P');
    const countries = slotsIn(g.of ?? '', 'C');
    const count = g.n ? numberWords().get(g.n) : undefined;
    if ((count !== undefined && people.length !== count) || (countries.length >= 2 && people.length !== countries.length)) return undefined;
    if (!g.close && /[-–—(]/.test(m[0].slice(0, m[0].indexOf(g.list ?? ''))) && !/^\s+[.;,]/.test(view.skeleton.slice(m.index + m[0].length))) return undefined;
    return { text: `${g.lead ? ', ' : ''}${g.list ?? ''}`, slots: people };
  }

  /** One person per country: the one the article names in `role` there (or, for counterparts, in a role `peer` holds). */
  private resolved(view: SentenceView, m: RegExpExecArray, role: string | undefined, peer?: EntityFact): { text: string; slots: number[] } | undefined {
    const g = m.groups ?? {};
    const isos = slotsIn(g.countries ?? '', 'C').map((n) => view.slots[n]?.entity?.country);
    const count = g.n ? numberWords().get(g.n) : undefined;
    if (count !== undefined && isos.length !== count) return undefined;
    const roles = role ? [role] : peer ? this.rolesOf(peer) : [];
    if (roles.length === 0) return undefined;
    const people = isos.map((iso) => {
      const found = new Set(this.holders.filter((h) => h.country === iso && h.holder !== peer && roles.some((r) => h.roles.includes(r))).map((h) => h.holder));
      return found.size === 1 ? [...found][0] : undefined;
    });
    if (people.some((p) => p === undefined) || new Set(people).size !== people.length) return undefined;
    const slots = people.map((p) => addPersonSlot(view, p));
    return { text: slotList(slots), slots };
  }

  /** The most specific roles a person holds in the article. */
  private rolesOf(person: EntityFact): string[] {
    return [...new Set(this.holders.filter((h) => h.holder === person).map((h) => h.roles[0] as string))];
  }

  /** Takes the rewritten skeleton when one meeting it tells has all of `slots` and at least three people. */
  private keepIf(view: SentenceView, rewritten: string, slots: number[]): boolean {
    const persons = (ns: number[]): Set<EntityFact | undefined> => new Set(ns.map((n) => view.slots[n]?.entity));
    const wanted = persons(slots);
    const kept = slots.length >= 2 && eventMatches(rewritten).some((r) => {
      const people = persons(r.participants);
      return r.kind === 'meeting' && people.size >= 3 && [...wanted].every((p) => people.has(p));
    });
    if (kept) view.skeleton = rewritten;
    return kept;
  }
}

/** "foreign ministers" → ForeignMinister, "heads of state" → HeadOfState. */
function roleOfPlural(noun: string): string | undefined {
  const singular = noun.replace(/\s+/g, ' ').replace(/s of /, ' of ').replace(/s$/, '');
  return roleOfForm(singular);
}

/** The nearest person named before `at`: whose counterparts they are. */
function subjectBefore(view: SentenceView, at: number): EntityFact | undefined {
  const last = [...view.skeleton.slice(0, at).matchAll(/§P(\d+)/g)].pop();
  return last ? view.slots[Number(last[1])]?.entity : undefined;
}

/** The slot numbers of one kind in a piece of skeleton. */
function slotsIn(text: string, kind: 'P' | 'C'): number[] {
  return [...text.matchAll(SLOT)].filter((s) => s[1] === kind).map((s) => Number(s[2]));
}
