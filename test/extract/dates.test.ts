import { findDates, resolveDate } from '../../src/extract/dates';

const d = (text: string, published: string, dir: 'past' | 'future' | 'any' = 'any') =>
  resolveDate(text, published, dir)?.date ?? null;

describe('resolveDate', () => {
  it('reads a full date with its own year, not next year', () => {
    expect(
      d('President Donald Trump meets with North Korean leader Kim Jong Un at the border village of Panmunjom in the Demilitarised Zone, South Korea, on June 30, 2019.', '2025-10-18T17:35:00+05:30'),
    ).toBe('2019-06-30');
  });

  it('reads a day of the month alone ("On the 30th") in the publication month, or the one before when it is yet to come', () => {
    expect(d('On the 30th in Busan, President Lee Jae-myung met with Japanese Prime Minister Ishiba Shigeru.', '2025-09-30', 'past')).toBe('2025-09-30');
    expect(d('On the 28th, the two ministers met in Seoul.', '2025-10-02', 'past')).toBe('2025-09-28');
    expect(d('The two will meet on the 3rd in Tokyo.', '2025-10-28', 'future')).toBe('2025-11-03');
    expect(d('They marked it on the 80th anniversary of the liberation.', '2025-08-15')).toBeNull();
  });

  it('reads "the 23rd of last month"', () => {
    expect(d('During the Korea-Japan summit dinner on the 23rd of last month, Ishiba served curry.', '2025-09-30')).toBe('2025-08-23');
  });

  it('reads a month with a year', () => {
    expect(d('The two leaders last met in the Korean demilitarised zone in June 2019', '2025-10-18')).toBe('2019-06');
  });

  it('reads "in April next year" against the publication year', () => {
    expect(d("he accepted Chinese President Xi Jinping's invitation to visit Beijing in April next year", '2025-11-25')).toBe('2026-04');
  });

  it('reads "for March next year"', () => {
    expect(d('could seek to set up a summit for March next year', '2025-11-04')).toBe('2026-03');
  });

  it('reads "next month"', () => {
    expect(d("Donald Trump may meet North Korea's Kim Jong Un during Asia visit next month", '2025-10-18')).toBe('2025-11');
  });

  it('reads a month and day without a year in the publication year', () => {
    expect(d('The call followed their in-person meeting in Busan on Oct. 30 before the summit.', '2025-11-25', 'past')).toBe('2025-10-30');
    expect(d("following Trump's meeting with Putin in Alaska on 15 August", '2025-08-19', 'past')).toBe('2025-08-15');
  });

  it('puts a planned month after the publication date into the next year', () => {
    expect(d('would visit Xi again in April', '2025-10-30', 'future')).toBe('2026-04');
    expect(d('would visit Xi again in April', '2025-10-30', 'past')).toBe('2025-04');
  });

  it('reads a weekday before publication for a past event and after it for a planned one', () => {
    // 2025-08-16 is a Saturday.
    expect(d('He thanked him for an invitation to meet in person in Washington on Monday', '2025-08-16', 'future')).toBe('2025-08-18');
    expect(d('Trump rolled out the red carpet on Friday for Putin', '2025-08-16', 'past')).toBe('2025-08-15');
    // 2025-10-13 is a Monday: "Monday's summit" is that day.
    expect(d('declined an invitation to attend Monday’s high-level summit in Sharm el-Sheikh', '2025-10-13', 'future')).toBe('2025-10-13');
  });

  it('reads today and yesterday', () => {
    expect(d('world leaders at an official reopening ceremony in Paris today', '2024-12-07')).toBe('2024-12-07');
    expect(d('what Netanyahu has done yesterday', '2025-09-11')).toBe('2025-09-10');
  });

  it('reads "this year" and a bare year after "in"', () => {
    expect(d('Trump expressed his intention to meet North Korean leader Kim Jong-un this year.', '2025-08-26')).toBe('2025');
    expect(d('since the first U.S.-North Korea summit in 2018', '2025-07-29')).toBe('2018');
  });

  it('does not read the verb "may" as a month', () => {
    expect(d('Donald Trump may meet Kim', '2025-10-18')).toBeNull();
  });

  it('lists every date in text order', () => {
    const all = findDates('once in July 2018 and again during a formal state visit in June 2019', '2025-02-28');
    expect(all.map((x) => x.date)).toEqual(['2018-07', '2019-06']);
  });

  it('reads "on Tuesday of next week" as that weekday in the week named (a Tuesday article: a week on, not the same day)', () => {
    // "Trump had formally invited him to a visit at the White House on Tuesday of next week."
    expect(findDates('a visit at the White House on Tuesday of next week', '2025-01-28', 'future').map((x) => [x.text, x.date])).toEqual([['Tuesday of next week', '2025-02-04']]);
    expect(findDates('on Monday of last week', '2025-01-30').map((x) => x.date)).toEqual(['2025-01-20']);
  });

  it('reads a week as its month when the week lies in one month', () => {
    // 2025-07-03 is a Thursday: next week is 7-13 July.
    expect(d("Steve Witkoff was planning to meet Iran's foreign minister, Abbas Araghchi, in Oslo next week.", '2025-07-03')).toBe('2025-07');
    // 2025-07-31: next week is 4-10 August.
    expect(d('They will meet next week.', '2025-07-31')).toBe('2025-08');
    // 2025-10-01: last week is 22-28 September.
    expect(d('They met last week.', '2025-10-01')).toBe('2025-09');
    // 2025-10-08: last week is 29 September - 5 October, across two months.
    expect(d('They met last week.', '2025-10-08')).toBe('2025');
  });
});
