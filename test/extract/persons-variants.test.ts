import { expect } from 'chai';
import { FactsView } from './helpers.js';
import { isShortForm } from '../../src/extract/names.js';

const view = (text: string): FactsView => new FactsView(text, '2024-05-08');

describe('persons: one person under the short forms of a full name', () => {
  it('initials before the surname, and the first two words of a longer name, name the person named in full', () => {
    const f = view(`Foreign Minister Lutfullo Ergashev Karimov arrived in Dushanbe on Monday.
Minister L.E. Karimov met President Ahmad Nazar Sharifi there on Tuesday.
Later, Ahmad Nazar hosted a dinner for the guests.`);
    expect(f.persons()).to.deep.equal(['Ahmad Nazar Sharifi', 'Lutfullo Ergashev Karimov']);
  });

  it('a short form seen first takes the full name when it comes', () => {
    const f = view('Minister T. Bekov met President Sadyr Omurov in Bishkek on Monday. Talant Bekov also met the speaker.');
    expect(f.persons()).to.deep.equal(['Sadyr Omurov', 'Talant Bekov']);
  });

  it('initials that differ, or a prefix inside a hyphenated word, name someone else', () => {
    expect(isShortForm('B. Saidov', 'Dilshod Saidov')).to.equal(false);
    expect(isShortForm('Kim Jong', 'Kim Jong-un')).to.equal(false);
    expect(isShortForm('Hassan Sheikh', 'Hassan Sheikh Mohamud')).to.equal(true);
    expect(isShortForm('M.I. Dar', 'Mohammad Ishaq Dar')).to.equal(true);
  });
});

describe('persons: a Russian full name with its patronymic', () => {
  it('a given name that is also a city opens the name before a patronymic', () => {
    expect(view('Kim Jong Un sent greetings to Vladimir Vladimirovich Putin, president of the Russian Federation, on Monday.').persons()).to.include('Vladimir Vladimirovich Putin');
  });
});
