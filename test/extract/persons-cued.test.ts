import { expect } from 'chai';
import { FactsView } from './helpers.js';

const persons = (text: string): string[] => new FactsView(text, '2024-05-06').persons();

describe('persons: names opening with a common capitalised word', () => {
  it('are names right after a title of two words or an honorific', () => {
    expect(persons('General Secretary To Minh Duc received the delegation in Hanoi on Monday.')).to.deep.equal(['To Minh Duc']);
    expect(persons('South Korean Foreign Minister Park Min-jae met reporters in Seoul on Monday.')).to.deep.equal(['Park Min-jae']);
    expect(persons('Mr. Park Min-jae met reporters in Seoul on Monday.')).to.deep.equal(['Park Min-jae']);
  });

  it('are not names after a one-word title, nor without a cue', () => {
    expect(persons('The Official Security Assistance programme was extended on Monday.')).to.deep.equal([]);
    expect(persons('Delegates walked to Park Avenue on Monday.')).to.deep.equal([]);
  });
});

describe('persons: particles hyphenated to a name', () => {
  it('"al-X" and "el-X" continue a name', () => {
    expect(persons('Gen. Khalid Osman al-Tayeb spoke to the council in Khartoum on Monday.')).to.deep.equal(['Khalid Osman al-Tayeb']);
    expect(persons('Spokesman Omar el-Masri and Nadia al-Haddad met in Cairo on Monday.')).to.deep.equal(['Nadia al-Haddad', 'Omar el-Masri']);
  });

  it('a lowercase hyphenated word is no part of a name', () => {
    expect(persons('Minister Omar Haddad co-chaired the talks in Cairo on Monday.')).to.deep.equal(['Omar Haddad']);
  });
});

describe('persons: honorifics written in capitals', () => {
  it('"HE" is "H.E." before a title and name, and opens no body\'s name', () => {
    const f = new FactsView('The minister later received a call from HE United Nations Special Envoy for Libya Hans Berg.', '2024-05-06');
    expect(f.persons()).to.deep.equal(['Hans Berg']);
    expect(f.posts()).to.deep.equal(['Hans Berg | SpecialEnvoy | United Nations']);
    // The pronoun stays a pronoun.
    expect(new FactsView('He met Foreign Minister Ana Soto on Monday.', '2024-05-06').persons()).to.deep.equal(['Ana Soto']);
  });
});

describe('persons: honorifics of several words', () => {
  it('are read whole, so none of their words opens the name', () => {
    const f = new FactsView('Trade Minister Tan Sri Rafidah Aziz and Defence Minister Datuk Seri Khaled Nordin spoke in Putrajaya on Monday.', '2024-05-06');
    expect(f.persons()).to.deep.equal(['Khaled Nordin', 'Rafidah Aziz']);
    expect(persons("Dato' Sri Zahid Hamidi received Samdech Moha Borvor Thipadei Hun Manet in Kuala Lumpur on Monday.")).to.deep.equal(['Hun Manet', 'Zahid Hamidi']);
  });
});

describe('persons: shortened given names and double surnames', () => {
  it('"Ma." and "Md." open the name they shorten, and end no sentence', () => {
    expect(persons('Trade Secretary Ma. Cristina Roque met Adviser Md. Rafiqul Islam in Dhaka on Monday.')).to.deep.equal(['Ma. Cristina Roque', 'Md. Rafiqul Islam']);
  });

  it('a double surname may hold a city, but places joined by a hyphen are no name', () => {
    expect(persons('Ambassador Lucia Lima-Herrera praised the Lima-Bogota air link on Monday.')).to.deep.equal(['Lucia Lima-Herrera']);
  });
});
