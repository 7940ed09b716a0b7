/**
 * Deadline cells ("Thời hạn hoàn thành", "Thời gian thực hiện") read into a kind and an ISO due
 * date; the kinds and due dates are the public contract in shared/domain/report-format.md.
 *
 * Matching runs on the folded key (no accents, lower case, single spaces) so "Năm\n2023",
 * "NĂM  2023" and decomposed (NFD) text all read the same. Patterns are anchored: a cell
 * that merely mentions a date ("theo Kế hoạch số 285/KH-UBND ngày 19/11/2021 …") must not
 * become that date, and a cell we cannot read in full is `unknown`, which the
 * deadline.unparsed rule reports so a person looks at it.
 */
import type { Deadline, DeadlineKind } from '../report';
import { foldText } from './fold';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 for serials after the fake 29/02/1900 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Largest serial Excel accepts: 31/12/9999. */
const MAX_EXCEL_SERIAL = 2_958_465;
/** Years we accept in text; anything else in a deadline cell is a typo or not a year. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

// ---------------------------------------------------------------- calendar helpers

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function yearOk(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** ISO date, or null when the day does not exist (31/02) or the year is out of range. */
function isoDate(y: number, m: number, d: number): string | null {
  if (!yearOk(y) || !(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m))) return null;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function endOfMonth(y: number, m: number): string | null {
  return m >= 1 && m <= 12 ? isoDate(y, m, daysInMonth(y, m)) : null;
}

// ---------------------------------------------------------------- Excel serials

/**
 * Excel (1900 date system) serial to ISO date. Excel counts 29/02/1900, a day that never
 * existed (a Lotus 1-2-3 compatibility bug), as serial 60; serials from 61 on are therefore
 * one day ahead of a plain day count, and 60 itself is no real date (null). A time fraction
 * is dropped.
 */
export function excelSerialToIso(serial: number): string | null {
  if (typeof serial !== 'number' || !Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === 60) return null;
  const ms = EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * MS_PER_DAY;
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO date to Excel (1900 system) serial; NaN for an invalid date or one before 1900. */
export function isoToExcelSerial(iso: string): number {
  const m = typeof iso === 'string' ? ISO.exec(iso) : null;
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900 || !(mo >= 1 && mo <= 12) || !(d >= 1 && d <= daysInMonth(y, mo))) return NaN;
  const days = Math.round((Date.UTC(y, mo - 1, d) - EXCEL_EPOCH_MS) / MS_PER_DAY);
  // Before 01/03/1900 Excel has not yet counted its fake 29/02.
  return days < 61 ? days - 1 : days;
}

// ---------------------------------------------------------------- text patterns (on the folded key)

/**
 * Words in front of a dated deadline that do not change it: "Trước ngày 20/12/2025",
 * "Hoàn thành trong năm 2024", "Chậm nhất tháng 8/2025". "Trước" is read as "by" (the stated
 * period is the due date) because that is how plans use it.
 */
const LEAD_IN = /^(?:(?:hoan thanh|thuc hien|trien khai|ban hanh)\s)?(?:(?:cham nhat|truoc|trong|den het|den|vao|cuoi|han chot|thoi han|han)\s?)?/;
/** Trailing punctuation a typist leaves after a deadline. */
const TRAILING_PUNCT = /[\s.,;:]+$/;

const DATE_NUMERIC = /^(?:ngay\s?)?(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})$/;
const DATE_WORDS = /^(?:ngay\s)?(\d{1,2})\sthang\s(\d{1,2})\s(?:nam\s)?(\d{4})$/;
const MONTH_WORD = /^(?:thang|t)\s?(\d{1,2})(?:\s?[/.-]\s?|\snam\s|\s)(\d{4})$/;
const MONTH_BARE = /^(\d{1,2})\s?[/.-]\s?(\d{4})$/;
const QUARTER = /^(?:quy|qui|q)\s?(iv|i{1,3}|[1-4])(?:\s?[/.-]\s?|\snam\s|\s)(\d{4})$/;
const HALF = /^(?:6 thang|sau thang|nua nam|nua)\s(dau|cuoi)\s(?:nam\s)?(\d{4})$/;
const YEAR = /^(?:nam\s)?(\d{4})$/;
const RANGE = /^(?:giai doan\s|tu nam\s|tu\s|nam\s|cac nam\s)?(\d{4})\s?(?:[-\u2010-\u2015]|den(?:\snam)?)\s?(\d{4})$/;

