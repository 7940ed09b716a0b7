import { deadlineUnparsed } from '../../../src/engine/rules/deadline-unparsed';
import { row, ruleTester } from './rule-tester';

const item = (deadline: string | null) => ({ rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline })] });

ruleTester(deadlineUnparsed, {
  valid: [
    ...['20/12/2025', 'Trước ngày 20/12/2025', 'Tháng 8/2025', '08/2025', 'T8/2025', 'Quý III/2025', 'Quý 3 năm 2025', '6 tháng đầu năm 2025', '2025', 'Năm 2023', '2022-2025', '2022 -2025', 'Thường xuyên', 'Hằng năm', 'Định kỳ', 'Đã hoàn thành', 'Khi có hướng dẫn của Bộ', 'Ngay sau khi Trung ương ban hành văn bản', 'Theo Kế hoạch của tỉnh'].map(
      (d) => ({ name: `"${d}" is understood`, ...item(d) }),
    ),
    { name: 'an empty deadline is deadline.missing, not unparsed', ...item(null) },
    { name: 'a deadline with a hard line break and spaces', ...item('Quý III/\n2025 ') },
    { name: 'an Excel date cell', rows: [row({ stt: '1', task: 'Việc', deadline: { value: 45000, date: true } })] },
  ],
  invalid: [
    { name: 'free text that names no date', ...item('Sớm nhất có thể'), findings: [{ cell: 'F2', value: 'Sớm nhất có thể', params: { value: 'Sớm nhất có thể' } }] },
    { name: 'nonsense', ...item('abc xyz'), findings: [{ cell: 'F2' }] },
    {
      name: 'only the unreadable rows',
      rows: [row({ stt: '1', task: 'Việc', deadline: '2025' }), row({ stt: '2', task: 'Việc', deadline: 'Tùy tình hình thực tế' })],
      findings: [{ cell: 'F3' }],
    },
  ],
});
