import { expect } from 'chai';
import { extractFacts } from '../../src/extract/extract.js';
import type { EntityFact } from '../../src/extract/facts.js';
import { meetingCandidates } from '../../src/extract/meeting-model.js';
import type { SentenceView, Slot } from '../../src/extract/sentence-view.js';
import { fitLogistic, type Example } from '../eval/logistic.js';
import { FactsView, meetings } from './helpers.js';

// The sentences below pin the shipped weight table (src/lexicon/data/meeting-model.json): retraining may move them.
const rulesAlone = (text: string, published: string): string[] => {
  const facts = extractFacts({ meta: { id: 't', published }, text, origin: 'test' }, { meetingModel: null });
  return facts.events.filter((e) => e.kind === 'meeting').map((e) => e.evidence[0]?.rule ?? '');
};

describe('meeting model beside the rules', () => {
  it('"talks took place between A and B": a pair no rule joins, found by the shipped model', () => {
    const text = 'In Valletta on Tuesday, talks took place between Maltese Foreign Minister Ian Borg and Swedish Foreign Minister Maria Malmer Stenergard.';
    expect(rulesAlone(text, '2025-03-14')).to.deep.equal([]);
    const f = new FactsView(text, '2025-03-14');
    expect(meetings(f)).to.deep.equal(['Ian Borg + Maria Malmer Stenergard happened 2025-03-11 Valletta']);
    expect(f.events('meeting')[0]?.evidence.map((e) => e.rule)).to.deep.equal(['meeting-model']);
  });

  it('a minister and his own deputy are not joined in a meeting', () => {
    const f = new FactsView('Maltese Foreign Minister Ian Borg and his deputy Anna Camilleri joined talks in Valletta on Tuesday with Swedish Foreign Minister Maria Malmer Stenergard.', '2025-03-14');
    expect(f.events('meeting').map((m) => f.who(m).join(' + '))).to.not.include('Anna Camilleri + Ian Borg');
    expect(f.events('meeting').some((m) => m.evidence.some((e) => e.rule === 'meeting-model'))).to.equal(false);
  });

  it('"talks will take place between A and B": a planned meeting', () => {
    const text = 'In Stockholm next week, talks will take place between Maltese Foreign Minister Ian Borg and Swedish Foreign Minister Maria Malmer Stenergard.';
    expect(rulesAlone(text, '2025-03-14')).to.deep.equal([]);
    const f = new FactsView(text, '2025-03-14');
    expect(f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.status} ${m.cameo}`)).to.deep.equal(['Ian Borg + Maria Malmer Stenergard planned 036']);
  });

  it('features of a pair: cues and where they stand, the words between, the frame around, no name', () => {
    const person = (id: string, name: string, country: string): EntityFact => ({ id, kind: 'person', name, altNames: [], country, mentions: [] });
    const slot = (kind: Slot['kind'], entity?: EntityFact): Slot => ({ kind, ...(entity ? { entity } : {}), start: 0, end: 0 });
    const view: SentenceView = {
      span: { start: 0, end: 0, label: 'sentence' },
      text: '',
      skeleton: 'on §D0 , §P1 held 2 rounds of talks with §P2 , the §C3 envoy .',
      slots: [slot('D'), slot('P', person('e1', 'Ada Lind', 'SE')), slot('P', person('e2', 'Oskar Berg', 'NO')), slot('C')],
      posts: [],
      evidence: (rule) => ({ text: '', start: 0, end: 0, rule }),
    };
    const [pair, ...others] = meetingCandidates(view, []);
    expect(others).to.deep.equal([]);
    expect([pair?.a.name, pair?.b.name, pair?.slots]).to.deep.equal(['Ada Lind', 'Oskar Berg', [1, 2]]);
    expect([...(pair?.features ?? [])].sort()).to.deep.equal([
      'bias', 'country:differ', 'cue:hold-verb:between', 'cue:meet-noun:between', 'cue:meet-verb:between', 'gap:6', 'next:,', 'persons:2', 'prev:,',
      'w:held', 'w:of', 'w:rounds', 'w:talks', 'w:with', 'with-before-second',
    ]);
  });

  it('no candidate without a meeting cue', () => {
    const entity = (id: string): EntityFact => ({ id, kind: 'person', name: id, altNames: [], mentions: [] });
    const view: SentenceView = {
      span: { start: 0, end: 0, label: 'sentence' },
      text: '',
      skeleton: '§P0 and §P1 laid a wreath .',
      slots: [{ kind: 'P', entity: entity('a'), start: 0, end: 0 }, { kind: 'P', entity: entity('b'), start: 0, end: 0 }],
      posts: [],
      evidence: (rule) => ({ text: '', start: 0, end: 0, rule }),
    };
    expect(meetingCandidates(view, [])).to.deep.equal([]);
  });

  it('training is deterministic, learns the sign of a telling feature and leaves rare ones out', () => {
    const data: Example[] = [
      ...Array.from({ length: 6 }, (_, i): Example => ({ features: ['bias', 'with', ...(i === 0 ? ['rare'] : [])], positive: true })),
      ...Array.from({ length: 6 }, (): Example => ({ features: ['bias', 'deputy'], positive: false })),
      { features: ['bias', 'with', 'deputy'], positive: false },
    ];
    const options = { minCount: 2, l2: 0.01, iterations: 500, learningRate: 1 };
    const weights = fitLogistic(data, options);
    expect(fitLogistic(data, options)).to.deep.equal(weights);
    expect(Object.keys(weights).sort()).to.deep.equal(['bias', 'deputy', 'with']);
    expect(weights.with).to.be.greaterThan(0);
    expect(weights.deputy).to.be.lessThan(0);
  });
});
