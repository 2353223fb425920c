/**
 * Ordinary news sentences written for these tests (not taken from any corpus article), with
 * people, places and phrasings the development articles do not contain: the rules must read
 * them as they read any news English.
 */
import { extract } from '../../src/extract';
import { toEvalPrediction } from '../../src/extract/to-eval';
import type { EvalPrediction } from '../../src/extract/types';

const PUBLISHED = '2025-03-05'; // a Wednesday

function run(text: string): EvalPrediction {
  return toEvalPrediction(extract({ id: 'written-for-test', text, published: PUBLISHED }));
}

const clean = (s: string) => s.replace(/[\s,.]+$/, '');
const quotes = (p: EvalPrediction) => p.quotes.map((q) => ({ text: clean(q.text), speaker: q.speaker }));
const meetings = (p: EvalPrediction) => p.meetings.map((m) => ({ ...m, participants: [...m.participants].sort() }));

describe('quotes in sentences written for the test', () => {
  test('"...," X said', () => {
    const p = run('Finnish Prime Minister Petteri Orpo spoke in Helsinki on Monday.\n\n"We will not accept any new tariffs on our exports," Orpo said.');
    expect(quotes(p)).toEqual([{ text: 'We will not accept any new tariffs on our exports', speaker: 'Petteri Orpo' }]);
  });

  test('"...," X told reporters', () => {
    const p = run('Chilean President Gabriel Boric visited the port on Tuesday.\n\n"The country needs a new water law this year," Boric told reporters.');
    expect(quotes(p)).toEqual([{ text: 'The country needs a new water law this year', speaker: 'Gabriel Boric' }]);
  });

  test('"...," said <title> <name>', () => {
    const p = run('"Our farmers deserve a fair price for their grain," said Agriculture Minister Nadia Kowalczyk.');
    expect(quotes(p)).toEqual([{ text: 'Our farmers deserve a fair price for their grain', speaker: 'Nadia Kowalczyk' }]);
  });

  test('"...," according to X', () => {
    const p = run('Kenyan President William Ruto will attend the summit. "Africa must have a permanent seat at the table," according to Ruto.');
    expect(quotes(p)).toEqual([{ text: 'Africa must have a permanent seat at the table', speaker: 'William Ruto' }]);
  });

  test('pronoun attribution: "...," she said / she added', () => {
    const p = run(
      'Danish Prime Minister Mette Frederiksen spoke after the vote.\n\n"Greenland is not for sale and never will be," she said. "Our allies understand that very well," she added.',
    );
    expect(quotes(p)).toEqual([
      { text: 'Greenland is not for sale and never will be', speaker: 'Mette Frederiksen' },
      { text: 'Our allies understand that very well', speaker: 'Mette Frederiksen' },
    ]);
  });

  test('a quotation broken by its attribution is two quotes of one speaker', () => {
    const p = run('"We are ready to talk," Portuguese Foreign Minister Paulo Rangel said, "but the violence must stop first."');
    expect(quotes(p)).toEqual([
      { text: 'We are ready to talk', speaker: 'Paulo Rangel' },
      { text: 'but the violence must stop first', speaker: 'Paulo Rangel' },
    ]);
  });

  test('an unnamed official speaks as null; a national title before the name is no part of it', () => {
    expect(quotes(run('"The deal is almost done," a senior European official told reporters.'))).toEqual([
      { text: 'The deal is almost done', speaker: null },
    ]);
    const p = run('Irish Taoiseach Micheal Martin told RTE News: "We are working closely with our European partners on this."');
    expect(quotes(p)).toEqual([{ text: 'We are working closely with our European partners on this', speaker: 'Micheal Martin' }]);
  });
});

