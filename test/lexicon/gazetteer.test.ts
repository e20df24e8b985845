import { expect } from 'chai';
import { loadGazetteer } from '../../src/lexicon/gazetteer.js';
import { readTsv } from '../../src/lexicon/tsv.js';

describe('loadGazetteer', () => {
  const g = loadGazetteer();

  it('loads once and returns the same object', () => {
    expect(loadGazetteer()).to.equal(g);
  });

  it('has every country of the shared table once, each with a QID and a name', () => {
    expect(g.countries).to.have.length(197);
    expect(new Set(g.countries.map((c) => c.iso2)).size).to.equal(197);
    expect(g.countries.every((c) => /^Q\d+$/.test(c.qid ?? '') && c.name !== '')).to.equal(true);
  });

  it('merges the hand-added news usages into the countries', () => {
    expect(g.countryByIso2('US')?.aliases).to.include.members(['US', 'U.S.', 'USA', 'America', 'United States of America']);
    expect(g.countryByIso2('US')?.capitalAliases).to.include('Washington');
    expect(g.countryByIso2('GB')?.aliases).to.include.members(['UK', 'Britain']);
    expect(g.countryByIso2('kp')?.aliases).to.include.members(['DPRK', 'North Korea'].filter((a) => a !== g.countryByIso2('KP')?.name));
    expect(g.countryByIso2('KP')?.demonyms).to.include('North Korean');
    expect(g.countryByIso2('KR')?.aliases).to.include('ROK');
    expect(g.countryByIso2('CN')?.aliases).to.include.members(['PRC', 'mainland China']);
    expect(g.countryByIso2('AE')?.demonyms).to.include('Emirati');
    expect(g.countryByIso2('XX')).to.equal(undefined);
  });

  it('keeps a QID only where the shared data gives one', () => {
    const party = g.organizations.find((o) => o.acronym === 'CCP');
    expect(party?.qid).to.match(/^Q\d+$/);
    expect(party?.country).to.equal('CN');
    for (const acronym of ['WPK', 'CPPCC', 'IDCPC', 'KCNA', 'G7', 'G20']) {
      const body = g.organizations.find((o) => o.acronym === acronym);
      expect(body, acronym).to.not.equal(undefined);
      expect(body?.qid, acronym).to.equal(undefined);
    }
    const localRowsWithQid = readTsv('organizations.tsv').filter((r) => r.source === 'local' && r.qid !== '');
    expect(localRowsWithQid).to.deep.equal([]);
  });

  it('has people with QIDs, their source, and positions as the table words them', () => {
    expect(g.people.every((p) => /^Q\d+$/.test(p.qid))).to.equal(true);
    expect(new Set(g.people.map((p) => p.source))).to.deep.equal(new Set(['shared:people.csv', 'shared:people_single_source.csv']));
    expect(g.people.some((p) => p.positions.some((s) => /^Foreign minister of .+ \(/.test(s)))).to.equal(true);
    expect(g.people.every((p) => p.aliases.every((a) => !/\)$/.test(a)))).to.equal(true);
  });
});
