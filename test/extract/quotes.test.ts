import { readArticle } from '../../src/read/clean';
import { findEntities } from '../../src/extract/entities';
import { findStatements } from '../../src/extract/quotes';

function quotes(text: string, kind: 'direct' | 'indirect' = 'direct') {
  const article = readArticle({ id: 't', text });
  const entities = findEntities(article);
  return findStatements({ article, entities })
    .filter((s) => s.kind === kind)
    .map((s) => ({ text: s.text, speaker: s.speaker ? (entities.byKey.get(s.speaker)?.name ?? s.speaker) : null, reporter: s.reporter ? entities.byKey.get(s.reporter)?.name : undefined, cue: s.cue }));
}

describe('quotation spans', () => {
  it('excludes the marks; a quotation broken by its attribution is two quotes', () => {
    const q = quotes('Iranian Foreign Minister Abbas Araghchi has reaffirmed that Tehran remains open to renewed dialogue.\nAraghchi made it clear that Iran\'s missile capabilities are not subject to talks. “Our missile power is a defensive and deterrent force,” he said, adding, “It is not up for negotiation under any circumstances.”');
    expect(q.map((x) => x.text)).toEqual(['Our missile power is a defensive and deterrent force,', 'It is not up for negotiation under any circumstances.']);
    expect(q.every((x) => x.speaker === 'Abbas Araghchi')).toBe(true);
  });

  it('ignores scare quotes and titles under four words', () => {
    expect(quotes('Trump was invited as President-elect of a “friendly nation”, Macron’s office told reporters.')).toEqual([]);
  });

  // The corpus sentence names the "coalition of willing" (three words); with "the" it is four.
  it('ignores names in quotation marks ("so-called", Title Case)', () => {
    expect(quotes('Speaking at a news conference in Paris, following a meeting of the so-called "coalition of the willing," a group of countries willing to provide military assistance to Ukraine, Zelenskyy said the US mediators informed him.')).toEqual([]);
  });

  it('reads quotations running over paragraphs (opening marks only), each paragraph its own quote', () => {
    const text = [
      'US President Trump has claimed that the Gaza War will come to a "conclusive end" within the next few weeks.',
      'He told reporters in the Oval Office: "I think within the next two to three weeks, you’re going to have pretty good, conclusive - a conclusive ending.',
      '"It’s a hard thing to say because they’ve been fighting for thousands of years. But I think we’re doing a very good job.',
      '"But it does have to end, but people can’t forget October 7."',
    ].join('\n');
    const q = quotes(text);
    expect(q).toHaveLength(3);
    expect(q.every((x) => x.speaker === 'Trump')).toBe(true);
  });

  it('reads backtick quotes, and cuts an unclosed one at its attribution', () => {
    const text = 'The FM also referred to subsequent calls from friendly countries and said Pakistan`s position was explained to all. `We told our friends that we would not initiate an attack, but we would certainly respond if provoked, he said, adding that Pakistan`s response was measured.';
    const article = 'Foreign Minister Ishaq Dar on Thursday informed the Senate.\n' + text;
    const q = quotes(article);
    expect(q).toEqual([{ text: 'We told our friends that we would not initiate an attack, but we would certainly respond if provoked', speaker: 'Ishaq Dar', reporter: undefined, cue: 'said' }]);
  });
});

