import { expect } from 'chai';
import { FactsView } from './helpers.js';

/** "Person + Person @ place < within" for every meeting. */
function placed(f: FactsView): string[] {
  return f.events('meeting').map((m) => {
    const place = f.facts.entities.find((e) => e.id === m.place);
    const within = f.name(place?.within);
    return `${f.who(m).join(' + ')} @ ${place?.name ?? 'none'}${within ? ` < ${within}` : ''}`;
  });
}

describe('meeting places: an organisation met at is a venue', () => {
  it('"at the Ministry of Foreign Affairs in Tallinn": the ministry\'s building, inside the city', () => {
    const f = new FactsView('Foreign Minister Lena Varga held talks with Foreign Minister Tomas Berg at the Ministry of Foreign Affairs in Tallinn on Monday.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Lena Varga + Tomas Berg @ Ministry of Foreign Affairs < Tallinn']);
  });

  it('"at the X headquarters": the venue is named with its building word and by the organisation\'s name too', () => {
    const f = new FactsView('President Ivo Marek met President Lea Sand at the African Union headquarters in Addis Ababa on Sunday.', '2025-05-06');
    const [meeting] = f.events('meeting');
    const venue = f.facts.entities.find((e) => e.id === meeting?.place);
    expect(venue?.kind).to.equal('place');
    expect([venue?.name, ...(venue?.altNames ?? [])]).to.include.members(['African Union headquarters', 'African Union']);
    expect(f.name(venue?.within)).to.equal('Addis Ababa');
  });

  it('an organisation\'s event is no venue ("at the ASEAN summit in Jakarta")', () => {
    const f = new FactsView('Minister Petra Lind met Minister Karl Oster at the ASEAN summit in Jakarta on Monday.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Karl Oster + Petra Lind @ Jakarta < Indonesia']);
  });

  it('a venue told in a later sentence of the same day\'s meeting lies in the city told first', () => {
    const f = new FactsView(`ANKARA (Wire) - Foreign Minister Lena Varga on Thursday received her counterpart Tomas Berg in the capital Ankara.
The two ministers first held a one-on-one meeting at the Foreign Ministry on Thursday, sources said.`, '2025-05-09');
    expect(placed(f)).to.deep.equal(['Lena Varga + Tomas Berg @ Foreign Ministry < Ankara']);
  });
});

describe('meeting places: a meeting placed only in a country is in a city of it the article names', () => {
  it('a meeting during a visit to a country is where that day\'s other meeting there was', () => {
    const f = new FactsView(`Foreign Minister Lena Varga, who is on an official visit to Tajikistan, was received today at the Palace of the Nation in Dushanbe by President Ivo Marek.
On the same day, Lena Varga met with Prime Minister Tomas Berg.`, '2025-10-15');
    expect(placed(f)).to.include('Lena Varga + Tomas Berg @ Dushanbe < Tajikistan');
  });

  it('a country visit told with the city it went to: the meeting during it is in the city', () => {
    const f = new FactsView(`Foreign Minister Lena Varga arrived in Baku on Tuesday.
She completed a two-day official visit to Azerbaijan, during which she was received by President Ivo Marek.`, '2024-04-18');
    expect(placed(f)).to.include('Ivo Marek + Lena Varga @ Baku < Azerbaijan');
  });
});

describe('meeting places: a journey to a country, a meeting in its city', () => {
  it('"paid a state visit to India, when he held talks with X in New Delhi": the meeting is in New Delhi', () => {
    const f = new FactsView('Sultan Haitham paid a state visit to India in December 2023, when he held talks with Prime Minister Narendra Modi in New Delhi.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Haitham + Narendra Modi @ New Delhi < India']);
  });
});

