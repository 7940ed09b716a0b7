import { indicatorInvalid } from '../../../src/engine/rules/indicator-invalid';
import { row, ruleTester } from './rule-tester';

const item = (indicator: string) => ({ rows: [row({ stt: '1', task: 'Việc', indicator, lead: 'Sở Y tế' })] });

ruleTester(indicatorInvalid, {
  valid: [
    ...['100%', '>15%', '>80%', '50%', '0%', 'Tối thiểu 1 danh mục', 'đạt trên 70%', 'Thường xuyên', '≥ 90%'].map((i) => ({ name: `"${i}"`, ...item(i) })),
    { name: 'an empty indicator is indicator.missing, not invalid', rows: [row({ stt: '1', task: 'Việc' })] },
    {
      name: 'a percentage over 100 in the task column is not the indicator',
      rows: [row({ stt: '1', task: 'Tăng 150% so với năm trước', indicator: '100%' })],
    },
  ],
  invalid: [
    { name: '"120%" is over 100', ...item('120%'), findings: [{ cell: 'C2', params: { value: '120%' } }] },
    { name: '">150%"', ...item('>150%'), findings: [{ cell: 'C2' }] },
    { name: '"101%"', ...item('101%'), findings: [{ cell: 'C2' }] },
    { name: '"100,5%" (Vietnamese decimal comma)', ...item('100,5%'), findings: [{ cell: 'C2' }] },
    { name: '"-5%" is below 0', ...item('-5%'), findings: [{ cell: 'C2' }] },
    { name: '"đạt trên 170%" inside text', ...item('đạt trên 170%'), findings: [{ cell: 'C2' }] },
    {
      name: 'only the bad row among several',
      rows: [row({ stt: '1', task: 'Việc', indicator: '100%' }), row({ stt: '2', task: 'Việc', indicator: '200%' })],
      findings: [{ cell: 'C3' }],
    },
  ],
});
