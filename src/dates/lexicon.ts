import countries from '../../data/countries.json' with { type: 'json' };
import dates from '../../data/dates.json' with { type: 'json' };

/**
 * The date vocabulary of data/dates.json as Maps, built once at module load. Keys are lower-case words as the
 * tokenizer gives them ("jan." keeps its period); multi-word entries are matched word by word by `phrase.ts`.
 */
function toMap<V>(record: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(record));
}

export const MONTHS = toMap<number>(dates.months);
/** Month words that are also ordinary English words ("may", "march") or easily abbreviations of something else. */
export const AMBIGUOUS_MONTHS = new Set<string>(dates.ambiguousMonths);
export const WEEKDAYS = toMap<number>(dates.weekdays);
export const PLURAL_WEEKDAYS = toMap<number>(dates.pluralWeekdays);
export const NUMBER_WORDS = toMap<number>(dates.numbers);
export const TENS = toMap<number>(dates.tens);
export const FUZZY_NUMBERS = new Set<string>(dates.fuzzyNumbers);
export const ORDINALS = toMap<number>(dates.ordinals);
/** Unit word → unit code: S MI H D W WE M Q Y DE CE ML. */
export const UNITS = toMap<string>(dates.units);
export const SEASONS = toMap<string>(dates.seasons);
export const PARTS_OF_DAY = toMap<string>(dates.partsOfDay);
/**
 * Time zone abbreviations after a clock → the TIMEX3 suffix they give it: "Z" for UTC and GMT, "" for a local zone
 * (TimeBank writes "5 p.m. EST" as T17:00, no offset).
 */
export const TIME_ZONES = toMap<string>(dates.timeZones);
/** US zones by name: "Eastern time", "8 p.m. Pacific". */
export const TIME_ZONE_NAMES = new Set<string>(dates.timeZoneNames);
export const FUZZY = toMap<string>(dates.fuzzy);
export const SETS = toMap<string>(dates.sets);
export const QUANTITY_MODIFIERS: readonly string[] = dates.quantityModifiers;
/** Holiday → MM-DD. */
export const HOLIDAYS = toMap<string>(dates.holidays);
/** Holidays whose date in `HOLIDAYS` is one country's ("Independence Day": July 4 in the US) → that ISO code. */
export const COUNTRY_HOLIDAYS = new Map<string, string>(
  Object.entries(dates.countryHolidays).filter(([k]) => !k.startsWith('_')),
);
/** Country names, their variants and demonyms, lower case ("nigeria", "nigerian", "u.s.") → ISO code. */
export const COUNTRY_WORDS = new Map<string, string>();
for (const c of countries.countries) {
  for (const name of [c.name, ...c.variants, ...c.demonyms.flatMap((d) => d.split(', '))]) {
    const key = name.toLowerCase();
    if (!COUNTRY_WORDS.has(key)) COUNTRY_WORDS.set(key, c.code);
  }
}
/** Holidays on the nth weekday of a month (US): phrase → [month, ISO weekday, nth or -1 for the last, from day]. */
export const WEEKDAY_HOLIDAYS = new Map<string, readonly number[]>(
  Object.entries(dates.weekdayHolidays).filter((e): e is [string, number[]] => Array.isArray(e[1])),
);
/** Feasts counted from Easter Sunday: phrase → days from it ("good friday" → -2). */
export const EASTER_HOLIDAYS = new Map<string, number>(
  Object.entries(dates.easterHolidays).filter((e): e is [string, number] => typeof e[1] === 'number'),
);
/** The year-end holidays after "the" ("holidays", "festive season") → whether the phrase names Christmas itself. */
export const YEAR_END_PERIODS = new Map<string, boolean>(
  Object.entries(dates.yearEndPeriods).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'),
);
/** Capitalized words after a weekday that make it a name: "Sunday Times", "Monday Night Football". */
export const NOT_WEEKDAY_BEFORE = new Set<string>(dates.notWeekdayBefore);
/** Words after a four-digit number that make it a count ("2012 people"), not a year. */
export const NOT_YEAR_AFTER = new Set<string>(dates.notYearAfter);
/** Words of a match's score ("scored 12 of his 31 points in the fourth quarter"): its quarters are no dates. */
export const GAME_WORDS = new Set<string>(dates.gameWords);
/** Words of a business or an economy, whose quarters are the calendar's ("revenue rose in the fourth quarter"). */
export const FINANCE_WORDS = new Set<string>(dates.financeWords);
/** Words before a four-digit number that make it an amount or a label ("$2012", "flight 2012"). */
export const NOT_YEAR_BEFORE = new Set<string>(dates.notYearBefore);
