/** English finding messages; placeholders as in vi.ts. */
import type { RuleId } from '../report';

export const en: Record<RuleId, string> = {
  'owner.missing': 'No lead unit for task {stt}',
  'owner.alias': 'Unit “{value}” should be written as “{canonical}”',
  'owner.unknown': 'Unit “{value}” is not in the unit directory{suggestion?; did you mean “{suggestion}”?}',
  'deadline.overdue': 'Overdue: due {due:date}, not marked as done',
  'deadline.missing': 'No deadline for task {stt}',
  'deadline.unparsed': 'Cannot read the deadline “{value}”',
  'indicator.missing': 'No indicator for task {stt}',
  'indicator.invalid': 'Indicator “{value}” is not valid',
  'budget.text-number': 'Budget “{value}” is stored as text; it should be the number {amount:number}',
  'budget.not-number': 'Budget “{value}” is not a number',
  'budget.negative': 'Negative budget: {amount:number}',
  'total.mismatch': 'Total row says {declared:number}, the rows add up to {computed:number} (difference {difference:number})',
  'total.parent-mismatch': 'Task {stt} says {declared:number}, its sub-tasks add up to {computed:number}',
  'numbering.duplicate': 'Number {stt} appears twice in section {section}',
  'numbering.gap': 'Numbering jumps from {previous} to {stt}',
  'structure.repeated-header': 'The table header is repeated (a page break copied along)',
  'structure.continuation': 'Row without a number continues row {previousRow} (split when pasted)',
  'structure.page-number': 'A stray page number row (a page break copied along)',
  'text.whitespace': 'Extra spaces or line breaks in the cell',
  'text.unicode': 'Text is not in composed Unicode (NFC)',
  'text.legacy-encoding': 'Text typed in the legacy {encoding} encoding; it reads: “{fix}”',
};
