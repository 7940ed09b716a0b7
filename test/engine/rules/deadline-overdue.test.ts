import { deadlineOverdue } from '../../../src/engine/rules/deadline-overdue';
import { row, ruleTester, type Case, type InvalidCase } from './rule-tester';

const AS_OF = '2023-06-30';
/** One item with the given deadline (and status), judged on 30/06/2023. */
const item = (deadline: unknown, status?: string): Pick<Case, 'rows' | 'asOf'> => ({
  asOf: AS_OF,
  rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: deadline as string, status })],
});
/** An Excel date cell (serial number with a date format). */
const excelDate = (iso: string) => ({ value: Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000 + 25569, date: true });

const notYetDue: Case[] = [
  ['Năm 2023', 'due 31/12, later that year'],
  ['Quý III/2023', 'next quarter'],
  ['30/06/2023', 'due on the as-of day itself'],
  ['6 tháng đầu năm 2023', 'first half ends on the as-of day'],
  ['2022-2025', 'a range ends with its last year'],
].map(([deadline, why]) => ({ name: `"${deadline}" (${why})`, ...item(deadline) }));

const neverOverdue: Case[] = ['Thường xuyên', 'Thực hiện thường xuyên', 'Hằng năm', 'Hàng năm', 'Định kỳ', 'Khi có hướng dẫn của Bộ TT&TT', 'Ngay sau khi Trung ương ban hành văn bản', 'Theo Kế hoạch của tỉnh', 'Đã hoàn thành', 'Sớm nhất có thể'].map(
  (deadline) => ({ name: `"${deadline}" has no due date`, ...item(deadline) }),
);

const done: Case[] = ['Đã hoàn thành', 'Hoàn thành', 'Xong'].map((status) => ({ name: `past due but status "${status}"`, ...item('Năm 2022', status) }));

const overdue: InvalidCase[] = [
  ['Năm 2022', '2022-12-31'],
  ['2022', '2022-12-31'],
  ['Tháng 8/2022', '2022-08-31'],
  ['T8/2022', '2022-08-31'],
  ['Quý I/2023', '2023-03-31'],
  ['6 tháng cuối năm 2022', '2022-12-31'],
  ['Trước ngày 20/12/2022', '2022-12-20'],
  ['29/06/2023', '2023-06-29'],
  ['2020 - 2022', '2022-12-31'],
].map(([deadline, due]) => ({ name: `"${deadline}" due ${due}`, ...item(deadline), findings: [{ cell: 'F2', value: deadline, params: { due, stt: '1' } }] }));

ruleTester(deadlineOverdue, {
  valid: [
    ...notYetDue,
    ...neverOverdue,
    ...done,
    { name: 'an Excel date cell after the as-of date', ...item(excelDate('2023-07-01')) },
    { name: 'an empty deadline is deadline.missing, not overdue', ...item(null) },
    { name: 'the same 2022 deadline judged as of 2022-06-30', rows: item('Năm 2022').rows, asOf: '2022-06-30' },
    {
      name: 'a 2022 deadline on a section row is not an item (section row with no deadline)',
      asOf: AS_OF,
      rows: [row({ stt: 'I', task: 'NHIỆM VỤ NĂM 2022' }), row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: '2024' })],
    },
    {
      name: 'no deadline column: nothing to judge',
      asOf: AS_OF,
      header: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Ghi chú'],
      rows: [['1', 'Việc', 'Sở Y tế', 'Năm 2020']],
    },
  ],
  invalid: [
    ...overdue,
    { name: 'status "Đang thực hiện" is not done', ...item('Năm 2022', 'Đang thực hiện'), findings: [{ cell: 'F2' }] },
    { name: 'status "Chưa hoàn thành" is not done', ...item('Năm 2022', 'Chưa hoàn thành'), findings: [{ cell: 'F2' }] },
    {
      name: 'an Excel date cell before the as-of date',
      ...item(excelDate('2023-05-15')),
      findings: [{ cell: 'F2', params: { due: '2023-05-15' } }],
    },
    {
      name: 'default as-of 2025-01-01: a 2023 deadline is overdue',
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: 'Năm 2023' })],
      findings: [{ cell: 'F2', params: { due: '2023-12-31' } }],
    },
    {
      name: 'only the undone and past-due rows',
      asOf: AS_OF,
      rows: [
        row({ stt: 'I', task: 'MỤC I' }),
        row({ stt: '1', task: 'Việc a', lead: 'Sở Y tế', deadline: '2022' }),
        row({ stt: '2', task: 'Việc b', lead: 'Sở Y tế', deadline: '2022', status: 'Đã hoàn thành' }),
        row({ stt: '3', task: 'Việc c', lead: 'Sở Y tế', deadline: 'Thường xuyên' }),
        row({ stt: '4', task: 'Việc d', lead: 'Sở Y tế', deadline: '2024' }),
        row({ stt: 'II', task: 'MỤC II' }),
        row({ stt: '1', task: 'Việc e', deadline: 'Quý I/2023' }),
      ],
      findings: [{ cell: 'F3', params: { stt: '1' } }, { cell: 'F8', params: { stt: '1', due: '2023-03-31' } }],
    },
  ],
});
