import { describe, expect, it } from 'vitest';
import { datePairs } from './helpers.js';

/** [sentence, publication date, expected [span, TIMEX3 value] pairs]. Sentences written for these tests. */
type Row = [string, string | undefined, [string, string][]];

const calendar: Row[] = [
  ['The accord was signed on Jan. 22, 2015 in Geneva.', '2019-01-15', [['Jan. 22, 2015', '2015-01-22']]],
  ['The mayor spoke on January 15 at the council.', '2019-01-15', [['January 15', '2019-01-15']]],
  ['Officials met on 3 March 2017 to review it.', '2019-01-15', [['3 March 2017', '2017-03-03']]],
  ['Sales fell in December 2018, the company said.', '2019-01-15', [['December 2018', '2018-12']]],
  ['The bridge opened in 1998.', '2019-01-15', [['1998', '1998']]],
  ['A 2012 audit found gaps in the records.', '2019-01-15', [['2012', '2012']]],
  ['Rents soared in the 1990s.', '2019-01-15', [['the 1990s', '199']]],
  ['Tastes changed in the late 1970s.', '2019-01-15', [['the late 1970s', '197']]],
  ['Music from the \u201990s is back.', '2019-01-15', []],
  ['The file is dated 2019-01-15.', undefined, [['2019-01-15', '2019-01-15']]],
  ['The form was filed 1/15/2019.', undefined, [['1/15/2019', '2019-01-15']]],
  ['Profit rose in fiscal 1998.', '1999-03-01', [['fiscal 1998', '1998']]],
  ['It was nineteen ninety-six.', '1999-03-01', [['nineteen ninety-six', '1996']]],
  ['The plant closed in mid-1996.', '1999-03-01', [['mid-1996', '1996']]],
  ['The stores open on Thanksgiving this time.', '2019-11-20', [['Thanksgiving', '2019-11-28']]],
  // Independence Day is July 4 only in the US: another country's has no date here, unless the sentence gives it.
  ['Americans will celebrate Independence Day with fireworks.', '2025-06-18', [['Independence Day', '2025-07-04']]],
  // Kept every year (a verb of keeping a day in the simple present): the holiday and its day are a SET.
  [
    'Nigeria celebrates Independence Day on October 1.',
    '2025-06-18',
    [
      ['Independence Day', 'XXXX-10-01'],
      ['October 1', 'XXXX-10-01'],
    ],
  ],
  [
    'Nigeria celebrated Independence Day on October 1.',
    '2025-06-18',
    [
      ['Independence Day', '2024-10-01'],
      ['October 1', '2024-10-01'],
    ],
  ],
  ['Nigerians marked Independence Day with parades.', '2025-06-18', [['Independence Day', 'XXXX-XX-XX']]],
  ['Ghana and the U.S. both mark Independence Day.', '2025-06-18', [['Independence Day', '2025-07-04']]],
  ['Its editorial of Thursday, Jan. 6: the plan fails.', '2000-01-07', [['Thursday, Jan. 6', '2000-01-06']]],
  // "the week of" a day is that day's ISO week; fiscal years and halves by their labels.
  ['Donors will meet the week of Dec. 7.', '2026-11-23', [['the week of Dec. 7', '2026-W50']]],
  ['FY2026 revenue rose.', '2026-11-23', [['FY2026', '2026']]],
  ['Revenue rose in FY26.', '2026-11-23', [['FY26', '2026']]],
  ['Revenue rose in FY 2025.', '2026-11-23', [['FY 2025', '2025']]],
  ['Revenue rose in H1 2026.', '2026-11-23', [['H1 2026', '2026-H1']]],
  // The nth weekday of a month is one day: the coming one, or the one before in the past tense.
  ['The primary falls on the first Tuesday of March.', '2025-06-18', [['the first Tuesday of March', '2026-03-03']]],
  ['The festival ends on the last Friday of June.', '2025-06-18', [['the last Friday of June', '2025-06-27']]],
  ['The vote was held on the second Monday in May.', '2025-06-18', [['the second Monday in May', '2025-05-12']]],
  [
    'The law took effect the first Monday of March 2024.',
    '2025-06-18',
    [['the first Monday of March 2024', '2024-03-04']],
  ],
  // Under a custom ("is held", "is celebrated") it is that day of every year: a SET of its month.
  ['The race is held on the first Tuesday of March.', '2025-06-18', [['the first Tuesday of March', 'XXXX-03']]],
  ['The feast is celebrated on the last Sunday in May.', '2025-06-18', [['the last Sunday in May', 'XXXX-05']]],
  // A day of the month under a custom is that day of every year: a SET.
  ['The festival is celebrated on May 5.', '2025-06-18', [['May 5', 'XXXX-05-05']]],
  ['Mexicans celebrate the victory on 5 May.', '2025-06-18', [['5 May', 'XXXX-05-05']]],
  [
    'The fair opens every year on May 5.',
    '2025-06-18',
    [
      ['every year', 'P1Y'],
      ['May 5', 'XXXX-05-05'],
    ],
  ],
  ['The race is held on May 5.', '2025-06-18', [['May 5', 'XXXX-05-05']]],
  // Not a custom: a past or future verb, a present one with no verb of keeping and no word of habit.
  ['The festival was celebrated on May 5.', '2025-06-18', [['May 5', '2025-05-05']]],
  // (A plain future: the coming May 5, see "a plain future points ahead".)
  ['The fair will be held on May 5.', '2025-06-18', [['May 5', '2026-05-05']]],
  ['Officials said the market opens on May 5.', '2025-06-18', [['May 5', '2025-05-05']]],
  [
    'The race will be held on the first Tuesday of March.',
    '2025-06-18',
    [['the first Tuesday of March', '2026-03-03']],
  ],
  ['The race was held on the first Tuesday of March.', '2025-06-18', [['the first Tuesday of March', '2025-03-04']]],
  // A range of days is one mention standing for its first day.
  ['The conference runs Nov. 3-5 in Lisbon.', '2026-10-20', [['Nov. 3-5', '2026-11-03']]],
  ['The festival runs from Nov. 3 – 5.', '2026-10-20', [['Nov. 3 – 5', '2026-11-03']]],
  ['Talks were held Nov. 3-5, 2025.', '2026-10-20', [['Nov. 3-5, 2025', '2025-11-03']]],
  ['The fair runs 3-5 November.', '2026-10-20', [['3-5 November', '2026-11-03']]],
];

