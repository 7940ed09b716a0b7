import { deadlineMissing } from '../../../src/engine/rules/deadline-missing';
import { row, ruleTester } from './rule-tester';

ruleTester(deadlineMissing, {
  valid: [
    { name: 'every item has a deadline', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: '2025' }), row({ stt: '2', task: 'Việc', lead: 'Sở Y tế', deadline: 'Thường xuyên' })] },
    { name: 'an unparsed deadline is not a missing one', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: 'Sớm nhất có thể' })] },
    { name: 'a deadline stored as an Excel date', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: { value: 45000, date: true } })] },
    // BUG (src/engine/items.ts readDeadline): an empty (null) deadline cell ignores the
    // continuation rows' text, although an empty-string cell and the lead column use it.
    { name: 'the deadline on the continuation row of a split item', rows: [row({ stt: '1', task: 'Việc dài' }), row({ task: 'tiếp theo', deadline: '2025' })] },
    { name: 'the deadline on the continuation row, the item\'s cell holding ""', rows: [row({ stt: '1', task: 'Việc dài', deadline: '' }), row({ task: 'tiếp theo', deadline: '2025' })] },
    {
      name: 'section and group rows have no deadline of their own',
      rows: [row({ stt: 'I', task: 'MỤC I' }), row({ stt: '1', task: 'Nhóm' }), row({ stt: '1.1', task: 'Việc', lead: 'Sở Y tế', deadline: '2025' })],
    },
    { name: 'a total row has no deadline', rows: [row({ stt: '1', task: 'Việc', deadline: '2025', budget: 5 }), row({ stt: 'Tổng cộng', budget: 5 })] },
    { name: 'a table without a deadline column', header: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì'], rows: [['1', 'Việc', 'Sở Y tế']] },
  ],
  invalid: [
    { name: 'an empty deadline cell', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế' })], findings: [{ cell: 'F2', params: { stt: '1' } }] },
    { name: 'a deadline of only spaces', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', deadline: '   ' })], findings: [{ cell: 'F2' }] },
    {
      name: 'the items without one, among several',
      rows: [row({ stt: '1', task: 'Việc', deadline: '2025' }), row({ stt: '2', task: 'Việc', lead: 'Sở Y tế' }), row({ stt: '3', task: 'Nhóm' }), row({ stt: '3.1', task: 'Việc con' })],
      findings: [{ cell: 'F3', params: { stt: '2' } }, { cell: 'F5', params: { stt: '3.1' } }],
    },
  ],
});
