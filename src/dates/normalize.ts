import type { Count } from './scanner.js';

/**
 * TIMEX3 duration value of a count of units: "two weeks" P2W, "five hours" PT5H, "two decades" P20Y,
 * "several years" PXY, "the past two quarters" P2Q.
 */
export function durationValue(n: Count, code: string): string {
  const x = n === 'X';
  const num = x ? 0 : n;
  switch (code) {
    case 'S':
      return x ? 'PTXS' : `PT${num}S`;
    case 'MI':
      return x ? 'PTXM' : `PT${num}M`;
    case 'H':
      return x ? 'PTXH' : `PT${num}H`;
    case 'D':
      return x ? 'PXD' : `P${num}D`;
    case 'W':
      return x ? 'PXW' : `P${num}W`;
    // "a fortnight": two weeks.
    case 'FN':
      return x ? 'PXW' : `P${num * 2}W`;
    case 'WE':
      return x ? 'PXWE' : `P${num}WE`;
    case 'M':
      return x ? 'PXM' : `P${num}M`;
    case 'Q':
      return x ? 'PXQ' : `P${num}Q`;
    case 'Y':
      return x ? 'PXY' : `P${num}Y`;
    case 'DE':
      return x ? 'PXY' : `P${num * 10}Y`;
    case 'CE':
      return x ? 'PXC' : `P${num * 100}Y`;
    case 'ML':
      return x ? 'PXL' : `P${num}L`;
    default:
      return 'PXX';
  }
}

/** A SET's period for "every day", "each month": P1D, P1M. */
export function setValue(code: string): string {
  return durationValue(1, code);
}

/** "1990s" → "199" (TimeBank writes a decade as its first three digits), "the 20th century" → "19". */
export function decadeValue(year: number): string {
  return String(Math.floor(year / 10)).padStart(3, '0');
}

export function centuryValue(ordinal: number): string {
  return String(ordinal - 1).padStart(2, '0');
}

/** Clock time "15:00" from hour, minute and a.m./p.m. (null when out of range). */
export function clockValue(hour: number, minute: number, meridiem: 'am' | 'pm' | null): string | null {
  if (minute < 0 || minute > 59 || hour < 0 || hour > 24) return null;
  let h = hour;
  if (meridiem !== null) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem === 'pm' && hour < 12) h += 12;
    if (meridiem === 'am' && hour === 12) h = 0;
  }
  return `${h < 10 ? `0${h}` : h}:${minute < 10 ? `0${minute}` : minute}`;
}
