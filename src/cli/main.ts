/**
 * appendix-check: the engine on .xlsx files, for batch review and pipelines.
 * Exit codes (validate): 0 no error-severity finding, 1 at least one, 2 a file could not be
 * read or the command line was wrong — always with one clear line on stderr, never a stack.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Report, SheetGrid } from '../engine';
import { todayIso } from '../engine/options';
import type { Lang } from '../engine/options';
import { parseArgs, USAGE, UsageError, type ValidateArgs } from './args';
import { runClean } from './clean';
import { loadUnits } from './units';
import { InputError, readWorkbook } from './xlsx';
import { TOOL_VERSION } from '../engine/report';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stdout.isTTY),
};

const MESSAGES = {
  vi: {
    cannotRead: (file: string, why: string) => `appendix-check: không đọc được ${file}: ${why}`,
    sheetNotFound: (name: string, list: string) => `không có trang tính “${name}” (các trang: ${list})`,
    usage: (why: string) => `appendix-check: ${why}. Xem: appendix-check --help`,
    failed: (why: string) => `appendix-check: lỗi không mong đợi: ${why}`,
    wrote: (file: string) => `Đã ghi báo cáo vào ${file}`,
    readerWarning: (file: string, w: string) => `appendix-check: ${file}: lưu ý khi đọc: ${w}`,
    allHidden: (file: string) => `appendix-check: ${file}: mọi trang tính đều bị ẩn; đã kiểm tra các trang ẩn`,
  },
  en: {
    cannotRead: (file: string, why: string) => `appendix-check: cannot read ${file}: ${why}`,
    sheetNotFound: (name: string, list: string) => `no sheet named "${name}" (sheets: ${list})`,
    usage: (why: string) => `appendix-check: ${why}. See: appendix-check --help`,
    failed: (why: string) => `appendix-check: unexpected failure: ${why}`,
    wrote: (file: string) => `Report written to ${file}`,
    readerWarning: (file: string, w: string) => `appendix-check: ${file}: while reading: ${w}`,
    allHidden: (file: string) => `appendix-check: ${file}: every sheet is hidden; the hidden sheets were checked`,
  },
} as const;

function reasonOf(e: unknown, lang: Lang): string {
  if (e instanceof InputError) return lang === 'vi' ? e.messageVi : e.message;
  return e instanceof Error ? e.message.split('\n')[0] : String(e);
}

/** The sheets to check: the named one, or every visible one (every sheet when all are hidden). */
function pickSheets(sheets: SheetGrid[], name: string | undefined): SheetGrid[] {
  if (name === undefined) {
    const visible = sheets.filter((s) => !s.hidden);
    return visible.length > 0 ? visible : sheets;
  }
  const found = sheets.filter((s) => s.name === name || s.name.normalize('NFC').toLowerCase() === name.normalize('NFC').toLowerCase());
  if (found.length === 0) throw new InputError('sheet-not-found', MESSAGES.en.sheetNotFound(name, sheets.map((s) => s.name).join(', ')), MESSAGES.vi.sheetNotFound(name, sheets.map((s) => s.name).join(', ')));
  return found;
}

async function validate(args: ValidateArgs, io: Io): Promise<number> {
  const msg = MESSAGES[args.lang];
  const asOf = args.asOf ?? todayIso();
  const reports: Report[] = [];
  let unreadable = false;
  const units = args.units ? await loadUnits(args.units) : undefined;
  // The first file's parse (in a worker) starts before the engine and renderers load, so
  // loading them overlaps with reading; each later file starts when its turn comes.
  let pending: Promise<Awaited<ReturnType<typeof readWorkbook>>> | null = args.files.length > 0 ? readWorkbook(args.files[0]) : null;
  pending?.catch(() => undefined);
  const { analyzeWorkbook } = await import('../engine');
  const { renderHtml, renderText } = await import('../engine/render');
  for (const [index, file] of args.files.entries()) {
    try {
      const workbook = await (index === 0 && pending ? pending : readWorkbook(file));
      pending = null;
      // A sheet the reader had to cut short (size limits) must not pass silently.
      for (const warning of workbook.warnings) io.stderr(msg.readerWarning(file, warning) + '\n');
      const grids = pickSheets(workbook.sheets, args.sheet);
      if (args.sheet === undefined && grids.length > 0 && grids.every((g) => g.hidden)) io.stderr(msg.allHidden(file) + '\n');
      // The unit sheet is read even when --sheet picks another one.
      const unitSheet = workbook.sheets.filter((s) => !grids.includes(s));
      const report = analyzeWorkbook([...grids, ...unitSheet.filter((s) => /danh mục đơn vị/i.test(s.name.normalize('NFC')))], { asOf, lang: args.lang }, units === undefined ? {} : { units });
      reports.push({ ...report, file: path.basename(file) });
    } catch (e) {
      unreadable = true;
      io.stderr(msg.cannotRead(file, reasonOf(e, args.lang)) + '\n');
    }
  }

  let output = '';
  // Indented for a person at a terminal; compact for files and pipes, where it is read by tools.
  if (args.format === 'json') output = reports.length === 0 ? '' : JSON.stringify(reports.length === 1 ? reports[0] : reports, null, io.isTty && !args.out ? 2 : undefined) + '\n';
  else if (args.format === 'html') output = reports.length > 0 ? renderHtml(reports.length === 1 ? reports[0] : reports, args.lang) : '';
  else output = reports.map((r) => renderText(r, args.lang, { color: args.color && io.isTty && !args.out })).join('\n');

  if (args.out) {
    if (output !== '') {
      fs.writeFileSync(args.out, output);
      io.stderr(msg.wrote(args.out) + '\n');
    }
  } else if (output !== '') {
    io.stdout(output.endsWith('\n') ? output : output + '\n');
  }
  if (unreadable) return 2;
  return reports.some((r) => r.sheets.some((s) => s.counts.errors > 0 || (s.moreTables ?? []).some((t) => t.counts.errors > 0))) ? 1 : 0;
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const lang: Lang = argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE[args.lang] + '\n');
        return 0;
      case 'version':
        io.stdout(`appendix-check ${TOOL_VERSION}\n`);
        return 0;
      case 'validate':
        return await validate(args, io);
      case 'clean':
        return await runClean(args, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(MESSAGES[lang].usage(e.message) + '\n');
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(MESSAGES[lang].cannotRead('', reasonOf(e, lang)).replace(': : ', ': ') + '\n');
      return 2;
    }
    io.stderr(MESSAGES[lang].failed(reasonOf(e, lang)) + '\n');
    return 2;
  }
}
