import { expect } from 'chai';
import { FactsView } from './helpers.js';

const KE = 'Kenyan Foreign Minister Musalia Mudavadi';
const EG = 'Egyptian Foreign Minister Badr Abdelatty';
const JP = 'Japanese Prime Minister Shigeru Ishiba';
const MET = 'Badr Abdelatty + Musalia Mudavadi';

/** "A + B date place" of each meeting. */
function meetings(text: string): string[] {
  const f = new FactsView(text, '2025-03-14');
  return f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.date ?? '-'} ${f.name(m.place) ?? '-'}`);
}

function visits(text: string): string[] {
  const f = new FactsView(text, '2025-03-14');
  return f.events('visit').map((v) => `${f.name(v.visitor)} -> ${f.name(v.destination)}`);
}

describe('event shapes of news English, round 4', () => {
  it('a dateline naming city, country and date: "GYEONGJU, South Korea, Oct. 31 (Xinhua) --" places "met … here"', () => {
    expect(meetings(`GYEONGJU, South Korea, March 14 (Xinhua) -- ${KE} met with ${EG} here on Friday.`)).to.deep.equal([`${MET} 2025-03-14 Gyeongju`]);
    expect(meetings(`MOMBASA, Kenya, March 14 (KNA) - ${EG} held talks with ${KE} here on Friday.`)).to.deep.equal([`${MET} 2025-03-14 Mombasa`]);
    expect(meetings(`ASWAN, Egypt, Mar 14 (MENA) -- ${EG} received ${KE} here on Friday.`)).to.deep.equal([`${MET} 2025-03-14 Aswan`]);
    // A sentence opening with a town and a comma is no dateline (a town the city table does not know, which no rule places).
    expect(meetings(`Malindi, Kenya, is where ${EG} met ${KE} on Friday.`)[0]).to.not.match(/Malindi$/);
  });

  it('a meeting the same day as another of its participant\'s, its place unstated, is in that city', () => {
    const first = `${JP} met ${KE} in Mombasa on Friday.`;
    expect(meetings(`${first} Earlier on Friday, ${JP} met with ${EG}.`)).to.include('Badr Abdelatty + Shigeru Ishiba 2025-03-14 Mombasa');
    expect(meetings(`${first} In the afternoon of Friday, ${JP} received ${EG}.`)).to.include('Badr Abdelatty + Shigeru Ishiba 2025-03-14 Mombasa');
    // The venue's city, not the venue: other meetings that day may be elsewhere in town.
    expect(meetings(`${JP} met ${KE} at State House in Nairobi on Friday. On Friday ${JP} also held talks with ${EG}.`))
      .to.include('Badr Abdelatty + Shigeru Ishiba 2025-03-14 Nairobi');
    // Another day: nothing is carried.
    expect(meetings(`${first} On Wednesday, ${JP} met with ${EG}.`)).to.include('Badr Abdelatty + Shigeru Ishiba 2025-03-12 -');
    // Planned for that day: where that day's meetings are.
    expect(meetings(`${first} ${JP} is expected to meet ${EG} on Friday evening.`)).to.include('Badr Abdelatty + Shigeru Ishiba 2025-03-14 Mombasa');
  });

  it('talks held at an air base or airport are a meeting; a greeting there is not', () => {
    expect(meetings(`${KE} held talks with ${EG} at Gimhae Air Base in Busan on Thursday.`)).to.have.length(1);
    expect(meetings(`${KE} had a meeting with ${EG} at Nairobi airport on Thursday.`)).to.have.length(1);
    expect(meetings(`${KE} held bilateral talks with ${EG} at the Entebbe airport on Thursday.`)).to.have.length(1);
    expect(meetings(`${KE} was received by ${EG} at Cairo International Airport on Thursday.`)).to.deep.equal([]);
  });

  it('an apposition with a relative clause naming someone else between the subject and the verb', () => {
    const guest = 'Massad Boulos, a businessman whom President Donald Trump named as his adviser earlier this year,';
    expect(meetings(`${guest} met ${EG} in Cairo on Wednesday.`)).to.deep.equal(['Badr Abdelatty + Massad Boulos 2025-03-12 Cairo']);
    expect(meetings(`${guest} held talks with ${KE} on Monday.`)).to.deep.equal(['Massad Boulos + Musalia Mudavadi 2025-03-10 -']);
    expect(meetings(`Massad Boulos, an envoy whose mission Secretary Marco Rubio backed last year, received ${KE} on Monday.`)).to.deep.equal(['Massad Boulos + Musalia Mudavadi 2025-03-10 -']);
    // Not the person inside the clause.
    expect(meetings(`${guest} met ${EG} in Cairo on Wednesday.`).join()).to.not.include('Donald Trump');
  });

  it('"On Monday he flew to X for talks with Y": a pronoun after an opening day', () => {
    const lead = `${KE} met ${EG} in Cairo on Sunday.`;
    expect(meetings(`${lead} On Monday he flew to Abu Dhabi for talks with Sheikh Abdullah bin Zayed Al Nahyan.`)).to.include('Abdullah bin Zayed Al Nahyan + Musalia Mudavadi 2025-03-10 Abu Dhabi');
    expect(visits(`${lead} On Tuesday she travelled to Doha.`)).to.include('Musalia Mudavadi -> Doha');
    expect(visits(`${lead} on March 11 he flew to Doha.`)).to.include('Musalia Mudavadi -> Doha');
  });

  it('a day shift counts from the last sentence before, even when two rules match its sentence', () => {
    const text = `${KE} met ${JP} in Nairobi on Friday. The previous day, ${KE} held talks with ${EG} at State House in Nairobi.`;
    expect(meetings(text)).to.include(`${MET} 2025-03-13 State House`);
    expect(meetings(text).filter((m) => m.startsWith(MET))).to.have.length(1);
  });
});

describe('event shapes of news English, round 4: arrivals that join a meeting', () => {
  it('"crossed into X by road and joined A and B at VENUE for the first trilateral meeting"', () => {
    const text = (tail: string): string[] => meetings(`${JP}, whose visit had been kept secret, ${tail}`);
    expect(text(`crossed into Kenya by road from Uganda and joined ${KE} and ${EG} at State House for the first trilateral meeting.`)[0])
      .to.match(/^Badr Abdelatty \+ Musalia Mudavadi \+ Shigeru Ishiba /);
    expect(text(`flew into Nairobi on Monday and joined ${KE} and ${EG} for talks.`)[0]).to.match(/^Badr Abdelatty \+ Musalia Mudavadi \+ Shigeru Ishiba 2025-03-10 /);
    expect(text(`joined ${KE} at the Serena Hotel for a working lunch.`)[0]).to.match(/^Musalia Mudavadi \+ Shigeru Ishiba /);
    // Joining a body is no meeting.
    expect(text(`crossed into Kenya and joined the African Union for a summit.`)).to.deep.equal([]);
    expect(visits(`${JP} crossed into Kenya by road on Monday.`)).to.deep.equal(['Shigeru Ishiba -> Kenya']);
  });
});

describe('event shapes of news English, round 4: state-media statements', () => {
  it('"paid a courtesy call on His Excellency X": the honorific left outside the name', () => {
    expect(meetings(`${KE} paid a courtesy call on His Excellency Badr Abdelatty at the Tahrir Palace.`)[0]).to.match(/^Badr Abdelatty \+ Musalia Mudavadi /);
    expect(meetings(`${KE} held talks with the Foreign Minister of the Arab Republic of Egypt, His Excellency Badr Abdelatty, in Cairo.`)[0]).to.match(/^Badr Abdelatty \+ Musalia Mudavadi /);
    expect(meetings(`${EG} held bilateral talks with the Prime Minister of Japan, Her Excellency Shigeru Ishiba, on Monday.`)[0]).to.match(/^Badr Abdelatty \+ Shigeru Ishiba /);
    // A relative named with "his" is not met.
    expect(meetings(`${KE} spoke with his wife Mary Mudavadi about the trip.`).join()).to.not.include('Mary');
  });

  it('"this morning", "this afternoon", "tonight": the day the article is published', () => {
    expect(meetings(`This morning, ${KE} paid a courtesy call on ${EG}.`)).to.deep.equal([`${MET} 2025-03-14 -`]);
    expect(meetings(`${KE} met ${EG} this afternoon in Cairo.`)).to.deep.equal([`${MET} 2025-03-14 Cairo`]);
    expect(meetings(`${KE} will meet ${EG} tonight in Cairo.`)).to.deep.equal([`${MET} 2025-03-14 Cairo`]);
    expect(meetings(`${KE} met ${EG} that morning in Cairo.`)).to.deep.equal([`${MET} - Cairo`]);
  });
});

describe('event shapes of news English, round 4: calls told by a noun, captions', () => {
  /** "A + B mode" of each meeting. */
  function modes(text: string): string[] {
    const f = new FactsView(text, '2025-03-14');
    return f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.mode ?? 'in person'}`);
  }

  it('"raised the matter during a video call with X": a verb and its object before the meeting noun', () => {
    expect(modes(`${KE}, who chairs the council, raised the matter during a video call with ${EG} on Thursday.`)).to.deep.equal([`${MET} video`]);
    expect(modes(`${KE} pressed the point in a phone call with ${EG} on Thursday.`)).to.deep.equal([`${MET} phone`]);
    expect(modes(`${KE} discussed the border at a meeting with ${EG} in Cairo.`)).to.deep.equal([`${MET} in person`]);
    expect(modes(`${KE} spoke about Haiti during a visit to Cairo.`)).to.deep.equal([]);
  });

  it('a caption label ("PHOTO:", "UPDATE:") is no dateline', () => {
    const caption = (label: string): string[] => meetings(`${KE} met ${EG} at State House.\n\n${label}: ${KE} greets ${EG} on Saturday.`);
    expect(caption('PHOTO').join()).to.not.match(/Photo/i);
    expect(caption('UPDATE').join()).to.not.match(/Update/i);
    expect(meetings(`NAIROBI: ${KE} met ${EG} here on Friday.`)).to.deep.equal([`${MET} 2025-03-14 Nairobi`]);
  });
});

