/**
 * News passages written for these tests (not taken from any corpus article), in styles the
 * development articles use little: readouts, guillemets, dotted abbreviations, long reporting
 * clauses after a condition. The people and places are not in the development corpus.
 */
import { extract } from '../../src/extract';
import { toEvalPrediction } from '../../src/extract/to-eval';
import type { EvalPrediction } from '../../src/extract/types';

const PUBLISHED = '2025-03-05';

function run(text: string): EvalPrediction {
  return toEvalPrediction(extract({ id: 'written-for-test', text, published: PUBLISHED }));
}

const clean = (s: string) => s.replace(/[\s,.]+$/, '');
const quotes = (p: EvalPrediction) => p.quotes.map((q) => ({ text: clean(q.text), speaker: q.speaker }));
const entities = (p: EvalPrediction) => p.entities.map((e) => `${e.name}/${e.type}`).sort();

describe('quotes in passages written for the test', () => {
  test('"...," according to a readout from the seat of government: the government speaks', () => {
    const p = run(
      'French President Emmanuel Macron spoke with Ukrainian President Volodymyr Zelensky on Monday. "France will continue to support Ukraine for as long as it takes," according to a readout from the Elysee.',
    );
    expect(quotes(p)).toEqual([{ text: 'France will continue to support Ukraine for as long as it takes', speaker: 'France' }]);
    // "for as long as it takes" is a manner of speaking, not a condition.
    expect(p.conditions).toEqual([]);
  });

  test('"..." in a statement by a ministry', () => {
    const p = run('The Japanese Foreign Ministry summoned the ambassador on Monday. "Such steps undermine regional stability," according to a statement from the ministry.');
    expect(quotes(p)).toEqual([{ text: 'Such steps undermine regional stability', speaker: 'Japanese Foreign Ministry' }]);
  });

  test('guillemets, and a continent called "its" is no organisation', () => {
    const p = run('French President Emmanuel Macron spoke on Friday. «Europe must take its security into its own hands», Macron said.');
    expect(quotes(p)).toEqual([{ text: 'Europe must take its security into its own hands', speaker: 'Emmanuel Macron' }]);
    expect(entities(p)).toEqual(['Emmanuel Macron/Person']);
  });
});

describe('reporting clauses in passages written for the test', () => {
  test('X was told by Y: "..." (the agent of the passive speaks)', () => {
    const p = run('Venezuelan leader Nicolas Maduro was told by Brazilian President Luiz Inacio Lula da Silva: "Democracy must be respected."');
    expect(quotes(p)).toEqual([{ text: 'Democracy must be respected', speaker: 'Luiz Inacio Lula da Silva' }]);
  });

  test('"he" after "Secretary of State X": the "of" inside a title is no preposition', () => {
    const p = run('US Secretary of State Marco Rubio was interviewed on Sunday. "We are not going to let this drag on forever," he told CBS News’ "Face the Nation" program.');
    expect(quotes(p)).toEqual([{ text: 'We are not going to let this drag on forever', speaker: 'Marco Rubio' }]);
  });

  test('"...," said U.S. President X: dots of an abbreviation inside the inverted name', () => {
    const p = run('"Thank you, Prime Minister Carney, for your leadership," said U.S. President Donald Trump.');
    expect(quotes(p)).toEqual([{ text: 'Thank you, Prime Minister Carney, for your leadership', speaker: 'Donald Trump' }]);
  });

  test('"...," said <surname>: a lone surname after the verb is the speaker', () => {
    const p = run('"The talks were good and useful," said Sanchez, "but we need much more from them."');
    expect(quotes(p)).toEqual([
      { text: 'The talks were good and useful', speaker: 'Sanchez' },
      { text: 'but we need much more from them', speaker: 'Sanchez' },
    ]);
  });

  test('"...," the 70-year-old said: an age stands for the person last named', () => {
    const p = run('Former Brazilian President Jair Bolsonaro appeared in court on Tuesday. "I have never plotted against democracy," the 70-year-old said.');
    expect(quotes(p)).toEqual([{ text: 'I have never plotted against democracy', speaker: 'Jair Bolsonaro' }]);
  });

  test('a dotted abbreviation between the quotation and the verb ("U.S. special envoy X told")', () => {
    const p = run('"There will be no deal unless Tehran stops enriching uranium," U.S. special envoy Marcus Hale told Fox News.');
    expect(quotes(p)).toEqual([{ text: 'There will be no deal unless Tehran stops enriching uranium', speaker: 'Marcus Hale' }]);
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Marcus Hale', 'Tehran stops enriching uranium']]);
  });
});

