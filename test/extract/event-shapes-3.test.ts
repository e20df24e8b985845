import { expect } from 'chai';
import { FactsView, statusLines } from './helpers.js';

const KE = 'Kenyan Foreign Minister Musalia Mudavadi';
const EG = 'Egyptian Foreign Minister Badr Abdelatty';
const MET = 'Badr Abdelatty + Musalia Mudavadi happened';

const events = (text: string): string[] => statusLines(new FactsView(text, '2025-03-14'));

/** "A + B date place" of each meeting. */
function meetings(text: string): string[] {
  const f = new FactsView(text, '2025-03-14');
  return f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.date ?? '-'} ${f.name(m.place) ?? '-'}`);
}

describe('event shapes of news English, round 3', () => {
  it('a meeting told in a relative clause after its name: "…, which A and B co-chaired"', () => {
    expect(events(`The two delegations met for the Joint Commission, which ${KE} and ${EG} co-chaired.`)).to.include(MET);
    expect(events(`The talks, which ${KE} and ${EG} held behind closed doors, lasted three hours.`)).to.include(MET);
    expect(events(`Officials gathered for the Kenya-Egypt Business Council, the fifth of its kind, which ${KE} and ${EG} chaired.`)).to.include(MET);
    expect(events(`The summit, which ${KE} and ${EG} did not attend, ended early.`)).to.deep.equal([]);
  });

  it('a day shift counts from the last day its sentence names', () => {
    expect(meetings(`${KE} flew to Cairo on March 3 and ${EG} received him that evening.`)).to.deep.equal(['Badr Abdelatty + Musalia Mudavadi 2025-03-03 Cairo']);
    expect(meetings(`On March 3, the day after his arrival, ${KE} met ${EG} later that day.`)[0]).to.match(/ 2025-03-03 /);
    expect(meetings(`${KE} arrived on Monday, March 10, and met ${EG} the following day.`)[0]).to.match(/ 2025-03-11 /);
  });

  it('landing at an airport named after a city the article names is a visit to the city', () => {
    expect(events(`${KE}, who landed at the Toulon-Hyères airport on Thursday, will stay two days in Toulon.`)).to.include('V Musalia Mudavadi -> Toulon happened');
    expect(events(`${KE} arrived at Cairo International Airport on Monday. He later toured Cairo.`)).to.include('V Musalia Mudavadi -> Cairo happened');
    expect(events(`${KE} landed at Aswan airport before heading to Aswan's old town.`)).to.include('V Musalia Mudavadi -> Aswan happened');
  });

  it('the tail of a title left between a name and its verb', () => {
    expect(events(`Musalia Mudavadi, Kenya's Minister of State at the Ministry of Foreign Affairs, received ${EG} on Tuesday.`)).to.include(MET);
  });

  it('people told first by title, named with that title later: "the French president hosted the German chancellor"', () => {
    const text = `The Kenyan minister hosted the Egyptian minister at a lakeside lodge on Monday. ${KE} said ties were strong. ${EG} agreed.`;
    expect(events(text)).to.include(MET);
    expect(events(`The Kenyan minister met the Egyptian minister on Monday. ${KE} and ${EG} then spoke to reporters.`)).to.include(MET);
    expect(events(`The Kenyan minister received the Egyptian minister on Monday. Kenyan Foreign Minister Musalia Mudavadi spoke afterwards.`)).to.deep.equal([]);
  });

  it('"flew in from X, where he had met Y": a meeting in X and a visit to X, both past', () => {
    const boulos = 'Massad Boulos, the U.S. adviser on Africa,';
    expect(events(`${KE} held talks with ${boulos} who flew in overnight from Kinshasa, where he had met President Felix Tshisekedi.`))
      .to.include.members(['Felix Tshisekedi + Massad Boulos happened', 'V Massad Boulos -> Kinshasa happened']);
    expect(events(`${EG} came from Nairobi, where he held talks with ${KE}.`)).to.include.members([MET, 'V Badr Abdelatty -> Nairobi happened']);
    expect(events(`${EG} arrived from Nairobi on Sunday, where he had met ${KE} on Saturday.`)).to.include(MET);
    // The place left is not where a later meeting happens.
    expect(meetings(`${EG} flew in from Nairobi, where he had met ${KE}. Then ${EG} met President Felix Tshisekedi.`)).to.include('Badr Abdelatty + Felix Tshisekedi - -');
    // Coming from home is no visit.
    expect(events(`${EG} flew in from Cairo on Sunday.`)).to.deep.equal([]);
  });
});
