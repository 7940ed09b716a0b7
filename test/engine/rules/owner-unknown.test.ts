import { defaultUnitDirectory } from '../../../src/engine/units/default-units';
import { UnitDirectory } from '../../../src/engine/units/directory';
import { ownerUnknown } from '../../../src/engine/rules/owner-unknown';
import { row, ruleTester } from './rule-tester';

/** A directory the user supplied (a "Danh mục đơn vị" sheet or --units). */
const userUnits = new UnitDirectory(
  [
    { canonical: 'Sở Y tế', aliases: [] },
    { canonical: 'Sở Tài chính', aliases: ['STC'] },
    { canonical: 'Sở Thông tin và Truyền thông', aliases: [] },
  ],
  true,
);

ruleTester(ownerUnknown, {
  valid: [
    { name: 'built-in directory: unknown units are not judged', rows: [row({ stt: '1', task: 'Việc', lead: 'Ban Quản lý dự án đặc biệt' })] },
    { name: 'built-in directory passed explicitly: still not user supplied', units: defaultUnitDirectory(), rows: [row({ stt: '1', task: 'Việc', lead: 'Phòng Bí ẩn' })] },
    { name: 'no directory at all', units: null, rows: [row({ stt: '1', task: 'Việc', lead: 'Phòng Bí ẩn' })] },
    { name: 'user directory: a listed unit', units: userUnits, rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế' })] },
    { name: 'user directory: a listed alias', units: userUnits, rows: [row({ stt: '1', task: 'Việc', lead: 'STC' })] },
    { name: 'user directory: a derived abbreviation ("Sở TT&TT")', units: userUnits, rows: [row({ stt: '1', task: 'Việc', lead: 'Sở TT&TT' })] },
    { name: 'user directory: an empty lead is owner.missing, not unknown', units: userUnits, rows: [row({ stt: '1', task: 'Việc' })] },
    {
      name: 'user directory: section and group rows carry no owner',
      units: userUnits,
      rows: [row({ stt: 'I', task: 'Phòng Bí ẩn' }), row({ stt: '1', task: 'Nhóm' }), row({ stt: '1.1', task: 'Việc', lead: 'Sở Y tế' })],
    },
  ],
  invalid: [
    {
      name: 'user directory: a unit not in it',
      units: userUnits,
      rows: [row({ stt: '1', task: 'Việc', lead: 'Ban Quản lý dự án đặc biệt' })],
      findings: [{ cell: 'D2', value: 'Ban Quản lý dự án đặc biệt', params: { suggestion: null } }],
    },
    {
      name: 'user directory: a near miss is suggested, never applied',
      units: userUnits,
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Tài chánh' })],
      findings: [{ cell: 'D2', fix: null, params: { suggestion: 'Sở Tài chính' } }],
    },
    {
      name: 'user directory: only the unknown one of several owners',
      units: userUnits,
      rows: [row({ stt: '1', task: 'Việc', lead: 'Sở Y tế; Công an tỉnh' })],
      findings: [{ cell: 'D2', value: 'Công an tỉnh' }],
    },
    {
      name: 'user directory: one finding per item row',
      units: userUnits,
      rows: [row({ stt: '1', task: 'Việc', lead: 'Phòng Bí ẩn' }), row({ stt: '2', task: 'Việc', lead: 'Sở Y tế' }), row({ stt: '3', task: 'Việc', lead: 'Phòng Bí ẩn' })],
      findings: [{ cell: 'D2' }, { cell: 'D4' }],
    },
  ],
});
