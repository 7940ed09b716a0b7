/**
 * What the colours the add-in puts on the sheet mean. The colours are the ones src/excel/
 * highlights.ts writes (imported, never copied), so the legend cannot drift from the sheet.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MarkKind } from '../../engine/highlights';
import { MARK_FILL } from '../../excel/highlights';
import type { PaneMessages } from '../i18n';

export type LegendColors = Readonly<Record<MarkKind, string>>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: {
    display: 'inline-block',
    width: '1.5rem',
    height: '1rem',
    flexShrink: 0,
    // A visible edge so light fills still show on a light background (and in high contrast).
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    forcedColorAdjust: 'none',
  },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function HighlightLegend({ messages, colors = MARK_FILL }: { messages: PaneMessages; colors?: LegendColors }): JSX.Element {
  const styles = useStyles();
  const m = messages.legend;
  const rows: { key: keyof LegendColors; label: string }[] = [
    { key: 'overdue', label: m.overdue },
    { key: 'unassigned', label: m.unassigned },
    { key: 'finding', label: m.other },
  ];
  return (
    <section className={styles.root} aria-labelledby="legend-heading" data-testid="legend">
      <h2 className={styles.heading} id="legend-heading">{m.heading}</h2>
      <ul className={styles.list}>
        {rows.map((r) => (
          <li key={r.key} className={styles.item}>
            <span className={styles.swatch} style={{ backgroundColor: colors[r.key] }} aria-hidden="true" data-color={colors[r.key]} />
            <Text>{r.label}</Text>
          </li>
        ))}
      </ul>
      <Text className={styles.note}>{m.note}</Text>
    </section>
  );
}
