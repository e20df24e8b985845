/**
 * A deterministic (seeded) corpus of synthetic diplomacy articles for the benchmark: wire copy and
 * state-media style, names of many cultures and shapes, titles, meetings, calls, visits (done and
 * planned), quotes, pledges, datelines, captions and page junk, ~2–4 KB each, as JSON Lines shards.
 *
 *   node dist/bench/generate.js [--articles N] [--seed S] [--out DIR]
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Bump when the text changes, so an old corpus on disk is regenerated. */
const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240127;
export const DEFAULT_ARTICLES = 10_000;
export const SHARD_SIZE = 1_000;
export const CORPUS_DIR = fileURLToPath(new URL('../../bench/corpus/', import.meta.url));

export interface CorpusRecord {
  id: string;
  title: string;
  published: string;
  publisher: string;
  url: string;
  text: string;
}

export interface CorpusManifest {
  version: number;
  seed: number;
  articles: number;
  shards: string[];
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: small, fast, and the same sequence on every machine for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly random: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  /** `count` distinct items. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0] as T);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Knowledge: countries, name shapes, titles

interface Country {
  name: string;
  adjective: string;
  capital: string;
  cities: string[];
  /** Name cultures of its officials. */
  cultures: Culture[];
  /** Name used in datelines for news agencies of the country. */
  agency: string;
}

type Culture =
  | 'chinese' | 'korean' | 'japanese' | 'vietnamese' | 'arabic' | 'russian' | 'hispanic' | 'indian' | 'anglo'
  | 'west-african' | 'east-african' | 'turkish' | 'indonesian' | 'germanic' | 'french' | 'persian' | 'thai'
  | 'portuguese' | 'polish' | 'malay';

