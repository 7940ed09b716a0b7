import { parseStatus } from '../../../src/engine/parse/status';

const CASES: ReadonlyArray<readonly [string, boolean]> = [
  // Done.
  ['Đã hoàn thành', true],
  ['đã hoàn thành', true],
  ['ĐÃ HOÀN THÀNH', true],
  ['Đã  hoàn\nthành', true],
  ['  Đã hoàn thành.  ', true],
  ['Da hoan thanh', true],
  ['Đã được hoàn thành', true],
  ['Hoàn thành', true],
  ['hoàn thành', true],
  ['Hoàn thành 100%', true],
  ['Đã hoàn thành ngày 20/12/2025', true],
  ['Đã hoàn thành (Quyết định số 123/QĐ-UBND)', true],
  ['Hoàn thành năm 2023', true],
  ['Xong', true],
  ['đã xong', true],
  ['Đã xong', true],
  ['Done', true],
  ['done', true],
  ['Completed', true],
  ['COMPLETE', true],
  ['Finished', true],
  // Completed late is still completed: the overdue check is about unfinished work.
  ['Hoàn thành chưa đúng hạn', true],
  // Not done.
  ['', false],
  ['   ', false],
  ['Chưa hoàn thành', false],
  ['chưa xong', false],
  ['Đang thực hiện', false],
  ['Không hoàn thành', false],
  ['Hoàn thành 50%', false],
  ['Hoàn thành 3/5', false],
  ['Hoàn thành một phần', false],
  ['Cơ bản hoàn thành', false],
  ['Hoàn thành cơ bản', false],
  ['Hoànthành', false],
  ['Xong một phần', false],
  ['Not done', false],
  ['Undone', false],
  ['Quá hạn', false],
  ['Đã hoàn thành 80%', false],
];

describe('parseStatus', () => {
  it.each(CASES)('%j → done %p', (input, done) => {
    expect(parseStatus(input)).toEqual({ raw: input.trim(), done });
  });

  it.each(CASES)('decomposed (NFD) %j → done %p', (input, done) => {
    expect(parseStatus(input.normalize('NFD')).done).toBe(done);
  });
});
