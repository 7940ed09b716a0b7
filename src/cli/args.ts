/**
 * Command-line parsing for appendix-check. Hand-written because the grammar is small and the
 * errors must be one clear line in the user's language, not a library's usage dump.
 */
import { z } from 'zod';
import { langSchema, type Lang } from '../engine/options';

export const FORMATS = ['text', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

const validateArgsSchema = z.object({
  command: z.literal('validate'),
  files: z.array(z.string()).min(1),
  sheet: z.string().optional(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, 'not a real date').optional(),
  format: z.enum(FORMATS).default('text'),
  out: z.string().optional(),
  lang: langSchema.default('vi'),
  units: z.string().optional(),
  color: z.boolean().default(true),
});

const cleanArgsSchema = z.object({
  command: z.literal('clean'),
  files: z.array(z.string()).length(1),
  out: z.string(),
  sheet: z.string().optional(),
  force: z.boolean().default(false),
  verbose: z.boolean().default(false),
  lang: langSchema.default('vi'),
  units: z.string().optional(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().slice(0, 10) === s, 'not a real date').optional(),
});

export type ValidateArgs = z.output<typeof validateArgsSchema>;
export type CleanArgs = z.output<typeof cleanArgsSchema>;
export type ParsedArgs = ValidateArgs | CleanArgs | { command: 'help'; lang: Lang } | { command: 'version' };

export class UsageError extends Error {}

const VALUE_FLAGS: Record<string, string> = {
  '--sheet': 'sheet',
  '--as-of': 'asOf',
  '--format': 'format',
  '--out': 'out',
  '-o': 'out',
  '--lang': 'lang',
  '--units': 'units',
};
const BOOLEAN_FLAGS: Record<string, [string, boolean]> = {
  '--force': ['force', true],
  '--verbose': ['verbose', true],
  '--no-color': ['color', false],
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang: Lang = argv.includes('en') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'vi';
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help', lang };
  if (argv.includes('--version') || argv[0] === 'version') return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'validate' && command !== 'clean') throw new UsageError(`unknown command "${command}" (use validate or clean)`);
  const raw: Record<string, unknown> = { command, files: [] as string[] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag in VALUE_FLAGS) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      raw[VALUE_FLAGS[flag]] = value;
    } else if (flag in BOOLEAN_FLAGS) {
      const [key, value] = BOOLEAN_FLAGS[flag];
      raw[key] = value;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option ${flag}`);
    } else {
      (raw.files as string[]).push(arg);
    }
  }
  const schema = command === 'validate' ? validateArgsSchema : cleanArgsSchema;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    if (where === 'files') throw new UsageError(command === 'clean' ? 'clean takes exactly one FILE' : 'no FILE given');
    if (where === 'out') throw new UsageError('clean needs -o OUT.xlsx');
    throw new UsageError(`--${where.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${issue.message}`);
  }
  return parsed.data;
}

export const USAGE: Record<Lang, string> = {
  vi: `appendix-check — kiểm tra phụ lục kế hoạch (.xlsx)

Cách dùng:
  appendix-check validate TỆP.xlsx... [--sheet TÊN] [--as-of YYYY-MM-DD]
                 [--format text|json|html] [--out TỆP] [--lang vi|en] [--units DANH_MUC.csv]
  appendix-check clean TỆP.xlsx -o TỆP_SẠCH.xlsx [--sheet TÊN] [--force] [--verbose]

Mã thoát của validate: 0 không có lỗi, 1 có ít nhất một lỗi, 2 không đọc được tệp.`,
  en: `appendix-check — check plan appendices (.xlsx)

Usage:
  appendix-check validate FILE.xlsx... [--sheet NAME] [--as-of YYYY-MM-DD]
                 [--format text|json|html] [--out FILE] [--lang vi|en] [--units UNITS.csv]
  appendix-check clean FILE.xlsx -o OUT.xlsx [--sheet NAME] [--force] [--verbose]

Exit codes of validate: 0 no error, 1 at least one error, 2 a file could not be read.`,
};