describe('conditions in sentences written for the test', () => {
  test('"unless" in reported speech', () => {
    const p = run('Ghanaian President John Mahama said he would not sign the mining bill unless parliament removes the tax exemptions.');
    expect(p.conditions).toEqual([{ holder: 'John Mahama', condition: 'parliament removes the tax exemptions', on: 'sign the mining bill' }]);
  });

  test('"only if" inside a quotation', () => {
    const p = run('"We will lift the sanctions only if the prisoners are freed," Estonian Foreign Minister Margus Tsahkna said.');
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Margus Tsahkna', 'the prisoners are freed']]);
  });

  test('"on condition that" and "in exchange for"', () => {
    const a = run('Colombian President Gustavo Petro said he would meet the rebel leaders on condition that they release all hostages.');
    expect(a.conditions.map((c) => [c.holder, c.condition])).toEqual([['Gustavo Petro', 'they release all hostages']]);
    const b = run('Senator Elena Ruiz said she would back the budget in exchange for new funding for rural hospitals.');
    expect(b.conditions.map((c) => [c.holder, c.condition])).toEqual([['Elena Ruiz', 'new funding for rural hospitals']]);
  });

  test('"ready to talk but X must first ...": the demand is a condition; "if it must" is not', () => {
    const p = run('Foreign Minister Lena Bauer said Austria was ready to talk but the rebels must first lay down their arms.');
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Lena Bauer', 'the rebels must first lay down their arms']]);
    expect(run('The statement said Chile is open to talks, but also that it will fight if it must.').conditions).toEqual([]);
  });

  test('"would depend on" and "set Z as a precondition for": the speaker or the subject holds it', () => {
    const a = run('Dutch Prime Minister Dick Schoof said any new aid package would depend on the outcome of the audit.');
    expect(a.conditions).toEqual([{ holder: 'Dick Schoof', condition: 'the outcome of the audit', on: 'any new aid package' }]);
    const b = run('Croatian President Zoran Milanovic set the withdrawal of foreign troops as a precondition for talks.');
    expect(b.conditions).toEqual([{ holder: 'Zoran Milanovic', condition: 'the withdrawal of foreign troops', on: 'talks' }]);
    expect(run('Europe depends on Russian gas, she said.').conditions).toEqual([]);
  });
});

describe('conditions with a long reporting clause after them (written for the test)', () => {
  test('"..., EU foreign policy chief Kaja Kallas said": the speaker holds it, not the body named first', () => {
    const p = run('The European Union will lift the sanctions if Belarus frees all political prisoners, EU foreign policy chief Kaja Kallas said.');
    expect(p.conditions).toEqual([{ holder: 'Kaja Kallas', condition: 'Belarus frees all political prisoners', on: 'lift the sanctions' }]);
  });
});

