import { findConditions } from '../../src/extract/conditions';
import { findEvents } from '../../src/extract/events';
import type { ExtractedStatement } from '../../src/extract/types';
import { fakeInput, type FakeEntity } from './fake-entities';

const KIM: FakeEntity = { name: 'Kim Jong Un', type: 'Person', aliases: ['Kim'], roles: ['North Korean leader'] };
const TRUMP: FakeEntity = { name: 'Donald Trump', type: 'Person', aliases: ['Trump'] };
const PUTIN: FakeEntity = { name: 'Vladimir Putin', type: 'Person', roles: ['the president'] };
const ZELENSKY: FakeEntity = { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy'] };
const US: FakeEntity = { name: 'United States', type: 'Country', aliases: ['US', 'U.S.', 'Washington'] };

function run(text: string, entities: FakeEntity[], statements: ExtractedStatement[] = []) {
  const input = fakeInput(text, entities, '2025-09-22');
  const name = (k: string | null) => (k ? input.entities.byKey.get(k)?.name : null);
  return findConditions(input, statements, []).map((c) => ({ holder: name(c.holder), text: c.text, on: c.on, statement: c.statement }));
}

describe('findConditions: "if" in reported speech', () => {
  it('holds the subject of the reporting clause and keeps the quoted tail', () => {
    const text =
      'Mr Kim has previously said he would be willing to meet Mr Trump if the US dropped “the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence”.';
    expect(run(text, [KIM, TRUMP, US])).toEqual([
      {
        holder: 'Kim Jong Un',
        text: 'the US dropped “the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence',
        on: 'meet Mr Trump',
        statement: undefined,
      },
    ]);
  });

  it('stops the condition at ", but"', () => {
    const text =
      'North Korean leader Kim Jong Un said there is no reason for the country to avoid dialogue with the US if Washington stops insisting his country give up nuclear weapons, but he would never abandon the nuclear arsenal to end sanctions, state news agency KCNA reported on Sept 22.';
    const [c] = run(text, [KIM, US]);
    expect(c?.holder).toBe('Kim Jong Un');
    expect(c?.text).toBe('Washington stops insisting his country give up nuclear weapons');
  });

  it('takes the sentence subject of a stance ("is ready to meet ... if")', () => {
    const text =
      'Russian President Vladimir Putin is ready to meet with Ukrainian counterpart Volodymyr Zelenskyy if the groundwork is done beforehand, the Kremlin announced Monday.';
    const [c] = run(text, [PUTIN, ZELENSKY, { name: 'Russia', type: 'Country', aliases: ['the Kremlin', 'Kremlin'] }]);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', text: 'the groundwork is done beforehand' });
    expect(c?.on).toBe('meet with Ukrainian counterpart Volodymyr Zelenskyy');
  });

  it('reads a sentence glued to the previous one after a closing quotation mark', () => {
    const text =
      'She said it would be “advisable to seek another way of contact.”Kim Yo-jong said if the U.S. fails to accept the changed reality and persists in clinging to the “failed past,” a bilateral meeting will remain nothing more than a “hope” for the U.S. side.';
    const [c] = run(text, [{ name: 'Kim Yo Jong', type: 'Person', aliases: ['Kim Yo-jong'] }, US]);
    expect(c?.holder).toBe('Kim Yo Jong');
    expect(c?.text).toBe('the U.S. fails to accept the changed reality and persists in clinging to the “failed past');
  });
});

describe('findConditions: inside quotations', () => {
  it('holds the attributed speaker and ends the condition at the main clause', () => {
    const text =
      '"If the United States drops the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence, there is no reason for us not to sit down with the United States," Mr Kim was quoted as saying.';
    expect(run(text, [KIM, US])).toEqual([
      {
        holder: 'Kim Jong Un',
        text: 'the United States drops the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence',
        on: 'sit down with the United States',
        statement: undefined,
      },
    ]);
  });

  it('reads "provided" and links the enclosing statement', () => {
    const text =
      '"I have never refused this, provided the meeting is well-prepared and can lead to some positive potential outcomes," Putin said.';
    const statement: ExtractedStatement = {
      start: 1, end: text.indexOf(',"'), text: '', kind: 'direct', speaker: 'person:vladimir-putin', sentenceIndex: 0, about: [], confidence: 1,
    };
    const [c] = run(text, [PUTIN], [statement]);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', statement: 0 });
    expect(c?.text).toBe('the meeting is well-prepared and can lead to some positive potential outcomes');
  });

  it('carries the speaker to a following quotation in the same paragraph', () => {
    const text =
      '"I have never refused this," Putin said. "I replied that yes, it\'s possible. Ultimately, if Zelenskyy is ready, let him come to Moscow – then the meeting will take place."';
    const [c] = run(text, [PUTIN, ZELENSKY]);
    expect(c?.holder).toBe('Vladimir Putin');
    expect(c?.text).toBe('Zelenskyy is ready');
  });

  it('keeps a vocative inside the condition', () => {
    const text = 'Lee publicly proposed, “If you, Mr. President, become the peacemaker, then I will assist you as the pacemaker.”';
    const [c] = run(text, [{ name: 'Lee Jae Myung', type: 'Person', aliases: ['Lee'] }]);
    expect(c).toMatchObject({ holder: 'Lee Jae Myung', text: 'you, Mr. President, become the peacemaker' });
    expect(c?.on).toBe('assist you as the pacemaker');
  });

  it('takes the demand as the condition in "if X wants to talk, it should ..."', () => {
    const text =
      '“The tariff and trade wars were unilaterally initiated by the US, if the US side wants to talk, it should show its sincerity and be ready to take action on issues such as correcting wrong practices and cancelling the unilateral imposition of tariffs,” it said.';
    const ministry: FakeEntity = { name: 'Ministry of Commerce of China', type: 'Organization' };
    const statement: ExtractedStatement = {
      start: 1, end: text.indexOf(',”'), text: '', kind: 'direct', speaker: 'org:ministry-of-commerce-of-china', sentenceIndex: 0, about: [], confidence: 1,
    };
    const [c] = run(text, [ministry, US], [statement]);
    expect(c?.holder).toBe('Ministry of Commerce of China');
    expect(c?.text).toBe(
      'show its sincerity and be ready to take action on issues such as correcting wrong practices and cancelling the unilateral imposition of tariffs',
    );
    expect(c?.on).toBe('talk');
  });

  it('gives a reported position to the named subject of the stance, not the quoted reporter', () => {
    const text =
      '“The (National Intelligence Services) NIS believes that Kim Jong Un is willing to engage in dialogue with the United States and will have contact with the United States in the future when conditions are met,” lawmaker Lee Seong Kweun told the media.';
    const [c] = run(text, [KIM, US, { name: 'Lee Seong Kweun', type: 'Person' }]);
    expect(c).toMatchObject({ holder: 'Kim Jong Un', text: 'conditions are met' });
  });
});

describe('findConditions: other cues', () => {
  it('reads "unless" in a headline attributed with a colon', () => {
    const [c] = run('Putin: Ceasefire impossible unless Ukraine takes certain irreversible steps', [PUTIN]);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', text: 'Ukraine takes certain irreversible steps' });
  });

  it('reads "in exchange for" up to the end of the list', () => {
    const text =
      'Hamas announced Thursday it is prepared to release all Israeli hostages in exchange for Israel ending its military offensive in Gaza, fully withdrawing from the territory, lifting the blockade, and allowing reconstruction to begin.';
    const [c] = run(text, [{ name: 'Hamas', type: 'Organization' }, { name: 'Israel', type: 'Country' }]);
    expect(c).toMatchObject({
      holder: 'Hamas',
      text: 'Israel ending its military offensive in Gaza, fully withdrawing from the territory, lifting the blockade, and allowing reconstruction to begin',
    });
  });

  it('takes what the holder seeks when it offers something "in exchange for" it', () => {
    const text =
      'Netanyahu said, “I told them that we are currently trying to achieve the release of half of the hostages, both alive and dead, in exchange for a temporary ceasefire of 60 days.”';
    const [c] = run(text, [{ name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'] }]);
    expect(c).toMatchObject({ holder: 'Benjamin Netanyahu', text: 'the release of half of the hostages, both alive and dead' });
  });

  it('reads "tied X to Y"', () => {
    const text =
      'According to North Korean state media, Kim Jong Un also expressed an openness to meeting with Trump. But Kim tied that meeting to Washington dropping the idea of denuclearising the Korean peninsula.';
    const [c] = run(text, [KIM, TRUMP, US]);
    expect(c).toMatchObject({ holder: 'Kim Jong Un', text: 'Washington dropping the idea of denuclearising the Korean peninsula', on: 'that meeting' });
  });

  it('reads a list of conditions after "including"', () => {
    const text =
      'Iranian Foreign Minister Abbas Araghchi has reaffirmed that Tehran remains open to renewed dialogue with the United States over the nuclear file, but only under strict conditions, including clear guarantees against military aggression and a formal commitment from Washington to mutual respect and acknowledgment of past policy failures.';
    const [c] = run(text, [{ name: 'Abbas Araghchi', type: 'Person' }, US]);
    expect(c).toMatchObject({
      holder: 'Abbas Araghchi',
      text: 'clear guarantees against military aggression and a formal commitment from Washington to mutual respect and acknowledgment of past policy failures',
    });
  });

  it('reads the conditions a speaker "has set:" in a quotation continuing the previous paragraph', () => {
    const text =
      'Netanyahu said, “I told them that we are trying.”\n“In order for us to achieve this, this must be done under the minimum conditions that we have set: Hamas lays down its weapons, Gaza is demilitarised, and Hamas no longer has any governmental or military capabilities. These are our basic conditions.”';
    const cs = run(text, [{ name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'] }, { name: 'Hamas', type: 'Organization' }]);
    expect(cs).toContainEqual(
      expect.objectContaining({
        holder: 'Benjamin Netanyahu',
        text: 'Hamas lays down its weapons, Gaza is demilitarised, and Hamas no longer has any governmental or military capabilities',
      }),
    );
  });

  it('reads a precondition after "does not rule out ... after"', () => {
    const text =
      '“I want to remind you that the president himself does not rule out holding such a meeting after the necessary work is done at the expert level and the necessary distance has been covered,” Kremlin spokesperson Dmitry Peskov told reporters.';
    const [c] = run(text, [PUTIN, { name: 'Dmitry Peskov', type: 'Person' }]);
    expect(c).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'the necessary work is done at the expert level and the necessary distance has been covered',
    });
  });

  it('reads an ultimatum', () => {
    const text =
      'On Tuesday, Johnson said he had presented Schumer with an ultimatum: Join his letter inviting Netanyahu to address Congress, or the House will move ahead with an invitation on its own.';
    const [c] = run(text, [{ name: 'Mike Johnson', type: 'Person', aliases: ['Johnson'] }, { name: 'Chuck Schumer', type: 'Person', aliases: ['Schumer'] }]);
    expect(c).toMatchObject({ holder: 'Mike Johnson', text: 'Join his letter inviting Netanyahu to address Congress' });
  });

  it('reads "impossible without" only with a negative judgement', () => {
    expect(run('He added that a ceasefire is impossible without such agreement.', [PUTIN])).toEqual([]);
    const [c] = run('Putin said a ceasefire is impossible without such agreement.', [PUTIN]);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', text: 'such agreement' });
    expect(run('Putin said Kyiv should resume direct negotiations without any preconditions.', [PUTIN])).toEqual([]);
  });
});

describe('findConditions: not conditions', () => {
  it('skips "asked if", "see if", "if it must" and judgements like "that\'s great"', () => {
    const people = [PUTIN, TRUMP, { name: 'Benjamin Netanyahu', type: 'Person' as const, aliases: ['Netanyahu'] }];
    expect(run('"Donald (Trump) asked me if I could possibly arrange such a meeting," Putin said.', people)).toEqual([]);
    expect(run('“We talked about it for a long time and we are going to work together to see if we can achieve something,” Trump said.', people)).toEqual([]);
    expect(run('Putin said Russia is determined to fight if it must.', people)).toEqual([]);
    expect(run('“If this can be achieved through negotiations—that’s great,” Netanyahu said.', people)).toEqual([]);
  });

  it('gives a speakerless hypothetical to nobody, but a stated position to its subject', () => {
    const people: FakeEntity[] = [
      { name: 'Pakistan', type: 'Country' },
      { name: 'India', type: 'Country' },
      TRUMP,
    ];
    // Constructed: a narrative hypothetical nobody's action depends on.
    expect(run('Trump could win if turnout is high.', people)).toEqual([]);
    const text =
      'Pakistan has repeatedly shared its stance that if India blocks Pakistan’s strategic waters, it will be considered an act of war, since millions depend on these waters for agriculture.';
    expect(run(text, people)[0]).toMatchObject({ holder: 'Pakistan', text: 'India blocks Pakistan’s strategic waters', on: 'considered an act of war' });
  });

  it('needs a holder from speech for a bare "in return for"', () => {
    const text =
      'The agreement, based on a framework developed by US Middle East Envoy Steve Witkoff, would entail a 60-day truce and partial release of the hostages across two phases in return for IDF withdrawal.';
    expect(run(text, [{ name: 'Steve Witkoff', type: 'Person' }, US])).toEqual([]);
  });
});

describe('findConditions: regressions from the development articles', () => {
  it('reads a demand argued for by a party willing to talk, held by the antecedent of "who said"', () => {
    const text =
      'The direct talks with Ukraine were also welcomed by Zelensky, who said Kyiv was willing to talk, arguing that Moscow must agree to a ceasefire.';
    const [c] = run(text, [ZELENSKY, { name: 'Ukraine', type: 'Country', aliases: ['Kyiv'] }, { name: 'Russia', type: 'Country', aliases: ['Moscow'] }]);
    expect(c).toMatchObject({ holder: 'Volodymyr Zelensky', text: 'Moscow must agree to a ceasefire', on: 'talk' });
  });

  it('reads what talks "have to be" as a condition on them', () => {
    const text =
      '"We don\'t mind third-party involvement, but India has categorically been stating it\'s a bilateral matter. We don\'t mind bilateral, but the dialogues have to be comprehensive, on terrorism, trade, economy, Jammu and Kashmir, all subjects that we have discussed earlier," Dar said.';
    const cs = run(text, [{ name: 'Ishaq Dar', type: 'Person', aliases: ['Dar'] }, { name: 'India', type: 'Country' }]);
    expect(cs).toEqual([
      expect.objectContaining({
        holder: 'Ishaq Dar',
        text: 'the dialogues have to be comprehensive, on terrorism, trade, economy, Jammu and Kashmir, all subjects that we have discussed earlier',
      }),
    ]);
  });

  it('gives the condition to the named subject of the main clause when an analyst reports it', () => {
    const text =
      '“It is Kim’s invitation to Trump to rethink US policy on denuclearisation, the implication being that if the US drops denuclearisation, Kim could sit face to face with Trump,” said Ms Rachel Minyoung Lee.';
    const [c] = run(text, [KIM, TRUMP, US, { name: 'Rachel Minyoung Lee', type: 'Person' }]);
    expect(c).toMatchObject({ holder: 'Kim Jong Un', text: 'the US drops denuclearisation' });
  });

  it('prefers the stance subject inside a statement over its speaker', () => {
    const text =
      '“The (National Intelligence Services) NIS believes that Kim Jong Un is willing to engage in dialogue with the United States and will have contact with the United States in the future when conditions are met,” lawmaker Lee Seong Kweun told the media.';
    const lee: FakeEntity = { name: 'Lee Seong Kweun', type: 'Person' };
    const statement: ExtractedStatement = {
      start: 1, end: text.indexOf(',”'), text: '', kind: 'direct', speaker: 'person:lee-seong-kweun', sentenceIndex: 0, about: [], confidence: 1,
    };
    const [c] = run(text, [KIM, US, lee], [statement]);
    expect(c).toMatchObject({ holder: 'Kim Jong Un', text: 'conditions are met', statement: 0 });
  });

  it('reads conditions in the headline, marked as such, and skips one the body repeats', () => {
    const body =
      'Russian President Vladimir Putin says Russia cannot agree to a ceasefire unless Ukraine agrees to take irreversible steps that are acceptable to Moscow.';
    const input = fakeInput(body, [PUTIN, { name: 'Ukraine', type: 'Country' }, { name: 'Russia', type: 'Country', aliases: ['Moscow'] }], '2024-07-05');
    input.article.title = 'Putin: Ceasefire impossible unless Ukraine takes certain irreversible steps';
    const cs = findConditions(input, [], []);
    expect(cs.map((c) => [c.text, c.inTitle ?? false, input.entities.byKey.get(c.holder ?? '')?.name])).toEqual([
      ['Ukraine takes certain irreversible steps', true, 'Vladimir Putin'],
      ['Ukraine agrees to take irreversible steps that are acceptable to Moscow', false, 'Vladimir Putin'],
    ]);
    input.article.title = 'Putin says no ceasefire unless Ukraine agrees to take irreversible steps';
    expect(findConditions(input, [], []).filter((c) => c.inTitle)).toEqual([]);
  });

  it('reads a headline condition attributed after a colon', () => {
    const input = fakeInput('Kim Jong Un spoke on Sunday.', [KIM, US], '2025-09-22');
    input.article.title = 'North Korea can talk to US if it stops insisting on denuclearisation: Kim Jong Un';
    const [c] = findConditions(input, [], []);
    expect(c).toMatchObject({ text: 'it stops insisting on denuclearisation', holder: 'person:kim-jong-un', inTitle: true });
  });
});

describe('findConditions: cues that are not conditions, and refusals that are', () => {
  const people: FakeEntity[] = [
    { name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] },
    { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy'] },
  ];

  it('skips "not sure if", "even if", "as if", "if any" and "if it happens,"', () => {
    expect(run('Putin said he was not sure if Zelenskyy would come.', people)).toEqual([]);
    expect(run('Putin said he would go ahead even if the talks fail.', people)).toEqual([]);
    expect(run('Zelenskyy acted as if nothing had happened, Putin said.', people)).toEqual([]);
    expect(run('Putin said there were few concessions, if any, on the table.', people)).toEqual([]);
    expect(run('The meeting, if it happens, would be the first since 2019, Putin said.', people)).toEqual([]);
  });

  it('drops "and when" from "if and when"', () => {
    const [c] = run('"We will talk to Kyiv if and when they are ready," Putin told reporters.', people);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', text: 'they are ready' });
  });

  it('reads a refusal that lasts "until" something happens', () => {
    const [c] = run('Putin said he will not meet Zelenskyy until the necessary groundwork is done.', people);
    expect(c).toMatchObject({ holder: 'Vladimir Putin', text: 'the necessary groundwork is done', on: 'meet Zelenskyy' });
  });
});

describe('findConditions: cues the development articles do not use (constructed sentences)', () => {
  const people: FakeEntity[] = [
    { name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] },
    { name: 'Ukraine', type: 'Country', aliases: ['Kyiv'] },
  ];

  it('reads "demanded X as a condition for Y" and "X is a precondition for Y"', () => {
    const [a] = run('Putin demanded the withdrawal of Ukrainian troops from four regions as a condition for peace talks.', people);
    expect(a).toMatchObject({ holder: 'Vladimir Putin', text: 'the withdrawal of Ukrainian troops from four regions', on: 'peace talks' });
    const [b] = run('Putin said that neutrality for Kyiv is a precondition for any settlement.', people);
    expect(b).toMatchObject({ holder: 'Vladimir Putin', text: 'neutrality for Kyiv', on: 'any settlement' });
  });

  it('reads "as long as", "on condition that" and "hinges on"', () => {
    expect(run('Putin said talks could continue as long as Kyiv respected the ceasefire.', people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'Kyiv respected the ceasefire',
      on: 'talks could continue',
    });
    expect(run('Putin said he would meet the delegation on condition that Kyiv recognised the new borders.', people)[0]).toMatchObject({
      text: 'Kyiv recognised the new borders',
    });
    expect(run('Putin said any deal hinges on guarantees that Kyiv will stay out of military blocs.', people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'guarantees that Kyiv will stay out of military blocs',
    });
  });

  it('reads "demanded X before talks", "conditions for talks include", "ruled out ... until" and "only when"', () => {
    expect(run('Putin demanded security guarantees before any talks with Kyiv.', people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'security guarantees',
    });
    expect(run("Putin said Russia's conditions for a ceasefire include Kyiv's withdrawal from four regions and neutrality.", people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: "Kyiv's withdrawal from four regions and neutrality",
    });
    expect(run('Putin ruled out a ceasefire until Kyiv withdraws its troops.', people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'Kyiv withdraws its troops',
    });
    expect(run('Putin said talks would resume only when Kyiv accepts the new reality.', people)[0]).toMatchObject({
      holder: 'Vladimir Putin',
      text: 'Kyiv accepts the new reality',
    });
  });
});

describe('findConditions: links', () => {
  it('links the meeting that depends on the condition', () => {
    const text =
      'Mr Kim has previously said he would be willing to meet Mr Trump if the US dropped “the absurd obsession with denuclearising us and accepts reality, and wants genuine peaceful coexistence”.';
    const input = fakeInput(text, [KIM, TRUMP, US], '2025-11-04');
    const events = findEvents(input);
    expect(events).toHaveLength(1);
    const [c] = findConditions(input, [], events);
    expect(c?.event).toBe(0);
  });
});


describe('findConditions: a condition that points back at the requirement before it', () => {
  const STUBB: FakeEntity = { name: 'Alexander Stubb', type: 'Person', aliases: ['Stubb'] };
  const KRISTERSSON: FakeEntity = { name: 'Ulf Kristersson', type: 'Person' };
  const requirement = 'Finnish President Alexander Stubb said, "We must make sure that the border crossings reopen under international monitoring."';

  it('reads "without such assurances" as the requirement the same speaker stated (written for the test)', () => {
    const text = `${requirement}\n\nHe added that a new trade agreement is impossible without such assurances.`;
    expect(run(text, [STUBB])).toEqual([
      { holder: 'Alexander Stubb', text: 'the border crossings reopen under international monitoring', on: 'a new trade agreement is impossible', statement: undefined },
    ]);
  });

  it('keeps the pointer when someone else stated the requirement', () => {
    const text = `${requirement}\n\nSwedish Prime Minister Ulf Kristersson said a new trade agreement is impossible without such assurances.`;
    expect(run(text, [STUBB, KRISTERSSON]).map((c) => [c.holder, c.text])).toEqual([['Ulf Kristersson', 'such assurances']]);
  });

  it('regression: reads the NHK report of the steps Putin required before a ceasefire', () => {
    const text =
      'Putin stressed, "We need to ensure that the opposing side agrees to take steps that are irreversible and acceptable to the Russian Federation."\n\nHe added that a ceasefire is impossible without such agreement.';
    expect(run(text, [{ name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] }]).map((c) => [c.holder, c.text, c.on])).toEqual([
      ['Vladimir Putin', 'the opposing side agrees to take steps that are irreversible and acceptable to the Russian Federation', 'a ceasefire is impossible'],
    ]);
  });
});

describe('findConditions: "an essential element for" states a necessity', () => {
  const RUTO: FakeEntity = { name: 'William Ruto', type: 'Person', aliases: ['Ruto'] };

  it('reads what is "an essential element for" an outcome as its condition (written for the test)', () => {
    const text = '"A cut in fuel taxes is an essential element for any recovery," Ruto said.';
    expect(run(text, [RUTO]).map((c) => [c.holder, c.text, c.on])).toEqual([['William Ruto', 'A cut in fuel taxes', 'any recovery']]);
  });

  it('does not read "an essential part of" as a condition', () => {
    expect(run('"Regular inspections are an essential part of the deal," Ruto said.', [RUTO])).toEqual([]);
  });

  it('follows "That" back to what the speaker said the other side should do (written for the test)', () => {
    const text =
      'Kenyan President William Ruto said the creditors should "extend the repayment period by at least ten years."\n\n"That is an essential element for our cabinet to approve the budget," he added.';
    expect(run(text, [RUTO]).map((c) => [c.holder, c.text])).toEqual([['William Ruto', 'extend the repayment period by at least ten years']]);
  });

  it('regression: reads the AFP report of what Iran wants the US to show before more talks', () => {
    const text =
      '"We are for diplomacy," Iran\'s deputy foreign minister, Majid Takht-Ravanchi told NBC News, adding the United States should "convince us that they are not going to use military force while we are negotiating."\n\n"That is an essential element for our leadership to be in a position to decide about the future round of talks," he added.';
    const people: FakeEntity[] = [{ name: 'Majid Takht-Ravanchi', type: 'Person', roles: ["Iran's deputy foreign minister"] }, { name: 'NBC News', type: 'Organization' }, US];
    expect(run(text, people).map((c) => [c.holder, c.text])).toEqual([
      ['Majid Takht-Ravanchi', 'convince us that they are not going to use military force while we are negotiating'],
    ]);
  });
});