const relative: Row[] = [
  ['Last August, the ban took effect.', '2019-01-15', [['Last August', '2018-08']]],
  ['Last year, sales fell.', '2019-01-15', [['Last year', '2018']]],
  ['An arrest was made this past weekend.', '2019-01-15', [['this past weekend', '2019-W02-WE']]],
  ['In a November report, the outlet cited sources.', '2019-01-15', [['November', '2018-11']]],
  ['The firm said yesterday it would cut jobs.', '2019-01-15', [['yesterday', '2019-01-14']]],
  ['Talks resume today.', '2019-01-15', [['today', '2019-01-15']]],
  ['The vote is tomorrow.', '2019-01-15', [['tomorrow', '2019-01-16']]],
  ['Prices will rise next month.', '2019-01-15', [['next month', '2019-02']]],
  ['The plan was announced two weeks ago.', '2019-01-15', [['two weeks ago', '2019-01-01']]],
  ['The company was founded five years ago.', '2019-01-15', [['five years ago', '2014']]],
  ['Rates rose in the third quarter.', '2019-11-02', [['the third quarter', '2019-Q3']]],
  ['Third-quarter profit doubled.', '2019-11-02', [['Third-quarter', '2019-Q3']]],
  ['The group reported fourth-quarter losses.', '2019-01-20', [['fourth-quarter', '2018-Q4']]],
  ['Exports grew over the past year.', '2019-01-15', [['the past year', '2018']]],
  ['Imports fell last week.', '2019-01-15', [['last week', '2019-W02']]],
  ['The store opens this summer.', '2019-01-15', [['this summer', '2019-SU']]],
  ['Crowds gathered last fall.', '2019-01-15', [['last fall', '2018-FA']]],
  ['Demand is weak now.', '2019-01-15', [['now', 'PRESENT_REF']]],
  ['The agency is currently reviewing the deal.', '2019-01-15', [['currently', 'PRESENT_REF']]],
  ['Prices recently jumped.', '2019-01-15', [['recently', 'PAST_REF']]],
  ['Costs will fall in the near future.', '2019-01-15', [['the near future', 'FUTURE_REF']]],
  ['Work starts early next year.', '2019-01-15', [['early next year', '2020']]],
  ['Sales slowed earlier this month.', '2019-01-15', [['earlier this month', '2019-01']]],
  ['The fair closes in late November.', '2019-12-10', [['late November', '2019-11']]],
  ['Stocks slid last night.', '2019-01-15', [['last night', '2019-01-14TNI']]],
  ['Markets rallied this morning.', '2019-01-15', [['this morning', '2019-01-15TMO']]],
];

