import { expect } from 'chai';
import { FACTS_FORMAT, type ArticleFacts, type EntityFact, type EventFact, type PositionFact } from '../../src/extract/facts.js';
import type { Gold, GoldPerson } from './gold.js';
import { addScore, emptyScore, normaliseName, prf, scoreArticle } from './score.js';

const evidence = { text: '', start: 0, end: 0, rule: 'test' };

function entity(id: string, kind: EntityFact['kind'], name: string, extra: Partial<EntityFact> = {}): EntityFact {
  return { id, kind, name, altNames: [], mentions: [], ...extra };
}

function meeting(id: string, participants: string[], extra: Partial<EventFact> = {}): EventFact {
  return { id, kind: 'meeting', status: 'happened', participants, cameo: '040', evidence: [], ...extra };
}

function post(holder: string, role: string, inId?: string): PositionFact {
  return { holder, role, title: role, label: role, evidence, ...(inId ? { in: inId } : {}) };
}

function facts(entities: EntityFact[], events: EventFact[] = [], positions: PositionFact[] = []): ArticleFacts {
  return { format: FACTS_FORMAT, article: { id: 'a1' }, entities, positions, events };
}

function person(name: string, extra: Partial<GoldPerson> = {}): GoldPerson {
  return { name, posts: [], qid: null, ...extra };
}

function gold(extra: Partial<Gold>): Gold {
  return { persons: [], meetings: [], visits: [], countries: [], ...extra };
}

