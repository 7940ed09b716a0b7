import { numberingDuplicate } from '../../../src/engine/rules/numbering-duplicate';
import { row, ruleTester } from './rule-tester';

const item = (stt: string | number) => row({ stt, task: `Việc ${stt}`, lead: 'Sở Y tế' });
const section = (stt: string) => row({ stt, task: `MỤC ${stt}` });

ruleTester(numberingDuplicate, {
  valid: [
    { name: 'distinct numbers', rows: [item('1'), item('2'), item('3')] },
    { name: 'numbering restarts in each section', rows: [section('I'), item('1'), item('2'), section('II'), item('1'), item('2')] },
    { name: 'sub-items under different parents', rows: [item('1'), item('1.1'), item('1.2'), item('2'), item('2.1')] },
    // BUG (src/engine/rules/numbering-duplicate.ts): "(1)"/"a)" sub-task numbers restart under
    // each numbered item (numbering-gap knows this), but duplicate keys them per section only.
    { name: '"(1)" sub-tasks of different items', rows: [item('1'), item('(1)'), item('(2)'), item('2'), item('(1)'), item('(2)')] },
    { name: 'unnumbered rows are not compared', rows: [item('1'), row({ task: 'Việc không số', lead: 'Sở Y tế' }), row({ task: 'Việc không số khác', lead: 'Sở Y tế' })] },
    { name: 'a table without an STT column', header: ['Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành'], rows: [['Việc', 'Sở Y tế', '2025'], ['Việc', 'Sở Y tế', '2025']] },
  ],
  invalid: [
    { name: 'the same number twice', rows: [item('1'), item('2'), item('2'), item('3')], findings: [{ cell: 'A4', params: { stt: '2', section: '—' } }] },
    { name: 'a repeat within one section', rows: [section('I'), item('1'), item('2'), item('1')], findings: [{ cell: 'A5', params: { stt: '1', section: 'I' } }] },
    { name: 'only within the section where it repeats', rows: [section('I'), item('1'), section('II'), item('1'), item('1')], findings: [{ cell: 'A6', params: { section: 'II' } }] },
    { name: '"1" typed as a number and "1." as text', rows: [item(1), item('1.')], findings: [{ cell: 'A3', params: { stt: '1' } }] },
    { name: 'a sub-item repeated', rows: [item('1'), item('1.1'), item('1.1')], findings: [{ cell: 'A4', params: { stt: '1.1' } }] },
    { name: 'a group row number reused by an item', rows: [row({ stt: '1', task: 'Nhóm' }), item('1.1'), item('1')], findings: [{ cell: 'A4' }] },
    { name: '"(1)" twice under the same item', rows: [item('1'), item('(1)'), item('(1)')], findings: [{ cell: 'A4', params: { stt: '(1)' } }] },
    { name: 'three times: the second and third are reported', rows: [item('5'), item('5'), item('5')], findings: [{ cell: 'A3' }, { cell: 'A4' }] },
  ],
});
