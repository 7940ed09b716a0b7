import { structureContinuation } from '../../../src/engine/rules/structure-continuation';
import { row, ruleTester } from './rule-tester';

const item = (stt: string, task = `Việc ${stt}`) => row({ stt, task, lead: 'Sở Y tế', deadline: '2025' });

ruleTester(structureContinuation, {
  valid: [
    { name: 'every row numbered', rows: [item('1'), item('2')] },
    {
      name: 'a vertically merged STT: the second row is deliberate',
      merges: ['A2:A3'],
      rows: [item('1', 'Xây dựng kho dữ liệu'), row({ task: 'và các ứng dụng dùng chung', lead: 'Sở Y tế' })],
    },
    {
      name: 'an STT merged over three rows',
      merges: ['A2:A4'],
      rows: [item('1'), row({ task: 'phần hai', lead: 'Sở Y tế' }), row({ task: 'phần ba', partners: 'Sở Tài chính' })],
    },
    { name: 'an unnumbered row starting a new sentence is an item of its own', rows: [item('1'), row({ task: 'Triển khai nền tảng số', lead: 'Sở Y tế' })] },
    { name: 'an unnumbered row right after a section title', rows: [row({ stt: 'I', task: 'MỤC I' }), row({ task: 'nhiệm vụ chung', lead: 'Sở Y tế' })] },
    { name: 'a total row', rows: [row({ stt: '1', task: 'Việc', budget: 1 }), row({ task: 'Tổng cộng', budget: 1 })] },
    { name: 'a page-number row', rows: [item('1'), [22], item('2')] },
  ],
  invalid: [
    {
      name: 'a row without STT whose text continues the row above',
      rows: [item('1', 'Xây dựng kho dữ liệu'), row({ task: 'dùng chung của tỉnh' })],
      findings: [{ cell: 'B3', value: 'dùng chung của tỉnh', params: { previousRow: 2 } }],
    },
    { name: 'only another column carries on (task empty)', rows: [item('1'), row({ partners: 'Sở Tài chính, Sở Nội vụ' })], findings: [{ cell: 'E3', params: { previousRow: 2 } }] },
    { name: 'a continuation opening with "("', rows: [item('1'), row({ task: '(theo Đề án 06)' })], findings: [{ cell: 'B3' }] },
    {
      name: 'two continuation rows: each points at the row above it',
      rows: [item('1'), row({ task: 'phần hai' }), row({ task: 'phần ba' })],
      findings: [{ cell: 'B3', params: { previousRow: 2 } }, { cell: 'B4', params: { previousRow: 3 } }],
    },
    {
      name: 'a merge elsewhere does not excuse the split',
      merges: ['B5:H5'],
      rows: [item('1'), row({ task: 'phần hai' }), item('2'), row({ stt: 'II', task: 'MỤC II' })],
      findings: [{ cell: 'B3' }],
    },
    {
      name: 'a merged STT on one item does not excuse a split of the next',
      merges: ['A2:A3'],
      rows: [item('1'), row({ task: 'phần hai' }), item('2'), row({ task: 'phần tiếp của 2' })],
      findings: [{ cell: 'B5', params: { previousRow: 4 } }],
    },
  ],
});