const tense: Row[] = [
  ['Poland said Tuesday it would act.', '2019-01-17', [['Tuesday', '2019-01-15']]],
  ['Lawmakers will vote Tuesday on the bill.', '2019-01-17', [['Tuesday', '2019-01-22']]],
  ['The team plans to leave on Friday.', '2019-01-15', [['Friday', '2019-01-18']]],
  ['The minister resigned on Friday.', '2019-01-15', [['Friday', '2019-01-11']]],
  ['He spoke Monday morning.', '2019-01-15', [['Monday morning', '2019-01-14TMO']]],
  ['The trial continues on Thursday.', '2024-05-14', [['Thursday', '2024-05-16']]],
  // A staging verb's present passive is a schedule; any other present passive may tell of a past event.
  ['The vote is held on Sunday.', '2024-05-14', [['Sunday', '2024-05-19']]],
  ['The man is accused of attacking a guard on Friday.', '2024-05-14', [['Friday', '2024-05-10']]],
  [
    'The premier toured the centre at Southern Cross University on Wednesday.',
    '2024-05-16',
    [['Wednesday', '2024-05-15']],
  ],
  ['It was a wake-up call ahead of the climate summit in November.', '2024-05-15', [['November', '2024-11']]],
  ['The mayor says Monday was the worst day.', '2024-05-14', [['Monday', '2024-05-13']]],
  // Reported speech back-shifts a time clause under "would": the event is still to come.
  [
    'Forecasters said the storm would weaken as it moved inland on Saturday.',
    '2026-11-20',
    [['Saturday', '2026-11-21']],
  ],
  ['The storm weakened as it moved inland on Saturday.', '2026-11-20', [['Saturday', '2026-11-14']]],
  // An infinitive of result after a past verb happened; after "supposed", "set" or a plan it is to come.
  ['The Bucks rallied to beat the Celtics on Wednesday.', '2026-11-20', [['Wednesday', '2026-11-18']]],
  // So does one after the past verb's object or a "for" phrase; a plan's infinitive still points ahead.
  ['Fans lined up to hear the mayor on Tuesday.', '2026-11-20', [['Tuesday', '2026-11-17']]],
  ['A strike made it hard for the mill to ship orders on Friday.', '2026-11-21', [['Friday', '2026-11-20']]],
  ['Rain forced the club to cancel the match Sunday.', '2026-11-23', [['Sunday', '2026-11-22']]],
  ['The club wants fans to arrive early on Sunday.', '2026-11-20', [['Sunday', '2026-11-22']]],
  // A past copula whose complement tells a deed done: its infinitive happened; "was likely to" tells no deed.
  ['She was the first to raise the issue on Tuesday night.', '2026-11-20', [['Tuesday night', '2026-11-17']]],
  ['They were able to reach the summit on Monday.', '2026-11-20', [['Monday', '2026-11-16']]],
  ['He was likely to vote on Monday.', '2026-11-20', [['Monday', '2026-11-23']]],
  // A past verb with a time of its own: the infinitive of purpose after it names another, later day.
  [
    'The bank held an auction on Monday to release cash into the market on Tuesday.',
    '2026-11-23',
    [
      ['Monday', '2026-11-23'],
      ['Tuesday', '2026-11-24'],
    ],
  ],
  [
    'Officials met yesterday to discuss the budget on Thursday.',
    '2026-11-24',
    [
      ['yesterday', '2026-11-23'],
      ['Thursday', '2026-11-26'],
    ],
  ],
  ['They asked him to lay out his path to winning in July.', '2026-03-04', [['July', '2026-07']]],
  ['The talks are supposed to conclude by May.', '1998-03-22', [['May', '1998-05']]],
  // "at least" between the lead and the month.
  ['Israel wants to keep troops there until at least March.', '2026-11-30', [['March', '2027-03']]],
  ['The ban will last until at least May.', '2026-02-10', [['May', '2026-05']]],
  // A present copula right before the time is a schedule; so are plural present verbs the tagger reads as nouns.
  ['The vote is on Tuesday.', '2026-11-23', [['Tuesday', '2026-11-24']]],
  ['Arsenal host Bayern Munich on Wednesday night.', '2026-11-23', [['Wednesday night', '2026-11-25']]],
  ['Ministers travel to Paris on Tuesday.', '2026-11-23', [['Tuesday', '2026-11-24']]],
  ['Ministers have talks on Tuesday.', '2026-11-23', [['Tuesday', '2026-11-24']]],
  ['The Lakers host the Celtics on Friday.', '2026-11-23', [['Friday', '2026-11-27']]],
  // A present verb points a bare month or a month and day forward.
  ['The president leaves office in August.', '2026-12-02', [['August', '2027-08']]],
  [
    'Colombians vote on May 31, and a runoff, if needed, will be held on June 21.',
    '2026-12-02',
    [
      ['May 31', '2027-05-31'],
      ['June 21', '2027-06-21'],
    ],
  ],
  // A plan's gerund is still to come.
  ['Qatar has proposed holding the Games in October.', '2026-07-10', [['October', '2026-10']]],
];

const tenseNegatives: Row[] = [
  // Past verbs, a present perfect, a state of mind and a noun phrase keep the date in the past.
  ['Qatar held the Games in October.', '2026-07-10', [['October', '2025-10']]],
  ['Prices have come down since August.', '2026-12-02', [['August', '2026-08']]],
  ['He is in custody after an arrest on Tuesday.', '2026-11-23', [['Tuesday', '2026-11-17']]],
  ['The Senate vote on Tuesday was close.', '2026-11-23', [['Tuesday', '2026-11-17']]],
  ['The U.S. embassy in Nairobi on Friday.', '2026-11-23', [['Friday', '2026-11-20']]],
  ['The minister said on Tuesday that the vote is close.', '2026-11-23', [['Tuesday', '2026-11-17']]],
  [
    'She estimates her flats, worth a million dollars in October, are worth half that now.',
    '2026-12-02',
    [
      ['October', '2026-10'],
      ['now', 'PRESENT_REF'],
    ],
  ],
];

const boundaries: Row[] = [
  ['The talks ended on Dec. 28.', '2019-01-03', [['Dec. 28', '2018-12-28']]],
  ['The strike ended in December.', '2019-01-03', [['December', '2018-12']]],
  ['The summit opens on Jan. 4.', '2018-12-29', [['Jan. 4', '2019-01-04']]],
  ['The law took effect on Feb. 29.', '2020-03-10', [['Feb. 29', '2020-02-29']]],
  ['Leap day fell on February 29, 2016.', '2019-01-15', [['February 29, 2016', '2016-02-29']]],
  ['Last week the index rose.', '2019-01-02', [['Last week', '2018-W52']]],
  ['Last week the index rose.', '2021-01-05', [['Last week', '2020-W53']]],
];