describe('invitations and meetings in sentences written for the test', () => {
  test('X invited Y to visit Z', () => {
    const p = run('Japanese Prime Minister Shigeru Ishiba invited Indonesian President Prabowo Subianto to visit Tokyo next year.');
    expect(p.invitations).toEqual([{ inviter: 'Shigeru Ishiba', invitee: 'Prabowo Subianto', event: 'visit Tokyo next year' }]);
    expect(meetings(p)).toEqual([{ participants: ['Prabowo Subianto', 'Shigeru Ishiba'], date: '2026', place: 'Tokyo', status: 'proposed' }]);
  });

  test('passive invitation and an invitation by a country', () => {
    const p = run('Vietnamese Prime Minister Pham Minh Chinh was invited by South African President Cyril Ramaphosa to attend the summit in Johannesburg.');
    expect(p.invitations.map((i) => [i.inviter, i.invitee])).toEqual([['Cyril Ramaphosa', 'Pham Minh Chinh']]);
    const c = run('Peru has invited Chile to join the trade talks, the foreign ministry said.');
    expect(c.invitations).toEqual([{ inviter: 'Peru', invitee: 'Chile', event: 'join the trade talks' }]);
  });

  test('"X asked him to visit Z" and "the invitation to Y came from X"', () => {
    const a = run('Argentine President Javier Milei met aides. Pope Francis arrived. Milei asked him to visit Buenos Aires.');
    expect(a.invitations).toEqual([{ inviter: 'Javier Milei', invitee: 'Pope Francis', event: 'visit Buenos Aires' }]);
    const b = run('The invitation to Pope Francis came from Argentine President Javier Milei to visit Buenos Aires in May.');
    expect(b.invitations).toEqual([{ inviter: 'Javier Milei', invitee: 'Pope Francis', event: 'visit Buenos Aires in May' }]);
  });

  test('"extended an invitation to Y", "thanked X for the invitation", "declined an invitation from X"', () => {
    const pairs = (t: string) => run(t).invitations.map((i) => [i.inviter, i.invitee]);
    expect(pairs('Kazakh President Kassym-Jomart Tokayev extended an invitation to Uzbek President Shavkat Mirziyoyev to attend the forum in Astana.')).toEqual([
      ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
    ]);
    expect(pairs('Uzbek President Shavkat Mirziyoyev thanked Kazakh President Kassym-Jomart Tokayev for the invitation to the forum.')).toEqual([
      ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
    ]);
    expect(pairs('Slovenian President Natasa Pirc Musar has declined an invitation from Serbian President Aleksandar Vucic to attend the parade in Belgrade.')).toEqual([
      ['Aleksandar Vucic', 'Natasa Pirc Musar'],
    ]);
  });

  test('X will meet Y next week', () => {
    const p = run('Australian Prime Minister Anthony Albanese will meet New Zealand Prime Minister Christopher Luxon in Sydney next week.');
    expect(meetings(p)).toEqual([{ participants: ['Anthony Albanese', 'Christopher Luxon'], date: '2025-03', place: 'Sydney', status: 'planned' }]);
  });

  test('"X and <title> Y are scheduled to meet": both subjects', () => {
    const p = run('Swiss President Karin Keller-Sutter and Austrian Chancellor Christian Stocker are scheduled to meet in Geneva on March 20.');
    expect(meetings(p)).toEqual([{ participants: ['Christian Stocker', 'Karin Keller-Sutter'], date: '2025-03-20', place: 'Geneva', status: 'planned' }]);
  });

  test('a summit between two titled names "is planned"', () => {
    const p = run('A summit between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti is planned for April.');
    expect(meetings(p)).toEqual([{ participants: ['Albin Kurti', 'Aleksandar Vucic'], date: '2025-04', status: 'planned' }]);
  });

  test('past meetings: "met ... on Tuesday", "received ... at the palace"; a phone call is none', () => {
    expect(meetings(run('German Chancellor Friedrich Merz met Polish President Andrzej Duda in Warsaw on Tuesday.'))).toEqual([
      { participants: ['Andrzej Duda', 'Friedrich Merz'], date: '2025-03-04', place: 'Warsaw', status: 'occurred' },
    ]);
    expect(meetings(run('Moroccan King Mohammed VI received French President Emmanuel Macron at the royal palace in Rabat on Monday.'))).toEqual([
      { participants: ['Emmanuel Macron', 'Mohammed VI'], date: '2025-03-03', place: 'Rabat', status: 'occurred' },
    ]);
    expect(meetings(run('Mexican President Claudia Sheinbaum spoke by phone with Spanish Prime Minister Pedro Sanchez on Thursday.'))).toEqual([]);
  });

  test('a possessor is no partner: "met Y\'s chief of staff Z" is a meeting with Z, "received Y\'s letter" none', () => {
    const p = run('US Secretary of State Marco Rubio met Ukrainian President Volodymyr Zelensky’s chief of staff Andriy Yermak in Jeddah.');
    expect(meetings(p)).toEqual([{ participants: ['Andriy Yermak', 'Marco Rubio'], place: 'Jeddah', status: 'occurred' }]);
    expect(meetings(run('Finnish President Alexander Stubb received Ukrainian President Volodymyr Zelensky’s letter on Monday.'))).toEqual([]);
  });

  test('"are due to hold talks ... on March 18", "held talks ... earlier this month", "Friday’s meeting between"', () => {
    expect(meetings(run('Romanian President Nicusor Dan and Bulgarian President Rumen Radev are due to hold talks in Sofia on March 18.'))).toEqual([
      { participants: ['Nicusor Dan', 'Rumen Radev'], date: '2025-03-18', place: 'Sofia', status: 'planned' },
    ]);
    expect(meetings(run('Romanian President Nicusor Dan held talks with Bulgarian President Rumen Radev earlier this month.'))).toEqual([
      { participants: ['Nicusor Dan', 'Rumen Radev'], date: '2025-03', status: 'occurred' },
    ]);
    expect(meetings(run('Friday’s meeting between Romanian President Nicusor Dan and Bulgarian President Rumen Radev ended without a deal.'))).toEqual([
      { participants: ['Nicusor Dan', 'Rumen Radev'], date: '2025-02-28', status: 'occurred' },
    ]);
  });

  test('a cancelled meeting', () => {
    const p = run('Turkish President Recep Tayyip Erdogan cancelled a planned meeting with Greek Prime Minister Kyriakos Mitsotakis.');
    expect(meetings(p)).toEqual([{ participants: ['Kyriakos Mitsotakis', 'Recep Tayyip Erdogan'], status: 'cancelled' }]);
  });
});

describe('entities in sentences written for the test', () => {
  test('a country adjective names no country, even one the country data lists as a spelling', () => {
    const p = run('Thai Prime Minister Paetongtarn Shinawatra said she hoped to meet Cambodian leader Hun Manet next month.');
    expect(p.entities.map((e) => e.name).sort()).toEqual(['Hun Manet', 'Paetongtarn Shinawatra']);
  });
});

