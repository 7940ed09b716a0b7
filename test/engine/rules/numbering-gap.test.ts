import { numberingGap } from '../../../src/engine/rules/numbering-gap';
import { row, ruleTester } from './rule-tester';

const item = (stt: string | number) => row({ stt, task: `Việc ${stt}`, lead: 'Sở Y tế' });
const section = (stt: string) => row({ stt, task: `MỤC ${stt}` });

ruleTester(numberingGap, {
  valid: [
    { name: '1, 2, 3', rows: [item('1'), item('2'), item('3')] },
    { name: 'numbers typed as numbers, with and without a trailing dot', rows: [item(1), item('2.'), item(3)] },
    { name: 'numbering restarts in each section (I: 1..3, II: 1..2)', rows: [section('I'), item('1'), item('2'), item('3'), section('II'), item('1'), item('2')] },
    {
      name: 'numbering continues across sections (I: 1..3, II: 4..5)',
      rows: [section('I'), item('1'), item('2'), item('3'), section('II'), item('4'), item('5'), section('III'), item('6')],
    },
    { name: 'sub-items restart under each parent', rows: [item('1'), item('1.1'), item('1.2'), item('2'), item('2.1'), item('2.2'), item('3')] },
    { name: '"3.10" after "3.9"', rows: [item('1'), item('2'), item('3'), ...Array.from({ length: 10 }, (_, k) => item(`3.${k + 1}`))] },
    { name: '"(1)", "(2)" sub-tasks restart under each item', rows: [item('1'), item('(1)'), item('(2)'), item('2'), item('(1)')] },
    { name: 'sections I, II, III', rows: [section('I'), item('1'), section('II'), item('1'), section('III'), item('1')] },
    { name: 'a repeated number is a duplicate, not a gap', rows: [item('1'), item('2'), item('2'), item('3')] },
    { name: 'a page-break header in between does not break the sequence', rows: [item('1'), [7], item('2')] },
  ],
  invalid: [
    { name: '1, 2, 4', rows: [item('1'), item('2'), item('4')], findings: [{ cell: 'A4', params: { stt: '4', previous: '2' } }] },
    { name: 'the first item is 2', rows: [item('2'), item('3')], findings: [{ cell: 'A2', params: { stt: '2', previous: '—' } }] },
    { name: '1.1, 1.3', rows: [item('1'), item('1.1'), item('1.3')], findings: [{ cell: 'A4', params: { stt: '1.3', previous: '1.1' } }] },
    { name: 'sections I, III', rows: [section('I'), item('1'), section('III'), item('1')], findings: [{ cell: 'A4', params: { stt: 'III', previous: 'I' } }] },
    {
      name: 'continuing across sections, then skipping (I: 1..3, II: 5)',
      rows: [section('I'), item('1'), item('2'), item('3'), section('II'), item('5')],
      findings: [{ cell: 'A7', params: { stt: '5', previous: '3' } }],
    },
    { name: 'a gap inside a section that restarted', rows: [section('I'), item('1'), section('II'), item('1'), item('3')], findings: [{ cell: 'A6' }] },
    { name: '"(1)", "(3)"', rows: [item('1'), item('(1)'), item('(3)')], findings: [{ cell: 'A4' }] },
    { name: 'two gaps', rows: [item('1'), item('3'), item('4'), item('6')], findings: [{ cell: 'A3' }, { cell: 'A5' }] },
  ],
});
