import { fontEncoding } from '../../../src/engine/encoding';

describe('fontEncoding', () => {
  it.each([
    ['.VnTime', 'tcvn3', false],
    ['.VnArial', 'tcvn3', false],
    ['.VnArial Narrow', 'tcvn3', false],
    ['.VnCentury Schoolbook', 'tcvn3', false],
    ['.vntime', 'tcvn3', false],
    [' .VnTime ', 'tcvn3', false],
    ['.VnTimeH', 'tcvn3', true],
    ['.VnArialH', 'tcvn3', true],
    ['.VnArial NarrowH', 'tcvn3', true],
    ['.vntimeh', 'tcvn3', true],
    ['VNI-Times', 'vni', false],
    ['VNI-Helve', 'vni', false],
    ['vni-times', 'vni', false],
  ] as const)('%s is %s (capitals: %s)', (font, encoding, capitals) => {
    expect(fontEncoding(font)).toEqual({ encoding, capitals });
  });

  it.each([undefined, '', 'Times New Roman', 'Arial', 'Calibri', 'VNIMARK', 'Vnext Sans', 'Verdana'])(
    '%p is no legacy font',
    (font) => {
      expect(fontEncoding(font)).toBeNull();
    },
  );
});
