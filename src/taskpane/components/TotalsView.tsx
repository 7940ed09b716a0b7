/**
 * Budget totals of the shown table: the grand total of every budget column, the same split by
 * section and by lead unit (one table, a column per budget column, as the HTML report does),
 * every declared total row with declared vs computed and the difference, and the bar chart.
 */
import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../../engine/options';
import type { SheetReport } from '../../engine/report';
import { budgetMatrix, declaredDifference, type BudgetRow } from '../../engine/render/view';
import { fmtCount, fmtNumber, fmtUnit } from '../format';
import type { PaneMessages } from '../i18n';
import { BudgetChart } from './BudgetChart';

/** Lead units listed before "Show all". */
export const TOP_LEADS = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: { overflowX: 'auto' },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numHead: { '& > button, & > div': { justifyContent: 'flex-end' }, textAlign: 'end' },
  key: { overflowWrap: 'anywhere' },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
  unit: { color: tokens.colorNeutralForeground2 },
});

function columnName(m: PaneMessages, letter: string, headers: Readonly<Record<string, string>>): string {
  return m.totals.column(letter, headers[letter] ?? '');
}

/**
 * A budget column's short name for table heads in a narrow pane: the sub-header only
 * ("KINH PHÍ (Triệu đồng) / ĐTC" → "G — ĐTC"); the grand-total table gives the full header.
 */
function shortColumnName(letter: string, headers: Readonly<Record<string, string>>): string {
  const parts = (headers[letter] ?? '').split(' / ');
  const last = parts[parts.length - 1].trim();
  return last ? `${letter} — ${last}` : letter;
}

interface MatrixTableProps {
  readonly caption: string;
  readonly keyHeader: string;
  readonly rows: readonly BudgetRow[];
  readonly columns: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly emptyKey: string;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly testId: string;
}

function MatrixTable(props: MatrixTableProps): JSX.Element {
  const styles = useStyles();
  const { lang, messages } = props;
  return (
    <div className={styles.scroll}>
      <Table size="small" aria-label={props.caption} data-testid={props.testId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{props.keyHeader}</TableHeaderCell>
            {props.columns.map((c) => (
              <TableHeaderCell key={c} className={styles.numHead}>
                {shortColumnName(c, props.headers)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.map((r) => (
            <TableRow key={r.key} data-key={r.key}>
              <TableCell className={styles.key}>{r.key === '' ? props.emptyKey : r.key}</TableCell>
              {r.amounts.map((a, i) => (
                <TableCell key={props.columns[i]} className={styles.num}>
                  {a === null ? '' : fmtNumber(lang, a)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export interface TotalsViewProps {
  readonly table: SheetReport;
  readonly lang: Lang;
  readonly messages: PaneMessages;
}

export function TotalsView({ table, lang, messages }: TotalsViewProps): JSX.Element {
  const styles = useStyles();
  const m = messages.totals;
  const matrix = useMemo(() => budgetMatrix(table), [table]);
  const [allLeads, setAllLeads] = useState(false);
  const headers = table.table?.headers ?? {};
  const unit = table.table?.unit ? fmtUnit(lang, table.table.unit) : null;
  const leads = allLeads ? matrix.byLead : matrix.byLead.slice(0, TOP_LEADS);
  const declared = table.totals.declared;

  return (
    <div className={styles.root} data-testid="totals">
      <section className={styles.section} aria-labelledby="totals-heading">
        <h2 className={styles.heading} id="totals-heading">{m.heading}</h2>
        {unit ? <Text className={styles.unit}>{m.unitNote(unit)}</Text> : null}
        {matrix.columns.length === 0 ? (
          <Text>{m.none}</Text>
        ) : (
          <>
            <div className={styles.scroll}>
              <Table size="small" aria-label={m.grandTotal} data-testid="totals-grand">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{messages.columns.column}</TableHeaderCell>
                    <TableHeaderCell className={styles.numHead}>{m.grandTotal}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {matrix.columns.map((c, i) => (
                    <TableRow key={c} className={styles.totalRow} data-column={c} data-sum={matrix.sums[i]}>
                      <TableCell className={styles.key}>{columnName(messages, c, headers)}</TableCell>
                      <TableCell className={styles.num}>{fmtNumber(lang, matrix.sums[i])}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {matrix.bySection.length > 0 ? (
              <MatrixTable
                caption={m.bySection}
                keyHeader={m.section}
                rows={matrix.bySection}
                columns={matrix.columns}
                headers={headers}
                emptyKey={m.noSection}
                lang={lang}
                messages={messages}
                testId="totals-by-section"
              />
            ) : null}
            {matrix.byLead.length > 0 ? (
              <>
                <MatrixTable
                  caption={m.byLead}
                  keyHeader={m.lead}
                  rows={leads}
                  columns={matrix.columns}
                  headers={headers}
                  emptyKey={m.noLead}
                  lang={lang}
                  messages={messages}
                  testId="totals-by-lead"
                />
                {matrix.byLead.length > TOP_LEADS && !allLeads ? (
                  <Button onClick={() => setAllLeads(true)}>{m.showAllLeads(fmtCount(lang, matrix.byLead.length))}</Button>
                ) : null}
              </>
            ) : null}
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="declared-heading">
        <h2 className={styles.heading} id="declared-heading">{m.declaredHeading}</h2>
        {declared.length === 0 ? (
          <Text>{m.declaredNone}</Text>
        ) : (
          <div className={styles.scroll}>
            <Table size="small" aria-labelledby="declared-heading" data-testid="totals-declared">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{m.cell}</TableHeaderCell>
                  <TableHeaderCell className={styles.numHead}>{m.declared}</TableHeaderCell>
                  <TableHeaderCell className={styles.numHead}>{m.computed}</TableHeaderCell>
                  <TableHeaderCell className={styles.numHead}>{m.difference}</TableHeaderCell>
                  <TableHeaderCell>{m.result}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {declared.map((d) => {
                  const diff = declaredDifference(d);
                  return (
                    <TableRow key={d.cell} data-cell={d.cell}>
                      <TableCell>{d.cell}</TableCell>
                      <TableCell className={styles.num}>{d.declared === null ? m.notDeclared : fmtNumber(lang, d.declared)}</TableCell>
                      <TableCell className={styles.num}>{fmtNumber(lang, d.computed)}</TableCell>
                      <TableCell className={styles.num}>{diff === null ? '' : fmtNumber(lang, diff)}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color={d.ok ? 'success' : 'danger'}>
                          {d.ok ? m.match : m.mismatch}
                        </Badge>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      {matrix.columns.length > 0 ? (
        <BudgetChart
          matrix={matrix}
          headers={headers}
          lang={lang}
          messages={messages}
          noLeadLabel={m.noLead}
          noSectionLabel={m.noSection}
        />
      ) : null}
    </div>
  );
}
