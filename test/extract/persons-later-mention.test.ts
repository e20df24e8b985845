import { expect } from 'chai';
import { FactsView } from './helpers.js';

const view = (text: string): FactsView => new FactsView(text, '2024-05-08');

describe('persons: a later mention by a surname with its particle', () => {
  it('"Al-Khulaifi", "al-Sudani", "El-Tayeb" name the person introduced in full', () => {
    for (const [text, full] of [
      ['Qatari Minister of State Mohammed bin Abdulaziz Al-Khulaifi arrived in Kabul on Monday. Al-Khulaifi met Foreign Minister Amir Khan Muttaqi on Tuesday.', 'Mohammed bin Abdulaziz Al-Khulaifi'],
      ['Iraqi Prime Minister Mohammed Shia al-Sudani arrived in Ankara. Al-Sudani met President Recep Tayyip Erdogan on Tuesday.', 'Mohammed Shia al-Sudani'],
      ['Sudanese envoy Omar Hassan El-Tayeb flew to Nairobi on Monday. Later, El-Tayeb held talks with President William Ruto.', 'Omar Hassan El-Tayeb'],
    ]) {
      const facts = view(text);
      expect(facts.persons(), text).to.include(full);
      expect(facts.persons().filter((p) => p !== full && p.includes('-')), text).to.deep.equal([]);
      expect(facts.events('meeting').map((e) => facts.who(e)).flat(), text).to.include(full);
    }
  });

  it('chooses, among people sharing the particle, the one whose surname it is', () => {
    const facts = view('Prime Minister Mohammed Shia al-Sudani met Speaker Mahmoud al-Mashhadani in Baghdad on Monday. Al-Mashhadani later received Turkish Foreign Minister Hakan Fidan.');
    expect(facts.persons()).to.deep.equal(['Hakan Fidan', 'Mahmoud al-Mashhadani', 'Mohammed Shia al-Sudani']);
    expect(facts.events('meeting').map((e) => facts.who(e))).to.deep.include(['Hakan Fidan', 'Mahmoud al-Mashhadani']);
  });

  it('a hyphenated word that is no one\'s surname stays no person', () => {
    expect(view('Foreign Minister Badr Abdelatty met Al-Ahram editors in Cairo on Monday.').persons()).to.deep.equal(['Badr Abdelatty']);
  });
});

describe('persons: a surname shared by two people, told apart by how the text addresses each', () => {
  it('"Mr Diallo" is the one introduced as "Mr …", "General Diallo" the one introduced as "General …"', () => {
    const f = view(`Foreign Minister Nana Boateng on Monday hosted Mr Sekou Diallo, the Guinean foreign minister, in Accra.
He carried a letter from General Mamadi Diallo, the head of the junta, to President Kwame Asante.
Mr Diallo later called on President Asante at the Jubilee House.
General Diallo met President Asante in Conakry last year.`);
    const met = f.events('meeting').map((e) => f.who(e).join(' + ')).sort();
    expect(met).to.include('Kwame Asante + Sekou Diallo');
    expect(met).to.include('Kwame Asante + Mamadi Diallo');
  });
});

describe('posts: a counterpart of a minister of state', () => {
  it('gets no post from the counterpart, whose rank may differ; a foreign minister\'s counterpart still does', () => {
    const junior = view('Qatari Minister of State Khalid Al-Marri met his Rwandan counterpart, Jean Habimana, in Doha on Monday.');
    expect(junior.posts().filter((p) => p.startsWith('Jean Habimana'))).to.deep.equal([]);
    const full = view('Qatari Foreign Minister Khalid Al-Marri met his Rwandan counterpart, Jean Habimana, in Doha on Monday.');
    expect(full.posts()).to.include('Jean Habimana | ForeignMinister | Rwanda');
  });
});
