import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { cityNamed, loadCities } from '../../src/lexicon/gazetteer.js';
import { dataPath, readTsv } from '../../src/lexicon/tsv.js';

describe('cities.tsv', () => {
  const rows = readTsv('cities.tsv');

  it('states its source, licence and filter in its header', () => {
    const header = readFileSync(dataPath('cities.tsv'), 'utf8').split('\n').filter((l) => l.startsWith('#')).join('\n');
    expect(header).to.match(/GeoNames/).and.match(/CC BY 4\.0/).and.match(/population >= \d+/);
  });

  it('has every row well formed: a name, a two-letter country when known, a numeric GeoNames id for generated rows', () => {
    expect(rows.length).to.be.within(1000, 6000);
    for (const r of rows) {
      expect(r.name, JSON.stringify(r)).to.not.equal('');
      expect(r.iso2, r.name).to.match(/^(?:[A-Z]{2})?$/);
      expect(r.guard, r.name).to.match(/^(?:locative)?$/);
      if (r.source === 'geonames') expect(r.geonames_id, r.name).to.match(/^\d+$/);
    }
  });

  it('holds large cities with their country, and no country or capital the countries table already names', () => {
    expect(cityNamed('Busan')?.iso2).to.equal('KR');
    expect(cityNamed('Shenzhen')?.iso2).to.equal('CN');
    expect(cityNamed('Samarkand')?.iso2).to.equal('UZ');
    expect(cityNamed('Brisbane')?.iso2).to.equal('AU');
    for (const known of ['Beijing', 'Paris', 'China', 'Mexico']) expect(cityNamed(known), known).to.equal(undefined);
  });

  it('gives each form to the most populous city and leaves the country open between two large namesakes', () => {
    expect(cityNamed('St. Petersburg')?.iso2).to.equal('RU');
    expect(cityNamed('Delhi')?.iso2).to.equal('IN');
    expect(cityNamed('Hyderabad')?.iso2).to.equal(undefined);
  });

  it('merges the hand-added forms and guards into the generated rows', () => {
    expect(cityNamed('New York')?.name).to.equal('New York City');
    expect(cityNamed('cologne')?.iso2).to.equal('DE');
    expect(cityNamed('Sao Paulo')?.name).to.equal('São Paulo');
    expect(cityNamed('Santos')?.locativeOnly).to.equal(true);
    expect(loadCities().filter((c) => c.name === 'New York City')).to.have.length(1);
  });

  it('guards names that are also everyday words or personal names, not plain city names', () => {
    for (const word of ['Mobile', 'Split', 'Nice', 'Florence', 'Jackson', 'Charlotte', 'Hamilton']) expect(cityNamed(word)?.locativeOnly, word).to.equal(true);
    for (const city of ['Busan', 'Shenzhen', 'Mumbai', 'Lagos']) expect(cityNamed(city)?.locativeOnly, city).to.equal(false);
  });
});
