/**
 * Every rule the engine runs, in report order. Adding a rule: write its module and its test,
 * then add one line here.
 */
import { budgetNegative } from './budget-negative';
import { budgetNotNumber } from './budget-not-number';
import { budgetTextNumber } from './budget-text-number';
import { deadlineMissing } from './deadline-missing';
import { deadlineOverdue } from './deadline-overdue';
import { deadlineUnparsed } from './deadline-unparsed';
import { indicatorInvalid } from './indicator-invalid';
import { indicatorMissing } from './indicator-missing';
import { numberingDuplicate } from './numbering-duplicate';
import { numberingGap } from './numbering-gap';
import { ownerAlias } from './owner-alias';
import { ownerMissing } from './owner-missing';
import { ownerUnknown } from './owner-unknown';
import type { Rule } from './rule';
import { structureContinuation } from './structure-continuation';
import { structurePageNumber } from './structure-page-number';
import { structureRepeatedHeader } from './structure-repeated-header';
import { textLegacyEncoding } from './text-legacy-encoding';
import { textUnicode } from './text-unicode';
import { textWhitespace } from './text-whitespace';
import { totalMismatch } from './total-mismatch';
import { totalParentMismatch } from './total-parent-mismatch';

export const RULES: readonly Rule[] = [
  ownerMissing,
  ownerAlias,
  ownerUnknown,
  deadlineOverdue,
  deadlineMissing,
  deadlineUnparsed,
  indicatorMissing,
  indicatorInvalid,
  budgetTextNumber,
  budgetNotNumber,
  budgetNegative,
  totalMismatch,
  totalParentMismatch,
  numberingDuplicate,
  numberingGap,
  structureRepeatedHeader,
  structureContinuation,
  structurePageNumber,
  textWhitespace,
  textUnicode,
  textLegacyEncoding,
];
