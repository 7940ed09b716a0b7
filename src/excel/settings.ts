/**
 * Loads and saves the add-in's settings in the workbook itself, through Office's document
 * settings (key "appendixChecker"), so they travel with the file. Reading is synchronous and
 * costs no round trip; saving writes the document's settings part and is asynchronous.
 */
import { parseSettings, workbookSettingsSchema, type ParsedSettings, type WorkbookSettingsInput } from '../engine/settings';
import type { Lang } from '../engine/options';
import type { XlOffice } from './api';

export const SETTINGS_KEY = 'appendixChecker';

export function loadSettings(office: XlOffice, lang?: Lang): ParsedSettings {
  return parseSettings(office.context.document.settings.get(SETTINGS_KEY), lang);
}

/** Validates and saves; rejects when Office reports the save failed. */
export async function saveSettings(office: XlOffice, settings: WorkbookSettingsInput): Promise<void> {
  // Never save what we would refuse to read back.
  const valid = workbookSettingsSchema.parse(settings);
  const store = office.context.document.settings;
  store.set(SETTINGS_KEY, valid);
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? 'The settings could not be saved.'));
      else resolve();
    });
  });
}
