import { findInvitations } from '../../src/extract/invitations';
import type { ExtractedStatement } from '../../src/extract/types';
import { fakeInput, type FakeEntity } from './fake-entities';

const TRUMP: FakeEntity = { name: 'Donald Trump', type: 'Person', aliases: ['Trump', 'Donald J. Trump'] };

function run(text: string, entities: FakeEntity[], statements: ExtractedStatement[] = []) {
  const input = fakeInput(text, entities, '2025-01-01');
  const name = (k: string) => input.entities.byKey.get(k)?.name ?? k;
  return findInvitations(input, [], statements).map((i) => ({ inviter: name(i.inviter), invitee: name(i.invitee), event: i.event }));
}

describe('findInvitations', () => {
  it('reads "X invited Y to Z"', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky on Monday invited newly installed Pope Leo XIV to Ukraine during their first phone call.';
    expect(run(text, [{ name: 'Volodymyr Zelensky', type: 'Person' }, { name: 'Pope Leo XIV', type: 'Person', aliases: ['Leo'] }])).toEqual([
      { inviter: 'Volodymyr Zelensky', invitee: 'Pope Leo XIV', event: 'Ukraine' },
    ]);
  });

  it('reads "X formally invited Y to attend Z"', () => {
    const text =
      'During their meeting, Lee formally invited Trump to attend the gathering of Asia-Pacific Economic Cooperation (APEC) trade ministers in South Korea.';
    expect(run(text, [{ name: 'Lee Jae Myung', type: 'Person', aliases: ['Lee'] }, TRUMP])).toEqual([
      {
        inviter: 'Lee Jae Myung',
        invitee: 'Donald Trump',
        event: 'attend the gathering of Asia-Pacific Economic Cooperation (APEC) trade ministers in South Korea',
      },
    ]);
  });

  it('reads "X extended an invitation to Y for Z"', () => {
    const text =
      'King Charles III extended an invitation to United States President Donald Trump for an official state visit to the United Kingdom, The Hill reported.';
    expect(run(text, [{ name: 'Charles III', type: 'Person', aliases: ['King Charles III', 'Charles'] }, TRUMP, { name: 'United States', type: 'Country' }])).toEqual([
      { inviter: 'Charles III', invitee: 'Donald Trump', event: 'an official state visit to the United Kingdom' },
    ]);
  });

  it('reads "Y accepted X\'s invitation to Z"', () => {
    const text =
      "U.S. President Donald Trump said Monday that he accepted Chinese President Xi Jinping's invitation to visit Beijing in April next year.";
    expect(run(text, [TRUMP, { name: 'Xi Jinping', type: 'Person', aliases: ['Xi'] }])).toEqual([
      { inviter: 'Xi Jinping', invitee: 'Donald Trump', event: 'visit Beijing in April next year' },
    ]);
  });

  it('reads "in response to X\'s invitation ..., Y said" and not a place as invitee', () => {
    const text =
      'In response to Russian President Vladimir Putin\'s invitation to come to Moscow for negotiations, Ukrainian President Zelenskyy said on Thursday that it would not happen.';
    expect(run(text, [{ name: 'Vladimir Putin', type: 'Person' }, { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy'] }, { name: 'Russia', type: 'Country', aliases: ['Moscow'] }])).toEqual([
      { inviter: 'Vladimir Putin', invitee: 'Volodymyr Zelensky', event: 'come to Moscow for negotiations' },
    ]);
  });

  it('reads "He thanked him for an invitation": the object pronoun is someone else', () => {
    const text =
      'Zelenskyy said he held a “long and substantive” conversation with Trump early Saturday. He thanked him for an invitation to meet in person in Washington on Monday.';
    const [i] = run(text, [TRUMP, { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy'] }]);
    expect(i).toMatchObject({ inviter: 'Donald Trump', invitee: 'Volodymyr Zelensky' });
  });

  it('pairs "declined an invitation" with "the invitation coming from X" nearby', () => {
    const text =
      'Israeli Prime Minister Benjamin Netanyahu has declined an invitation to attend Monday’s high-level summit in Sharm el-Sheikh, Egypt. His office stated that the decision was made due to a Jewish holiday, despite the invitation coming from U.S. President Donald Trump.';
    expect(run(text, [{ name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'] }, TRUMP])).toEqual([
      expect.objectContaining({ inviter: 'Donald Trump', invitee: 'Benjamin Netanyahu' }),
    ]);
  });

  it('reads "X had agreed to invite Y", "Y was invited by X" and "X urged Y to attend Z"', () => {
    const people: FakeEntity[] = [
      { name: 'Chuck Schumer', type: 'Person', aliases: ['Schumer'] },
      { name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'] },
      { name: 'Lee Jae Myung', type: 'Person', aliases: ['Lee'] },
      TRUMP,
      { name: 'Emmanuel Macron', type: 'Person', aliases: ['Macron'] },
    ];
    expect(run('Mike Johnson said that Senate Majority Leader Chuck Schumer had agreed to invite Prime Minister Benjamin Netanyahu to address congress.', people)).toEqual([
      { inviter: 'Chuck Schumer', invitee: 'Benjamin Netanyahu', event: 'address congress' },
    ]);
    expect(run('Trump was invited by French President Emmanuel Macron to the reopening of Notre Dame.', people)).toEqual([
      { inviter: 'Emmanuel Macron', invitee: 'Donald Trump', event: 'the reopening of Notre Dame' },
    ]);
    expect(run('During a closed-door meeting, Lee urged Trump to attend the APEC summit, which is set to take place in Gyeongju.', people)).toEqual([
      { inviter: 'Lee Jae Myung', invitee: 'Donald Trump', event: 'attend the APEC summit' },
    ]);
  });

  it('resolves "me" in a quotation to its speaker and skips negated invitations', () => {
    const text = '"Our American partners told us that Putin invited me to Moscow," Zelenskyy said.';
    const people: FakeEntity[] = [{ name: 'Vladimir Putin', type: 'Person', aliases: ['Putin'] }, { name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Zelenskyy'] }];
    expect(run(text, people)).toEqual([{ inviter: 'Vladimir Putin', invitee: 'Volodymyr Zelensky', event: 'Moscow' }]);
    expect(run('Zelenskyy, who was not invited to Alaska for the summit, said he held a conversation with Putin.', people)).toEqual([]);
  });

  it('reads "he will be my guest" in a quotation as the speaker inviting', () => {
    const text =
      '"To that end, President Xi invited me to visit Beijing in April, which I accepted, and I reciprocated where he will be my guest for a State Visit in the U.S. later in the year," Trump added.';
    const out = run(text, [TRUMP, { name: 'Xi Jinping', type: 'Person', aliases: ['Xi', 'President Xi'] }]);
    expect(out).toEqual([
      { inviter: 'Xi Jinping', invitee: 'Donald Trump', event: 'visit Beijing in April' },
      { inviter: 'Donald Trump', invitee: 'Xi Jinping', event: 'a State Visit in the U.S. later in the year' },
    ]);
  });

  it('reads "at the invitation of X" (a construction the development articles lack)', () => {
    const people: FakeEntity[] = [
      { name: 'Narendra Modi', type: 'Person', aliases: ['Modi'] },
      { name: 'Joe Biden', type: 'Person', aliases: ['Biden', 'President Biden'] },
    ];
    expect(run('Modi is visiting Washington at the invitation of President Biden, the White House said.', people)).toEqual([
      { inviter: 'Joe Biden', invitee: 'Narendra Modi', event: 'visiting Washington' },
    ]);
  });
});


describe('findInvitations: a passive invitation announced by a leader\'s office', () => {
  const SISI: FakeEntity = { name: 'Abdel Fattah al-Sisi', type: 'Person', aliases: ['Sisi'] };
  const NETANYAHU: FakeEntity = { name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'] };

  it('gives the invitation to the leader whose office announces it (written for the test)', () => {
    const text = 'Israeli Prime Minister Benjamin Netanyahu was invited to the summit, Sisi\'s office said on Sunday.';
    expect(run(text, [SISI, NETANYAHU])).toEqual([{ inviter: 'Abdel Fattah al-Sisi', invitee: 'Benjamin Netanyahu', event: 'the summit' }]);
  });

  it("reads no inviter from the guest's own office or from a plain speaker", () => {
    expect(run("Netanyahu was invited to the summit, Netanyahu's office said.", [SISI, NETANYAHU])).toEqual([]);
    expect(run('Netanyahu was invited to the summit, Sisi said.', [SISI, NETANYAHU])).toEqual([]);
  });

  it("regression: reads Macron's invitation of Trump to the Notre Dame reopening", () => {
    const text = 'Trump was invited as President-elect of a “friendly nation”, Macron’s office told reporters, adding: “This is in no way exceptional, we’ve done it before.”';
    expect(run(text, [TRUMP, { name: 'Emmanuel Macron', type: 'Person', aliases: ['Macron'] }])).toEqual([
      { inviter: 'Emmanuel Macron', invitee: 'Donald Trump', event: '' },
    ]);
  });
});