describe('eval scoring', () => {
  describe('normaliseName', () => {
    it('ignores case, diacritics, apostrophes, hyphens, dots and leading honorifics', () => {
      expect(normaliseName('Bùi Thanh Sơn')).to.equal(normaliseName('bui thanh son'));
      expect(normaliseName('Pak Myong-ho')).to.equal(normaliseName('Pak Myong Ho'));
      expect(normaliseName("Fiamē Naomi Mataʻafa")).to.equal(normaliseName("Fiame Naomi Mata'afa"));
      expect(normaliseName('Dr. S. Jaishankar')).to.equal('s jaishankar');
      expect(normaliseName('Sheikh Abdullah bin Zayed Al Nahyan')).to.equal('abdullah bin zayed al nahyan');
      expect(normaliseName('H.H. Sheikh Abdullah bin Zayed Al Nahyan')).to.equal('abdullah bin zayed al nahyan');
      expect(normaliseName('H.E. Khalifa Shaheen Al Marar')).to.equal('khalifa shaheen al marar');
    });

    it('keeps a one-word name even when it looks like an honorific', () => {
      expect(normaliseName('King')).to.equal('king');
    });
  });

  describe('persons', () => {
    it('matches by name or alias, counts extras and misses, and takes one prediction per gold person', () => {
      const predicted = facts([
        entity('p1', 'person', 'Choe Son-hui', { altNames: ['Choe'] }),
        entity('p2', 'person', 'Choe Son Hui'),
        entity('p3', 'person', 'Ed Davies'),
      ]);
      const score = scoreArticle(predicted, gold({ persons: [person('Choe Son Hui', { aliases: ['Choe Son-hui'] }), person('Kim Jong Gyu')] }));
      expect(score.persons).to.deep.equal({ tp: 1, fp: 2, fn: 1 });
      expect(score.misses).to.include('a1: person missed: Kim Jong Gyu');
    });

    it('accepts a full name given among the other names, but never a surname alone', () => {
      const predicted = facts([entity('p1', 'person', 'Jaishankar', { altNames: ['S. Jaishankar'] }), entity('p2', 'person', 'Kim')]);
      const score = scoreArticle(predicted, gold({ persons: [person('S. Jaishankar'), person('Kim Song Nam')] }));
      expect(score.persons).to.deep.equal({ tp: 1, fp: 1, fn: 1 });
    });
  });

  describe('persons linked', () => {
    it('counts a right link, a link on a gold-null namesake, and a missing link', () => {
      const predicted = facts([
        entity('p1', 'person', 'Wang Yi', { qid: 'Q701801' }),
        entity('p2', 'person', 'Mark Phillips', { qid: 'Q98053664' }),
        entity('p3', 'person', 'Penny Wong'),
      ]);
      const score = scoreArticle(predicted, gold({
        persons: [person('Wang Yi', { qid: 'Q701801' }), person('Mark Phillips'), person('Penny Wong', { qid: 'Q456759' })],
      }));
      expect(score.personsLinked).to.deep.equal({ tp: 1, fp: 1, fn: 1 });
    });
  });

  describe('posts', () => {
    const entities = [entity('p1', 'person', 'Sun Haiyan'), entity('c1', 'country', 'China', { country: 'CN' }), entity('c2', 'country', 'Japan', { country: 'JP' })];
    const g = gold({ persons: [person('Sun Haiyan', { posts: [{ role: 'ViceForeignMinister', in: 'CN' }] })] });

    it('needs the same role and, when gold gives it, the same country', () => {
      expect(scoreArticle(facts(entities, [], [post('p1', 'ViceForeignMinister', 'c1')]), g).posts).to.deep.equal({ tp: 1, fp: 0, fn: 0 });
      const wrongCountry = scoreArticle(facts(entities, [], [post('p1', 'ViceForeignMinister', 'c2')]), g);
      expect(wrongCountry.posts).to.deep.equal({ tp: 0, fp: 1, fn: 1 });
      expect(wrongCountry.postRoles).to.deep.equal({ tp: 1, fp: 0, fn: 0 });
      expect(scoreArticle(facts(entities, [], [post('p1', 'ForeignMinister', 'c1')]), g).posts).to.deep.equal({ tp: 0, fp: 1, fn: 1 });
    });

    it('counts a post stated twice once, and matches an organisation by name or acronym', () => {
      const withOrg = [...entities, entity('o1', 'organization', 'Economic Community of West African States', { altNames: ['ECOWAS'] })];
      const orgGold = gold({ persons: [person('Sun Haiyan', { posts: [{ role: 'OrganizationHead', in: 'ECOWAS' }] })] });
      const predicted = facts(withOrg, [], [post('p1', 'OrganizationHead', 'o1'), post('p1', 'OrganizationHead', 'o1')]);
      expect(scoreArticle(predicted, orgGold).posts).to.deep.equal({ tp: 1, fp: 0, fn: 0 });
    });
  });

  describe('meetings', () => {
    const entities = [
      entity('p1', 'person', 'Paul Kagame'),
      entity('p2', 'person', 'Téte António'),
      entity('p3', 'person', 'Olivier Nduhungirehe'),
      entity('v1', 'place', 'Urugwiro Village', { within: 'k1' }),
      entity('k1', 'place', 'Kigali', { within: 'c1' }),
      entity('c1', 'country', 'Rwanda', { country: 'RW' }),
    ];
    const kagame = { participants: ['Paul Kagame', 'Téte António'], date: '2024-08-20', place: 'Kigali', status: 'happened' as const };
    const people = [person('Paul Kagame'), person('Téte António'), person('Olivier Nduhungirehe')];

    it('matches on the participant set and status; scores date and place over matched meetings', () => {
      const predicted = facts(entities, [meeting('e1', ['p2', 'p1', 'c1'], { date: '2024-08-21', place: 'v1' })]);
      const score = scoreArticle(predicted, gold({ persons: people, meetings: [kagame] }));
      expect(score.meetings).to.deep.equal({ tp: 1, fp: 0, fn: 0 });
      expect(score.meetingDate).to.deep.equal({ right: 0, total: 1 });
      expect(score.meetingPlace).to.deep.equal({ right: 1, total: 1 });
    });

    it('rejects a wrong participant set or a wrong status', () => {
      const extraPerson = facts(entities, [meeting('e1', ['p1', 'p2', 'p3'])]);
      expect(scoreArticle(extraPerson, gold({ persons: people, meetings: [kagame] })).meetings).to.deep.equal({ tp: 0, fp: 1, fn: 1 });
      const planned = facts(entities, [meeting('e1', ['p1', 'p2'], { status: 'planned' })]);
      expect(scoreArticle(planned, gold({ persons: people, meetings: [kagame] })).meetings).to.deep.equal({ tp: 0, fp: 1, fn: 1 });
    });

    it('lets optional attendees be present or absent, and matches one N-ary meeting as a whole', () => {
      const withOptional = { ...kagame, optional: ['Olivier Nduhungirehe'] };
      for (const participants of [['p1', 'p2'], ['p1', 'p2', 'p3']]) {
        const score = scoreArticle(facts(entities, [meeting('e1', participants)]), gold({ persons: people, meetings: [withOptional] }));
        expect(score.meetings.tp).to.equal(1);
      }
      const threeWay = { ...kagame, participants: ['Paul Kagame', 'Téte António', 'Olivier Nduhungirehe'] };
      const pairwise = facts(entities, [meeting('e1', ['p1', 'p2']), meeting('e2', ['p1', 'p3'])]);
      expect(scoreArticle(pairwise, gold({ persons: people, meetings: [threeWay] })).meetings).to.deep.equal({ tp: 0, fp: 2, fn: 1 });
    });

    it('pairs same-pair meetings by date, and wants no place when gold has none', () => {
      const call = { ...kagame, date: '2024-08-01', place: null, mode: 'phone' as const };
      const predicted = facts(entities, [
        meeting('e1', ['p1', 'p2'], { date: '2024-08-01', mode: 'phone' }),
        meeting('e2', ['p1', 'p2'], { date: '2024-08-20', place: 'k1' }),
      ]);
      const score = scoreArticle(predicted, gold({ persons: people, meetings: [kagame, call] }));
      expect(score.meetings).to.deep.equal({ tp: 2, fp: 0, fn: 0 });
      expect(score.meetingDate).to.deep.equal({ right: 2, total: 2 });
      expect(score.meetingPlace).to.deep.equal({ right: 2, total: 2 });
      expect(score.meetingMode).to.deep.equal({ right: 2, total: 2 });
    });

    it('ignores predicted meetings with fewer than two persons', () => {
      const predicted = facts(entities, [meeting('e1', ['p1', 'c1'])]);
      expect(scoreArticle(predicted, gold({ persons: people })).meetings).to.deep.equal({ tp: 0, fp: 0, fn: 0 });
    });
  });

  describe('visits', () => {
    const entities = [
      entity('p1', 'person', 'Vijitha Herath'),
      entity('d1', 'place', 'New Delhi', { within: 'c1' }),
      entity('c1', 'country', 'India', { country: 'IN' }),
      entity('d2', 'place', 'Chennai', { within: 'c1' }),
    ];
    const visit = (id: string, destination: string, status: EventFact['status'] = 'happened'): EventFact =>
      ({ id, kind: 'visit', status, participants: ['p1'], visitor: 'p1', destination, cameo: '042', evidence: [] });
    const g = gold({
      persons: [person('Vijitha Herath')],
      visits: [
        { visitor: 'Vijitha Herath', destination: 'New Delhi', country: 'IN', status: 'happened' },
        { visitor: 'Vijitha Herath', destination: 'Chennai', country: 'IN', status: 'planned' },
      ],
    });

    it('matches visitor, status and destination by name or by country', () => {
      expect(scoreArticle(facts(entities, [visit('e1', 'c1'), visit('e2', 'd2', 'planned')]), g).visits).to.deep.equal({ tp: 2, fp: 0, fn: 0 });
      expect(scoreArticle(facts(entities, [visit('e1', 'd2')]), g).visits).to.deep.equal({ tp: 1, fp: 0, fn: 1 });
      expect(scoreArticle(facts(entities, [visit('e1', 'd1', 'planned')]), g).visits).to.deep.equal({ tp: 1, fp: 0, fn: 1 });
    });
  });

  describe('countries', () => {
    it('scores detection by ISO2 and links by QID', () => {
      const predicted = facts([
        entity('c1', 'country', 'North Korea', { country: 'KP', qid: 'Q423' }),
        entity('c2', 'country', 'Pyongyang', { country: 'KP', qid: 'Q423' }),
        entity('c3', 'country', 'China', { country: 'CN', qid: 'Q29520' }),
        entity('c4', 'country', 'Chad', { country: 'TD', qid: 'Q657' }),
      ]);
      const score = scoreArticle(predicted, gold({ countries: [{ iso2: 'KP', qid: 'Q423' }, { iso2: 'CN', qid: 'Q148' }, { iso2: 'RU', qid: 'Q159' }] }));
      expect(score.countries).to.deep.equal({ tp: 2, fp: 1, fn: 1 });
      expect(score.countriesLinked).to.deep.equal({ tp: 1, fp: 1, fn: 2 });
    });
  });

  describe('totals', () => {
    it('adds article scores and computes precision, recall and F1', () => {
      const a = emptyScore();
      a.meetings = { tp: 3, fp: 1, fn: 0 };
      a.meetingDate = { right: 2, total: 3 };
      const b = emptyScore();
      b.meetings = { tp: 1, fp: 0, fn: 2 };
      b.meetingDate = { right: 1, total: 1 };
      const total = addScore(addScore(emptyScore(), a), b);
      expect(total.meetings).to.deep.equal({ tp: 4, fp: 1, fn: 2 });
      expect(total.meetingDate).to.deep.equal({ right: 3, total: 4 });
      const { precision, recall, f1 } = prf(total.meetings);
      expect(precision).to.equal(0.8);
      expect(recall).to.be.closeTo(4 / 6, 1e-9);
      expect(f1).to.be.closeTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6), 1e-9);
      expect(prf({ tp: 0, fp: 0, fn: 0 })).to.deep.equal({ precision: 1, recall: 1, f1: 1 });
    });
  });
});
