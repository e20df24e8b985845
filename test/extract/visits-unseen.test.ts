import { expect } from 'chai';
import { FactsView, visits } from './helpers.js';

const visitsOf = (text: string): string[] => visits(new FactsView(text, '2025-05-06'), false);

describe('visits: shapes of unseen copy', () => {
  it('a day between the frame and its visit noun: "concluded on Thursday a visit to", "began yesterday a state visit to"', () => {
    expect(visitsOf('Foreign Minister Tomas Berg concluded on Thursday a three-day official visit to Ghana and Togo.')).to.have.members(['Tomas Berg -> Ghana happened', 'Tomas Berg -> Togo happened']);
    expect(visitsOf('President Marta Ruiz began yesterday a state visit to Chile.')).to.deep.equal(['Marta Ruiz -> Chile happened']);
  });

  it('"straight from a state visit to X": the earlier stop is a visit too', () => {
    expect(visitsOf('Prime Minister Jonas Lind, who flew to Rome straight from a state visit to Egypt, met President Paolo Conti.')).to.have.members(['Jonas Lind -> Rome happened', 'Jonas Lind -> Egypt happened']);
  });

  it('"before travelling to", "before heading to": the clause\'s subject travels on, planned with the main verb; not the one met', () => {
    expect(visitsOf('Foreign Minister Ana Lopez is scheduled to meet President Kwame Asante on Friday before travelling to Kumasi.')).to.deep.equal(['Ana Lopez -> Kumasi planned']);
    expect(visitsOf('Foreign Minister Tomas Berg will travel to Nairobi on Monday before heading to Kampala.')).to.have.members(['Tomas Berg -> Nairobi planned', 'Tomas Berg -> Kampala planned']);
    expect(visitsOf('Foreign Minister Ana Lopez, who met President Kwame Asante before flying to Accra, said the talks went well.')).to.deep.equal(['Ana Lopez -> Accra happened']);
    expect(visitsOf('Foreign Minister Ana Lopez met President Kwame Asante on Friday before heading home.')).to.deep.equal([]);
  });

  it('"met X in Y, a visit that …" is a visit; "met X in Y, a city he loves" is not', () => {
    expect(visitsOf('President Kwame Asante met Prime Minister Jonas Lind in Oslo last year, a visit that opened the way for the deal.')).to.deep.equal(['Kwame Asante -> Oslo happened']);
    expect(visitsOf('President Kwame Asante met Prime Minister Jonas Lind in Oslo, a city he loves.')).to.deep.equal([]);
  });

  it('"will attend the A summit in X and the B summit in Y": both places; not when denied', () => {
    expect(visitsOf('President Kwame Asante will attend the AU summit in Addis Ababa and the G20 summit in Johannesburg.')).to.have.members(['Kwame Asante -> Addis Ababa planned', 'Kwame Asante -> Johannesburg planned']);
    expect(visitsOf('President Kwame Asante will not attend the AU summit in Addis Ababa and the G20 summit in Johannesburg.')).to.deep.equal([]);
  });

  it('"received his Iraqi counterpart X in the capital Y": the foreign counterpart came there; no place, or no counterpart, no visit', () => {
    expect(visitsOf('Turkish Foreign Minister Hakan Demir received his Iraqi counterpart Fuad Salim in the capital Ankara on Tuesday.')).to.deep.equal(['Fuad Salim -> Ankara happened']);
    expect(visitsOf('Prime Minister Jonas Lind said he would host his French counterpart Paul Grant in Oslo next month.')).to.deep.equal(['Paul Grant -> Oslo planned']);
    expect(visitsOf('President Marta Ruiz received her Peruvian counterpart Diego Salas at the palace on Monday.')).to.deep.equal([]);
    expect(visitsOf('Interior Minister Jonas Lind received Ambassador Paul Grant in Lima on Monday.')).to.deep.equal([]);
  });

  it('"after a visit to X, during which Y held talks": Y travelled, unless Y is the host', () => {
    expect(visitsOf('The Colombo stop came after a two-day visit to the Maldives, during which Foreign Minister Tomas Berg held talks with Foreign Minister Ali Rasheed in Male.')).to.deep.equal(['Tomas Berg -> Maldives happened']);
    expect(visitsOf('The talks followed a two-day visit to Chile, during which President Marta Ruiz received him at La Moneda.')).to.deep.equal([]);
  });

  it('"A and B, President C\'s son-in-law, flew to X": an apposition naming another person leaves A and B the travellers', () => {
    expect(visitsOf("Envoy Steve Walker and Jared Kline, President Tom Hart's son-in-law, flew to Moscow on Tuesday.")).to.have.members(['Steve Walker -> Moscow happened', 'Jared Kline -> Moscow happened']);
  });

  it('a headline "X to visit Y." is planned; "jetted off to Y" is a journey', () => {
    expect(visitsOf('Indian Prime Minister Narendra Modi to visit Colombo next week.')).to.deep.equal(['Narendra Modi -> Colombo planned']);
    expect(visitsOf('Foreign Minister Tomas Berg jetted off to Kampala on Monday.')).to.deep.equal(['Tomas Berg -> Kampala happened']);
  });

  it('"X, in Y for a summit," and "X, in Y on a state visit,": where X is, told aside; not "X, in Y on Monday,"', () => {
    expect(visitsOf('Foreign Minister Tomas Berg, in Kampala for a regional summit, met President Yoweri Kato.')).to.deep.equal(['Tomas Berg -> Kampala happened']);
    expect(visitsOf('Premier Li Wei, in Berlin on a three-day official visit, told reporters that trade was growing.')).to.deep.equal(['Li Wei -> Berlin happened']);
    expect(visitsOf('Foreign Minister Tomas Berg, in Kampala on Monday, told reporters that trade was growing.')).to.deep.equal([]);
  });

  it('"X\'s three-nation tour of Asia began in Y": the trip went there', () => {
    expect(visitsOf("Foreign Minister Tomas Berg's three-nation tour of Asia began in Tokyo on Monday.")).to.deep.equal(['Tomas Berg -> Tokyo happened']);
  });
});