describe('event shapes of news English, round 4: a host bringing two sides together', () => {
  it('"is expected to bring the two ministers together": a planned meeting of the three', () => {
    const lead = `${JP} received ${KE} on Tuesday and ${EG} on Wednesday.`;
    const f = new FactsView(`${lead} ${JP} is expected to bring the two ministers together at the same table on Thursday.`, '2025-03-14');
    const planned = f.events('meeting').filter((m) => m.status === 'planned').map((m) => f.who(m).join(' + '));
    expect(planned).to.deep.equal(['Badr Abdelatty + Musalia Mudavadi + Shigeru Ishiba']);
    expect(meetings(`${JP} brought ${KE} and ${EG} together in Tokyo on Monday.`)).to.deep.equal(['Badr Abdelatty + Musalia Mudavadi + Shigeru Ishiba 2025-03-10 Tokyo']);
    expect(meetings(`${JP} hopes to bring ${KE} and ${EG} back together next month.`)[0]).to.match(/^Badr Abdelatty \+ Musalia Mudavadi \+ Shigeru Ishiba /);
    expect(meetings(`${JP} brought ${KE} a letter from ${EG}.`)).to.deep.equal([]);
  });
});

describe('event shapes of news English, round 4: audiences, travelling companions, relative clauses', () => {
  it('"was granted an audience with King X, and then held talks with Y"', () => {
    const text = `In Amman, ${KE} was granted an audience with King Abdullah II at the Royal Palace, and then held talks with ${EG}.`;
    expect(new FactsView(text).events('meeting').map((m) => new FactsView(text).who(m).join(' + '))).to.have.length(2);
    expect(meetings(`${KE} was granted an audience by President Cyril Ramaphosa on Monday.`)[0]).to.match(/Musalia Mudavadi 2025-03-10/);
    expect(meetings(`${KE} was received in audience by King Abdullah II on Monday.`)[0]).to.match(/Musalia Mudavadi 2025-03-10/);
  });

  it('"flew into X on Monday with the minister for Y, Z,": Z travelled too', () => {
    expect(visits(`${KE} flew into Port Vila on Monday with the Minister for Trade, Rebecca Miano, and met ${EG}.`))
      .to.have.members(['Musalia Mudavadi -> Port Vila', 'Rebecca Miano -> Port Vila']);
    expect(visits(`${KE} arrived in Cairo with his deputy Korir Sing'oei on Monday.`)).to.have.members(["Korir Sing'oei -> Cairo", 'Musalia Mudavadi -> Cairo']);
    expect(visits(`${KE} travelled to Cairo on Monday together with Rebecca Miano.`)).to.have.members(['Rebecca Miano -> Cairo', 'Musalia Mudavadi -> Cairo']);
    // The one met there did not travel.
    expect(visits(`${KE} arrived in Cairo on Monday for talks with ${EG}.`)).to.deep.equal(['Musalia Mudavadi -> Cairo']);
  });

  it('a day told in a relative clause after the one met is not the meeting\'s', () => {
    expect(meetings(`${KE} held talks with ${EG}, who faces a general election next month.`)[0]).to.equal(`${MET} - -`);
    expect(meetings(`${KE} met ${EG}, who took office on January 5.`)[0]).to.equal(`${MET} - -`);
    // The clause closed, the day is the meeting's again.
    expect(meetings(`${KE} met ${EG}, who arrived on a state visit, at State House on Monday.`)[0]).to.equal(`${MET} 2025-03-10 State House`);
  });
});