const reference: Row[] = [
  // A day the paragraph named in any way is the reference of "the following day".
  [
    'The man was arrested two weeks ago and released the following day.',
    '2026-11-20',
    [
      ['two weeks ago', '2026-11-06'],
      ['the following day', '2026-11-07'],
    ],
  ],
  // A sentence's first word read as a verb before a preposition is its subject: the verb after the date decides.
  ['Scans on Friday showed no fracture.', '2026-12-06', [['Friday', '2026-12-04']]],
  // A possessive weekday a future verb awaits is still to come.
  [
    "Emery said his side would recover before Wednesday's trip to Benfica.",
    '2026-11-28',
    [['Wednesday', '2026-12-02']],
  ],
  // What a past verb of trying or refusing governs happened then.
  ['The minister refused to resign after the vote on Tuesday.', '2026-11-30', [['Tuesday', '2026-11-24']]],
  // A participle modifying a noun ("advanced talks") is no past verb: the month is still to come.
  ['Arsenal are in advanced talks over a January move.', '2026-11-30', [['January', '2027-01']]],
  // "The next day" counts from the paragraph's day, like "the following day".
  [
    'Officers searched the house on Tuesday. The next day, they charged him.',
    '2026-11-20',
    [
      ['Tuesday', '2026-11-17'],
      ['The next day', '2026-11-18'],
    ],
  ],
  // A business's quarter is the calendar's, whatever the sentence's other words.
  ['Revenue rose 8% in the fourth quarter, the team owner said.', '2026-11-20', [['the fourth quarter', '2026-Q4']]],
  // A past verb keeps a month and day in the past even when next year's is nearer.
  ['On March 3, police searched the house.', '2026-11-20', [['March 3', '2026-03-03']]],
  [
    'He was promoted on May 22, 1995, and the following year he moved abroad.',
    '2019-01-15',
    [
      ['May 22, 1995', '1995-05-22'],
      ['the following year', '1996'],
    ],
  ],
  // A week counted from a named day is that day's ISO week, not the day.
  [
    'The fire broke out on June 5, 2022. Police made an arrest later that week.',
    '2026-12-30',
    [
      ['June 5, 2022', '2022-06-05'],
      ['later that week', '2022-W22'],
    ],
  ],
  [
    'The fire broke out on June 5, 2022. The following week, the mill reopened.',
    '2026-12-30',
    [
      ['June 5, 2022', '2022-06-05'],
      ['The following week', '2022-W23'],
    ],
  ],
  // A clock at a sentence's end keeps its meridiem but not the full stop.
  ['Most trains will stop by 6pm. Buses will run.', '2026-02-28', [['6pm', '2026-02-28T18:00']]],
  ['The doors opened at 10.30am. Crowds waited.', '2026-02-28', [['10.30am', '2026-02-28T10:30']]],
  ['The doors opened at 10 a.m. Crowds waited.', '2026-02-28', [['10 a.m.', '2026-02-28T10:00']]],
  // A weekday before a day and month in British order is one date, with or without a comma or a year.
  ['Staff will walk out on Tuesday 3 March.', '2026-02-28', [['Tuesday 3 March', '2026-03-03']]],
  ['The vote was held on Friday, 12 June 2020.', '2026-02-28', [['Friday, 12 June 2020', '2020-06-12']]],
  [
    'They met on Tuesday, and 3 March was chosen.',
    '2026-02-28',
    [
      ['Tuesday', '2026-02-24'],
      ['3 March', '2026-03-03'],
    ],
  ],
  // "this/last/next fiscal year" is the year by its number, as "fiscal 2026" is; "the fiscal year" stays a stretch.
  ['Spending will rise next fiscal year.', '2026-11-19', [['next fiscal year', '2027']]],
  ['Costs fell last fiscal year.', '2026-11-19', [['last fiscal year', '2025']]],
  ['Profit will rise in the current fiscal year.', '2026-11-19', [['the current fiscal year', '2026']]],
  ['Profit rose for the fiscal year.', '2026-11-19', [['the fiscal year', 'P1Y']]],
  // A fortnight is two weeks: a stretch after last/next, a day when counted back.
  ['Deals were signed in the last fortnight.', '2026-11-19', [['the last fortnight', 'P2W']]],
  ['Prices will rise over the next fortnight.', '2026-11-19', [['the next fortnight', 'P2W']]],
  ['A fortnight ago, talks broke down.', '2026-11-19', [['A fortnight ago', '2026-11-05']]],
  ['The trial lasted three fortnights.', '2026-11-19', [['three fortnights', 'P6W']]],
  // "on the 14th" alone is a day of the publication month (the one before when past, the next when to come).
  ['We beat them on the 14th and we can again.', '2026-03-22', [['the 14th', '2026-03-14']]],
  ['We lost to them on the 28th.', '2026-03-22', [['the 28th', '2026-02-28']]],
  ['The fee is due by the 5th.', '2026-03-22', [['the 5th', '2026-04-05']]],
  ['The office is on the 14th floor.', '2026-03-22', []],
  ['They met on the 14th of March.', '2026-03-22', [['14th of March', '2026-03-14']]],
  // A month, a day or a season "of that year" lies in the year the text was talking about, as one expression.
  [
    'She quit in July 2022. Police searched her flat on August 19 of that year.',
    '2026-12-30',
    [
      ['July 2022', '2022-07'],
      ['August 19 of that year', '2022-08-19'],
    ],
  ],
  [
    'The mill shut in 1998, and in March of the following year it was sold.',
    '2026-12-30',
    [
      ['1998', '1998'],
      ['March of the following year', '1999-03'],
    ],
  ],
  [
    'The club was formed in 2004. In the spring of that year it had ten members.',
    '2026-12-30',
    [
      ['2004', '2004'],
      ['the spring of that year', '2004-SP'],
    ],
  ],
  // Without "of" between them they stay two expressions.
  [
    'The vote was held in 2019. Sales peaked in March, and that year ended with a loss.',
    '2026-12-30',
    [
      ['2019', '2019'],
      ['March', '2026-03'],
      ['that year', '2019'],
    ],
  ],
  [
    'The plant opened on March 3, 2010. That day, workers marched.',
    '2019-01-15',
    [
      ['March 3, 2010', '2010-03-03'],
      ['That day', '2010-03-03'],
    ],
  ],
  // "that month" is the month the text last named, even without its year.
  [
    'The mayor spoke in October. Later that month, she resigned.',
    '2015-11-10',
    [
      ['October', '2015-10'],
      ['Later that month', '2015-10'],
    ],
  ],
  // A month counted from a named month, not from the publication's.
  [
    'The board met in April 1989. The following month, the firm put itself up for sale.',
    '1989-10-27',
    [
      ['April 1989', '1989-04'],
      ['The following month', '1989-05'],
    ],
  ],
  // After a year alone, "that month" is unknown within it: the year, never the publication's month.
  [
    'The request was filed in 2012. The agency answered that month.',
    '2016-01-07',
    [
      ['2012', '2012'],
      ['that month', '2012'],
    ],
  ],
  // "that April", "that summer": a month or season of the year the text was last talking about.
  [
    'Problems surfaced in early 2023. Marsh resigned that April.',
    '2024-12-12',
    [
      ['early 2023', '2023'],
      ['that April', '2023-04'],
    ],
  ],
  [
    'Humphrey lost the race in 1968, after riots that summer.',
    '2016-06-23',
    [
      ['1968', '1968'],
      ['that summer', '1968-SU'],
    ],
  ],
  // A month with a verb after it is the subject of the clause "that" opens: a bare month, no anaphor.
  [
    'She argued in 2010 that March was too early.',
    '2019-01-15',
    [
      ['2010', '2010'],
      ['March', '2018-03'],
    ],
  ],
  [
    'Profit rose in the third quarter. A year earlier it had fallen.',
    '2019-11-02',
    [
      ['the third quarter', '2019-Q3'],
      ['A year earlier', '2018-Q3'],
    ],
  ],
];