const COUNTRIES: Country[] = [
  { name: 'China', adjective: 'Chinese', capital: 'Beijing', cities: ['Shanghai', 'Tianjin', 'Xiamen'], cultures: ['chinese'], agency: 'Xinhua' },
  { name: 'North Korea', adjective: 'North Korean', capital: 'Pyongyang', cities: ['Sinuiju', 'Wonsan'], cultures: ['korean'], agency: 'KCNA' },
  { name: 'South Korea', adjective: 'South Korean', capital: 'Seoul', cities: ['Busan', 'Incheon'], cultures: ['korean'], agency: 'Yonhap' },
  { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo', cities: ['Osaka', 'Hiroshima'], cultures: ['japanese'], agency: 'Kyodo' },
  { name: 'Vietnam', adjective: 'Vietnamese', capital: 'Hanoi', cities: ['Ho Chi Minh City', 'Da Nang'], cultures: ['vietnamese'], agency: 'VNA' },
  { name: 'Saudi Arabia', adjective: 'Saudi', capital: 'Riyadh', cities: ['Jeddah'], cultures: ['arabic'], agency: 'SPA' },
  { name: 'the United Arab Emirates', adjective: 'Emirati', capital: 'Abu Dhabi', cities: ['Dubai'], cultures: ['arabic'], agency: 'WAM' },
  { name: 'Qatar', adjective: 'Qatari', capital: 'Doha', cities: ['Lusail'], cultures: ['arabic'], agency: 'QNA' },
  { name: 'Egypt', adjective: 'Egyptian', capital: 'Cairo', cities: ['Sharm el-Sheikh', 'Alexandria'], cultures: ['arabic'], agency: 'MENA' },
  { name: 'Jordan', adjective: 'Jordanian', capital: 'Amman', cities: ['Aqaba'], cultures: ['arabic'], agency: 'Petra' },
  { name: 'Russia', adjective: 'Russian', capital: 'Moscow', cities: ['St Petersburg', 'Kazan', 'Sochi'], cultures: ['russian'], agency: 'TASS' },
  { name: 'Ukraine', adjective: 'Ukrainian', capital: 'Kyiv', cities: ['Lviv', 'Odesa'], cultures: ['russian'], agency: 'Ukrinform' },
  { name: 'Spain', adjective: 'Spanish', capital: 'Madrid', cities: ['Barcelona', 'Seville'], cultures: ['hispanic'], agency: 'EFE' },
  { name: 'Mexico', adjective: 'Mexican', capital: 'Mexico City', cities: ['Guadalajara', 'Monterrey'], cultures: ['hispanic'], agency: 'Notimex' },
  { name: 'Argentina', adjective: 'Argentine', capital: 'Buenos Aires', cities: ['Córdoba'], cultures: ['hispanic'], agency: 'Télam' },
  { name: 'Colombia', adjective: 'Colombian', capital: 'Bogotá', cities: ['Cartagena', 'Medellín'], cultures: ['hispanic'], agency: 'Colprensa' },
  { name: 'India', adjective: 'Indian', capital: 'New Delhi', cities: ['Mumbai', 'Hyderabad', 'Chennai'], cultures: ['indian'], agency: 'PTI' },
  { name: 'Sri Lanka', adjective: 'Sri Lankan', capital: 'Colombo', cities: ['Kandy'], cultures: ['indian'], agency: 'Lankapuvath' },
  { name: 'the United States', adjective: 'US', capital: 'Washington', cities: ['New York', 'San Francisco'], cultures: ['anglo'], agency: 'AP' },
  { name: 'the United Kingdom', adjective: 'British', capital: 'London', cities: ['Edinburgh', 'Manchester'], cultures: ['anglo'], agency: 'PA' },
  { name: 'Australia', adjective: 'Australian', capital: 'Canberra', cities: ['Sydney', 'Perth'], cultures: ['anglo'], agency: 'AAP' },
  { name: 'Singapore', adjective: 'Singaporean', capital: 'Singapore', cities: ['Singapore'], cultures: ['chinese', 'malay', 'indian'], agency: 'CNA' },
  { name: 'Nigeria', adjective: 'Nigerian', capital: 'Abuja', cities: ['Lagos'], cultures: ['west-african'], agency: 'NAN' },
  { name: 'Ghana', adjective: 'Ghanaian', capital: 'Accra', cities: ['Kumasi'], cultures: ['west-african'], agency: 'GNA' },
  { name: 'Kenya', adjective: 'Kenyan', capital: 'Nairobi', cities: ['Mombasa'], cultures: ['east-african'], agency: 'KNA' },
  { name: 'Tanzania', adjective: 'Tanzanian', capital: 'Dodoma', cities: ['Dar es Salaam', 'Arusha'], cultures: ['east-african'], agency: 'TSN' },
  { name: 'Turkey', adjective: 'Turkish', capital: 'Ankara', cities: ['Istanbul', 'Antalya'], cultures: ['turkish'], agency: 'Anadolu' },
  { name: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta', cities: ['Bali', 'Surabaya'], cultures: ['indonesian'], agency: 'Antara' },
  { name: 'Malaysia', adjective: 'Malaysian', capital: 'Kuala Lumpur', cities: ['Putrajaya', 'Penang'], cultures: ['malay', 'chinese'], agency: 'Bernama' },
  { name: 'Brunei', adjective: 'Bruneian', capital: 'Bandar Seri Begawan', cities: ['Tutong'], cultures: ['malay'], agency: 'Borneo Bulletin' },
  { name: 'Germany', adjective: 'German', capital: 'Berlin', cities: ['Munich', 'Hamburg'], cultures: ['germanic'], agency: 'dpa' },
  { name: 'the Netherlands', adjective: 'Dutch', capital: 'Amsterdam', cities: ['The Hague', 'Rotterdam'], cultures: ['germanic'], agency: 'ANP' },
  { name: 'France', adjective: 'French', capital: 'Paris', cities: ['Marseille', 'Lyon'], cultures: ['french'], agency: 'AFP' },
  { name: 'Senegal', adjective: 'Senegalese', capital: 'Dakar', cities: ['Saint-Louis'], cultures: ['french', 'west-african'], agency: 'APS' },
  { name: 'Iran', adjective: 'Iranian', capital: 'Tehran', cities: ['Isfahan', 'Mashhad'], cultures: ['persian'], agency: 'IRNA' },
  { name: 'Thailand', adjective: 'Thai', capital: 'Bangkok', cities: ['Chiang Mai', 'Pattaya'], cultures: ['thai'], agency: 'Thai PBS' },
  { name: 'Brazil', adjective: 'Brazilian', capital: 'Brasília', cities: ['São Paulo', 'Rio de Janeiro'], cultures: ['portuguese'], agency: 'Agência Brasil' },
  { name: 'Portugal', adjective: 'Portuguese', capital: 'Lisbon', cities: ['Porto'], cultures: ['portuguese'], agency: 'Lusa' },
  { name: 'Poland', adjective: 'Polish', capital: 'Warsaw', cities: ['Kraków', 'Gdańsk'], cultures: ['polish'], agency: 'PAP' },
  { name: 'Pakistan', adjective: 'Pakistani', capital: 'Islamabad', cities: ['Lahore', 'Karachi'], cultures: ['indian', 'arabic'], agency: 'APP' },
];

/** Given names, family names, and how a name is put together and shortened, per culture. */
interface NameShape {
  given: string[];
  family: string[];
  /** Builds the full name and the short form used on second reference. */
  build(d: Dice, given: string, family: string): { full: string; short: string };
}

const familyFirst = (_d: Dice, given: string, family: string) => ({ full: `${family} ${given}`, short: family });
const givenFirst = (_d: Dice, given: string, family: string) => ({ full: `${given} ${family}`, short: family });

const NAME_SHAPES: Record<Culture, NameShape> = {
  chinese: {
    given: ['Lihua', 'Weimin', 'Jianguo', 'Xiaoyan', 'Haoran', 'Yuting', 'Zhiqiang', 'Mingzhu', 'Guoqing', 'Shuang', 'Yi', 'Kang'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Hu', 'Guo', 'Lin', 'Tan', 'Teo'],
    build: familyFirst,
  },
  korean: {
    given: ['Kwang Chol', 'Hyun-soo', 'Yong Bok', 'Ji-won', 'Chol Su', 'Min-jung', 'Song Il', 'Tae-yong', 'Hye Gyong', 'Jae-sung'],
    family: ['Kim', 'Ri', 'Pak', 'Choe', 'Jang', 'Han', 'Yun', 'Kang', 'Jo', 'Cho', 'Park', 'Lee', 'Jung'],
    build: (d, given, family) => {
      const hyphenated = given.includes(' ') && d.chance(0.3) ? given.replace(' ', '-').replace(/-(\w)/, (_m, c: string) => `-${c.toLowerCase()}`) : given;
      return { full: `${family} ${hyphenated}`, short: family };
    },
  },
  japanese: {
    given: ['Yoko', 'Takeshi', 'Hiroshi', 'Akiko', 'Kenji', 'Yoshimasa', 'Emi', 'Shunsuke', 'Masahiro', 'Naoko'],
    family: ['Tanaka', 'Suzuki', 'Kamikawa', 'Hayashi', 'Motegi', 'Nakamura', 'Kobayashi', 'Iwaya', 'Okada', 'Ishii'],
    build: givenFirst,
  },
  vietnamese: {
    given: ['Thi Lan', 'Van Minh', 'Thanh Son', 'Quoc Dung', 'Thi Hang', 'Minh Chinh', 'Duc Hai', 'Hong Phuc'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Bui', 'Do', 'Vu', 'Dang', 'Hoang'],
    build: (_d, given, family) => ({ full: `${family} ${given}`, short: given.split(' ').at(-1) as string }),
  },
  arabic: {
    given: ['Hamad', 'Faisal', 'Abdullah', 'Ayman', 'Mohammed', 'Khalid', 'Fatima', 'Sultan', 'Nasser', 'Lulwah', 'Omar', 'Badr'],
    family: ['Al Mansouri', 'Al Thani', 'Al Saud', 'Safadi', 'Shoukry', 'Al Nahyan', 'Al Khater', 'Abdelatty', 'Al Jaber', 'Haddad'],
    build: (d, given, family) => {
      const father = d.pick(['Khalid', 'Zayed', 'Farhan', 'Rashid', 'Salman', 'Ali']);
      const honorific = d.chance(0.25) ? 'Sheikh ' : '';
      const full = d.chance(0.45) ? `${honorific}${given} bin ${father} ${family}` : `${honorific}${given} ${family}`;
      return { full, short: family.startsWith('Al ') && d.chance(0.5) ? given : family };
    },
  },
  russian: {
    given: ['Sergei', 'Olga', 'Maria', 'Dmitry', 'Andrii', 'Iryna', 'Alexei', 'Yulia', 'Mikhail', 'Natalia'],
    family: ['Ryabkov', 'Petrenko', 'Zakharova', 'Lavrentiev', 'Kuleba', 'Sybiha', 'Galuzin', 'Rudenko', 'Volkova', 'Shoigu'],
    build: (d, given, family) => {
      const initial = d.chance(0.3) ? ` ${d.pick(['V.', 'A.', 'N.', 'S.', 'I.'])}` : '';
      return { full: `${given}${initial} ${family}`, short: family };
    },
  },
  hispanic: {
    given: ['María José', 'Luis Alberto', 'Ana', 'José Manuel', 'Alicia', 'Diego', 'Juan Carlos', 'Carmen', 'Santiago', 'Gabriela'],
    family: ['Ortega', 'Ruiz', 'Gómez', 'Albares', 'Bárcena', 'Cafiero', 'Murillo', 'Fernández', 'de la Fuente', 'Sánchez'],
    build: (d, given, family) => {
      const second = d.chance(0.4) ? ` ${d.pick(['Ruiz', 'López', 'Ibarra', 'Castillo', 'Mendoza'])}` : '';
      return { full: `${given} ${family}${second}`, short: `${family}${second}` };
    },
  },
  indian: {
    given: ['Subrahmanyam', 'Vikram', 'Priya', 'Rajesh', 'Anjali', 'Arvind', 'Meera', 'Suresh', 'Kavitha', 'Ali'],
    family: ['Jaishankar', 'Misri', 'Ramaswamy', 'Sabry', 'Herath', 'Sharma', 'Iyer', 'Dar', 'Gunawardena', 'Reddy'],
    build: (d, given, family) => {
      if (d.chance(0.25)) {
        const title = d.pick(['Dr. ', 'Dr ', '']);
        return { full: `${title}${given[0]}. ${family}`, short: family };
      }
      return { full: `${given} ${family}`, short: family };
    },
  },
  anglo: {
    given: ['Jake', 'Antony', 'Penny', 'David', 'Catherine', 'Richard', 'Sarah', 'Michael', 'Linda', 'James'],
    family: ['Sullivan', 'Blinken', 'Wong', 'Lammy', 'Marles', 'Campbell', 'Thomas-Greenfield', 'Moore', "O'Neill", 'McAllister'],
    build: (d, given, family) => {
      const middle = d.chance(0.2) ? ` ${d.pick(['J.', 'R.', 'K.', 'W.'])}` : '';
      return { full: `${given}${middle} ${family}`, short: family };
    },
  },
  'west-african': {
    given: ['Ngozi', 'Kwame', 'Yusuf', 'Amina', 'Oluwaseun', 'Shirley', 'Kofi', 'Aissata', 'Babajide', 'Yassine'],
    family: ['Okonjo-Iweala', 'Mensah', 'Tuggar', 'Botchwey', 'Adeyemi', 'Ablakwa', 'Diop', 'Fall', 'Okafor', 'Sall'],
    build: givenFirst,
  },
  'east-african': {
    given: ['Musalia', 'January', 'Naledi', 'Amina', 'Korir', 'Rebecca', 'Stergomena', 'Abdi', 'Wanjiru', 'Mahmoud'],
    family: ['Mudavadi', 'Makamba', 'Pandor', 'Mohammed', 'Sing’Oei', 'Tax', 'Kombo', 'Otieno', 'Kamau', 'Thabit'],
    build: givenFirst,
  },
  turkish: {
    given: ['Hakan', 'Ayşe', 'Mevlüt', 'Emine', 'Ömer', 'Zeynep', 'İbrahim', 'Burak'],
    family: ['Fidan', 'Yılmaz', 'Çavuşoğlu', 'Kalın', 'Bolat', 'Demir', 'Şahin', 'Öztürk'],
    build: givenFirst,
  },
  indonesian: {
    given: ['Retno', 'Sugiono', 'Pahala', 'Arrmanatha', 'Siti', 'Budi', 'Dewi', 'Anis'],
    family: ['Marsudi', 'Mansury', 'Nasir', 'Gunadi', 'Santoso', 'Wibowo', 'Lestari', ''],
    build: (_d, given, family) => (family ? { full: `${given} ${family}`, short: family } : { full: given, short: given }),
  },
  germanic: {
    given: ['Annalena', 'Johann', 'Frank-Walter', 'Jan', 'Katrin', 'Wopke', 'Hanke', 'Tobias', 'Ursula', 'Caspar'],
    family: ['von Berg', 'Wadephul', 'van der Meer', 'Baerbock', 'de Vries', 'Hoekstra', 'Bruins Slot', 'Lindner', 'Veldkamp', 'Schmidt'],
    build: givenFirst,
  },
  french: {
    given: ['Jean-Yves', 'Stéphane', 'Catherine', 'Jean-Noël', 'Aminata', 'Hélène', 'Laurent', 'Chrysoula', 'Ousmane', 'Mathilde'],
    family: ['Le Drian', 'Séjourné', 'Colonna', 'Barrot', 'Touré', 'de Montchalin', 'Fabius', 'Dubois', 'Ndiaye', 'Lefèvre'],
    build: givenFirst,
  },
  persian: {
    given: ['Abbas', 'Hossein', 'Mohammad Javad', 'Ali', 'Kazem', 'Masoumeh', 'Majid', 'Fatemeh'],
    family: ['Araghchi', 'Amir-Abdollahian', 'Zarif', 'Bagheri Kani', 'Gharibabadi', 'Ebtekar', 'Takht-Ravanchi', 'Mohajerani'],
    build: givenFirst,
  },
  thai: {
    given: ['Maris', 'Parnpree', 'Don', 'Sihasak', 'Thani', 'Kanchana', 'Russ', 'Supattra'],
    family: ['Sangiampongsa', 'Bahiddha-Nukara', 'Pramudwinai', 'Phuangketkeow', 'Thongphakdi', 'Jalichandra', 'Patimaprakorn', 'Chaiyasit'],
    build: givenFirst,
  },
  portuguese: {
    given: ['Mauro', 'Paulo', 'Celso', 'Maria Laura', 'João', 'Ana Paula', 'Rui', 'Beatriz'],
    family: ['Vieira', 'Rangel', 'Amorim', 'da Rocha', 'Gomes Cravinho', 'Santos Silva', 'Costa', 'Ferreira'],
    build: givenFirst,
  },
  polish: {
    given: ['Radosław', 'Zbigniew', 'Małgorzata', 'Paweł', 'Agnieszka', 'Władysław', 'Jacek', 'Anna'],
    family: ['Sikorski', 'Rau', 'Kidawa-Błońska', 'Jabłoński', 'Bartoszewski', 'Kosiniak-Kamysz', 'Czaputowicz', 'Nowak'],
    build: givenFirst,
  },
  malay: {
    given: ['Mohamad', 'Erywan', 'Saifuddin', 'Zambry', 'Nurul', 'Siti Hajar', 'Lim Jock', 'Azmin'],
    family: ['Hasan', 'Yusof', 'Abdullah', 'Abdul Kadir', 'Ismail', 'Rahman', 'Seng', 'Ali'],
    build: (d, given, family) => {
      if (given === 'Lim Jock') return { full: `${given} ${family}`, short: 'Lim' };
      const honorific = d.chance(0.3) ? `${d.pick(['Datuk Seri', 'Dato', 'Pehin', 'Tan Sri'])} ` : '';
      return d.chance(0.5)
        ? { full: `${honorific}${given} bin ${family}`, short: given }
        : { full: `${honorific}${given} ${family}`, short: family };
    },
  },
};

/** Posts, written the many ways the press writes them; `{C}` is a country name. */
const TITLES = [
  'Foreign Minister', 'foreign minister', 'Vice Foreign Minister', 'Deputy Foreign Minister', 'deputy foreign minister',
  'First Vice Foreign Minister', 'top diplomat', 'National Security Advisor', 'national security adviser', 'Prime Minister',
  'President', 'Defence Minister', 'Minister of Foreign Affairs and Trade', 'Minister for Foreign Affairs', 'Deputy Prime Minister',
  'trade minister', 'Second Minister of Foreign Affairs', 'Secretary of State', 'Foreign Secretary', 'Minister of State for External Affairs',
];
const TITLES_WITH_OBJECT = ['ambassador to {C}', 'special envoy to {C}', 'envoy for {C} affairs', 'Ambassador to {C}'];
const PARTY_TITLES = [
  "head of the ruling party's International Department", 'chairman of the National Assembly', 'Speaker of Parliament',
  "chairman of the country's top political advisory body", 'secretary-general of the ruling party',
];
const HONORIFICS = ['Mr.', 'Ms.', 'Mr', 'Mrs.', 'Dr.'];

interface Person {
  full: string;
  short: string;
  title: string;
  country: Country;
  he: 'he' | 'she';
  his: 'his' | 'her';
}

function makePerson(d: Dice, country: Country, others: Country[]): Person {
  const culture = d.pick(country.cultures);
  const shape = NAME_SHAPES[culture];
  const { full, short } = shape.build(d, d.pick(shape.given), d.pick(shape.family));
  const roll = d.int(0, 9);
  const title =
    roll < 7 ? d.pick(TITLES) : roll < 9 ? d.pick(TITLES_WITH_OBJECT).replace('{C}', d.pick(others).name) : d.pick(PARTY_TITLES);
  const female = d.chance(0.4);
  return { full, short, title, country, he: female ? 'she' : 'he', his: female ? 'her' : 'his' };
}

// ---------------------------------------------------------------------------------------------
// Sentences

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = [
  'trade and investment', 'regional security', 'the situation on the Korean Peninsula', 'energy cooperation', 'climate finance',
  'maritime disputes in the South China Sea', 'food security', 'the war in Ukraine', 'humanitarian access to Gaza', 'debt relief',
  'visa facilitation', 'counter-terrorism', 'nuclear non-proliferation', 'critical minerals', 'people-to-people exchanges',
];
const VENUES = [
  'the People\'s Palace of Culture', 'the Great Hall of the People', 'Hyderabad House', 'the Kremlin', 'the State Department',
  'the presidential palace', 'the Foreign Ministry', 'the Elysée Palace', 'the sidelines of the G20 summit', 'the ASEAN Secretariat',
  'the Istana', 'Lancaster House', 'the Diaoyutai State Guesthouse', 'the Itamaraty Palace',
];
const QUOTES = [
  'We agreed to strengthen strategic communication at all levels',
  'Our two countries share a common interest in peace and stability',
  'This visit opens a new chapter in our relations',
  'Dialogue is the only way forward',
  'We will not accept any attempt to change the status quo by force',
  'The talks were candid, substantive and fruitful',
  'Both sides expressed their readiness to deepen cooperation',
  'We discussed the full range of bilateral issues',
];
const AGREEMENTS = [
  'a memorandum of understanding on energy cooperation', 'an agreement on visa exemption', 'a framework agreement on trade',
  'a joint statement on maritime security', 'a plan of action for 2025 to 2027', 'an agreement on cultural exchanges',
];
const JUNK_LINES = [
  'Advertisement', 'Share this article', 'Follow us on X and Facebook', 'Subscribe to our newsletter for daily updates',
  'Read more: {T}', 'Related: {T}', 'We use cookies to improve your experience. Accept all', 'Skip to main content',
  'Click here to download our app', '© {PY} {P}. All rights reserved.', 'Photo: {A}', 'Listen to this article 4 min',
  'Sign up for free to read more', 'Most read', 'Trending now: {T}',
];
const FILLERS = [
  'Relations between the two countries have improved markedly over the past decade.',
  'Bilateral trade reached {N} billion dollars last year, according to official figures.',
  'The ministry gave no further details.',
  'Analysts say the meeting signals a thaw after years of tension.',
  'Officials did not say whether a joint statement would be issued.',
  'The two sides last held talks at this level in {M} {Y}.',
  'Critics have questioned the timing of the trip, which comes weeks before national elections.',
  'Both countries are members of the Group of 20 and the United Nations.',
  'The talks lasted more than three hours, a diplomat familiar with the matter said.',
  'Markets reacted calmly to the news, with the local currency little changed.',
  'Human rights groups urged the delegation to raise the cases of detained activists.',
  'The region has seen a flurry of diplomatic activity in recent months.',
];

interface Scene {
  d: Dice;
  people: Person[];
  countries: Country[];
  published: Date;
  publisher: string;
}

const country = (p: Person): string => p.country.name.replace(/^the /, '');
const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** "North Korea's Vice Foreign Minister Ri Kwang Chol", "Ri Kwang Chol, the Vice Foreign Minister of North Korea", ... */
function introduce(d: Dice, p: Person): string {
  switch (d.int(0, 5)) {
    case 0:
      return `${possessive(country(p))} ${p.title} ${p.full}`;
    case 1:
      return `${p.country.adjective} ${p.title} ${p.full}`;
    case 2:
      return `${p.full}, the ${p.title} of ${p.country.name},`;
    case 3:
      return `${p.full}, ${possessive(country(p))} ${p.title},`;
    case 4:
      return `${p.title} ${p.full}`;
    default:
      return `${p.country.adjective} ${p.title} ${p.full}`;
  }
}

function refer(d: Dice, p: Person): string {
  return d.chance(0.2) ? `${d.pick(HONORIFICS)} ${p.short}` : p.short;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * 86_400_000);
}

/** "on Friday", "on March 12", "on 12 March 2024", "last week", "on Tuesday evening" */
function when(s: Scene): string {
  const past = daysBefore(s.published, s.d.int(0, 6));
  switch (s.d.int(0, 4)) {
    case 0:
      return `on ${WEEKDAYS[(past.getUTCDay() + 6) % 7]}`;
    case 1:
      return `on ${MONTHS[past.getUTCMonth()]} ${past.getUTCDate()}`;
    case 2:
      return `on ${past.getUTCDate()} ${MONTHS[past.getUTCMonth()]} ${past.getUTCFullYear()}`;
    case 3:
      return `on ${WEEKDAYS[(past.getUTCDay() + 6) % 7]} ${s.d.pick(['morning', 'afternoon', 'evening'])}`;
    default:
      return s.d.pick(['earlier this week', 'last week', 'on the same day']);
  }
}

function where(s: Scene, host: Country): string {
  switch (s.d.int(0, 3)) {
    case 0:
      return `in ${host.capital}`;
    case 1:
      return `at ${s.d.pick(VENUES)} in ${s.d.pick([host.capital, ...host.cities])}`;
    case 2:
      return `in ${s.d.pick(host.cities)}, ${host.name.replace(/^the /, '')}`;
    default:
      return `in ${host.capital}`;
  }
}

function meetingSentence(s: Scene, a: Person, b: Person): string {
  const { d } = s;
  const host = d.pick([a.country, b.country]);
  switch (d.int(0, 7)) {
    case 0:
      return `${introduce(d, a)} met ${introduce(d, b)} ${where(s, host)} ${when(s)}.`;
    case 1:
      return `${introduce(d, a)} held talks with ${introduce(d, b)} ${when(s)} ${where(s, host)}, discussing ${d.pick(TOPICS)}.`;
    case 2:
      return `${possessive(refer(d, a))} meeting with ${refer(d, b)} ${where(s, host)} focused on ${d.pick(TOPICS)}, the ${a.country.adjective} side said.`;
    case 3:
      return `${refer(d, a)} met ${a.his} ${b.country.adjective} counterpart, ${b.full}, ${when(s)}.`;
    case 4:
      return `In a separate meeting with ${introduce(d, b)}, ${refer(d, a)} said the two countries should expand cooperation on ${d.pick(TOPICS)}.`;
    case 5:
      return `${introduce(d, a)} and ${introduce(d, b)} held talks ${where(s, host)} ${when(s)}, according to ${host.agency}.`;
    case 6:
      return `${introduce(d, a)} received ${introduce(d, b)} ${where(s, a.country)} ${when(s)}.`;
    default:
      return `${introduce(d, a)} was set to meet ${introduce(d, b)} ${where(s, host)} next week, officials said.`;
  }
}

function callSentence(s: Scene, a: Person, b: Person): string {
  const { d } = s;
  switch (d.int(0, 3)) {
    case 0:
      return `${introduce(d, a)} spoke by telephone with ${introduce(d, b)} ${when(s)}, the ministry said in a statement.`;
    case 1:
      return `In a phone call with ${refer(d, b)} ${when(s)}, ${refer(d, a)} stressed the importance of ${d.pick(TOPICS)}.`;
    case 2:
      return `${introduce(d, a)} held a video call with ${introduce(d, b)} ${when(s)} to discuss ${d.pick(TOPICS)}.`;
    default:
      return `${refer(d, a)} and ${refer(d, b)} also spoke on the phone ${when(s)}.`;
  }
}

function visitSentence(s: Scene, a: Person, host: Country): string {
  const { d } = s;
  switch (d.int(0, 4)) {
    case 0:
      return `${introduce(d, a)} arrived in ${host.capital} ${when(s)} for a ${d.pick(['two', 'three', 'four'])}-day official visit.`;
    case 1:
      return `${refer(d, a)} will also travel to ${host.name} later this month, ${a.his} office said.`;
    case 2:
      return `${introduce(d, a)} is on a visit to ${host.name}, ${a.his} first since taking office.`;
    case 3:
      return `During ${a.his} visit to ${host.capital}, ${refer(d, a)} laid a wreath at the national monument.`;
    default:
      return `${refer(d, a)} arrived in ${host.capital}, passing through ${d.pick(host.cities)} ${when(s)}.`;
  }
}

function quoteSentence(s: Scene, a: Person): string {
  const { d } = s;
  const quote = d.pick(QUOTES);
  switch (d.int(0, 3)) {
    case 0:
      return `"${quote}," ${refer(d, a)} said.`;
    case 1:
      return `"${quote}," ${refer(d, a)} told reporters after the talks.`;
    case 2:
      return `${refer(d, a)} said: "${quote}."`;
    default:
      return `According to ${a.country.agency}, ${refer(d, a)} said that ${quote.charAt(0).toLowerCase()}${quote.slice(1)}.`;
  }
}

function pledgeSentence(s: Scene, a: Person, b: Person): string {
  const { d } = s;
  switch (d.int(0, 2)) {
    case 0:
      return `The two sides pledged to strengthen cooperation in ${d.pick(TOPICS)} and signed ${d.pick(AGREEMENTS)}.`;
    case 1:
      return `${country(a)} pledged $${d.int(2, 900)} million in aid to ${b.country.name}, ${refer(d, a)} said.`;
    default:
      return `${refer(d, a)} and ${refer(d, b)} signed ${d.pick(AGREEMENTS)} ${when(s)}.`;
  }
}

function fill(s: Scene, template: string): string {
  const { d } = s;
  return template
    .replace('{N}', String(d.int(2, 300)))
    .replace('{M}', d.pick(MONTHS))
    .replace('{Y}', String(s.published.getUTCFullYear() - d.int(0, 6)))
    .replace('{T}', `${d.pick(s.countries).adjective} leader ${d.pick(['hails', 'warns on', 'rejects', 'backs'])} ${d.pick(TOPICS)}`)
    .replace('{PY}', String(s.published.getUTCFullYear()))
    .replace('{P}', s.publisher)
    .replace('{A}', d.pick(['AFP', 'Reuters', 'AP', 'Xinhua', 'Yonhap', 'EPA']));
}

function paragraph(s: Scene): string {
  const { d, people } = s;
  const [a, b] = d.sample(people, 2) as [Person, Person];
  const sentences: string[] = [];
  for (let i = d.int(1, 3); i > 0; i--) {
    const kind = d.int(0, 9);
    if (kind < 3) sentences.push(meetingSentence(s, a, b));
    else if (kind < 4) sentences.push(callSentence(s, a, b));
    else if (kind < 5) sentences.push(visitSentence(s, a, b.country));
    else if (kind < 7) sentences.push(quoteSentence(s, d.pick([a, b])));
    else if (kind < 8) sentences.push(pledgeSentence(s, a, b));
    else sentences.push(fill(s, d.pick(FILLERS)));
  }
  return sentences.map(capitalise).join(' ');
}

const capitalise = (sentence: string): string => sentence.charAt(0).toUpperCase() + sentence.slice(1);

const PUBLISHERS = ['Dawn', 'The Straits Times', 'Xinhua', 'KCNA Watch', 'Yonhap', 'Reuters', 'Al Jazeera', 'The Hindu', 'Daily Nation', 'El País English', 'Vietnam News', 'Arab News', 'TASS', 'Kyiv Independent', 'Premium Times'];

/** One article: headline, optional dateline and caption, paragraphs, junk lines, 2–4 KB of text. */
function generateArticle(d: Dice, index: number): CorpusRecord {
  const countries = d.sample(COUNTRIES, d.int(2, 3));
  const people = countries.flatMap((c) => Array.from({ length: d.int(1, 2) }, () => makePerson(d, c, countries.filter((o) => o !== c))));
  const published = new Date(Date.UTC(2019, 0, 1) + d.int(0, 6 * 365) * 86_400_000);
  const publisher = d.pick(PUBLISHERS);
  const s: Scene = { d, people, countries, published, publisher };
  const [a, b] = people as [Person, Person];
  const title = d.pick([
    `${country(a)}, ${country(b)} agree to deepen ties`,
    `${a.country.adjective} ${a.title} visits ${b.country.name.replace(/^the /, '')}`,
    `${b.short} and ${a.short} discuss ${d.pick(TOPICS)}`,
    `${country(a)} pledges support as ${b.country.adjective} envoy visits`,
  ]);
  const target = d.int(2000, 4000);
  const lines: string[] = [];
  if (d.chance(0.4)) lines.push(fill(s, d.pick(JUNK_LINES)));
  lines.push(title, '');
  if (d.chance(0.3)) {
    lines.push(`${capitalise(introduce(d, a))} (left) shakes hands with ${introduce(d, b)} ${where(s, b.country)}. — ${d.pick(['AFP', 'Reuters', 'EPA', 'Xinhua'])}`, '');
  }
  const dateline = d.pick([`${a.country.capital.toUpperCase()}: `, `${b.country.capital.toUpperCase()} (${b.country.agency}) - `, `${a.country.capital.toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (${a.country.agency}) -- `, '']);
  lines.push(dateline + capitalise(meetingSentence(s, a, b)));
  let length = lines.join('\n').length;
  while (length < target) {
    const line = d.chance(0.08) ? fill(s, d.pick(JUNK_LINES)) : paragraph(s);
    lines.push('', line);
    length += line.length + 2;
  }
  if (d.chance(0.5)) lines.push('', fill(s, d.pick(JUNK_LINES)));
  const id = `bench-${String(index).padStart(6, '0')}`;
  return { id, title, published: isoDate(published), publisher, url: `https://news.example.org/${publisher.toLowerCase().replace(/\W+/g, '-')}/${id}`, text: lines.join('\n') };
}

/** `count` articles from `seed`, always the same ones. */
export function* generateArticles(count: number, seed = DEFAULT_SEED): Generator<CorpusRecord> {
  const d = new Dice(seededRandom(seed));
  for (let i = 0; i < count; i++) yield generateArticle(d, i);
}

// ---------------------------------------------------------------------------------------------
// Corpus on disk

async function readManifest(dir: string): Promise<CorpusManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/** Writes the corpus as JSONL shards of SHARD_SIZE articles plus a manifest. */
export async function writeCorpus(dir: string, count: number, seed = DEFAULT_SEED): Promise<CorpusManifest> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const shards: string[] = [];
  let lines: string[] = [];
  const flush = async (): Promise<void> => {
    const name = `articles-${String(shards.length).padStart(3, '0')}.jsonl`;
    await writeFile(join(dir, name), `${lines.join('\n')}\n`);
    shards.push(name);
    lines = [];
  };
  for (const record of generateArticles(count, seed)) {
    lines.push(JSON.stringify(record));
    if (lines.length === SHARD_SIZE) await flush();
  }
  if (lines.length > 0) await flush();
  const manifest: CorpusManifest = { version: GENERATOR_VERSION, seed, articles: count, shards };
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The corpus in `dir`, written first unless one of at least `count` articles from `seed` is there. */
export async function ensureCorpus(dir: string, count: number, seed = DEFAULT_SEED): Promise<CorpusManifest> {
  const existing = await readManifest(dir);
  if (existing && existing.version === GENERATOR_VERSION && existing.seed === seed && existing.articles >= count) return existing;
  return writeCorpus(dir, Math.max(count, DEFAULT_ARTICLES), seed);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: String(DEFAULT_ARTICLES) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string', default: CORPUS_DIR },
    },
  });
  const manifest = await writeCorpus(values.out, Number(values.articles), Number(values.seed));
  console.log(`wrote ${manifest.articles} articles in ${manifest.shards.length} shard(s) to ${values.out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