describe('event shapes of news English, round 4: invitations and unnamed counterparts', () => {
  const lead = `Vietnamese Foreign Minister Bui Thanh Son held talks with Lao Foreign Minister Saleumxay Kommasith and Lao President Thongloun Sisoulith, who was named twice, in Vientiane. Thongloun Sisoulith spoke of ties.`;
  /** Visits as "visitor -> destination status". */
  function planned(text: string): string[] {
    const f = new FactsView(text, '2025-03-14');
    return f.events('visit').map((v) => `${f.name(v.visitor)} -> ${f.name(v.destination)} ${v.status}`);
  }

  it('"invited his Lao counterpart to pay an official visit to X": the counterpart (same post, other country) may visit', () => {
    expect(planned(`${lead} Son invited his Lao counterpart to pay an official visit to Vietnam at a convenient time.`)).to.include('Saleumxay Kommasith -> Vietnam planned');
    expect(planned(`${lead} Son invited his counterpart to visit Hanoi next year.`)).to.include('Saleumxay Kommasith -> Hanoi planned');
    expect(planned(`${KE} invited ${EG} to pay a state visit to Kenya.`)).to.deep.equal(['Badr Abdelatty -> Kenya planned']);
    // Invited by the counterpart: the subject is the one to travel, and the counterpart is not.
    expect(planned(`${lead} Son accepted an invitation from his Lao counterpart to visit Luang Prabang.`)).to.not.include('Saleumxay Kommasith -> Luang Prabang planned');
  });
});