const earlier: Row[] = [
  // After a preposition "N units later" is a day counted from the story's; "the day before" with nothing after it too.
  [
    'The Celtics won Game 4 on June 10. Game 5 is set for two days later.',
    '2025-06-18',
    [
      ['June 10', '2025-06-10'],
      ['two days later', '2025-06-12'],
    ],
  ],
  ['Three days later, he resigned.', '2025-06-18', [['Three days', 'P3D']]],
  [
    'She was arrested on May 3 and released the day before.',
    '2025-06-18',
    [
      ['May 3', '2025-05-03'],
      ['the day before', '2025-05-02'],
    ],
  ],
  [
    'He was arrested on May 3. The day after, police charged him.',
    '2025-06-18',
    [
      ['May 3', '2025-05-03'],
      ['The day after', '2025-05-04'],
    ],
  ],
  ['They met the day before the vote.', '2025-06-18', []],
  ['They met the weekend before last.', '2025-06-18', [['the weekend before last', '2025-W23-WE']]],
  // "N units earlier" counts back from the date the story was last talking about; "ago" from the publication date.
  [
    'He learned of the deal on May 28. She said he had been told two weeks earlier.',
    '2026-06-18',
    [
      ['May 28', '2026-05-28'],
      ['two weeks earlier', '2026-05-14'],
    ],
  ],
  [
    'He learned of the deal on May 28. Two months earlier, he had met her.',
    '2026-06-18',
    [
      ['May 28', '2026-05-28'],
      ['Two months earlier', '2026-03'],
    ],
  ],
  [
    'The plant opened in 2010. Two years earlier, the site was a farm.',
    '2026-06-18',
    [
      ['2010', '2010'],
      ['Two years earlier', '2008'],
    ],
  ],
  [
    'He learned of the deal on May 28. She said he had been told two weeks ago.',
    '2026-06-18',
    [
      ['May 28', '2026-05-28'],
      ['two weeks ago', '2026-06-04'],
    ],
  ],
  // The other side of a comparison is a year before the period reported, not before the last year named.
  [
    'There was a gain in the 1988 period. The dividend rose from 4 pence a year earlier.',
    '1989-11-02',
    [
      ['1988', '1988'],
      ['a year earlier', '1988'],
    ],
  ],
  // "later" is a signal outside a duration, as TimeML marks it.
  [
    'The plant opened on March 3, 2010. Three days later, it closed.',
    '2026-06-18',
    [
      ['March 3, 2010', '2010-03-03'],
      ['Three days', 'P3D'],
    ],
  ],
];

const noAnchor: Row[] = [
  ['Last year, sales fell.', undefined, [['Last year', 'XXXX']]],
  ['The mayor spoke on January 15.', undefined, [['January 15', 'XXXX-01-15']]],
  ['He resigned on Friday.', undefined, [['Friday', 'XXXX-WXX-5']]],
  ['The firm said yesterday it would cut jobs.', undefined, [['yesterday', 'XXXX-XX-XX']]],
  ['Rates rose last August.', undefined, [['last August', 'XXXX-08']]],
];

const durations: Row[] = [
  ['The trial lasted three years.', '2019-01-15', [['three years', 'P3Y']]],
  ['The ban runs for two weeks.', '2019-01-15', [['two weeks', 'P2W']]],
  ['Rescuers searched for five hours.', '2019-01-15', [['five hours', 'PT5H']]],
  ['They talked for more than four hours.', '2019-01-15', [['more than four hours', 'PT4H']]],
  ['It signed a 10-year lease.', '2019-01-15', [['10-year', 'P10Y']]],
  ['Output fell in the past two months.', '2019-01-15', [['the past two months', 'P2M']]],
  ['Profit rose in the first nine months.', '2019-11-15', [['the first nine months', 'P9M']]],
  ['Talks dragged on for several years.', '2019-01-15', [['several years', 'PXY']]],
  // "last" after a modal or "to" is the verb: the count is a duration, not "the last two weeks".
  ['Food stocks would last two weeks.', '2026-11-23', [['two weeks', 'P2W']]],
  ['Supplies are expected to last two weeks.', '2026-11-23', [['two weeks', 'P2W']]],
  ['Sales fell over the last two weeks.', '2026-11-23', [['the last two weeks', 'P2W']]],
  ['Prices rose last week.', '2026-11-23', [['last week', '2026-W47']]],
];

