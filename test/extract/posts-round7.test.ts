import { expect } from 'chai';
import { FactsView } from './helpers.js';

const posts = (text: string): string[] => new FactsView(text, '2025-03-04').posts();

describe('posts: a bloc commission, a ranked holder, a framing country', () => {
  it('the head of a bloc\'s commission heads the bloc; the European Commission stays itself', () => {
    expect(posts('Ghana\'s foreign minister met ECOWAS Commission President Halima Dende in Abuja on Monday.')).to.include(
      'Halima Dende | OrganizationHead | Economic Community of West African States',
    );
    expect(posts('The Chairperson of the AU Commission, Kwame Osei, opened the session in Addis Ababa.')).to.include('Kwame Osei | OrganizationHead | African Union');
    expect(posts('European Commission President Marta Lind met the delegation in Brussels.').some((p) => p.endsWith('| European Commission'))).to.equal(true);
  });

  it('"C\'s president, General X" holds the country\'s title as well as the rank', () => {
    const found = posts('The envoy later met Chad\'s president, General Idriss Mahamat, in N\'Djamena on Tuesday.');
    expect(found).to.include('Idriss Mahamat | President | Chad');
    expect(found).to.include('Idriss Mahamat | MilitaryOfficer | Chad');
  });

  it('"In <country or capital>, Prime Minister X said" places a lone holder there, not a guest meeting someone', () => {
    expect(posts('In Vilnius, Prime Minister Rasa Kaunas said the decision was welcome.')).to.include('Rasa Kaunas | PrimeMinister | Lithuania');
    expect(posts('In Peru, President Elena Quispe said in a statement that talks would resume.')).to.include('Elena Quispe | President | Peru');
    const guest = posts('In Hanoi, Foreign Minister Lars Berg met his counterpart Tran Van Minh on Thursday.');
    expect(guest.some((p) => p.startsWith('Lars Berg') && p.endsWith('Vietnam'))).to.equal(false);
  });
});

describe('posts: "Amir" the given name and "the Amir" the title', () => {
  it('"Acting Foreign Minister Amir Reza Karimi" is a minister named Amir; "the Amir Sheikh X" and "X, Amir of Qatar" are the monarch', () => {
    const found = new FactsView('Acting Foreign Minister Amir Reza Karimi met him in Kabul on Monday.', '2025-03-04');
    expect(found.persons()).to.include('Amir Reza Karimi');
    expect(found.posts().some((p) => p.includes('| King |'))).to.equal(false);
    expect(posts('DOHA, April 14 (QNA) - His Highness the Amir Sheikh Hamad bin Nasser Al-Thani received the minister.').some((p) => p.includes('| King |'))).to.equal(true);
    expect(posts('He held talks with Sheikh Hamad bin Nasser Al Thani, Amir of the State of Qatar, in Doha.')).to.include('Hamad bin Nasser Al Thani | King | Qatar');
  });
});

describe('posts: a deputy named with a placed head', () => {
  it('"Ghana\'s President X and Vice President Y" places Y in Ghana; a minister named with another minister is not placed', () => {
    expect(posts('Ghana\'s President Kofi Mensah and Vice President Ama Boateng received the envoy in Accra on Monday.')).to.include('Ama Boateng | VicePresident | Ghana');
    const ministers = posts('Kenya\'s Foreign Minister Peter Kamau and Foreign Minister Lars Berg met in Nairobi on Monday.');
    expect(ministers.some((p) => p.startsWith('Lars Berg') && p.endsWith('Kenya'))).to.equal(false);
  });
});

describe('posts: "named X, a retired officer, as C\'s envoy"', () => {
  it('an apposition before "as" still gives the post', () => {
    expect(posts('The president later named Kwesi Appiah, a retired army officer, as Ghana\'s special envoy to the Sahel.')).to.include('Kwesi Appiah | SpecialEnvoy | Ghana');
  });
});