describe('entities in passages written for the test', () => {
  test('a country spelling used as an adjective names no country ("Saudi and Emirati envoys")', () => {
    expect(entities(run('Iranian officials met their Omani counterparts in Muscat. Saudi and Emirati envoys were also present.'))).toEqual([]);
    expect(entities(run('Saudi Arabia said it would host the talks. Saudi Arabian officials gave no date.'))).toEqual(['Saudi Arabia/Country']);
    const p = run('Saudi Crown Prince Mohammed bin Salman received the envoy in Jeddah. The crown prince said: "The kingdom remains committed to regional stability."');
    expect(entities(p)).toEqual(['Mohammed bin Salman/Person']);
    expect(quotes(p)).toEqual([{ text: 'The kingdom remains committed to regional stability', speaker: 'Mohammed bin Salman' }]);
  });

  test('dotted and plain UN/EU abbreviations name the full bodies', () => {
    expect(entities(run('The U.N. Security Council met on Friday to discuss the crisis in Sudan.'))).toEqual(['Sudan/Country', 'United Nations Security Council/Organization']);
    expect(entities(run('U.N. Secretary-General Antonio Guterres said the U.N. would send a team.'))).toEqual(['Antonio Guterres/Person', 'United Nations/Organization']);
    expect(entities(run('The UN Security Council met on Friday. The United Nations said aid was blocked.'))).toEqual([
      'United Nations Security Council/Organization',
      'United Nations/Organization',
    ]);
    const p = run('EU foreign policy chief Kaja Kallas spoke to reporters. "We need to keep up the pressure on Moscow," she said.');
    expect(entities(p)).toEqual(['European Union/Organization', 'Kaja Kallas/Person', 'Russia/Country']);
    expect(quotes(p)).toEqual([{ text: 'We need to keep up the pressure on Moscow', speaker: 'Kaja Kallas' }]);
  });

  test('a word that takes "the" and speaks is a body ("the Taliban said")', () => {
    const p = run('A spokesman said the Taliban had rejected the offer. "We will never accept foreign troops on our soil," the Taliban said.');
    expect(entities(p)).toEqual(['Taliban/Organization']);
    expect(quotes(p)).toEqual([{ text: 'We will never accept foreign troops on our soil', speaker: 'Taliban' }]);
  });

  test('events, feasts and a corps: no people, and a body with a name of its own keeps no country possessive', () => {
    expect(entities(run('Speaking at the Munich Security Conference, Danish Prime Minister Mette Frederiksen warned of new threats.'))).toEqual(['Mette Frederiksen/Person']);
    expect(entities(run('Ceasefire talks resumed in Cairo after Eid al-Fitr, officials said.'))).toEqual([]);
    const p = run('Supreme Leader Ayatollah Ali Khamenei said that Iran\'s Islamic Revolutionary Guard Corps (IRGC) was ready. The IRGC later fired missiles.');
    expect(p.entities.map((e) => [e.name, e.type, e.names])).toEqual([
      ['Ali Khamenei', 'Person', []],
      ['Iran', 'Country', expect.any(Array)],
      ['Islamic Revolutionary Guard Corps', 'Organization', ['IRGC']],
    ]);
    // A generic body keeps its country: "China's Commerce Ministry".
    expect(entities(run("China's Commerce Ministry said on Friday it would respond."))).toEqual(["China's Commerce Ministry/Organization", 'China/Country']);
  });

  test('a name after "group"/"movement" or before "group" is an organisation', () => {
    expect(entities(run('The Palestinian militant group Hamas said on Friday it had accepted the proposal.'))).toEqual(['Hamas/Organization']);
    expect(entities(run('Lebanon’s Hezbollah group rejected calls to disarm.'))).toEqual(['Hezbollah/Organization', 'Lebanon/Country']);
  });

  test('titles, bodies and names in one run', () => {
    // "Foreign Office spokesperson X": the office is a body, not a person named "Office".
    const fo = run('Foreign Office spokesperson Shafqat Ali Khan said on Friday that Pakistan wanted peace. "We have always advocated dialogue," he said.');
    expect(entities(fo)).toEqual(['Foreign Office/Organization', 'Pakistan/Country', 'Shafqat Ali Khan/Person']);
    expect(quotes(fo)).toEqual([{ text: 'We have always advocated dialogue', speaker: 'Shafqat Ali Khan' }]);
    // "Rep. X of the Democratic Party": the person, then the party.
    const rep = run('Rep. Park Ji-won of the Democratic Party told Yonhap that the talks were unlikely. "The North will not respond soon," Park said.');
    expect(entities(rep)).toEqual(['Democratic Party/Organization', 'Park Ji-won/Person', 'Yonhap/Organization']);
    expect(quotes(rep)).toEqual([{ text: 'The North will not respond soon', speaker: 'Park Ji-won' }]);
    // "President of the European Commission X", "Director-General of the IAEA X".
    expect(entities(run('President of the European Commission Ursula von der Leyen said the bloc would respond.'))).toEqual([
      'European Commission/Organization',
      'Ursula von der Leyen/Person',
    ]);
    expect(entities(run('Director-General of the IAEA Rafael Grossi said the inspectors had left.'))).toEqual(['IAEA/Organization', 'Rafael Grossi/Person']);
    // "Comrade" is a form of address; "Lula" is Luiz Inacio Lula da Silva.
    expect(entities(run('Respected Comrade Kim Jong Un said the country would bolster its deterrent.'))).toEqual(['Kim Jong Un/Person']);
    const lula = run('Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva. Lula said: "We will deepen our partnership."');
    expect(quotes(lula)).toEqual([{ text: 'We will deepen our partnership', speaker: 'Luiz Inacio Lula da Silva' }]);
  });

  test('abbreviated South Asian titles are titles, not bodies or names ("EAM", "CM")', () => {
    const eam = run('EAM Jaishankar told reporters in New Delhi: "Terrorism cannot be justified in any form."');
    expect(entities(eam)).toEqual(['Jaishankar/Person']);
    expect(quotes(eam)).toEqual([{ text: 'Terrorism cannot be justified in any form', speaker: 'Jaishankar' }]);
    expect(entities(run('CM Maryam Nawaz said on Sunday: "Punjab will not tolerate hoarding."'))).toEqual(['Maryam Nawaz/Person']);
  });

  test('bodies named "... International" and "... Watch", also at a sentence start', () => {
    expect(entities(run('Amnesty International and Human Rights Watch condemned the arrests on Monday.'))).toEqual([
      'Amnesty International/Organization',
      'Human Rights Watch/Organization',
    ]);
    expect(entities(run('Meanwhile Congress passed the bill. International Women’s Day was marked on Saturday.'))).toEqual(['Congress/Organization']);
  });

  test('an initial and a surname is the fuller name ("S Jaishankar"), a middle initial is not ("Donald J. Trump")', () => {
    const p = run('External affairs minister S Jaishankar on Tuesday said India would not accept mediation. "This is a bilateral matter," Jaishankar said.');
    expect(quotes(p)).toEqual([{ text: 'This is a bilateral matter', speaker: 'S Jaishankar' }]);
    expect(entities(run('Donald J. Trump spoke on Monday. Donald Trump said it again.'))).toEqual(['Donald Trump/Person']);
  });

  test('a place before ", senior official <name>" is not a person', () => {
    const p = run('Hamas offered to release all remaining hostages in exchange for a complete Israeli withdrawal from Gaza, senior official Khalil al-Hayya said.');
    expect(p.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Khalil al-Hayya']);
  });
});

describe('conditions in passages written for the test', () => {
  test('"its" after another name is that name\'s: a surname before "said Russia would ... its" stays a person', () => {
    const p = run('Putin said Russia would continue its offensive as long as Kyiv refused to withdraw from the four regions.');
    expect(entities(p)).toEqual(['Putin/Person', 'Russia/Country', 'Ukraine/Country']);
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Putin', 'Kyiv refused to withdraw from the four regions']]);
  });

  test('a condition ends before a long reporting clause (", senior official X said")', () => {
    const p = run('Hamas offered to release all remaining hostages in exchange for a complete Israeli withdrawal from Gaza, senior official Khalil al-Hayya said.');
    expect(p.conditions.map((c) => c.condition)).toEqual(['a complete Israeli withdrawal from Gaza']);
  });
  test('"as long as" before a length is no condition; a thousands comma does not end one', () => {
    expect(run('The talks could last as long as two weeks, Norwegian Foreign Minister Espen Barth Eide said.').conditions).toEqual([]);
    const p = run('Ukrainian President Volodymyr Zelensky said Kyiv would keep fighting as long as 2,000 Russian troops remained.');
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Volodymyr Zelensky', '2,000 Russian troops remained']]);
  });

  test('a mediator\'s title is no part of the name', () => {
    const p = run('The ceasefire will hold only as long as both sides respect it, Mediator Ahmed Hassan said.');
    expect(p.conditions.map((c) => [c.holder, c.condition])).toEqual([['Ahmed Hassan', 'both sides respect it']]);
  });
});