const sets: Row[] = [
  // A count of units a larger unit is a frequency: one SET.
  ['He works five days a week.', '2026-06-18', [['five days a week', 'P1W']]],
  ['Nurses work 12 hours a day.', '2026-06-18', [['12 hours a day', 'P1D']]],
  ['The paper is published daily.', '2026-06-18', [['daily', 'P1D']]],
  ['The paper is printed daily.', '2019-01-15', [['daily', 'P1D']]],
  ['The board meets every Monday.', '2019-01-15', [['every Monday', 'XXXX-WXX-1']]],
  ['Inspections happen every week.', '2019-01-15', [['every week', 'P1W']]],
  // A unit with its "of" is a noun phrase: no frequency.
  ['Every day of delay costs lives.', '2019-01-15', []],
  ['She said each year of schooling adds to pay.', '2019-01-15', []],
  ['The plants emit two billion tons per year of carbon dioxide.', '2019-01-15', [['per year', 'P1Y']]],
  ['Fees are paid twice a year.', '2019-01-15', [['a year', 'P1Y']]],
  // After an amount "a year" is its rate, not a stretch of time.
  ['Prices rose 5% a year over the decade.', '2019-01-15', [['a year', 'P1Y']]],
  ['Rents climbed 4 percent a year.', '2019-01-15', [['a year', 'P1Y']]],
  ['The plant loses $40 million a year.', '2019-01-15', [['a year', 'P1Y']]],
  ['The yard builds 12 ferries a year.', '2019-01-15', [['a year', 'P1Y']]],
  ['She answers hundreds of letters a day.', '2019-01-15', [['a day', 'P1D']]],
];

/** The same words that are no rate: a stretch or a point in time. */
const notRates: Row[] = [
  ['Shares rose 5% a week after the deal.', '2019-01-15', [['a week', 'P1W']]],
  ['The review will take a year or two.', '2019-01-15', [['a year', 'P1Y']]],
  ['The team spent a year in Peru.', '2019-01-15', [['a year', 'P1Y']]],
];

const times: Row[] = [
  ['The hearing starts at 3 p.m. today.', '2019-01-15', [['3 p.m. today', '2019-01-15T15:00']]],
  ['The blast came at 10:30 a.m.', '2019-01-15', [['10:30 a.m.', '2019-01-15T10:30']]],
  ['Polls will close at 8 p.m. Wednesday.', '2019-01-15', [['8 p.m. Wednesday', '2019-01-16T20:00']]],
  ['Brent rose to $85.02 a barrel by 1405 GMT.', '2019-01-15', [['1405 GMT', '2019-01-15T14:05Z']]],
  ['The charts were edited at 4.12am, the court heard.', '2019-01-15', [['4.12am', '2019-01-15T04:12']]],
  ['The doors opened at 9.30 a.m.', '2019-01-15', [['9.30 a.m.', '2019-01-15T09:30']]],
  // A live blog's stamp: a 24-hour clock with its zone and no lead word.
  ['14:58 GMT Death toll rises to four.', '2026-11-20', [['14:58 GMT', '2026-11-20T14:58Z']]],
  // A clock right after a full date is on that date.
  [
    'Published: November 19, 2026 at 6:12 p.m.',
    '2026-11-20',
    [
      ['November 19, 2026', '2026-11-19'],
      ['6:12 p.m.', '2026-11-19T18:12'],
    ],
  ],
  // And right before one.
  [
    'The warning came at 8:30pm, 29 Nov 2026.',
    '2026-11-30',
    [
      ['8:30pm', '2026-11-29T20:30'],
      ['29 Nov 2026', '2026-11-29'],
    ],
  ],
  // A day-first date with dots, as European outlets print it.
  ['The government said on 28.11.2026 that the tax would start.', '2026-11-30', [['28.11.2026', '2026-11-28']]],
  // A clock with its zone takes the date after it; only UTC/GMT change the value (TimeBank writes EST clocks bare).
  [
    'The hearing is at 10 a.m. KST on July 2.',
    '2026-06-18',
    [
      ['10 a.m. KST', '2026-07-02T10:00'],
      ['July 2', '2026-07-02'],
    ],
  ],
  [
    'The call is at 3 p.m. Eastern time on Dec. 3.',
    '2026-06-18',
    [
      ['3 p.m. Eastern time', '2026-12-03T15:00'],
      ['Dec. 3', '2026-12-03'],
    ],
  ],
  ['Trading opens at 9:30 a.m. ET.', '2026-06-18', [['9:30 a.m. ET', '2026-06-18T09:30']]],
  ['The game starts at 8 p.m. Pacific.', '2026-06-18', [['8 p.m. Pacific', '2026-06-18T20:00']]],
  [
    'Kickoff will be at 8 p.m. BST on Sunday.',
    '2026-06-18',
    [
      ['8 p.m. BST', '2026-06-21T20:00'],
      ['Sunday', '2026-06-21'],
    ],
  ],
  ['Brent rose by 14:58 gmt.', '2026-06-18', [['14:58 gmt', '2026-06-18T14:58Z']]],
  // A zone word that is no zone stays out.
  ['The blast hit at 10 a.m. in Eastern Europe.', '2026-06-18', [['10 a.m.', '2026-06-18T10:00']]],
  ['The blast hit at 10 a.m. Eastern Europe time.', '2026-06-18', [['10 a.m.', '2026-06-18T10:00']]],
  ['Trading halted at 10 a.m. Central Bank officials said.', '2026-06-18', [['10 a.m.', '2026-06-18T10:00']]],
  ['Tickets went on sale at 9 a.m. pt by pt.', '2026-06-18', [['9 a.m.', '2026-06-18T09:00']]],
  // "Midnight" in a work's title in prose is no time; in a title-case headline or before a day it is.
  ['Her novel Midnight Orchard sold well.', '2026-06-18', []],
  ['Midnight Orchard sold well.', '2026-06-18', []],
  ['The film "Midnight Orchard" opens on Friday.', '2026-06-18', [['Friday', '2026-06-19']]],
  ['The raid, code-named "Midnight", failed.', '2026-06-18', []],
  ['He said: "Midnight is the deadline."', '2026-06-18', [['Midnight', '2026-06-18T24:00']]],
  ['The polls close at midnight.', '2026-06-18', [['midnight', '2026-06-18T24:00']]],
  ['Midnight Deadline Looms For Congress', '2026-06-18', [['Midnight', '2026-06-18T24:00']]],
  // Without a zone four digits are a year.
  ['The treaty dates from 1405.', '2019-01-15', [['1405', '1405']]],
  // A clock time naming no day is on the day the story last named, not on the publication day.
  [
    'Ramirez won on Tuesday. She spoke at 11 p.m. and Pollard conceded just after midnight.',
    '2025-11-05',
    [
      ['Tuesday', '2025-11-04'],
      ['11 p.m.', '2025-11-04T23:00'],
      ['midnight', '2025-11-04T24:00'],
    ],
  ],
  [
    'Police were called on Saturday night. At 10:47 p.m., officers found a man injured.',
    '2025-11-05',
    [
      ['Saturday night', '2025-11-01'],
      ['10:47 p.m.', '2025-11-01T22:47'],
    ],
  ],
];

