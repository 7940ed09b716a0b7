/**
 * The add-in's per-workbook settings (saved inside the workbook by the Excel host): the as-of
 * date, the report language, the user's corrections of the column mapping, and the name of the
 * unit directory sheet. They cross a trust boundary — written by another version of the add-in,
 * or edited by hand — so reading them never fails: what cannot be used is replaced by defaults,
 * and `notice` says why.
 */
import { z } from 'zod';
import { columnOverridesSchema, langSchema, type Lang } from './options';

export const SETTINGS_VERSION = 1;
export const DEFAULT_UNIT_SHEET_NAME = 'Danh mục đơn vị';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

const fieldSchemas = {
  asOf: isoDate.optional(),
  lang: langSchema.optional(),
  /** Sheet name → column letter → role or 'ignore'. */
  columnOverrides: z.record(z.string(), columnOverridesSchema).default({}),
  unitSheetName: z.string().trim().min(1).max(31).default(DEFAULT_UNIT_SHEET_NAME),
};

export const workbookSettingsSchema = z.object({ version: z.literal(SETTINGS_VERSION), ...fieldSchemas });

export type WorkbookSettings = z.output<typeof workbookSettingsSchema>;
export type WorkbookSettingsInput = z.input<typeof workbookSettingsSchema>;

export function defaultSettings(): WorkbookSettings {
  return workbookSettingsSchema.parse({ version: SETTINGS_VERSION });
}

export interface ParsedSettings {
  readonly settings: WorkbookSettings;
  /** Why some or all saved settings were not used; absent when they were (or none were saved). */
  readonly notice?: string;
}

type Problem = { kind: 'unreadable' } | { kind: 'newer'; version: number } | { kind: 'unknown-version' } | { kind: 'fields'; fields: string[] };

const NOTICES: Record<Lang, (p: Problem) => string> = {
  vi: (p) => {
    switch (p.kind) {
      case 'unreadable':
        return 'Không đọc được cài đặt đã lưu trong sổ tính; đang dùng cài đặt mặc định.';
      case 'newer':
        return `Cài đặt được lưu bởi phiên bản mới hơn của Kiểm tra phụ lục (phiên bản ${p.version}); đang dùng cài đặt mặc định.`;
      case 'unknown-version':
        return 'Cài đặt đã lưu có định dạng cũ hoặc không rõ; đang dùng cài đặt mặc định.';
      case 'fields':
        return `Một số cài đặt đã lưu không hợp lệ và đã được đặt lại: ${p.fields.join(', ')}.`;
    }
  },
  en: (p) => {
    switch (p.kind) {
      case 'unreadable':
        return 'The settings saved in the workbook could not be read; defaults are used.';
      case 'newer':
        return `The settings were saved by a newer version of Appendix Checker (version ${p.version}); defaults are used.`;
      case 'unknown-version':
        return 'The saved settings are in an old or unknown format; defaults are used.';
      case 'fields':
        return `Some saved settings were invalid and have been reset: ${p.fields.join(', ')}.`;
    }
  },
};

/**
 * Reads saved settings (an object, or its JSON text). Never throws: nothing saved gives the
 * defaults silently; unreadable data or another version gives the defaults with a notice; a
 * version-1 object with some bad fields keeps the good ones and names the others.
 */
export function parseSettings(input: unknown, lang: Lang = 'vi'): ParsedSettings {
  const fallback = (p: Problem, keep?: unknown): ParsedSettings => ({
    settings: keep === undefined ? defaultSettings() : salvage(keep),
    notice: NOTICES[lang](p),
  });
  if (input === undefined || input === null || input === '') return { settings: defaultSettings() };
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return fallback({ kind: 'unreadable' });
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fallback({ kind: 'unreadable' });
  const version = (value as { version?: unknown }).version;
  if (version !== SETTINGS_VERSION) {
    return typeof version === 'number' && version > SETTINGS_VERSION ? fallback({ kind: 'newer', version }) : fallback({ kind: 'unknown-version' });
  }
  const full = workbookSettingsSchema.safeParse(value);
  if (full.success) return { settings: full.data };
  const bad = [...new Set(full.error.issues.map((i) => String(i.path[0] ?? '')))].filter((f) => f !== '');
  return fallback({ kind: 'fields', fields: bad }, value);
}

/** Keeps each field of a version-1 object that is valid on its own; defaults for the rest. */
function salvage(value: unknown): WorkbookSettings {
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, schema] of Object.entries(fieldSchemas)) {
    const r = schema.safeParse(obj[key]);
    if (r.success && r.data !== undefined) out[key] = r.data;
  }
  return workbookSettingsSchema.parse(out);
}
