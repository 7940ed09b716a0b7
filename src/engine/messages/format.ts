/** Fills a message template with a finding's parameters in the reader's language. */
import type { Lang } from '../options';
import type { RuleId } from '../report';
import { en } from './en';
import { vi } from './vi';

export type MessageParams = Readonly<Record<string, string | number | null>>;

const TEMPLATES: Record<Lang, Record<RuleId, string>> = { vi, en };

function groupDigits(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 385000 → "385.000" (vi) or "385,000" (en); 1200.5 → "1.200,5" / "1,200.5". */
export function formatAmount(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n * 1e6) / 1e6;
  const [int, frac] = Math.abs(rounded).toString().split('.');
  const [group, decimal] = lang === 'vi' ? ['.', ','] : [',', '.'];
  const body = groupDigits(int, group) + (frac ? decimal + frac : '');
  return (rounded < 0 ? '-' : '') + body;
}

/** "2025-08-31" → "31/08/2025" (vi) or "2025-08-31" (en). */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === 'en') return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "{name?text}" keeps text only when the parameter has a value; "{name}" inside it is filled. */
const OPTIONAL_PART = /\{(\w+)\?((?:[^{}]|\{\w+(?::\w+)?\})*)\}/g;

const PLACEHOLDER = /\{\w+/;

export function formatMessage(rule: RuleId, params: MessageParams, lang: Lang): string {
  const raw = TEMPLATES[lang][rule];
  if (!PLACEHOLDER.test(raw)) return raw;
  const template = raw.replace(OPTIONAL_PART, (_, name: string, part: string) =>
    params[name] === null || params[name] === undefined || params[name] === '' ? '' : part,
  );
  return template.replace(/\{(\w+)(?::(date|number))?\}/g, (_, name: string, type?: string) => {
    const v = params[name];
    if (v === null || v === undefined) return '';
    if (type === 'date' && typeof v === 'string') return formatIsoDate(v, lang);
    if (type === 'number' && typeof v === 'number') return formatAmount(v, lang);
    return String(v);
  });
}
