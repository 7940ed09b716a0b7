/**
 * Turns whatever a host operation rejected with into a message a reviewer can act on: what
 * went wrong in plain words and what to do next, with the technical text kept under "Details".
 * Office.js rejects with OfficeExtension.Error (name "RichApi.Error", a `code` from
 * Excel.ErrorCodes); the simulator uses the same codes.
 */
import type { PaneMessages } from '../i18n';
import type { Notice } from './store';

function codeOf(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

function textOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

export function noticeFromError(err: unknown, m: PaneMessages): Notice {
  const code = codeOf(err);
  const detail = [code, textOf(err)].filter(Boolean).join(': ');
  const base = { intent: 'error' as const, title: m.errors.title, detail };
  switch (code) {
    case 'NoTable':
      return { ...base, body: m.errors.noTable, next: m.errors.noTableNext };
    case 'ItemNotFound':
      return { ...base, body: m.errors.sheetNotFound, next: m.errors.next };
    case 'ApiNotFound':
      return { ...base, body: m.errors.apiMissing, next: m.export.cleanedWorkbookUnsupported };
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return { ...base, body: m.errors.tooLarge, next: m.errors.next };
    case 'InvalidOperation':
    case 'GeneralException':
    case 'InvalidRequestContext':
      return { ...base, body: m.errors.busy, next: m.errors.next };
    default:
      return { ...base, body: m.errors.generic, next: m.errors.next };
  }
}
