import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';
import { MENTION } from '../../src/annotate/mentions.js';

const mentions = (text: string): string[] => {
  const d = annotate({ meta: { id: 't' }, text, origin: 'test' });
  return d.get(MENTION).map((m) => `${m.label}:${d.slice(m)}`);
};
const persons = (text: string): string[] => mentions(text).filter((m) => m.startsWith('person:'));

describe('capitalised names that are places, venues, programmes or bodies, not persons', () => {
  it('reads a venue or place word that opens its name in its language as a place', () => {
    expect(mentions('The envoys met at the foreign ministry on Avenida Reforma on Monday.')).to.include('place:Avenida Reforma');
    expect(mentions('Officials discussed the waterway of Lagoa Grande, the ministry said.')).to.include('place:Lagoa Grande');
    expect(mentions('Wisma Kenanga said in a statement that the talks went well.')).to.include('place:Wisma Kenanga');
    expect(persons('The Treasury on Rua Augusta confirmed the loan.')).to.deep.equal([]);
  });

  it('reads a body whose name opens with its head word as one body, the names after it included', () => {
    expect(mentions('said Ana Prieto, a lecturer at the Universidad Simón Cañas.')).to.include.members(['person:Ana Prieto', 'org:Universidad Simón Cañas']);
    expect(mentions('Leaders gathered at the Centre International de Conférences de Niamey on Friday.')).to.include('org:Centre International de Conférences de Niamey');
  });

  it('reads venue heads of many languages as venues', () => {
    expect(persons('The premier received him at 5, Rajaji Marg in the evening.')).to.deep.equal([]);
    expect(persons('The talks were held at Vidhana Bhavan in the state capital.')).to.deep.equal([]);
    expect(mentions('She laid a wreath outside the Holy Dormition Monastery on Sunday.')).to.include('place:Holy Dormition Monastery');
  });

  it('reads words before a lowercase place or plan noun as a place or no person', () => {
    expect(mentions("The corridor will link Peru's Madre de Dios region to the coast.")).to.include('place:Madre de Dios');
    expect(mentions("Trucks queue at Bolivia's Puerto Quijarro port every day.")).to.include('place:Puerto Quijarro');
    expect(persons('They pledged to deepen the "Golden Bridge" framework of cooperation.')).to.deep.equal([]);
  });

  it('reads a place head that is also a surname as a place after a city or a locative word, else a name', () => {
    expect(mentions("The reception was held in a villa on Nairobi's Karura Hill.")).to.include('place:Karura Hill');
    expect(mentions("Talks took place at the ministry annex in the capital's Chiyoda Ward.")).to.include('place:Chiyoda Ward');
    expect(mentions('He sat down with Prime Minister Ana Ruiz on Castle Hill, where they signed a pact.')).to.include.members(['person:Ana Ruiz', 'place:Castle Hill']);
    expect(persons('Fiona Hill, a former White House adviser, said the talks failed.')).to.deep.equal(['person:Fiona Hill']);
  });

  it('reads no apposition into a thing a title owns, nor into a title\'s country or body', () => {
    expect(persons("They met at Kirribilli, the prime minister's Sydney residence, on Friday.")).to.deep.equal([]);
    expect(persons("The guests were received at the Istana Nurul, the sultan's official residence.")).to.deep.equal([]);
    expect(persons("He met Lena Vogt, the chancellor's foreign policy adviser, on Monday.")).to.deep.equal(['person:Lena Vogt']);
    expect(persons('General Abdou Sani, President of Faso, Head of State, spoke.')).to.deep.equal(['person:Abdou Sani']);
  });

  it('opens no body at name words before "on", "for" or "and" with the body named after it', () => {
    expect(mentions('He met Prime Minister Tomas Novak on Parliament Square.')).to.include('person:Tomas Novak');
    expect(mentions('The agreement was signed by Amina Okoro and Foreign Ministry officials.')).to.include('person:Amina Okoro');
  });

  it('reads no clause-opening word, number, occupation or plan word as a name\'s first word', () => {
    expect(persons('- Whether Okafor returns to the region before the vote.')).to.deep.equal([]);
    expect(persons('Three Ramadans and two governments later, the deal was signed.')).to.deep.equal([]);
    expect(persons('Economist Tendai Moyo, a lecturer in Harare, said the plan was sound.')).to.deep.equal(['person:Tendai Moyo']);
    expect(persons('They stressed the ASEAN Seven-Point Consensus and the Annual Consultation between them.')).to.deep.equal([]);
    expect(persons('said Rahul Mehta of the Indo-Pacific Futures Lab.')).to.deep.equal(['person:Rahul Mehta']);
  });
});

describe('an official page naming the office and minister it reports on', () => {
  it('reads the "From:" line as text, so its minister is a person', () => {
    const text = 'Call with the President of Ghana: 3 May 2026\n\nFrom: Prime Minister\'s Office and The Rt Hon Sir Alan Whitmore MP\nPublished 3 May 2026\n\nThe Prime Minister spoke to the President this morning.';
    expect(persons(text)).to.deep.equal(['person:Alan Whitmore']);
  });
});