describe('more quotation forms written for the test', () => {
  test('single quotation marks, "wrote on X:", "warned that \"...\"" and a quoted fragment after "told lawmakers"', () => {
    expect(quotes(run("'We will never accept threats against our country,' Swedish Prime Minister Ulf Kristersson said."))).toEqual([
      { text: 'We will never accept threats against our country', speaker: 'Ulf Kristersson' },
    ]);
    expect(quotes(run('Latvian President Edgars Rinkevics wrote on X: "Our support for Ukraine will not waver this winter."'))).toEqual([
      { text: 'Our support for Ukraine will not waver this winter', speaker: 'Edgars Rinkevics' },
    ]);
    const baltic = run('The remarks came a day after Estonian Prime Minister Kristen Michal warned that "the Baltic states will not be intimidated by drones."');
    expect(quotes(baltic)).toEqual([{ text: 'the Baltic states will not be intimidated by drones', speaker: 'Kristen Michal' }]);
    // "the Baltic states": a word after "the" followed by "states" is no person who states something.
    expect(baltic.entities.map((e) => e.name)).toEqual(['Kristen Michal']);
    expect(quotes(run('Greek Prime Minister Kyriakos Mitsotakis told lawmakers the government "will protect every island and every citizen".'))).toEqual([
      { text: 'will protect every island and every citizen', speaker: 'Kyriakos Mitsotakis' },
    ]);
  });
});

describe('countries through seats and capitals (written for the test)', () => {
  const names = (t: string) => run(t).entities.map((e) => `${e.type}:${e.name}`).sort();

  test('a seat of government opening a sentence names its country', () => {
    expect(names('Downing Street said the prime minister would travel to Brussels.')).toEqual(['Country:United Kingdom']);
  });

  test('a capital that is a first name names no country', () => {
    expect(names('Paraguay’s President Santiago Pena said the talks would go ahead.')).toEqual(['Country:Paraguay', 'Person:Santiago Pena']);
  });
});

describe('a short article written for the test, with page furniture', () => {
  const article = {
    id: 'written-for-test',
    published: '2025-06-10',
    title: "Orsolya Kiss: 'We will not sign the pact unless farmers are protected'",
    text: [
      'Share this article',
      'By Tomas Lind',
      'BUDAPEST, June 10 (Reuters) - Hungarian Agriculture Minister Orsolya Kiss said on Tuesday her government would not sign the trade pact unless European farmers are protected.',
      '"We will not sign the pact unless farmers are protected," Kiss told a news conference in Budapest. "Our farmers have waited long enough."',
      'Polish Prime Minister Donald Tusk, who met Kiss in Warsaw last month, has voiced similar concerns.',
      'In a statement, the European Commission said it "remains fully committed to a fair deal for all member states".',
      'Kiss said she had invited Commission President Ursula von der Leyen to visit a Hungarian farm in July.',
      'Advertisement',
      'Reporting by Tomas Lind; Editing by Ana Cruz',
    ].join('\n\n'),
  };
  const p = toEvalPrediction(extract(article));

  test('entities: a surname that is also a word ("Kiss") and a short form of a body ("Commission")', () => {
    expect(p.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'Organization:European Commission',
      'Person:Donald Tusk',
      'Person:Orsolya Kiss',
      'Person:Ursula von der Leyen',
    ]);
  });

  test('quotes, conditions, invitation and meetings', () => {
    expect(quotes(p)).toEqual([
      { text: 'We will not sign the pact unless farmers are protected', speaker: 'Orsolya Kiss' },
      { text: 'Our farmers have waited long enough', speaker: 'Orsolya Kiss' },
      { text: 'remains fully committed to a fair deal for all member states', speaker: 'European Commission' },
    ]);
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([
      ['Orsolya Kiss', 'European farmers are protected'],
      ['Orsolya Kiss', 'farmers are protected'],
    ]);
    expect(p.invitations.map((i) => [i.inviter, i.invitee])).toEqual([['Orsolya Kiss', 'Ursula von der Leyen']]);
    expect(meetings(p)).toEqual([
      { participants: ['Donald Tusk', 'Orsolya Kiss'], date: '2025-05', place: 'Warsaw', status: 'occurred' },
      { participants: ['Orsolya Kiss', 'Ursula von der Leyen'], date: '2025-07', status: 'proposed' },
    ]);
  });
});
