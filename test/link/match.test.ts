import { expect } from 'chai';
import type { LinkCandidate, LinkContext } from '../../src/link/candidate.js';
import { chooseLink, personNameMatch } from '../../src/link/match.js';

// Synthetic identities: these tests pin the decision rule, not the bundled data.
function candidate(qid: string, label: string, more: Partial<LinkCandidate> = {}): LinkCandidate {
  return { qid, label, aliases: [], countries: [], roles: [], source: 'bundled:shared:people.csv', ...more };
}
function person(name: string, more: Partial<LinkContext> = {}): LinkContext {
  return { kind: 'person', name, altNames: [], roles: [], ...more };
}

describe('chooseLink', () => {
  describe('persons', () => {
    const ri = candidate('Q900001', 'Ri Chol Su', { countries: ['KP'], roles: ['ViceForeignMinister'] });

    it('links hyphenated and run-together transliterations when the country agrees', () => {
      expect(chooseLink(person('Ri Chol-su', { country: 'KP' }), [ri])).to.deep.equal({ qid: 'Q900001' });
      expect(chooseLink(person('RI Cholsu', { country: 'KP' }), [ri])).to.deep.equal({ qid: 'Q900001' });
    });

    it('links across diacritics and missing middle names when the post agrees', () => {
      const lan = candidate('Q900002', 'Nguyễn Thị Lan', { countries: ['VN'], roles: ['ForeignMinister'] });
      const olga = candidate('Q900003', 'Olga Vasylivna Petrenko', { countries: ['UA'], roles: ['ForeignMinister'] });
      expect(chooseLink(person('Nguyen Thi Lan', { roles: ['ForeignMinister'] }), [lan]).qid).to.equal('Q900002');
      expect(chooseLink(person('Olga Petrenko', { roles: ['ForeignMinister'] }), [olga]).qid).to.equal('Q900003');
    });

    it('accepts a post one step more general than the candidate’s, not a sibling post', () => {
      expect(chooseLink(person('Ri Chol Su', { roles: ['ForeignMinistryOfficial'] }), [ri]).qid).to.equal('Q900001');
      expect(chooseLink(person('Ri Chol Su', { roles: ['ForeignMinister'] }), [ri])).to.deep.equal({});
    });

    it('never links a surname alone, even with country and post agreeing', () => {
      expect(chooseLink(person('Ri', { country: 'KP', roles: ['ViceForeignMinister'] }), [ri])).to.deep.equal({});
    });

    it('uses a full-name alternative but not a one-word one', () => {
      expect(chooseLink(person('Vice Minister Ri', { altNames: ['Ri Chol Su'], country: 'KP' }), [ri]).qid).to.equal('Q900001');
      expect(chooseLink(person('Mr Su', { altNames: ['Su'], country: 'KP' }), [ri])).to.deep.equal({});
    });

    it('does not link on a contradicting country, even when the post agrees', () => {
      expect(chooseLink(person('Ri Chol Su', { country: 'KR', roles: ['ViceForeignMinister'] }), [ri])).to.deep.equal({});
    });

    it('does not link on the name alone', () => {
      expect(chooseLink(person('Ri Chol Su'), [ri])).to.deep.equal({});
    });

    it('reports two equally supported candidates as ambiguous and links neither', () => {
      const other = candidate('Q900004', 'Ri Chol-Su', { countries: ['KP'], roles: ['Ambassador'] });
      const decision = chooseLink(person('Ri Chol Su', { country: 'KP' }), [ri, other]);
      expect(decision.qid).to.equal(undefined);
      expect(decision.ambiguous?.map((c) => c.qid)).to.have.members(['Q900001', 'Q900004']);
    });

    it('prefers the candidate with more support over a tie on the name', () => {
      const other = candidate('Q900004', 'Ri Chol Su', { countries: ['KP'], roles: ['Ambassador'] });
      expect(chooseLink(person('Ri Chol Su', { country: 'KP', roles: ['ViceForeignMinister'] }), [ri, other]).qid).to.equal('Q900001');
    });

    it('pools one identity offered by two sources instead of calling it ambiguous', () => {
      const online = { ...ri, label: 'Ri Chol-su', source: 'online:http://localhost' };
      expect(chooseLink(person('Ri Chol Su', { country: 'KP' }), [ri, online]).qid).to.equal('Q900001');
    });

    it('asks a single-source candidate for both country and post', () => {
      const weak = { ...ri, source: 'bundled:shared:people_single_source.csv' };
      expect(chooseLink(person('Ri Chol Su', { country: 'KP' }), [weak])).to.deep.equal({});
      expect(chooseLink(person('Ri Chol Su', { country: 'KP', roles: ['ViceForeignMinister'] }), [weak]).qid).to.equal('Q900001');
    });
  });

  describe('organisations and countries', () => {
    const party = candidate('Q900010', 'Example Party of Freedonia', { aliases: ['EPF'], countries: ['FR'] });

    it('links on the name or an alias', () => {
      expect(chooseLink({ kind: 'organization', name: 'the EPF', altNames: [], roles: [] }, [party]).qid).to.equal('Q900010');
      expect(chooseLink({ kind: 'organization', name: 'Example Party of Freedonia', altNames: [], roles: [] }, [party]).qid).to.equal('Q900010');
    });

    it('does not link a name that only contains the candidate’s name, or a contradicting country', () => {
      expect(chooseLink({ kind: 'organization', name: 'EPF Youth League', altNames: [], roles: [] }, [party])).to.deep.equal({});
      expect(chooseLink({ kind: 'organization', name: 'EPF', altNames: [], roles: [], country: 'DE' }, [party])).to.deep.equal({});
    });
  });
});

describe('personNameMatch', () => {
  it('grades exact, variant and different names', () => {
    expect(personNameMatch('Pak Kwang-il', 'PAK KWANG IL')).to.equal(2);
    expect(personNameMatch('Maria Ortega', 'María José Ortega')).to.equal(1);
    expect(personNameMatch('Maria Ortega', 'Ortega Maria')).to.equal(0);
    expect(personNameMatch('Ortega', 'Ortega')).to.equal(0);
    expect(personNameMatch('Sergei Lavrentiev', 'Sergey Lavrentyev')).to.equal(1);
    expect(personNameMatch('Mikhail Zelenskyy', 'Mihail Zelenskiy')).to.equal(1);
    expect(personNameMatch('Sergei Lavrentiev', 'Sergei Lavrenko')).to.equal(0);
    expect(personNameMatch('Omar el-Farouk', 'Omar al-Farouk')).to.equal(1);
  });

  it('ignores a leading honorific unless it would leave a single word', () => {
    expect(personNameMatch('Sheikh Hamad bin Khalid Al Mansouri', 'Hamad bin Khalid Al Mansouri')).to.equal(2);
    expect(personNameMatch('Dr. Amina Yusuf', 'Amina Yusuf')).to.equal(2);
    expect(personNameMatch('Sheikh Amina', 'Amina')).to.equal(0);
    expect(personNameMatch('Sheikh Amina', 'Sheikh Amina')).to.equal(2);
  });
});
