import { expect } from 'chai';
import { annotate } from '../../src/annotate/annotate.js';
import { MENTION } from '../../src/annotate/mentions.js';

const mentions = (text: string): string[] => {
  const d = annotate({ meta: { id: 't' }, text, origin: 'test' });
  return d.get(MENTION).map((m) => `${m.label}:${d.slice(m)}`);
};

describe('names that open with a place or a function word', () => {
  it('reads a capital before a name word, or after a title, as a personal name', () => {
    expect(mentions('Victoria Okafor met the envoy.')).to.include('person:Victoria Okafor');
    expect(mentions('The talks were chaired by President Santiago Morales.')).to.include('person:Santiago Morales');
  });

  it('reads a country ending a titled name as the surname', () => {
    expect(mentions('Prime Minister Tomás Montenegro is expected in Brasília.')).to.include('person:Tomás Montenegro');
    expect(mentions('President Ruiz Ukraine talks resumed.')).to.include('country:Ukraine');
  });

  it('keeps the capital where it names the place or its government', () => {
    expect(mentions('The delegation landed in Victoria on Monday.')).to.include('capital:Victoria');
    expect(mentions("Santiago's government protested.")).to.include('capital:Santiago');
    expect(mentions('The Mayor of Santiago Ana Ruiz spoke.')).to.include('capital:Santiago');
    expect(mentions('Talks between Guinea Bissau and Senegal resumed.')).to.include('capital:Bissau');
  });

  it('reads a capitalised function word inside a sentence as the opening of a name', () => {
    expect(mentions('Putin held talks with To Duc Minh in Hanoi.')).to.include('person:To Duc Minh');
    expect(mentions("Vietnam's To Quang spoke.")).to.include('person:To Quang');
    expect(mentions('They said For Now.').some((m) => m.startsWith('person:'))).to.equal(false);
    expect(mentions('The minister flew To Kazan.').some((m) => m.startsWith('person:'))).to.equal(false);
  });

  it('ends a name before "on"/"and" and a geographic name: no place name spans them', () => {
    expect(mentions('He will hold talks with President Amina Diallo on Red Sea shipping.')).to.include.members(['person:Amina Diallo', 'place:Red Sea']);
    expect(mentions('They met Amina Diallo and Red Sea envoys.')).to.include.members(['person:Amina Diallo', 'place:Red Sea']);
    expect(mentions('Tensions in the South China Sea rose.')).to.include('place:South China Sea');
  });

  it('reads a full name the people tables know whole, where its words alone read otherwise', () => {
    expect(mentions("Israel's defence minister, Israel Katz, said Israel would act.")).to.include('person:Israel Katz');
    expect(mentions("Iraq's prime minister, Mohammed Shia al-Sudani, spoke.")).to.include('person:Mohammed Shia al-Sudani');
    // A reign's label is no name news gives; an honorific stays outside the name.
    expect(mentions('He met Sheikh Abdullah bin Zayed Al Nahyan.')).to.include('person:Abdullah bin Zayed Al Nahyan');
    expect(mentions('He met Sheikh Hasina in Dhaka.')).to.include('person:Sheikh Hasina');
    expect(mentions('King Abdullah II of Jordan spoke.')).to.include('person:Abdullah II');
  });

  it('ends a body named after a country before the name that follows it', () => {
    expect(mentions('Governor of the Central Bank of Vietnam Do Thi Hoa spoke.')).to.include.members(['org:Central Bank of Vietnam', 'person:Do Thi Hoa']);
    expect(mentions("The Workers' Party of Korea Central Committee met.")).to.include("org:The Workers' Party of Korea Central Committee");
  });

  it('keeps an okina glued to a name with the name', () => {
    expect(mentions('Health Minister ʻSiaosi Fonua arrived.')).to.include('person:ʻSiaosi Fonua');
    expect(mentions('ʻIsileli Taufa spoke in Hawaiʻi.')).to.include.members(['person:ʻIsileli Taufa', 'place:Hawaiʻi']);
  });

  it('reads a title between a place and a name as a title, not a venue', () => {
    const found = mentions('Busan Mayor Park Min-seok greeted them.');
    expect(found).to.include('person:Park Min-seok');
    expect(found.some((m) => m.includes('Mayor Park'))).to.equal(false);
  });
});