const theYear: Row[] = [
  // "an end to the year" is the current year, as "the end of the year" is; "for the year" stays a stretch.
  ['It was a terrible end to the year.', '2026-11-23', [['the year', '2026']]],
  ['It was a strong start to the year.', '2026-11-23', [['the year', '2026']]],
  ['Profit for the year rose.', '2026-11-23', [['the year', 'P1Y']]],
];

const seasons: Row[] = [
  // A season still to come is the next one not yet over; one already past is the last.
  ['The company will open a plant in the spring.', '2026-11-20', [['the spring', '2027-SP']]],
  ['Talks could drag on through the summer.', '2026-11-20', [['the summer', '2027-SU']]],
  ['The company will open a plant in the spring.', '2026-04-20', [['the spring', '2026-SP']]],
  ['The company will open a plant in the winter.', '2026-11-20', [['the winter', '2026-WI']]],
  ['Sales rose in the spring.', '2026-11-20', [['the spring', '2026-SP']]],
  ['Sales rose in the summer.', '2026-04-20', [['the summer', '2025-SU']]],
  // "into the spring" and "before the winter" are seasons too; "the fall of" a city and "the fall campaign" are not.
  ['The fight is expected to last into the spring.', '2026-02-10', [['the spring', '2026-SP']]],
  ['Crews must fix the roof before the winter.', '2026-09-10', [['the winter', '2026-WI']]],
  ['Trade collapsed before the fall of the city.', '2026-09-10', []],
  ['He hopes to unite the party heading into the fall campaign.', '2026-06-10', []],
  // "since" looks back though the verb ("cut") tells no tense.
  ['It cut its outlook for the second time since the autumn.', '2027-01-06', [['the autumn', '2026-FA']]],
  // So does a month or a weekday after "since", with no verb of its own: the nearest one before, not after.
  ['It was the best day for the shares since March.', '2026-11-19', [['March', '2026-03']]],
  ['It is the quietest week in the city since Friday.', '2026-11-19', [['Friday', '2026-11-13']]],
  ['The shares could rally by March.', '2026-11-19', [['March', '2027-03']]],
];

const firmFuture: Row[] = [
  // A plain future ("will", "is scheduled to") puts a day or a month after the publication date, however near its
  // last occurrence was.
  ['The fair will open on May 5.', '2019-06-01', [['May 5', '2020-05-05']]],
  ['The fair will open on 5 May.', '2019-06-01', [['5 May', '2020-05-05']]],
  ['The fair will open in May.', '2019-06-01', [['May', '2020-05']]],
  ['The hearing is scheduled to resume on May 20.', '2019-06-01', [['May 20', '2020-05-20']]],
  ['The fair will open in July.', '2019-06-01', [['July', '2019-07']]],
  ['The fair will open on June 3.', '2019-06-01', [['June 3', '2019-06-03']]],
];

const firmFutureNegatives: Row[] = [
  // A past, a plan told in the past, a date that modifies a noun, and "Will" the name keep the nearest reading.
  ['The fair opened on May 5.', '2019-06-01', [['May 5', '2019-05-05']]],
  ['He said the fair would open on May 5.', '2019-06-01', [['May 5', '2019-05-05']]],
  ['The hearing was scheduled to resume on May 20.', '2019-06-01', [['May 20', '2019-05-20']]],
  ['She will build on her May 5 speech.', '2019-06-01', [['May 5', '2019-05-05']]],
  ['Critics since the May 5 vote will not relent.', '2019-06-01', [['May 5', '2019-05-05']]],
  ['Columnist George Will praised the May 5 speech.', '2019-06-01', [['May 5', '2019-05-05']]],
];

const scheduledAndNouns: Row[] = [
  // A present copula with a word of schedule points ahead; its past keeps the nearest reading.
  ['He is due in court on Monday.', '2024-05-31', [['Monday', '2024-06-03']]],
  ['The talks are set for Tuesday.', '2024-05-31', [['Tuesday', '2024-06-04']]],
  ['The vote is expected on Tuesday.', '2024-05-31', [['Tuesday', '2024-06-04']]],
  ['He was due in court on Monday.', '2024-05-31', [['Monday', '2024-05-27']]],
  // A noun the tagger reads as a verb after "for" governs no date: the clause's own verb does.
  ['His lawyer could not be reached for comment Sunday.', '2024-05-31', [['Sunday', '2024-05-26']]],
  ['She did not reply to a request for comment Tuesday.', '2024-05-31', [['Tuesday', '2024-05-28']]],
  ['The council will meet Tuesday.', '2024-05-31', [['Tuesday', '2024-06-04']]],
];

