/**
 * Budget by lead unit or by section as an inline SVG bar chart: no chart library (a pane must
 * stay small), accessible as one image with a name and a description listing every bar's value,
 * each bar labelled with its amount in the pane's number style.
 */
import { Field, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Lang } from '../../engine/options';
import type { BudgetMatrix } from '../../engine/render/view';
import { fmtCount, fmtNumber } from '../format';
import type { PaneMessages } from '../i18n';
import { type BarDatum, clipLabel, layoutBars } from './chart-geometry';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-end' },
  svg: { width: '100%', height: 'auto', display: 'block', overflow: 'visible' },
});

export type ChartGroup = 'lead' | 'section';

export interface BudgetChartProps {
  readonly matrix: BudgetMatrix;
  readonly headers: Readonly<Record<string, string>>;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly noSectionLabel: string;
  readonly noLeadLabel: string;
}

export function BudgetChart(props: BudgetChartProps): JSX.Element {
  const { matrix, lang, messages } = props;
  const m = messages.chart;
  const styles = useStyles();
  const id = useId();
  const [group, setGroup] = useState<ChartGroup>('lead');
  // -1 = the sum over every budget column.
  const [column, setColumn] = useState(-1);

  const data: BarDatum[] = useMemo(() => {
    const rows = group === 'lead' ? matrix.byLead : matrix.bySection;
    const empty = group === 'lead' ? props.noLeadLabel : props.noSectionLabel;
    return rows.map((r) => ({
      label: r.key === '' ? empty : r.key,
      value: column < 0 ? r.amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : r.amounts[column] ?? 0,
    }));
  }, [matrix, group, column, props.noLeadLabel, props.noSectionLabel]);

  const layout = useMemo(() => layoutBars(data, (n) => m.others(fmtCount(lang, n))), [data, m, lang]);
  const columnName = column < 0 ? m.allColumns : columnTitle(matrix.columns[column], props.headers);
  const title = m.title(group === 'lead' ? m.byLead : m.bySection, columnName);
  const description = m.description(layout.bars.map((b) => ({ label: b.label, value: fmtNumber(lang, b.value) })));

  return (
    <section className={styles.root} aria-labelledby={`${id}-h`} data-testid="budget-chart">
      <h2 className={styles.heading} id={`${id}-h`}>{m.heading}</h2>
      <div className={styles.controls}>
        <Field label={m.groupBy}>
          <RadioGroup layout="horizontal" value={group} onChange={(_, d) => setGroup(d.value as ChartGroup)}>
            <Radio value="lead" label={m.byLead} />
            <Radio value="section" label={m.bySection} />
          </RadioGroup>
        </Field>
        {matrix.columns.length > 1 ? (
          <Field label={m.columnPicker}>
            <Select value={String(column)} onChange={(_, d) => setColumn(Number(d.value))}>
              <option value="-1">{m.allColumns}</option>
              {matrix.columns.map((c, i) => (
                <option key={c} value={String(i)}>
                  {columnTitle(c, props.headers)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </div>
      {layout.bars.length === 0 ? (
        <Text>{m.empty}</Text>
      ) : (
        <svg
          className={styles.svg}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={title}
          aria-describedby={`${id}-d`}
          data-testid="budget-chart-svg"
        >
          <title id={`${id}-t`}>{title}</title>
          <desc id={`${id}-d`}>{description}</desc>
          {layout.bars.map((b) => (
            <g key={`${b.others ? '~' : ''}${b.label}`} transform={`translate(0 ${b.y})`} data-testid="chart-bar" data-label={b.label} data-value={b.value}>
              <title>{`${b.label}: ${fmtNumber(lang, b.value)}`}</title>
              <text
                x={layout.labelWidth - 6}
                y={layout.barHeight / 2}
                dominantBaseline="central"
                textAnchor="end"
                fontSize="11"
                fill={tokens.colorNeutralForeground1}
              >
                {clipLabel(b.label)}
              </text>
              <rect
                x={layout.labelWidth}
                y={0}
                width={b.width}
                height={layout.barHeight}
                rx={2}
                fill={b.others ? tokens.colorNeutralForeground3 : tokens.colorBrandBackground}
              />
              <text
                x={layout.labelWidth + b.width + 4}
                y={layout.barHeight / 2}
                dominantBaseline="central"
                fontSize="11"
                fill={tokens.colorNeutralForeground1}
              >
                {fmtNumber(lang, b.value)}
              </text>
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}

function columnTitle(letter: string, headers: Readonly<Record<string, string>>): string {
  const h = headers[letter];
  return h ? `${letter} — ${h}` : letter;
}