describe('meeting places: a place from the right clause', () => {
  it('"then to Beijing, where X received him": the place the "where" clause hangs on, not a place before it', () => {
    const f = new FactsView('The trip took Prime Minister Pedro Lopez first to the Boao Forum on the island of Hainan and then to Beijing, where President Wen Li received him on 31 March.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Pedro Lopez + Wen Li @ Beijing < China']);
  });

  it('"would return to Cairo next week, where he is expected to meet X": the city travelled to', () => {
    const f = new FactsView('A spokesperson said envoy Tom Reed would return to Cairo next week, where he is expected to meet Prime Minister Kamal Idris.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Kamal Idris + Tom Reed @ Cairo < Egypt']);
  });

  it('"held talks with X on Wednesday, a week after the two countries signed a pact in Riyadh": another time\'s place', () => {
    const f = new FactsView('Minister Omar Dar held talks with Foreign Minister Faisal Saud on Wednesday, a week after the two countries signed a defence pact in Riyadh.', '2025-05-06');
    expect(placed(f)).to.deep.equal(['Faisal Saud + Omar Dar @ none']);
  });

  it('"will travel to Guatemala … There she will meet X in the capital": the country\'s capital', () => {
    const f = new FactsView(`President Ana Ruiz will travel to Guatemala next month.
There she will meet President Bernardo Arevalo in the capital, officials said.`, '2025-05-06');
    expect(placed(f)).to.deep.equal(['Ana Ruiz + Bernardo Arevalo @ Guatemala City < Guatemala']);
  });
});

describe('meeting places: a side meeting of a gathering is in the city of its other meetings', () => {
  it('a dated meeting with no place, around the days of two or more meetings in one city, is in that city', () => {
    const f = new FactsView(`Foreign ministers of the Commonwealth ended two days of talks in Kigali on Friday.
On Thursday, Minister Petra Lind held talks with Minister Karl Oster in Kigali.
Lind also met Minister Ana Lopez in Kigali on Thursday.
On Friday, Oster met Minister Diego Salas, their first encounter since the border crisis.`, '2025-05-10');
    expect(placed(f)).to.include('Diego Salas + Karl Oster @ Kigali < Rwanda');
  });

  it('an undated meeting takes it only when told as a side meeting; one meeting elsewhere is not a gathering', () => {
    const f = new FactsView(`Minister Petra Lind held talks with Minister Karl Oster in Kigali on Thursday.
Lind also met Minister Ana Lopez in Kigali on Thursday.
Oster and Minister Diego Salas held a bilateral meeting on the sidelines.
Salas last met President Marta Ruiz in March.`, '2025-05-10');
    expect(placed(f)).to.include.members(['Diego Salas + Karl Oster @ Kigali < Rwanda', 'Diego Salas + Marta Ruiz @ none']);
    const lone = new FactsView(`Minister Petra Lind held talks with Minister Karl Oster in Kigali on Thursday.
On Friday, Oster met Minister Diego Salas.`, '2025-05-10');
    expect(placed(lone)).to.include('Diego Salas + Karl Oster @ none');
  });
});

describe('meeting places: offices and headquarters named around the subject', () => {
  it('"Later at the UN headquarters X held talks with Y": the building word before the subject still makes a venue', () => {
    const f = new FactsView('Later at the United Nations headquarters Foreign Minister Lena Varga held talks with Foreign Minister Tomas Berg.', '2025-05-06');
    expect(placed(f)[0]).to.match(/^Lena Varga \+ Tomas Berg @ United Nations headquarters/);
  });

  it('"received X at the President\'s Office": the office is named with its holder', () => {
    const f = new FactsView('On Monday, President Ivo Marek received Foreign Minister Lea Sand at the President\'s Office.', '2025-05-06');
    expect(placed(f)).to.deep.equal(["Ivo Marek + Lea Sand @ President's Office"]);
  });
});

describe('meeting places: a journey told in order', () => {
  it('a dated meeting is at the last stop told before it, even when that stop is told with no day', () => {
    const f = new FactsView(`On 3 May, Special Envoy Lena Varga travelled to Kigali, where she met Foreign Minister Tomas Berg.
Varga then proceeded to Bujumbura.
On 4 May, Varga held talks with Foreign Minister Ivo Marek.`, '2025-05-06');
    expect(placed(f)).to.deep.equal(['Lena Varga + Tomas Berg @ Kigali < Rwanda', 'Ivo Marek + Lena Varga @ Bujumbura']);
  });
});
