/**
 * Status cells ("Tình trạng", "Tiến độ", "Kết quả thực hiện"): is the item done?
 *
 * Only an explicit completion counts: "Đã hoàn thành", "Hoàn thành", "Xong", "Done". Anything
 * that qualifies it ("Chưa hoàn thành", "Hoàn thành 50%", "Hoàn thành một phần") is not done,
 * because calling an unfinished item done would hide it from the overdue check.
 */
import { foldText } from './fold';

/** "đã", "đã được" or nothing, then the completion word; a date or note may follow. */
const DONE_VI = /^(?:da\s(?:duoc\s)?)?(?:hoan thanh|xong)(?:$|[\s.,;:(–-])/;
const DONE_EN = /^(?:done|completed?|finished)(?:$|[\s.,;:(–-])/;
/** What may follow "Hoàn thành" without making it partial: nothing, or a when / a note. */
const PARTIAL_TAIL = /^[\s.,;:–-]*(?:mot phan|co ban|\d+(?:[.,]\d+)?\s?%|\d+\s?\/\s?\d+(?![\d/])|\d+\s?(?:tren|trong so)\s?\d+)/;
const COMPLETION_WORD = /^(?:da\s(?:duoc\s)?)?(?:hoan thanh|xong|done|completed?|finished)/;
const FULL_PERCENT = /^[\s.,;:–-]*100\s?%/;

export function parseStatus(text: string): { raw: string; done: boolean } {
  if (typeof text !== 'string') return { raw: '', done: false };
  const raw = text.trim();
  const key = foldText(raw);
  if (!DONE_VI.test(key) && !DONE_EN.test(key)) return { raw, done: false };
  const tail = key.replace(COMPLETION_WORD, '');
  const done = FULL_PERCENT.test(tail) || !PARTIAL_TAIL.test(tail);
  return { raw, done };
}
