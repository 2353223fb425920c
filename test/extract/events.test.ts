import { findEvents } from '../../src/extract/events';
import { fakeInput, type FakeEntity } from './fake-entities';

const TRUMP: FakeEntity = { name: 'Donald Trump', type: 'Person', aliases: ['Trump'] };
const KIM: FakeEntity = { name: 'Kim Jong Un', type: 'Person', aliases: ['Kim', 'Kim Jong-un'], roles: ['North Korean leader'] };
const XI: FakeEntity = { name: 'Xi Jinping', type: 'Person', aliases: ['Xi'] };
const PUTIN: FakeEntity = { name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] };
const ZELENSKY: FakeEntity = { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy', 'Zelensky'] };

function run(text: string, entities: FakeEntity[], published: string) {
  const input = fakeInput(text, entities, published);
  const name = (k: string) => input.entities.byKey.get(k)?.name ?? k;
  return findEvents(input).map((e) => ({
    type: e.type,
    participants: e.participants.map(name).sort(),
    date: e.date,
    status: e.status,
    place: e.place,
  }));
}

describe('findEvents', () => {
  it('reads a proposed meeting with a relative month', () => {
    const [e] = run("Donald Trump may meet North Korea's Kim Jong Un during Asia visit next month: Report", [TRUMP, KIM], '2025-10-18');
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Kim Jong Un'], date: '2025-11', status: 'proposed' });
  });

  it('reads a past meeting with a full date and place, guarding the year', () => {
    const [e] = run(
      'President Donald Trump meets with North Korean leader Kim Jong Un at the border village of Panmunjom in the Demilitarised Zone, South Korea, on June 30, 2019.',
      [TRUMP, KIM],
      '2025-10-18',
    );
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Kim Jong Un'], date: '2019-06-30', status: 'occurred', place: 'Panmunjom' });
  });

  it('reads "the two leaders last met" as the two people named before', () => {
    const text =
      'Trump has said he wants to meet Kim. The two leaders last met in the Korean demilitarised zone in June 2019, and that meeting was arranged quickly.';
    expect(run(text, [TRUMP, KIM], '2025-10-18')).toContainEqual(
      expect.objectContaining({ participants: ['Donald Trump', 'Kim Jong Un'], date: '2019-06', status: 'occurred' }),
    );
  });

  it('reads "a meeting between A and B" and "would visit X again in April" as two meetings', () => {
    const text =
      'The US will cut import tariffs on China, following a meeting between Donald Trump and Xi Jinping in South Korea.\nHe also said he had agreed to halve tariffs on China related to fentanyl trafficking to 10 per cent and would visit Xi again in April.';
    const events = run(text, [TRUMP, XI], '2025-10-30');
    expect(events).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], status: 'occurred', place: 'South Korea' }),
      expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], date: '2026-04', status: 'planned' }),
    ]);
  });

  it('takes the main subject for "During a meeting with X, Y ..." and dates it', () => {
    const text =
      'However, during a follow-up meeting with Rubio in Washington on July 25, Dar was informed that India had not agreed.';
    const [e] = run(text, [{ name: 'Marco Rubio', type: 'Person', aliases: ['Rubio'] }, { name: 'Ishaq Dar', type: 'Person', aliases: ['Dar'] }], '2025-09-16');
    expect(e).toMatchObject({ participants: ['Ishaq Dar', 'Marco Rubio'], date: '2025-07-25', status: 'occurred', place: 'Washington' });
  });

  it('reads "the Putin meeting" with the main clause subject', () => {
    const [e] = run('Coming out of the Putin meeting, Trump said an overall peace agreement was the best way to end the war.', [TRUMP, PUTIN], '2025-08-16');
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Vladimir Putin'], status: 'occurred' });
  });

  it('reads "willing to meet with X if ..." as proposed, without the date of the speech', () => {
    const text =
      'Speaking at a news conference in Beijing on Wednesday, Russian President Vladimir Putin said he would be willing to meet with Zelenskyy if he visits Moscow.';
    const [e] = run(text, [PUTIN, ZELENSKY], '2025-09-04');
    expect(e).toMatchObject({ participants: ['Vladimir Putin', 'Volodymyr Zelensky'], status: 'proposed' });
    expect(e?.date).toBeUndefined();
  });

  it('reads a state visit and dates, one meeting per date, with "twice"', () => {
    const text = 'During his first term, Trump met Queen Elizabeth II twice--once in July 2018 and again during a formal state visit in June 2019.';
    const events = run(text, [TRUMP, { name: 'Elizabeth II', type: 'Person', aliases: ['Queen Elizabeth II'] }], '2025-02-28');
    expect(events.map((e) => e.date).sort()).toEqual(['2018-07', '2019-06']);
  });

  it('reads a planned visit from an accepted invitation', () => {
    const text =
      "U.S. President Donald Trump said Monday that he accepted Chinese President Xi Jinping's invitation to visit Beijing in April next year.";
    const [e] = run(text, [TRUMP, XI], '2025-11-25');
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Xi Jinping'], date: '2026-04', status: 'planned', place: 'Beijing' });
  });

  it('reads a cancelled meeting and keeps calls apart', () => {
    const events = run(
      'Trump said his planned meeting with Kim was called off. Trump and Xi held phone talks on Monday.',
      [TRUMP, KIM, XI],
      '2025-11-25',
    );
    expect(events).toContainEqual(expect.objectContaining({ participants: ['Donald Trump', 'Kim Jong Un'], status: 'cancelled' }));
    expect(events.filter((e) => e.participants.includes('Xi Jinping')).map((e) => e.type)).not.toContain('Meeting');
  });

  it('merges mentions of the same meeting', () => {
    const text =
      'Donald Trump is likely to meet Kim Jong Un during his upcoming visit to Asia next month. Trump publicly showed interest in meeting Kim Jong Un. “He’d like to meet with me,” Trump said.';
    expect(run(text, [TRUMP, KIM], '2025-10-18')).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Kim Jong Un'], date: '2025-11', status: 'proposed' }),
    ]);
  });

  it('does not make a meeting of a summit someone attends', () => {
    expect(run("Iran's Foreign Minister Abbas Araghchi attends the 17th annual BRICS summit in Rio de Janeiro.", [{ name: 'Abbas Araghchi', type: 'Person' }], '2025-07-10')).toEqual([]);
  });

  it('reads a relative clause, a gerund and a call by phone', () => {
    const people: FakeEntity[] = [PUTIN, ZELENSKY, TRUMP];
    expect(run('Zelenskyy, who met Trump last week, said the plan was wrong.', people, '2025-10-01')).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Volodymyr Zelensky'], date: '2025-09', status: 'occurred' }),
    ]);
    expect(run('Zelenskyy, speaking after meeting Trump on Thursday, said the plan was sound.', people, '2025-10-01')).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Volodymyr Zelensky'], date: '2025-09-25', status: 'occurred' }),
    ]);
    expect(run('Putin spoke with Trump by phone on Monday.', people, '2025-08-19')).toEqual([
      expect.objectContaining({ type: 'Call', participants: ['Donald Trump', 'Vladimir Putin'], date: '2025-08-18' }),
    ]);
  });

  it('drops a refused meeting and keeps one that waits on a condition as proposed', () => {
    const people: FakeEntity[] = [PUTIN, ZELENSKY];
    expect(run('Putin refused to meet Zelenskyy.', people, '2025-08-19')).toEqual([]);
    expect(run('Putin said he will not meet Zelenskyy until the necessary groundwork is done.', people, '2025-08-19')).toEqual([
      expect.objectContaining({ participants: ['Vladimir Putin', 'Volodymyr Zelensky'], status: 'proposed' }),
    ]);
  });

  it('reads a subject past an appositive, and a title before a name that looks like a pronoun', () => {
    const text =
      '“Vice Premier He, as the Chinese lead person for China-US economic and trade affairs, will have a meeting with the US lead person, Treasury Secretary Scott Bessent,” the ministry said.';
    const people: FakeEntity[] = [
      { name: 'He Lifeng', type: 'Person', roles: ['Vice Premier He'] },
      { name: 'Scott Bessent', type: 'Person', aliases: ['Bessent'] },
      { name: 'United States', type: 'Country', aliases: ['US'], country: 'USA' },
    ];
    expect(run(text, people, '2025-05-07')).toEqual([
      expect.objectContaining({ participants: ['He Lifeng', 'Scott Bessent'], status: 'planned' }),
    ]);
  });

  it('hosts a state visit to a country by the person of that country named in the sentence', () => {
    const text =
      "U.S. President Donald Trump said Monday that he accepted Chinese President Xi Jinping's invitation to visit Beijing in April next year, and that Xi will pay a state visit to the United States later that year.";
    const people: FakeEntity[] = [
      { ...TRUMP, country: 'USA' },
      { ...XI, country: 'CHN' },
      { name: 'United States', type: 'Country', aliases: ['U.S.'], country: 'USA' },
    ];
    const events = run(text, people, '2025-11-25');
    expect(events).toContainEqual(expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], date: '2026-04', status: 'planned' }));
    // "later that year" is the year named before it (next year), and the two visits stay apart.
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'Visit', participants: ['Donald Trump', 'Xi Jinping'], date: '2026', status: 'planned', place: 'United States' }),
    );
    expect(events).toHaveLength(2);
  });

  it('reads "During their meeting, X ..." as X with the person X addresses or the last one named', () => {
    const people: FakeEntity[] = [
      { name: 'Charles III', type: 'Person', aliases: ['King Charles III', 'Charles'] },
      TRUMP,
      { name: 'Keir Starmer', type: 'Person', aliases: ['Starmer'] },
      { name: 'Lee Jae Myung', type: 'Person', aliases: ['Lee'] },
    ];
    const text =
      'King Charles III extended an invitation to United States President Donald Trump for an official state visit to the United Kingdom, The Hill reported.\nDuring their meeting on Thursday in Washington, UK Prime Minister Keir Starmer brought a letter from Charles to their meeting in the Oval Office, during which Trump called Charles a "beautiful man, a wonderful man."';
    expect(run(text, people, '2025-02-28')).toContainEqual(
      expect.objectContaining({ participants: ['Donald Trump', 'Keir Starmer'], date: '2025-02-27', status: 'occurred' }),
    );
    expect(run(text, people, '2025-02-28').filter((e) => e.participants.includes('Keir Starmer'))).toHaveLength(1);
    const [e] = run('During their meeting, Lee formally invited Trump to attend the gathering of trade ministers in South Korea.', people, '2025-10-18');
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Lee Jae Myung'], status: 'occurred' });
  });

  it('reads "remains open to engagement with" a described person as a proposed meeting', () => {
    const text =
      'Kim Yo-jong made the remarks after a White House official said last week that Trump remains open to engagement with the North Korean leader to achieve a “fully denuclearized” North Korea.';
    const [e] = run(text, [TRUMP, KIM, { name: 'Kim Yo Jong', type: 'Person', aliases: ['Kim Yo-jong'] }], '2025-07-29');
    expect(e).toMatchObject({ participants: ['Donald Trump', 'Kim Jong Un'], status: 'proposed' });
  });

  it('reads "Oct. 30" inside a clause, and keeps a past meeting apart from a plan in the same year', () => {
    const text =
      'Calling the call "very good," Trump said that he and Xi discussed the war between Ukraine and Russia. The call followed their in-person meeting in Busan on Oct. 30 before the Asia-Pacific Economic Cooperation summit. Xi will pay a state visit to the United States later this year, Trump said.';
    const events = run(text, [{ ...TRUMP, country: 'USA' }, { ...XI, country: 'CHN' }, { name: 'United States', type: 'Country', country: 'USA' }], '2025-11-25');
    expect(events).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], date: '2025-10-30', status: 'occurred', place: 'Busan' }),
      expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], date: '2025', status: 'planned', place: 'United States' }),
    ]);
  });

  it('reads "meet" at the end of a sentence and a headline "X to meet Y" as planned, not "conditions are met"', () => {
    const people: FakeEntity[] = [TRUMP, XI, PUTIN, KIM, { name: 'Lee Seong Kweun', type: 'Person' }];
    // Constructed: the development articles have no sentence-final "meet".
    expect(run('Biden will not attend the summit, where Xi and Putin are expected to meet.', people, '2025-10-25')).toEqual([
      expect.objectContaining({ participants: ['Vladimir Putin', 'Xi Jinping'], status: 'planned' }),
    ]);
    expect(run('Trump to meet Xi in South Korea', people, '2025-10-25')).toEqual([
      expect.objectContaining({ participants: ['Donald Trump', 'Xi Jinping'], status: 'planned', place: 'South Korea' }),
    ]);
    const text =
      '“The NIS believes that Kim Jong Un will have contact with the United States in the future when conditions are met,” lawmaker Lee Seong Kweun told the media after a briefing by the South Korean spy agency.';
    expect(run(text, people, '2025-11-04')).toEqual([]);
  });

  it('reads a second partner described before the name: "and the Director-General of the IAEA, Rafael Gossi"', () => {
    const text =
      'In the afternoon, Egyptian Foreign Minister Badr Abdelatty held a meeting with Iranian Foreign Minister Abbas Araghchi and the Director-General of the IAEA, Rafael Gossi.';
    const people: FakeEntity[] = [
      { name: 'Badr Abdelatty', type: 'Person' },
      { name: 'Abbas Araghchi', type: 'Person' },
      { name: 'Rafael Gossi', type: 'Person' },
    ];
    expect(run(text, people, '2025-09-09')).toEqual([
      expect.objectContaining({ participants: ['Abbas Araghchi', 'Badr Abdelatty', 'Rafael Gossi'], status: 'occurred' }),
    ]);
  });
});