describe('speaker attribution', () => {
  it('"...," X said', () => {
    expect(quotes('"We don\'t mind third-party involvement, but India has categorically been stating it\'s a bilateral matter," Dar said.')[0]?.speaker).toBe('Dar');
  });

  it('X said: "..."', () => {
    const q = quotes('Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani has called the strike “state terror”. In an exclusive interview with CNN, Sheikh Mohammed said: “I think that what Netanyahu has done yesterday, he just killed any hope for those hostages.”');
    expect(q[0]?.speaker).toBe('Mohammed bin Abdulrahman bin Jassim Al Thani');
  });

  it('"...," said X (inverted)', () => {
    const q = quotes('“This isn’t sustainable, as I have said before, especially on the Chinese side,” said Treasury Secretary Scott Bessent.');
    expect(q[0]?.speaker).toBe('Scott Bessent');
  });

  it('X was quoted as saying; Y quoted X as saying (Y is the outlet)', () => {
    const a = quotes('North Korean leader Kim Jong Un spoke at the Supreme People’s Assembly.\n"If the United States drops the absurd obsession with denuclearising us and accepts reality, there is no reason for us not to sit down with the United States," Mr Kim was quoted as saying.');
    expect(a[0]?.speaker).toBe('Kim Jong Un');
    const b = quotes('Donald Trump was open to the idea, CNN reported.\n“I will do that, and we’ll have talks. He’d like to meet with me,” CNN quoted Trump as saying.');
    expect(b[0]).toMatchObject({ speaker: 'Donald Trump', reporter: 'CNN' });
    // Before the words: "CCTV quoted Xi as saying the “...”".
    const c = quotes('Chinese President Xi Jinping met Hungarian Prime Minister Viktor Orban.\n\nChinese state broadcaster CCTV quoted Xi as saying the “international community should create conditions for the two sides to resume direct dialogue”.');
    expect(c[0]).toMatchObject({ speaker: 'Xi Jinping', reporter: 'CCTV', cue: 'quoted as saying' });
  });

  it('X told Y: the speaker is X, not the outlet', () => {
    const q = quotes('"We are for diplomacy," Iran\'s deputy foreign minister, Majid Takht-Ravanchi told NBC News, adding the United States should "convince us that they are not going to use military force while we are negotiating."');
    expect(q.map((x) => x.speaker)).toEqual(['Majid Takht-Ravanchi', 'Majid Takht-Ravanchi']);
  });

  it('according to X: the outlet reports, the subject speaks', () => {
    const q = quotes('North Korean leader Kim Jong Un is open to meeting US president Donald Trump.\nIn September, the North Korean leader said that there was “no reason for us not to sit down with the United States”, according to the state-run KCNA news agency.');
    expect(q[0]).toMatchObject({ speaker: 'Kim Jong Un', reporter: 'KCNA' });
  });

  it('per X: "X said during his speech, per the reports"', () => {
    const q = quotes('Kim Jong Un also expressed an openness to meeting with Trump.\n“Personally, I still have good memories of US President Trump,” Kim said during his speech, per the reports');
    expect(q[0]?.speaker).toBe('Kim Jong Un');
  });

  it('a participle takes the subject of the main clause ("..., saying that X had “...”")', () => {
    const q = quotes('Trump posted on his Truth Social website shortly after accepting the invitation, saying that French President Emmanuel Macron had “done a wonderful job ensuring that Notre Dame has been restored to its full level of glory.”');
    expect(q[0]?.speaker).toBe('Trump');
  });

  it('coordinated verbs take the first verb\'s subject ("the Kremlin chief expressed hope ... and said")', () => {
    const q = quotes('Russian President Vladimir Putin is ready to meet with Ukrainian counterpart Volodymyr Zelenskyy, the Kremlin announced Monday.\nZelenskyy called for a direct meeting with Putin last week after the Kremlin chief expressed hope for further peace talks and said Russian troops were “advancing on the entire front line.”');
    expect(q[0]?.speaker).toBe('Vladimir Putin');
  });

  it('pronouns: "he" is the subject before, "she" a woman named before', () => {
    const q = quotes('It is the first time Mr Kim has mentioned Mr Trump by name since the inauguration, said Ms Rachel Minyoung Lee, a North Korea expert with the US-based Stimson Centre.\n“This is an overture,” she said. “It is Kim’s invitation to Trump to rethink US policy on denuclearisation,” she added.');
    expect(q.map((x) => x.speaker)).toEqual(['Rachel Minyoung Lee', 'Rachel Minyoung Lee']);
  });

  it('"the ministry said", "it said": the body named before', () => {
    const q = quotes('China’s Commerce Ministry confirmed Beijing is evaluating multiple approaches.\n“Saying one thing but doing another will not work on the Chinese side,” it said.');
    expect(q[0]?.speaker).toBe('China’s Commerce Ministry');
  });

  it('"X’s office said": the office of the post, not the person', () => {
    const q = quotes('Israeli Prime Minister Benjamin Netanyahu has declined an invitation.\n“The Prime Minister thanked President Trump for his invitation and his efforts to expand the circle of peace,” Netanyahu’s office said in an official statement.');
    expect(q[0]?.speaker).toBe("Prime Minister's Office of Israel");
  });

  it('a pull quote takes the speaker of the same words quoted elsewhere', () => {
    const q = quotes('“The agreement on rare earths is now finalised and applies to the whole world,” Trump told reporters aboard Air Force One.\n"The agreement on rare earths is now finalised and applies to the whole world"');
    expect(q.map((x) => x.speaker)).toEqual(['Trump', 'Trump']);
  });

  it('a paragraph that is only a quotation continues the speaker before', () => {
    const q = quotes('"Vladimir Putin and Donald Trump expressed support for the continuation of direct negotiations," Kremlin aide Yuri Ushakov said, as quoted by TASS.\n"In this regard, in particular, the idea was discussed that it would be necessary to study the possibility of raising the level of representatives."');
    expect(q.map((x) => x.speaker)).toEqual(['Yuri Ushakov', 'Yuri Ushakov']);
    expect(q[0]?.reporter).toBe('TASS');
  });

  it('a quotation introduced by a person and a colon inside another quotation', () => {
    const q = quotes('In a post on X, the White House wrote, "President Donald J. Trump, responding to an invitation from King Charles for a second state visit: "We look forward to being there and honoring the King, honoring the country." @Keir_Starmer."');
    expect(q.find((x) => x.text.startsWith('We look forward'))?.speaker).toBe('Donald J. Trump');
  });
});

