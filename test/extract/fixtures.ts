/** Short articles written for the extractor's unit tests: varied regions, styles, name orders and page junk. */
export interface Fixture {
  text: string;
  published?: string;
}

export const fixtures: Record<string, Fixture> = {
  wirePhone: {
    published: '2024-05-15',
    text: `NAIROBI (Reuters) - Kenyan Foreign Minister Musalia Mudavadi spoke by phone with his Ethiopian counterpart Taye Atske Selassie on Tuesday, the ministry said.
The two ministers discussed the situation in Sudan, Mudavadi said in a statement.
Reporting by Staff; Editing by Desk`,
  },
  stateMedia: {
    published: '2023-11-10',
    text: `Pyongyang, November 9 (KCNA) -- Choe Ryong Hae, first vice-chairman of the State Affairs Commission, warmly received Nguyen Thi Lan, Vietnamese Deputy Foreign Minister, at the Mansudae Assembly Hall in Pyongyang on Thursday.
Nguyen Thi Lan arrived in Pyongyang on Wednesday.`,
  },
  plannedVisit: {
    published: '2024-02-02',
    text: `MADRID: Spain's Minister of Foreign Affairs María José Ortega Ruiz will travel to Rabat next week, the ministry announced on Friday.
Ortega Ruiz is expected to meet Moroccan Foreign Minister Nasser Bourita in the Moroccan capital.`,
  },
  gulf: {
    published: '2024-04-18',
    text: `ABU DHABI: Sheikh Hamad bin Khalid Al Mansouri, the UAE ambassador to India, met Indian Deputy Foreign Minister Dr. S. Ramaswamy in New Delhi on Wednesday.
Al Mansouri said the two countries would expand trade.`,
  },
  europe: {
    published: '2024-06-07',
    text: `Ukrainian Deputy Foreign Minister Olga V. Petrenko held talks with Polish Foreign Minister Radoslaw Sikorski in Warsaw on Thursday.
Petrenko thanked Sikorski for Poland's support.
Advertisement
Related: EU leaders to meet next month
12`,
  },
  latin: {
    published: '2024-03-04',
    text: `Brazil's Foreign Minister Mauro Vieira and Argentine Foreign Minister Diana Mondino held a meeting in Brasilia on Monday.
Vieira and Mondino signed a memorandum of understanding on energy cooperation.`,
  },
  southAsia: {
    published: '2024-01-12',
    text: `Pakistan's Foreign Secretary Syrus Sajjad Qazi arrived in Kabul on Thursday for a two-day visit.
During his visit to Kabul, Qazi met Afghan Deputy Foreign Minister Sher Mohammad Abbas Stanikzai.`,
  },
  surnames: {
    published: '2024-07-20',
    text: `Chinese Vice Foreign Minister Ma Zhaoxu met South Korean First Vice Foreign Minister Kim Hong-kyun in Seoul on Friday.
The talks came weeks after North Korean leader Kim Jong Un test-fired missiles.
Ma told Kim Hong-kyun that Beijing valued its ties with Seoul.
Kim said the two sides agreed to hold regular dialogue.`,
  },
  separateMeeting: {
    published: '2024-08-09',
    text: `Indonesian Foreign Minister Retno Marsudi met Singaporean Foreign Minister Vivian Balakrishnan in Jakarta on Thursday.
In a separate meeting with Balakrishnan, Indonesian Defence Minister Prabowo Subianto discussed maritime security.`,
  },
  mrHonorific: {
    published: '2024-09-03',
    text: `Malaysia's Foreign Minister Mohamad Hasan met Mr. Tan, the Singaporean envoy, in Kuala Lumpur on Monday.
Mr. Tan said relations were strong.`,
  },
  captionAndBody: {
    published: '2024-10-11',
    text: `Nigerian Foreign Minister Yusuf Tuggar (left) meets Ghanaian Foreign Minister Shirley Ayorkor Botchwey in Abuja. Photo: AFP
ABUJA: Nigerian Foreign Minister Yusuf Tuggar met Ghanaian Foreign Minister Shirley Ayorkor Botchwey in Abuja on Thursday.
Share this article`,
  },
  appositionWho: {
    published: '2024-11-22',
    text: `Ahmed Aboul Gheit, who heads the Arab League, met Jordanian Foreign Minister Ayman Safadi in Cairo on Friday.
Safadi, Jordan's top diplomat, said the meeting focused on Gaza.`,
  },
};
