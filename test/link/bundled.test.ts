import { expect } from 'chai';
import { loadGazetteer } from '../../src/lexicon/gazetteer.js';
import { bundledCandidates, rolesOfPosition } from '../../src/link/bundled.js';

describe('bundled candidates', () => {
  it('maps the people table’s position strings to role ids', () => {
    expect(rolesOfPosition('Foreign minister of Chile (current as of 2022-12)')).to.deep.equal(['ForeignMinister']);
    expect(rolesOfPosition('Prime Minister of Fiji (2014–2022)')).to.deep.equal(['PrimeMinister']);
    expect(rolesOfPosition('Federal Chancellor of Austria (2021–)')).to.deep.equal(['PrimeMinister']);
    expect(rolesOfPosition('President of Ghana (2017–)')).to.deep.equal(['President']);
    expect(rolesOfPosition('Chairman of the Standing Committee of the Supreme Assembly (2019–)')).to.deep.equal(['LegislatureChair']);
    expect(rolesOfPosition('Druk Gyalpo of Bhutan')).to.deep.equal([]);
  });

  it('finds person candidates whatever the hyphenation, and none for unknown names', () => {
    const person = loadGazetteer().people.find((p) => p.name.split(' ').length === 3);
    const [a, b, c] = person?.name.split(' ') ?? [];
    expect(bundledCandidates('person', [`${a} ${b}-${c?.toLowerCase()}`]).map((x) => x.qid)).to.include(person?.qid);
    expect(bundledCandidates('person', ['Zzyzx Qwerty'])).to.deep.equal([]);
  });

  it('gives a person of no country the organisations or territories of their posts', () => {
    const person = loadGazetteer().people.find((p) => !p.country && p.positions.some((pos) => pos.includes('European Union')));
    expect(bundledCandidates('person', [person?.name ?? '']).find((c) => c.qid === person?.qid)?.bodies).to.deep.equal(['European Union']);
  });

  it('gives a monarch the regnal name without the realm the table adds', () => {
    const monarch = loadGazetteer().people.find((p) => / [IVX]+ of /.test(p.name));
    const regnal = monarch?.name.replace(/ of .*$/, '') ?? '';
    expect(bundledCandidates('person', [regnal]).find((c) => c.qid === monarch?.qid)?.aliases).to.include(regnal);
  });

  it('finds them by any word, so a name with the family name first or an initial spelled out finds its row', () => {
    const person = loadGazetteer().people.find((p) => p.name.split(' ').length === 2 && p.country === 'JP');
    const [given, family] = person?.name.split(' ') ?? [];
    expect(bundledCandidates('person', [`${family} ${given}`]).map((x) => x.qid)).to.include(person?.qid);
    expect(bundledCandidates('person', [`${given?.[0]}. ${family}`]).map((x) => x.qid)).to.include(person?.qid);
  });
});
