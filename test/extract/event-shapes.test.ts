import { expect } from 'chai';
import { FactsView, statusLines } from './helpers.js';

const KE = 'Kenyan Foreign Minister Musalia Mudavadi';
const EG = 'Egyptian Foreign Minister Badr Abdelatty';

const events = (text: string): string[] => statusLines(new FactsView(text, '2025-03-14'));

const MET = 'Badr Abdelatty + Musalia Mudavadi happened';
const PLANNED = 'Badr Abdelatty + Musalia Mudavadi planned';

describe('event shapes of news English', () => {
  it('a topic between the verb and its partner: "discussed trade with", "co-chaired the commission with"', () => {
    expect(events(`${KE} discussed trade and the situation in Sudan with ${EG} on Monday.`)).to.deep.equal([MET]);
    expect(events(`${KE} co-chaired the joint commission with ${EG} on Monday.`)).to.deep.equal([MET]);
  });

  it('calls received, meals hosted, talks joined', () => {
    expect(events(`${KE} received a phone call from ${EG} on Monday.`)).to.deep.equal([MET]);
    expect(events(`${KE} hosted a working lunch for ${EG} on Monday.`)).to.deep.equal([MET]);
    expect(events(`${KE} joined ${EG} for talks in Cairo on Monday.`)).to.deep.equal([MET]);
    expect(events(`${KE} and ${EG} held a trilateral phone call with Ethiopian Foreign Minister Gedion Timothewos.`))
      .to.deep.equal(['Badr Abdelatty + Gedion Timothewos + Musalia Mudavadi happened']);
  });

  it('"held separate talks with A and B" is two meetings; "A and B held separate talks" is one', () => {
    expect(events(`${EG} held separate talks with ${KE} and Ethiopian Foreign Minister Gedion Timothewos on Monday.`))
      .to.deep.equal(['Badr Abdelatty + Gedion Timothewos happened', MET]);
    expect(events(`${KE} and ${EG} held separate talks at a Cairo hotel on Monday.`)).to.deep.equal([MET]);
  });

  it('denied, asked-for and appeals are no meetings; called-off ones are planned', () => {
    for (const text of [
      `No meeting between ${KE} and ${EG} is scheduled.`,
      `${KE} said he had no plans to meet ${EG}.`,
      `${KE} denied that he had met ${EG}.`,
      `${KE} called for talks with ${EG}.`,
      `${KE} called on ${EG} to release the prisoners.`,
    ]) expect(events(text), text).to.deep.equal([]);
    expect(events(`${KE} called off his meeting with ${EG}.`)).to.deep.equal([PLANNED]);
    expect(events(`${KE} postponed his trip to Egypt.`)).to.deep.equal(['V Musalia Mudavadi -> Egypt planned']);
  });

  it('"met X\'s adviser" is no meeting with X', () => {
    expect(events(`${KE} met President Donald Trump's top adviser on Africa.`)).to.deep.equal([]);
  });

  it('people told by reference: "the visiting prime minister", "the minister", "they", "him", "when he"', () => {
    expect(events(`Pakistani Prime Minister Shehbaz Sharif arrived in Beijing on Monday.
Chinese President Xi Jinping received the visiting Prime Minister at the Great Hall of the People on Tuesday.`))
      .to.deep.equal(['Shehbaz Sharif + Xi Jinping happened', 'V Shehbaz Sharif -> Beijing happened']);
    expect(events(`${KE} arrived in Cairo on Sunday.
Later in the day, the minister was received by President Abdel Fattah al-Sisi.`))
      .to.deep.equal(['Abdel Fattah al-Sisi + Musalia Mudavadi happened', 'V Musalia Mudavadi -> Cairo happened']);
    expect(events(`${KE} met ${EG} in Cairo on Monday.
Shortly before midnight, still at the palace, they called Ethiopian Foreign Minister Gedion Timothewos.`))
      .to.include('Badr Abdelatty + Gedion Timothewos + Musalia Mudavadi happened');
    expect(events(`${KE} arrived in Cairo on Sunday. Deputy Foreign Minister Korir Sing'oei accompanied him to the Egyptian capital.`))
      .to.have.members(['V Musalia Mudavadi -> Cairo happened', "V Korir Sing'oei -> Cairo happened"]);
    expect(events(`${KE} was last in the region in May, when he visited Cairo.`)).to.deep.equal(['V Musalia Mudavadi -> Cairo happened']);
  });

  it('visits told as an arrival clause, a stay, an accepted invitation', () => {
    expect(events(`Upon arrival in Cairo, ${KE} met ${EG}.`)).to.deep.equal([MET, 'V Musalia Mudavadi -> Cairo happened']);
    expect(events(`${KE} spent two days in Cairo.`)).to.deep.equal(['V Musalia Mudavadi -> Cairo happened']);
    expect(events(`${KE} plans a stopover in Dubai on his way home.`)).to.deep.equal(['V Musalia Mudavadi -> Dubai planned']);
    expect(events(`${KE} accepted an invitation from his Egyptian counterpart to pay an official visit to Egypt.`))
      .to.deep.equal(['V Musalia Mudavadi -> Egypt planned']);
    expect(events(`${KE} is on a two-day visit to Cairo, during which he held talks with ${EG}.`))
      .to.deep.equal([MET, 'V Musalia Mudavadi -> Cairo happened']);
  });

  it('being received at an airport on arrival is a greeting, not a meeting', () => {
    expect(events(`${KE}, who arrived on Sunday, was received at Cairo International Airport by ${EG}.`).filter((e) => !e.startsWith('V '))).to.deep.equal([]);
  });
});
