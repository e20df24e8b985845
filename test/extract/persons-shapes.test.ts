import { expect } from 'chai';
import { FactsView } from './helpers.js';

const persons = (text: string): string[] => new FactsView(text, '2024-05-08').persons();

describe('persons: name shapes of many cultures', () => {
  it('runs of particles inside a name: "von der", "van den", "de la"', () => {
    expect(persons('Commission President Greta von der Linde met Karel van den Broek in Brussels on Monday.')).to.deep.equal(['Greta von der Linde', 'Karel van den Broek']);
    expect(persons('Senator Ana de la Fuente spoke in Madrid on Monday.')).to.deep.equal(['Ana de la Fuente']);
  });

  it('two capital initials written together open a name: "KP Sharma Oli", "MK Ravindran"', () => {
    expect(persons('The opposition chair, KP Bhandari Thapa, spoke in Kathmandu on Monday.')).to.deep.equal(['KP Bhandari Thapa']);
    expect(persons('Chief Minister MK Ravindran met Governor Arun Pillai in Chennai.')).to.deep.equal(['Arun Pillai', 'MK Ravindran']);
    // An acronym before a verb or a known body is no name.
    expect(persons('UN officials said on Monday that the EU would pay.')).to.deep.equal([]);
  });

  it('a common capitalised word between name words of a titled name: "Prime Minister Ali Shia al-Hakim"', () => {
    expect(persons('Erdogan held talks with Prime Minister Ali Shia al-Hakim in Baghdad.')).to.include('Ali Shia al-Hakim');
    // Untitled, the common word still ends a name.
    expect(persons('Leaders of the Shia community met in Karbala.')).to.deep.equal([]);
  });

  it('dotted courtesy titles are not name parts: "H.H.", "H.E."', () => {
    expect(persons('H.H. Sheikh Hamdan bin Rashid Al Falasi received H.E. Dr. Omar Al Sayegh in Dubai on Monday.')).to.deep.equal(['Hamdan bin Rashid Al Falasi', 'Omar Al Sayegh']);
    // A sentence-opening "He" is a pronoun, not "H.E.".
    expect(persons('He met Foreign Minister Omar Al Sayegh on Monday.')).to.deep.equal(['Omar Al Sayegh']);
  });

  it('a name of three parts or more that begins a fuller name is that person: "Hamdan bin Rashid" after "Hamdan bin Rashid Al Falasi"', () => {
    expect(persons(`Sheikh Hamdan bin Rashid Al Falasi arrived in Manama on Sunday.
During the visit, Sheikh Hamdan bin Rashid met Crown Prince Salman bin Hamad Al Khalifa.`)).to.deep.equal(['Hamdan bin Rashid Al Falasi', 'Salman bin Hamad Al Khalifa']);
  });

  it('"Prince" is a courtesy title: "his Saudi counterpart, Prince Faisal bin Turki"', () => {
    const f = new FactsView(`Iranian Foreign Minister Reza Karimi arrived in Riyadh on Monday.
Karimi held talks with his Saudi counterpart, Prince Faisal bin Turki, at the foreign ministry.`, '2024-05-08');
    expect(f.persons()).to.deep.equal(['Faisal bin Turki', 'Reza Karimi']);
    expect(f.posts()).to.include('Faisal bin Turki | ForeignMinister | Saudi Arabia');
  });

  it('page words, publications, companies and works are no persons', () => {
    expect(persons('Cookie Notice. We use cookies. Subscribe to the Baltic Policy Review for more.')).to.deep.equal([]);
    expect(persons('The plant is run by Kessler Pharma near the Grand Koral Dam.')).to.deep.equal([]);
  });

  it('shoals, reefs, mechanisms, sessions, annexes and railways are no persons', () => {
    expect(persons('Coast guard ships clashed near Half Moon Shoal and Mischief Reef on Monday, Manila said.')).to.deep.equal([]);
    expect(persons('The Joint Verification Mechanism met in Goma before the Extraordinary Session of the assembly.')).to.deep.equal([]);
    expect(persons('Annex B of the accord covers the Rail Baltica link.')).to.deep.equal([]);
  });

  it('a title word before "bin" or "bint" is a given name: "Sultan bin …", while "Sultan NAME bin …" is a title', () => {
    expect(persons('Minister of Energy Sultan bin Khalid Al Mansoori spoke in Dubai.')).to.deep.equal(['Sultan bin Khalid Al Mansoori']);
    expect(persons('Sultan Qaboos bin Said received the envoy in Muscat.')).to.deep.equal(['Qaboos bin Said']);
  });
});