const timeClauses: Row[] = [
  // A time clause puts its future in the present: "when she is sentenced", "once the council meets".
  ['She faces prison when she is sentenced Feb. 12.', '2024-10-09', [['Feb. 12', '2025-02-12']]],
  ['The plan goes to a vote once the council meets on Feb. 3.', '2024-10-09', [['Feb. 3', '2025-02-03']]],
  ['The bill returns to the floor after the committee votes on Feb. 3.', '2024-10-09', [['Feb. 3', '2025-02-03']]],
  // Its past stays past, and a present without the conjunction keeps the nearest reading.
  ['He was arrested when police raided his home on Feb. 3.', '2024-10-09', [['Feb. 3', '2024-02-03']]],
  ['She was sentenced Feb. 12.', '2024-10-09', [['Feb. 12', '2024-02-12']]],
  ['The rules were tightened after the scandal broke on Feb. 3.', '2024-10-09', [['Feb. 3', '2024-02-03']]],
];

const fiscalParts: Row[] = [
  // Quarters and halves of a fiscal year, by label or in words; the value is the fiscal year's number.
  ['Net profit rose 12% in Q2 FY27.', '2026-11-02', [['Q2 FY27', '2027-Q2']]],
  ['Net profit rose 12% in Q3FY26.', '2026-02-02', [['Q3FY26', '2026-Q3']]],
  ['Margins should recover in Q4 FY2026.', '2026-02-02', [['Q4 FY2026', '2026-Q4']]],
  ['In FY27 Q1 the bank lent more.', '2026-08-02', [['FY27 Q1', '2027-Q1']]],
  [
    'Growth will pick up in the first half of fiscal 2027.',
    '2026-08-02',
    [['the first half of fiscal 2027', '2027-H1']],
  ],
  ['Sales dipped in the fiscal first half.', '2026-11-02', [['the fiscal first half', '2026-H1']]],
  ['The budget for FY 2026-27 was tabled.', '2026-02-02', [['FY 2026-27', '2027']]],
  ['Exports rose in FY2025-26.', '2026-05-02', [['FY2025-26', '2026']]],
  // A quarter named by the month it ends in.
  ['Revenue for the September quarter rose 8 percent.', '2026-11-02', [['the September quarter', '2026-Q3']]],
  ['Revenue for the December quarter fell.', '2026-08-02', [['the December quarter', '2025-Q4']]],
  ['The miner beat forecasts in the June quarter of 2025.', '2026-11-02', [['the June quarter of 2025', '2025-Q2']]],
  // A half and a fiscal label that are none of these.
  ['He scored twice in the first half.', '2026-11-02', []],
  ['The October quarter-final was tense.', '2026-11-02', [['October', '2026-10']]],
  ['They lost the June quarter-final on penalties.', '2026-11-02', [['June', '2026-06']]],
  ['Exports rose in FY2025-27.', '2026-05-02', []],
];

const dayParts: Row[] = [
  // The same day of another year; a part of a named day; a week of a month; the day after the story's.
  ['On this day in 1969, two men walked on the moon.', '2026-07-20', [['1969', '1969']]],
  // TimeBank marks the day alone in "on the night of Oct. 23".
  ['Marchers gathered on the night of June 5.', '2026-11-02', [['June 5', '2026-06-05']]],
  ['Talks resume in the first week of December.', '2026-11-02', [['the first week of December', '2026-W49']]],
  ['The fair ran in the last week of June 2025.', '2026-11-02', [['the last week of June 2025', '2025-W26']]],
  [
    'He was arrested on March 3, 2026. The next morning he was freed.',
    '2026-11-02',
    [
      ['March 3, 2026', '2026-03-03'],
      ['The next morning', '2026-03-04'],
    ],
  ],
  // The day named a sentence or two back counts across a paragraph break; "the previous night" is the anchor's eve.
  [
    'She flew home on Tuesday. Nobody met her.\n\nShe went to the office the following morning.',
    '2026-11-13',
    [
      ['Tuesday', '2026-11-10'],
      ['the following morning', '2026-11-11'],
    ],
  ],
  ['Storms hit the coast the previous night.', '2026-11-13', [['the previous night', '2026-11-12TNI']]],
  // The current year (month) so far.
  ['The index is up 14 percent year-to-date.', '2026-11-02', [['year-to-date', '2026']]],
  ['Sales in the year to date were flat.', '2026-11-02', [['the year to date', '2026']]],
  // "this day" of today, a night that is no date, and a vague "Decades later".
  ['Markets fell on this day.', '2026-11-02', [['this day', '2026-11-02']]],
  ['The night of terror ended.', '2026-11-02', []],
  ['Decades later, the town still remembers.', '2026-11-02', []],
];

function run(title: string, rows: Row[]): void {
  describe(title, () => {
    it.each(rows)('%s (%s)', (sentence, published, expected) => {
      expect(datePairs(sentence, published)).toEqual(expected);
    });
  });
}

run('calendar dates', calendar);
run('relative dates against the publication date', relative);
run('tense of the governing verb', tense);
run('tense: past readings kept', tenseNegatives);
run('tense: schedules after a copula, and nouns read as verbs', scheduledAndNouns);
run('tense: a time clause tells the future in the present', timeClauses);
run('year boundaries, leap years and ISO weeks', boundaries);
run('reference time: the date under discussion', reference);
run('counted back from the reference date', earlier);
run('no anchor: unknown parts stay X', noAnchor);
run('durations', durations);
run('sets', sets);
run('sets: no rate', notRates);
run('clock times', times);
run('seasons', seasons);
run('a plain future points ahead', firmFuture);
run('a plain future: nearest reading kept', firmFutureNegatives);
run('the year', theYear);
run('fiscal quarters and halves', fiscalParts);
run('parts of days, weeks of months, the next morning, year-to-date', dayParts);
