import { expect } from 'chai';
import type { LinkCandidate, LinkContext } from '../../src/link/candidate.js';
import { chooseLink, NAME_MATCH, personNameMatch } from '../../src/link/match.js';

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

    it('links a two-source table row on its own words alone, for a person not introduced as a private individual', () => {
      expect(chooseLink(person('Ri Chol-su', { articleCountries: [] }), [ri]).qid).to.equal('Q900001');
      expect(chooseLink(person('Ri Chol Su', { roles: ['SecretaryGeneral'], articleCountries: ['US'] }), [ri]).qid).to.equal('Q900001');
    });

    it('does not link on the name alone when it is only a spelling, the row has one source, or the person is private', () => {
      expect(chooseLink(person('Ri Choll Su', { articleCountries: [] }), [ri])).to.deep.equal({});
      expect(chooseLink(person('Ri Chol Su', { articleCountries: [] }), [{ ...ri, source: 'bundled:shared:people_single_source.csv' }])).to.deep.equal({});
      expect(chooseLink(person('Ri Chol Su', { articleCountries: [] }), [{ ...ri, source: 'online:http://localhost' }])).to.deep.equal({});
      expect(chooseLink(person('Ri Chol Su'), [ri])).to.deep.equal({});
    });

    it('lets any supported candidate outrank a name-alone one, and calls two name-alone ones ambiguous', () => {
      const other = candidate('Q900005', 'Ri Chol Su', { countries: ['KP'], roles: ['Ambassador'] });
      expect(chooseLink(person('Ri Chol Su', { roles: ['Ambassador'], articleCountries: [] }), [ri, other]).qid).to.equal('Q900005');
      expect(chooseLink(person('Ri Chol Su', { articleCountries: [] }), [ri, other]).ambiguous).to.have.length(2);
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

    it('asks a single-source candidate for both country and post, unless the name is the row’s in the same words', () => {
      const weak = { ...ri, source: 'bundled:shared:people_single_source.csv' };
      expect(chooseLink(person('Ri Choll Su', { country: 'KP' }), [weak])).to.deep.equal({});
      expect(chooseLink(person('Ri Choll Su', { country: 'KP', roles: ['ViceForeignMinister'] }), [weak]).qid).to.equal('Q900001');
      expect(chooseLink(person('Ri Chol-su', { country: 'KP' }), [weak]).qid).to.equal('Q900001');
    });
  });

  describe('persons of no country', () => {
    const envoy = candidate('Q900030', 'Ilse Marquardt', { roles: ['ForeignMinister'], bodies: ['Nordic Union'] });

    it('links on a post in the organisation or territory the candidate’s posts are in, not on another one', () => {
      expect(chooseLink(person('Ilse Marquardt', { roles: ['OrganizationHead'], postBodies: ['the Nordic Union', 'NU'] }), [envoy]).qid).to.equal('Q900030');
      expect(chooseLink(person('Ilse Marquardt', { roles: ['OrganizationHead'], postBodies: ['Baltic Council'] }), [envoy])).to.deep.equal({});
    });
  });

  describe('persons on the article’s countries', () => {
    const lind = candidate('Q900020', 'Tomas Ferreira-Lind', { countries: ['SE'], roles: ['PrimeMinister'] });

    it('links a row’s own name, spelled any way, when the article names the row’s country, whatever post it states now', () => {
      expect(chooseLink(person('Tomas Ferreira Lind', { articleCountries: ['NO', 'SE'] }), [lind]).qid).to.equal('Q900020');
      expect(chooseLink(person('Tomaś Ferreira Lindd', { roles: ['SecretaryGeneral'], articleCountries: ['SE'] }), [lind]).qid).to.equal('Q900020');
    });

    it('does not on a looser variant of the name, on other countries, or against a stated country', () => {
      expect(chooseLink(person('Tomas Lind', { articleCountries: ['SE'] }), [lind])).to.deep.equal({});
      expect(chooseLink(person('Lind Tomas Ferreira', { articleCountries: ['SE'] }), [lind])).to.deep.equal({});
      expect(chooseLink(person('Tomas Ferreira-Lindd', { articleCountries: ['NO'] }), [lind])).to.deep.equal({});
      expect(chooseLink(person('Tomas Ferreira Lind', { country: 'NO', articleCountries: ['SE'] }), [lind])).to.deep.equal({});
    });

    it('weighs it for bundled rows only, and not as the second support a single-source row needs', () => {
      const online = { ...lind, source: 'online:http://localhost' };
      const weak = { ...lind, source: 'bundled:shared:people_single_source.csv' };
      expect(chooseLink(person('Tomas Ferreira Lind', { articleCountries: ['SE'] }), [online])).to.deep.equal({});
      expect(chooseLink(person('Tomas Fereira Lind', { articleCountries: ['SE'] }), [weak])).to.deep.equal({});
      expect(chooseLink(person('Tomas Fereira Lind', { roles: ['PrimeMinister'], articleCountries: ['SE'] }), [weak]).qid).to.equal('Q900020');
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
  const { none, variant, spelling, same } = NAME_MATCH;

  it('grades the same words, spellings, variants and different names', () => {
    expect(personNameMatch('Pak Kwang-il', 'PAK KWANG IL')).to.equal(same);
    expect(personNameMatch('Tala Wirumbe-Ngata', 'Tala Wirumbe Ngata')).to.equal(same);
    expect(personNameMatch('Maria Ortega', 'María José Ortega')).to.equal(variant);
    expect(personNameMatch('Ortega', 'Ortega')).to.equal(none);
    expect(personNameMatch('Sergei Lavrentiev', 'Sergey Lavrentyev')).to.equal(spelling);
    expect(personNameMatch('Mikhail Zelenskyy', 'Mihail Zelenskiy')).to.equal(spelling);
    expect(personNameMatch('Sergei Lavrentiev', 'Sergei Lavrenko')).to.equal(none);
    expect(personNameMatch('Omar el-Farouk', 'Omar al-Farouk')).to.equal(spelling);
  });

  it('folds letters that keep their mark under NFD, and the ʻokina', () => {
    expect(personNameMatch('Jonas Gahr Store', 'Jonas Gahr Støre')).to.equal(same);
    expect(personNameMatch('Radoslaw Kowalczyk', 'Radosław Kowalczyk')).to.equal(same);
    expect(personNameMatch('Sigurdur Eiriksson', 'Sigurður Eiríksson')).to.equal(same);
    expect(personNameMatch("Lose Ta'ufa", 'Lose Taʻufa')).to.equal(same);
  });

  it('grades romanisations as spellings: -ov/-ow, sh/s, ou/u, initials', () => {
    expect(personNameMatch('Dovlet Annamuradov', 'Döwlet Annamuradow')).to.equal(spelling);
    expect(personNameMatch('Youssef Shakour', 'Yusef Sakur')).to.equal(spelling);
    expect(personNameMatch('Ramakrishnan Venkatesan', 'R. Venkatesan')).to.equal(spelling);
    expect(personNameMatch('R. Venkatesan', 'Ramakrishnan Venkatesan')).to.equal(spelling);
    expect(personNameMatch('R. Venkatesan', 'Ramakrishnan Venkataraman')).to.equal(none);
  });

  it('grades family name first, a surname more or less and one letter off as variants', () => {
    expect(personNameMatch('Tanabe Hiroyuki', 'Hiroyuki Tanabe')).to.equal(variant);
    expect(personNameMatch('Park Min Jae', 'Min-jae Park')).to.equal(variant);
    expect(personNameMatch('Lucía Arancibia Soto', 'Lucía Arancibia')).to.equal(variant);
    expect(personNameMatch('Omar Haddad', 'Omar Haddad Yousef')).to.equal(variant);
    expect(personNameMatch('Nasser bin Tamim', 'Nasser bin Tamim Al Rumaihi')).to.equal(variant);
    expect(personNameMatch('Mahmoud Idris Farah', 'Mahamoud Idris Farah')).to.equal(variant);
  });

  it('grades the article run into its word and middle names left out with the last surname as variants', () => {
    expect(personNameMatch('Saud Alharthy', 'Saud bin Nasser bin Ali Al Harthy')).to.equal(variant);
    expect(personNameMatch('Omar el-Harthy', 'Omar Alharthy')).to.equal(spelling);
    expect(personNameMatch('Jean Mbeki', 'Jean Pierre Mbeki Ilunga')).to.equal(variant);
    expect(personNameMatch('Jean Ilunga', 'Jean Pierre Mbeki Ilunga')).to.equal(variant);
    expect(personNameMatch('Jean Pierre', 'Jean Pierre Mbeki Ilunga')).to.equal(none);
    expect(personNameMatch('Abdel Karim', 'Abdel Karim al-Tawil Hassan')).to.equal(none);
  });

  it('does not take two given names for a person, nor a son for his father', () => {
    expect(personNameMatch('Abdel Karim', 'Abdel Karim al-Tawil')).to.equal(none);
    expect(personNameMatch('Nasser bin Tamim Al Rumaihi', 'Tamim Al Rumaihi')).to.equal(none);
    expect(personNameMatch('Khalid bin Nasser Al Rumaihi', 'Nasser Al Rumaihi')).to.equal(none);
    expect(personNameMatch('Ana Ruiz', 'Ana Ruiz Vega Soto')).to.equal(none);
    expect(personNameMatch('Lin Tao', 'Lin Taa')).to.equal(none);
  });

  it('takes one leading name or title the table leaves out', () => {
    expect(personNameMatch("Fale'aka Tevita Moala", 'Tevita Moala')).to.equal(variant);
    expect(personNameMatch('Tevita Moala', "Fale'aka Tevita Moala")).to.equal(none);
  });

  it('ignores a leading honorific unless it would leave a single word', () => {
    expect(personNameMatch('Sheikh Hamad bin Khalid Al Mansouri', 'Hamad bin Khalid Al Mansouri')).to.equal(same);
    expect(personNameMatch('Dr. Amina Yusuf', 'Amina Yusuf')).to.equal(same);
    expect(personNameMatch('Sheikh Amina', 'Amina')).to.equal(none);
    expect(personNameMatch('Sheikh Amina', 'Sheikh Amina')).to.equal(same);
  });
});
