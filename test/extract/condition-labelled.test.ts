/**
 * A demand the article labels a condition ("a demand for Z, a condition the group rejected"),
 * held by whoever made it: the subject of "demanded" or the author of the proposal carrying it.
 */
import { extract } from '../../src/extract';
import { toEvalPrediction } from '../../src/extract/to-eval';

function conditions(...paragraphs: string[]) {
  const p = toEvalPrediction(extract({ id: 'written-for-test', text: paragraphs.join('\n\n'), published: '2025-03-05' }));
  return p.conditions.map((c) => [c.holder, c.condition]);
}

describe('demands labelled as conditions (written for the test)', () => {
  it('gives a demand carried by "the proposal" to the author of the proposal named before', () => {
    expect(
      conditions(
        "Kosovo sent its reply to Serbia's latest offer on Tuesday.",
        'However, the proposal also included a demand for Kosovo to dissolve its special police units, a condition Pristina rejected within hours.',
      ),
    ).toEqual([['Serbia', 'Kosovo to dissolve its special police units']]);
  });

  it('reads the author from a demonym ("The Serbian plan") and the subject of "demanded"', () => {
    expect(
      conditions(
        'Serbia and Kosovo resumed talks in Brussels.',
        'The Serbian plan also included a demand for Kosovo to dissolve its special police units, a condition Pristina rejected.',
      ),
    ).toEqual([['Serbia', 'Kosovo to dissolve its special police units']]);
    expect(conditions('Moscow demanded the withdrawal of Ukrainian troops from Kherson, a precondition Kyiv has refused.')).toEqual([
      ['Russia', 'the withdrawal of Ukrainian troops from Kherson'],
    ]);
  });

  it('gives nobody a demand whose author the article does not name', () => {
    expect(conditions('Union leaders met the minister on Tuesday.', 'The plan also included a demand for higher wages, a condition the employers rejected.')).toEqual([]);
  });
});

describe('regression from the development articles', () => {
  it("reads Israel's demand that Hamas disarm in the proposal the group answered", () => {
    expect(
      conditions(
        'According to a Hamas source cited by Agence-France Presse (AFP), the group sent a written response to mediators on Thursday regarding Israel’s latest offer.\nThe Israeli proposal reportedly included:\n- A 45-day cease-fire\n- The release of 10 Israeli hostages\nHowever, the proposal also included a demand for Hamas to disarm, a condition the group categorically rejected.',
      ),
    ).toEqual([['Israel', 'Hamas to disarm']]);
  });
});
