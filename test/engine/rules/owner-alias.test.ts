import { ownerAlias } from '../../../src/engine/rules/owner-alias';
import { UnitDirectory } from '../../../src/engine/units/directory';
import { row, ruleTester } from './rule-tester';

const TTTT = 'Sở Thông tin và Truyền thông';
const custom = new UnitDirectory([{ canonical: 'Phòng Tin học', aliases: ['PTH'] }], true);

ruleTester(ownerAlias, {
  valid: [
    { name: 'canonical names as lead and partner', rows: [row({ stt: '1', task: 'Việc', lead: TTTT, partners: 'Sở Tài chính' })] },
    { name: 'canonical name with an extra inner space is still canonical', rows: [row({ stt: '1', task: 'Việc', lead: 'Sở  Y tế' })] },
    { name: 'a unit the directory does not know is not an alias', rows: [row({ stt: '1', task: 'Việc', lead: 'Ban Quản lý dự án đặc biệt' })] },
    { name: 'a group owner with commas, written canonically', rows: [row({ stt: '1', task: 'Việc', lead: 'Các sở, ban, ngành, địa phương' })] },
    { name: 'no directory (units: null): nothing to compare with', units: null, rows: [row({ stt: '1', task: 'Việc', lead: 'Sở TT&TT' })] },
    { name: 'an abbreviation in the task text is not an owner', rows: [row({ stt: '1', task: 'Sở TT&TT hướng dẫn', lead: TTTT })] },
    {
      name: 'a section title is not an owner',
      rows: [row({ stt: 'I', task: 'Sở TT&TT' }), row({ stt: '1', task: 'Việc', lead: TTTT })],
    },
  ],
  invalid: [
    {
      name: '"Sở TT&TT" → the canonical name (default directory)',
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở TT&TT' })],
      findings: [{ cell: 'D2', fix: TTTT, value: 'Sở TT&TT', params: { canonical: TTTT } }],
    },
    {
      name: 'a derived abbreviation in the partners column',
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế', partners: 'Sở TTTT' })],
      findings: [{ cell: 'E2', fix: TTTT }],
    },
    {
      name: 'the printed typo "Trung THCB"',
      rows: [row({ stt: '1', task: 'Việc', lead: 'Trung THCB' })],
      findings: [{ cell: 'D2', fix: 'Trung tâm Tin học – Công báo' }],
    },
    {
      name: 'a canonical name in the wrong case',
      rows: [row({ stt: '1', task: 'Việc', lead: 'sở y tế' })],
      findings: [{ cell: 'D2', fix: 'Sở Y tế' }],
    },
    {
      name: 'one finding per alias among several owners in one cell',
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở TT&TT; Sở Y tế; Sở KH&ĐT' })],
      findings: [
        { cell: 'D2', fix: TTTT, value: 'Sở TT&TT' },
        { cell: 'D2', fix: 'Sở Kế hoạch và Đầu tư', value: 'Sở KH&ĐT' },
      ],
    },
    {
      name: 'an alias from a user-supplied directory',
      units: custom,
      rows: [row({ stt: '1', task: 'Việc', lead: 'PTH' }), row({ stt: '2', task: 'Việc', lead: 'Phòng Tin học' })],
      findings: [{ cell: 'D2', fix: 'Phòng Tin học' }],
    },
  ],
});
