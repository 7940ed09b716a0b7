/**
 * The first thing a reviewer reads: which table was found, how many items it has, and the
 * counts that matter (errors, warnings, overdue, unassigned) as of the chosen date. Each count
 * is a button that opens the findings filtered to it.
 */
import { Button, Select, Field, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/options';
import type { RuleId, Severity, SheetReport } from '../../engine/report';
import { fmtCount, fmtDate, fmtRows, fmtUnit } from '../format';
import type { PaneMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  meta: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(6.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  tile: {
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  count: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  bad: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

export type CountTarget = { readonly severity: Severity } | { readonly rule: RuleId };

export interface SummaryProps {
  readonly table: SheetReport;
  /** Number of tables on the sheet (first + moreTables) and the one shown. */
  readonly tableCount: number;
  readonly tableIndex: number;
  readonly tableRanges: readonly { first: number; last: number }[];
  readonly marks: number;
  readonly asOf: string;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly onOpenCount: (target: CountTarget) => void;
  readonly onPickTable: (index: number) => void;
}

export function Summary(props: SummaryProps): JSX.Element {
  const { table, lang, messages } = props;
  const m = messages.summary;
  const styles = useStyles();
  const info = table.table;
  const c = table.counts;
  const tiles: { key: string; label: string; value: number; target: CountTarget; tone?: 'bad' | 'warn' }[] = [
    { key: 'errors', label: m.errors, value: c.errors, target: { severity: 'error' }, tone: 'bad' },
    { key: 'warnings', label: m.warnings, value: c.warnings, target: { severity: 'warning' }, tone: 'warn' },
    { key: 'overdue', label: m.overdue, value: c.overdue, target: { rule: 'deadline.overdue' }, tone: 'bad' },
    { key: 'unassigned', label: m.unassigned, value: c.unassigned, target: { rule: 'owner.missing' }, tone: 'warn' },
    { key: 'infos', label: m.infos, value: c.infos, target: { severity: 'info' } },
  ];
  return (
    <div className={styles.root} data-testid="summary">
      {props.tableCount > 1 ? (
        <Field label={m.tablePicker} hint={m.moreTables(props.tableCount)}>
          <Select value={String(props.tableIndex)} onChange={(_, d) => props.onPickTable(Number(d.value))}>
            {props.tableRanges.map((r, i) => (
              <option key={i} value={String(i)}>
                {m.tableOption(i + 1, String(r.first), String(r.last))}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <dl className={styles.meta}>
        <dt className={styles.dt}>{m.sheet}</dt>
        <dd className={styles.dd} data-testid="summary-sheet">{table.sheet}</dd>
        {info ? (
          <>
            <dt className={styles.dt}>{m.headerRows}</dt>
            <dd className={styles.dd}>{fmtRows(info.headerRows)}</dd>
            <dt className={styles.dt}>{m.dataRows}</dt>
            <dd className={styles.dd}>{`${info.firstRow}–${info.lastRow}`}</dd>
            <dt className={styles.dt}>{m.items}</dt>
            <dd className={styles.dd} data-testid="summary-items">{fmtCount(lang, c.items)}</dd>
            <dt className={styles.dt}>{m.unit}</dt>
            <dd className={styles.dd}>{info.unit ? fmtUnit(lang, info.unit) : m.noUnit}</dd>
          </>
        ) : null}
        <dt className={styles.dt}>{m.asOf}</dt>
        <dd className={styles.dd} data-testid="summary-asof">{fmtDate(lang, props.asOf)}</dd>
      </dl>
      {info ? (
        <>
          <h2 className={styles.heading} id="summary-counts">{m.countsLabel}</h2>
          <ul className={styles.tiles} aria-labelledby="summary-counts">
            {tiles.map((t) => (
              <li key={t.key}>
                <Button
                  className={styles.tile}
                  appearance="outline"
                  onClick={() => props.onOpenCount(t.target)}
                  data-testid={`count-${t.key}`}
                  data-value={t.value}
                >
                  <span className={mergeClasses(styles.count, t.value > 0 && t.tone ? styles[t.tone] : undefined)}>
                    {fmtCount(lang, t.value)}
                  </span>
                  <span>{t.label}</span>
                </Button>
              </li>
            ))}
          </ul>
          {props.marks > 0 ? <Text>{m.highlighted(fmtCount(lang, props.marks))}</Text> : null}
        </>
      ) : (
        <Text>{m.noTable}</Text>
      )}
    </div>
  );
}
