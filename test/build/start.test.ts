/** The pure parts of scripts/start.js (the rest launches servers and Excel). */
const start = require('../../scripts/start.js') as {
  parseArgs(argv: string[], env: Record<string, string | undefined>): { open: boolean; once: boolean };
  excelInstalled(probe: {
    platform: string;
    env?: Record<string, string | undefined>;
    exists: (p: string) => boolean;
    registry?: () => boolean;
  }): boolean;
};

describe('scripts/start.js', () => {
  test('flags and environment', () => {
    expect(start.parseArgs([], {})).toEqual({ open: true, once: false, standalone: false });
    expect(start.parseArgs(['--no-open'], {})).toEqual({ open: false, once: false, standalone: false });
    expect(start.parseArgs([], { BROWSER: 'none' })).toEqual({ open: false, once: false, standalone: false });
    expect(start.parseArgs(['--once'], {})).toEqual({ open: true, once: true, standalone: false });
    expect(start.parseArgs([], { START_ONCE: '1' })).toEqual({ open: true, once: true, standalone: false });
    expect(start.parseArgs(['--standalone'], {})).toEqual({ open: true, once: false, standalone: true });
  });

  test('finds Excel on a Mac by its application bundle', () => {
    expect(start.excelInstalled({ platform: 'darwin', exists: (p) => p === '/Applications/Microsoft Excel.app' })).toBe(true);
    expect(start.excelInstalled({ platform: 'darwin', exists: () => false })).toBe(false);
  });

  test('finds Excel on Windows in the registry or under Program Files', () => {
    const env = { ProgramFiles: 'C:\\Program Files' };
    const exe = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';
    const registry = () => false;
    expect(start.excelInstalled({ platform: 'win32', env, registry, exists: (p) => p === exe })).toBe(true);
    expect(start.excelInstalled({ platform: 'win32', env, registry, exists: () => false })).toBe(false);
    expect(start.excelInstalled({ platform: 'win32', env, registry: () => true, exists: () => false })).toBe(true);
  });

  test('there is no desktop Excel on Linux', () => {
    expect(start.excelInstalled({ platform: 'linux', exists: () => true, registry: () => true })).toBe(false);
  });
});