describe('event shapes of news English, round 4: a titled person\'s meeting or visit', () => {
  it('"the Kenyan minister\'s talks with X", "the Egyptian minister\'s visit to Y": the titled person, named before', () => {
    const lead = `${KE} spoke on Monday. ${EG} spoke too.`;
    expect(meetings(`${lead} The Kenyan minister's talks with ${JP} lasted an hour.`)[0]).to.match(/^Musalia Mudavadi \+ Shigeru Ishiba /);
    expect(visits(`${lead} The Egyptian minister's visit to Nairobi ended on Tuesday.`)).to.deep.equal(['Badr Abdelatty -> Nairobi']);
    expect(meetings(`${lead} Three days after the Kenyan minister's meeting with ${JP}, markets rose.`)[0]).to.match(/^Musalia Mudavadi \+ Shigeru Ishiba /);
    // The minister's office is no person.
    expect(meetings(`${lead} The Kenyan minister's office said he would travel.`)).to.deep.equal([]);
  });
});

describe('event shapes of news English, round 5: who meets whom inside one sentence', () => {
  const modes = (text: string): string[] => {
    const f = new FactsView(text, '2025-03-14');
    return f.events('meeting').map((m) => `${f.who(m).join(' + ')} ${m.mode ?? 'in-person'} ${m.cameo}`);
  };

  it('"during which he was received by X and held talks with Y": both meetings are the visitor\'s', () => {
    const text = `${KE} has completed a three-day official visit to Egypt, during which he was received by President Abdel Fattah al-Sisi and held talks with his Egyptian counterpart Badr Abdelatty on trade.`;
    expect(meetings(text)).to.have.members(['Abdel Fattah al-Sisi + Musalia Mudavadi - Egypt', `${MET} - Egypt`]);
  });

  it('a host receiving "at his office in the palace this morning His Excellency Minister … X"', () => {
    expect(meetings(`Emir Sheikh Tamim bin Hamad Al-Thani received at his office in the Amiri Diwan this morning His Excellency Minister of Foreign Affairs of Kenya Musalia Mudavadi.`))
      .to.deep.equal(['Musalia Mudavadi + Tamim bin Hamad Al-Thani 2025-03-14 -']);
  });

  it('calls: "received a phone call today from", "spoke with X by phone", "spoke to X by phone", "had spoken over the phone with"', () => {
    expect(modes(`${EG} received a phone call today from H.E. President of Kenya William Ruto.`)).to.deep.equal(['Badr Abdelatty + William Ruto phone 041']);
    expect(modes(`${EG} spoke with ${KE} by phone on Tuesday.`)).to.deep.equal([`${MET} phone 041`]);
    expect(modes(`On Friday, ${EG} spoke to his Kenyan counterpart, Musalia Mudavadi, by phone.`)).to.deep.equal([`${MET} phone 041`]);
    expect(modes(`${EG}, who had spoken over the phone with ${KE} on Monday, flew to Rome.`)).to.deep.equal([`${MET} phone 041`]);
    // Speaking to someone with no phone named is no call.
    expect(modes(`${EG} spoke to ${KE} about the dam.`).join()).to.not.include('phone');
  });

  it('"A and B, speaking from X, held a video conference with C": one meeting of three; "A and B held a video call"', () => {
    expect(modes(`On Tuesday, ${KE} and ${EG}, speaking from Nairobi, held a video conference with Ethiopian Foreign Minister Gedion Timothewos.`))
      .to.deep.equal(['Badr Abdelatty + Gedion Timothewos + Musalia Mudavadi video 040']);
    expect(modes(`${KE} and ${EG} held a video call on Monday.`)).to.deep.equal([`${MET} video 040`]);
  });

  it('a subject with an apposition and a relative clause; "spent the afternoon in talks with"', () => {
    expect(meetings(`${KE}, the Prime Cabinet Secretary, who flew in with the president, spent Tuesday afternoon in talks with ${EG}.`)).to.deep.equal([`${MET} 2025-03-11 -`]);
  });

  it('"A, who flew in with X, and B received C": the person of the relative clause is no host', () => {
    const text = `On Friday the ministers met at the foreign ministry: Kenya's Musalia Mudavadi, who flew in with President William Ruto, and ${EG} received Ethiopian Foreign Minister Gedion Timothewos for a working breakfast.`;
    expect(meetings(text)).to.deep.equal(['Badr Abdelatty + Gedion Timothewos + Musalia Mudavadi 2025-03-14 -']);
  });

  it('those present at a meeting, or attending talks, do not meet each other or the one talked with', () => {
    expect(meetings('Kenyan Ambassador Peter Mutuku Mathuki and Egyptian Minister Rania Al-Mashat were also present during the meeting.')).to.deep.equal([]);
    expect(meetings(`Kenyan Ambassador Peter Mutuku Mathuki, who attended the talks with ${EG}, said little.`)).to.deep.equal([]);
  });

  it('a relative clause after the one met ends the list of those met', () => {
    const text = `${EG} also held a separate meeting on Friday with ${KE}, who is accompanying the president, and Rania Al-Mashat and Peter Mutuku Mathuki toured the port.`;
    expect(meetings(text)).to.deep.equal([`${MET} 2025-03-14 -`]);
  });

  it('a trip\'s time before its purpose: "travel to X before the end of the month for talks with Y"', () => {
    expect(meetings(`${KE} was expected to travel to Cairo before the end of the month for a further round of talks with ${EG}.`)).to.deep.equal([`${MET} - Cairo`]);
  });

  it('"a short bilateral with", "received by the then prime minister, X", "whom X met over lunch"', () => {
    expect(meetings(`${KE} had a short bilateral with ${EG} on the margins of the summit.`)).to.have.length(1);
    expect(meetings('Last year Kenyan President William Ruto travelled to Cairo, where he was received by the then prime minister, Mostafa Madbouly, at his office.'))
      .to.deep.equal(['Mostafa Madbouly + William Ruto - Cairo']);
    expect(meetings('That was Ethiopian Foreign Minister Gedion Timothewos, whom Kenyan President William Ruto met over lunch.')).to.deep.equal(['Gedion Timothewos + William Ruto - -']);
  });

  it('"A and B were joined by C for a trilateral meeting": all three meet', () => {
    expect(meetings(`${KE} and ${EG} were joined on Friday by Ethiopian Foreign Minister Gedion Timothewos for a trilateral meeting.`))
      .to.deep.equal(['Badr Abdelatty + Gedion Timothewos + Musalia Mudavadi 2025-03-14 -']);
  });

  it('a summit between two others is not a meeting of the sentence\'s subjects', () => {
    const text = `${KE} and ${EG} agreed to keep in close touch following the summit between President William Ruto and President Abdel Fattah al-Sisi in Cairo on Monday.`;
    expect(meetings(text)).to.deep.equal(['Abdel Fattah al-Sisi + William Ruto 2025-03-10 Cairo']);
  });
});