describe('reported speech', () => {
  it('"X said (that) ..." outside quotation marks is an indirect statement', () => {
    const q = quotes('Iran\'s Foreign Minister Abbas Araghchi said on Saturday Tehran has not yet received Trump\'s letter to Khamenei.', 'indirect');
    expect(q).toEqual([expect.objectContaining({ speaker: 'Abbas Araghchi', text: "Tehran has not yet received Trump's letter to Khamenei" })]);
  });
});

describe('regressions from the development articles', () => {
  it('a participle after a coordinated verb takes the first subject ("She stressed ... and said ..., adding that")', () => {
    const q = quotes('Kim Yo-jong, North Korean leader Kim Jong-un’s sister, has called on the United States to accept the North as a nuclear weapons state.\nShe stressed that things have changed since the first U.S.-North Korea summit in 2018 and said any attempt to deny North Korea’s position as a nuclear weapons state will be thoroughly rejected, adding that it would be “advisable to seek another way of contact.”');
    expect(q[0]?.speaker).toBe('Kim Yo-jong');
  });

  it('auxiliaries between a pronoun and its verb ("that he had told ... and that the two had agreed to “...”")', () => {
    const q = quotes('Ukrainian President Volodymyr Zelensky on Monday invited newly installed Pope Leo XIV to Ukraine.\nZelensky also said that he had told Pope Leo about a joint ceasefire offer by Ukraine and its allies and that the two had agreed to “plan an in-person meeting in the near future”.');
    expect(q[0]?.speaker).toBe('Volodymyr Zelensky');
  });

  it('"He appealed for ..." after a quotation by the pope', () => {
    const q = quotes('Ukrainian President Volodymyr Zelensky invited newly installed Pope Leo XIV to Ukraine.\n“No more war!” Pope Leo had urged from the balcony of St Peter’s Basilica to thousands gathered to hear his first prayer on Sunday.\nHe appealed for a “genuine, just and lasting peace” in Ukraine, re-echoing the position of his predecessor, Pope Francis.');
    expect(q.find((x) => x.text.startsWith('genuine'))?.speaker).toBe('Leo XIV');
  });

  it('"X’s office told reporters, adding: “...”" is the office, not the first name in the sentence', () => {
    const q = quotes('French President Emmanuel Macron had invited Trump.\nTrump was invited as President-elect of a “friendly nation”, Macron’s office told reporters, adding: “This is in no way exceptional, we’ve done it before.”');
    expect(q[0]?.speaker).toBe('Office of the President of France');
  });

  it('a paragraph that is only a quotation takes the speaker of the paragraph before', () => {
    const q = quotes('Prime Minister Shehbaz Sharif reaffirmed Pakistan\'s commitment to being ready for serious and constructive dialogue with India.\n“We wanted peace. We want peace and we will work for peace in the region through talks on the table.”');
    expect(q[0]?.speaker).toBe('Shehbaz Sharif');
  });

  // Headline and pull-quote forms, built from the NHK article's headline and quotation.
  it('"Name: "..."" and a quotation signed with a dash', () => {
    const q = quotes('Russian President Vladimir Putin spoke to reporters on Thursday in Astana, Kazakhstan.\nPutin: "We need to ensure that the opposing side agrees to take steps that are irreversible."\n"We need to ensure that the opposing side agrees to take steps that are acceptable to the Russian Federation" — Vladimir Putin');
    expect(q.map((x) => x.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('"the statement said": the body that issued it', () => {
    const q = quotes('China’s Commerce Ministry confirmed Beijing is evaluating multiple approaches by the Trump administration for trade talks.\n“Saying one thing but doing another will not work on the Chinese side,” the statement said.');
    expect(q[0]?.speaker).toBe('China’s Commerce Ministry');
  });
});

