import { trigger } from '../lexicon/extraction-lexicon.js';

/** What one rule match over a sentence skeleton says, before dates, places and ids are attached. */
export interface RuleMatch {
  rule: string;
  kind: 'meeting' | 'visit' | 'statement' | 'agreement';
  /** Slot numbers (from the §X<n> placeholders) of the participants, the visitor and destinations. */
  participants: number[];
  /** The subject side alone ("A" of "A met B"). */
  subjects: number[];
  destinations: number[];
  planned: boolean;
  cameo: string;
  mode?: string;
  /** Where in the skeleton the trigger matched, to pick the nearest date. */
  at: number;
  end: number;
}

function alternation(...cues: string[]): string {
  const forms = cues.flatMap((c) => trigger(c).forms);
  return [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}

const PERSON = '§P\\d+';
const LIST = `${PERSON}(?:\\s*,\\s*${PERSON})*(?:\\s*,?\\s*and\\s+${PERSON})?`;
// Words between the subject and its verb: no other entity, no clause end ("§P0 also on §D1 met …").
const GAP = '(?<pre>(?:(?!§[PCOL])[^.;",]){0,60}?)';
const COUNTERPART = `(?:(?:his|her|their)\\s+(?:§C\\d+\\s+)?(?:[a-z-]+\\s+)?counterparts?\\s*,?\\s*)?`;
const PLACES = '§[LC]\\d+(?:\\s*,?\\s*(?:and\\s+)?§[LC]\\d+)*';

interface Rule {
  name: string;
  kind: RuleMatch['kind'];
  re: RegExp;
  cue: string;
}

let rules: Rule[] | undefined;

function compile(): Rule[] {
  const meet = alternation('meet-verb');
  const host = alternation('host-verb');
  const phone = alternation('phone-verb');
  const video = alternation('video-verb');
  const mutual = alternation('mutual-verb');
  const mutualPhone = alternation('mutual-phone');
  const meetNoun = alternation('meet-noun', 'phone-noun');
  const visit = alternation('visit-verb');
  const visitNoun = alternation('visit-noun');
  const statement = alternation('statement-verb');
  const pledge = alternation('pledge-verb');
  const sign = alternation('sign-verb');
  const agreement = alternation('agreement-noun');
  const r = (name: string, kind: RuleMatch['kind'], cue: string, source: string): Rule => ({ name, kind, cue, re: new RegExp(source, 'g') });
  return [
    r('phone-verb', 'meeting', 'phone-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${phone})\\s+${COUNTERPART}(?<b>${LIST})`),
    r('video-verb', 'meeting', 'video-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${video})\\s+${COUNTERPART}(?<b>${LIST})`),
    r('mutual-phone', 'meeting', 'mutual-phone', `(?<a>${PERSON}(?:\\s*,\\s*${PERSON})*\\s*,?\\s*and\\s+${PERSON})\\s+${GAP}\\b(?:${mutualPhone})\\b`),
    r('host-verb', 'meeting', 'host-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${host})\\s+${COUNTERPART}(?<b>${LIST})`),
    r('meet-verb', 'meeting', 'meet-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${meet})\\s+${COUNTERPART}(?<b>${LIST})`),
    r('mutual-verb', 'meeting', 'mutual-verb', `(?<a>${PERSON}(?:\\s*,\\s*${PERSON})*\\s*,?\\s*and\\s+${PERSON})\\s+${GAP}\\b(?:${mutual}|(?:held|hold|holds|had|have held|has held)\\s+(?:[^§.;]{0,60}?\\s)?(?:talks|meetings?|consultations|discussions))\\b`),
    r('meeting-noun', 'meeting', 'meet-noun', `(?<a>${PERSON})\\s+'s\\s+(?:[a-z-]+\\s+){0,3}?(?:${meetNoun})\\s+with\\s+${COUNTERPART}(?<b>${LIST})`),
    r('meeting-between', 'meeting', 'meet-noun', `\\b(?:${meetNoun})\\s+between\\s+(?<a>${PERSON})\\s+and\\s+(?<b>${PERSON})`),
    r('separate-meeting', 'meeting', 'meet-noun', `\\b(?:in|during|at)\\s+(?:a|an|the|his|her|their)?\\s*(?:[a-z-]+\\s+){0,2}?(?:${meetNoun})\\s+with\\s+${COUNTERPART}(?<b>${LIST})\\s*,\\s*(?:[a-z]+\\s+){0,2}?(?<a>${LIST})`),
    r('during-meetings', 'meeting', 'meet-noun', `(?<a>${LIST})\\s*,?\\s*(?:during|in|at)\\s+(?:the\\s+|a\\s+|their\\s+|separate\\s+)*(?:${meetNoun})\\s+with\\s+(?<b>${LIST})`),
    r('talks-told', 'meeting', 'meet-noun', `\\b(?:during|at|in)\\s+(?:the\\s+|§D\\d+\\s+'s\\s+)(?:${meetNoun})\\s*,\\s*(?<a>${PERSON})\\s*,?\\s*${GAP}\\b(?:told|assured|urged|briefed)\\s+(?<b>${PERSON})`),
    r('visit-verb', 'visit', 'visit-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${visit})\\s+(?:the\\s+)?(?<dest>${PLACES})`),
    r('visit-noun', 'visit', 'visit-noun', `(?<a>${PERSON})\\s+'s\\s+(?:[a-z-]+\\s+){0,3}?(?:${visitNoun})\\s+(?:the\\s+)?(?<dest>${PLACES})`),
    r('sign-verb', 'agreement', 'sign-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${sign})\\s+(?:[^§.;]{0,60}?\\s)?(?:${agreement})\\b`),
    r('pledge-verb', 'agreement', 'pledge-verb', `(?<a>${LIST})\\s+${GAP}\\b(?:${pledge})\\b`),
    r('statement-verb', 'statement', 'statement-verb', `(?<a>${PERSON})\\s+${GAP}\\b(?:${statement})\\b`),
    r('statement-inverted', 'statement', 'statement-verb', `[,"]\\s*(?:said|says|added|stressed)\\s+(?<a>${PERSON})`),
  ];
}

const slotNumbers = (s: string | undefined): number[] => [...(s ?? '').matchAll(/§[A-Z](\d+)/g)].map((m) => Number(m[1]));

function plannedOrNegated(pre: string): { planned: boolean; negated: boolean } {
  const words = ` ${pre.trim()} `;
  const has = (cue: string): boolean => trigger(cue).forms.some((f) => words.includes(` ${f} `));
  return { planned: has('planned'), negated: has('negation') };
}

/** Every rule match in a sentence skeleton; a later rule never re-reports a pair an earlier one found at the same place. */
export function matchRules(skeleton: string): RuleMatch[] {
  rules ??= compile();
  const out: RuleMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(skeleton); m !== null; m = rule.re.exec(skeleton)) {
      const g = m.groups ?? {};
      const { planned, negated } = plannedOrNegated(g.pre ?? '');
      if (!negated) {
        const a = slotNumbers(g.a);
        const b = slotNumbers(g.b);
        const t = trigger(rule.cue);
        out.push({
          rule: rule.name,
          kind: rule.kind,
          participants: [...a, ...b],
          subjects: a,
          destinations: slotNumbers(g.dest),
          planned,
          cameo: t.cameo,
          ...(t.mode ? { mode: t.mode } : {}),
          at: m.index,
          end: m.index + m[0].length,
        });
      }
      // Let overlapping subjects match again ("§P1 met §P2" inside "§P0 said §P1 met §P2").
      rule.re.lastIndex = m.index + Math.max(1, (g.a ?? m[0]).length);
    }
  }
  return out;
}