/** "Đã hoàn thành" (optionally followed by when or a note). */
const DONE = /^(?:da\s(?:hoan thanh|xong)|hoan thanh$|xong$)/;
/** Deadlines that repeat and so are never overdue. */
const RECURRING_START = /^(?:thuc hien\s)?(?:thuong xuyen|(?:hang|moi)\s(?:nam|quy|thang|tuan|ngay)|dinh ky|lien tuc)\b/;
const RECURRING_ANYWHERE = /\b(?:thuong xuyen|(?:hang|moi)\s(?:nam|quy|thang|tuan|ngay)|dinh ky)\b/;
const HAS_YEAR = /\b(?:19|20|21)\d{2}\b/;
/** Deadlines that wait on something else: "Ngay sau khi …", "Khi có hướng dẫn …", "Theo …". */
const CONDITIONAL = /^(?:ngay sau khi|ngay khi|sau khi|truoc khi|khi|theo|tuy theo|tuy thuoc|phu thuoc|can cu)\b/;

const ROMAN_QUARTER: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

interface Dated {
  kind: DeadlineKind;
  due: string | null;
}

/** A dated deadline (date, month, quarter, half, year, range) from the folded core text. */
function readDated(core: string): Dated | null {
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(core))) {
    const y = Number(m[1]);
    return yearOk(y) ? { kind: 'year', due: isoDate(y, 12, 31) } : null;
  }
  if ((m = RANGE.exec(core))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    // A backwards range ("2025-2022") is a typo a person should look at.
    return yearOk(from) && yearOk(to) && from <= to ? { kind: 'range', due: isoDate(to, 12, 31) } : null;
  }
  if ((m = DATE_NUMERIC.exec(core))) return dated('date', isoDate(Number(m[4]), Number(m[3]), Number(m[1])));
  if ((m = DATE_WORDS.exec(core))) return dated('date', isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  if ((m = MONTH_WORD.exec(core)) || (m = MONTH_BARE.exec(core))) {
    return dated('month', endOfMonth(Number(m[2]), Number(m[1])));
  }
  if ((m = QUARTER.exec(core))) {
    const q = ROMAN_QUARTER[m[1]] ?? Number(m[1]);
    return dated('quarter', endOfMonth(Number(m[2]), q * 3));
  }
  if ((m = HALF.exec(core))) {
    const y = Number(m[2]);
    return dated('half', m[1] === 'dau' ? isoDate(y, 6, 30) : isoDate(y, 12, 31));
  }
  return null;
}

function dated(kind: DeadlineKind, due: string | null): Dated | null {
  return due === null ? null : { kind, due };
}

function classifyText(key: string): Dated {
  if (key === '') return { kind: 'unknown', due: null };
  if (DONE.test(key)) return { kind: 'done', due: null };
  if (RECURRING_START.test(key)) return { kind: 'recurring', due: null };
  if (CONDITIONAL.test(key)) return { kind: 'conditional', due: null };

  const trimmed = key.replace(TRAILING_PUNCT, '');
  const found = readDated(trimmed) ?? readDated(trimmed.replace(LEAD_IN, ''));
  if (found) return found;
  // "Trước ngày 15/12 hằng năm": a day with no year that repeats every year.
  if (RECURRING_ANYWHERE.test(key) && !HAS_YEAR.test(key)) return { kind: 'recurring', due: null };
  return { kind: 'unknown', due: null };
}

function deadline(raw: string, kind: DeadlineKind, due: string | null): Deadline {
  return { raw, kind, due };
}

function isoToDisplay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * Reads a deadline cell. A number flagged as a date is an Excel serial; a bare whole number
 * 1900–2100 is a year; text is matched against the kinds in report-format.md. `raw` is the
 * trimmed text (or the date as dd/mm/yyyy for a date cell). Never throws.
 */
export function parseDeadline(input: string | number | boolean | null, opts?: { date?: boolean }): Deadline {
  if (input === null || input === undefined) return deadline('', 'unknown', null);
  if (typeof input === 'number') {
    if (opts?.date) {
      const iso = excelSerialToIso(input);
      return iso === null ? deadline(String(input), 'unknown', null) : deadline(isoToDisplay(iso), 'date', iso);
    }
    if (Number.isInteger(input) && yearOk(input)) return deadline(String(input), 'year', isoDate(input, 12, 31));
    return deadline(String(input), 'unknown', null);
  }
  if (typeof input !== 'string') return deadline(input ? 'TRUE' : 'FALSE', 'unknown', null);
  const raw = input.trim();
  const { kind, due } = classifyText(foldText(raw));
  return deadline(raw, kind, due);
}
