/** The pane's languages: Vietnamese first, English second. */
import type { Lang } from '../../engine/options';
import { en } from './en';
import type { PaneMessages } from './types';
import { vi } from './vi';

export type { PaneMessages } from './types';

export const MESSAGES: Readonly<Record<Lang, PaneMessages>> = { vi, en };

/**
 * The pane language for an Office display language ("vi-VN", "en-US", …): English for English
 * speakers, Vietnamese for everyone else, since the appendices themselves are Vietnamese and
 * Vietnamese is the product's first language.
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'vi';
}
