/**
 * Delayed identification: an indefinite speaker in a headline or lede ("A senior Chilean
 * minister said ...") stands for the first person of that country the article quotes later.
 */
import { extract } from '../../src/extract';
import { describedCountry } from '../../src/extract/lede-speaker';
import { toEvalPrediction } from '../../src/extract/to-eval';

function conditions(title: string, ...paragraphs: string[]) {
  const p = toEvalPrediction(extract({ id: 'written-for-test', title, text: paragraphs.join('\n\n'), published: '2025-03-05' }));
  return p.conditions.map((c) => [c.holder, c.condition]);
}

describe('describedCountry', () => {
  it('reads the country of an indefinite description of one person', () => {
    expect(describedCountry('A senior Iranian diplomat', false)).toBe('IRN');
    expect(describedCountry('a US official', false)).toBe('USA');
    expect(describedCountry('a high-ranking North Korean official', false)).toBe('PRK');
    expect(describedCountry('Iran diplomat', true)).toBe('IRN');
  });

  it('leaves definite, plural, bare (outside headlines) and named descriptions alone', () => {
    expect(describedCountry('the Iranian diplomat', false)).toBeUndefined();
    expect(describedCountry('two Iranian officials', false)).toBeUndefined();
    expect(describedCountry('Iranian officials', true)).toBeUndefined();
    expect(describedCountry('Iran diplomat', false)).toBeUndefined();
    expect(describedCountry('a senior European official', false)).toBeUndefined();
    expect(describedCountry('a Foreign Ministry Iranian official', false)).toBeUndefined();
  });

  it('reads a country code only where it is one ("US"), not a word that happens to be one ("an IT official")', () => {
    expect(describedCountry('a senior US official', false)).toBe('USA');
    expect(describedCountry('an IT official', false)).toBeUndefined();
    expect(describedCountry('IN official', true)).toBeUndefined();
  });
});

describe('conditions of a lede speaker named later (written for the test)', () => {
  const quoted = '"We want this agreement," Chile\'s finance minister, Mario Marcel told reporters in Santiago.';

  it('gives the headline and lede conditions to the person of that country quoted later', () => {
    expect(
      conditions(
        'Chile minister says open to trade deal if tariffs are lifted',
        'A senior Chilean minister said Monday his government would sign the trade pact provided Argentina lifts its new tariffs on copper.',
        'Talks stalled last month over the tariffs.',
        quoted,
      ),
    ).toEqual([
      ['Mario Marcel', 'tariffs are lifted'],
      ['Mario Marcel', 'Argentina lifts its new tariffs on copper'],
    ]);
  });

  it('gives nobody the condition of a source kept anonymous or of another country', () => {
    const lede = 'A senior Chilean minister said Monday his government would sign the trade pact provided Argentina lifts its new tariffs on copper.';
    expect(conditions('', lede.replace('minister said', 'minister, speaking on condition of anonymity, said'), quoted)).toEqual([]);
    expect(conditions('', lede, '"We want this agreement," Argentina\'s economy minister, Luis Caputo told reporters.')).toEqual([]);
  });
});

describe('regression from the development articles', () => {
  it('reads the AFP lede and headline of an Iranian diplomat named three paragraphs later', () => {
    expect(
      conditions(
        'Iran diplomat says open to talks if US rules out military action',
        'A senior Iranian diplomat said Thursday his country remains open to diplomacy provided the United States offers guarantees it will not resort to military action against the Islamic republic.',
        'Neither Tehran nor Washington confirmed the Axios report which said a final date for the talks has yet to be set.',
        '"We are for diplomacy," Iran\'s deputy foreign minister, Majid Takht-Ravanchi told NBC News, adding the United States should "convince us that they are not going to use military force while we are negotiating."',
      ).slice(0, 2),
    ).toEqual([
      ['Majid Takht-Ravanchi', 'US rules out military action'],
      ['Majid Takht-Ravanchi', 'the United States offers guarantees it will not resort to military action against the Islamic republic'],
    ]);
  });
});
