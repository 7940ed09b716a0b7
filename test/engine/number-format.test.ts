import { isDateFormat, isTimeOnlyFormat } from '../../src/engine/number-format';
import { isDateFormat as adapterIsDateFormat } from '../../src/excel/number-format';

test.each([
  ['dd/mm/yyyy', true],
  ['mmm-yy', true],
  ['[h]:mm', true],
  ['[$-42A]dd/mm/yyyy', true],
  ['#,##0', false],
  ['#,##0 VND', false],
  ['"Ngày" 0', false],
  ['General', false],
  ['@', false],
  ['0.00%', false],
])('%s is a date format: %s', (format, expected) => {
  expect(isDateFormat(format)).toBe(expected);
  // The Office.js adapter and the CLI reader must agree on which numbers are dates.
  expect(adapterIsDateFormat(format)).toBe(expected);
});

test('time-only formats', () => {
  expect(isTimeOnlyFormat('h:mm')).toBe(true);
  expect(isTimeOnlyFormat('dd/mm/yyyy h:mm')).toBe(false);
});
