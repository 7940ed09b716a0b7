/**
 * The pane's main actions: the as-of date (today unless the reviewer picks another; remembered
 * in the workbook), Validate and Clear highlights.
 *
 * The date is a text field in the pane language's own format (31/08/2025 in Vietnamese) rather
 * than <input type="date">, whose display follows the browser's locale, not the pane's: a
 * Vietnamese pane in an English browser would show 08/31/2025.
 */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { EraserRegular, PlayRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Lang } from '../../engine/options';
import { fmtDate } from '../format';
import type { PaneMessages } from '../i18n';

/** Typing pauses this long before a valid date is committed (each commit re-validates). */
export const DATE_COMMIT_DELAY_MS = 600;

/** "31/08/2025", "31-8-2025", "2025-08-31" → "2025-08-31"; null unless it is a calendar date. */
export function parseDateInput(text: string): string | null {
  const t = text.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  if (y < 1900 || y > 2199) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  dateRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  date: { flexGrow: 1 },
  today: { marginTop: '26px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  /** The picked date, or null for today. */
  readonly asOf: string | null;
  readonly today: string;
  readonly hasRun: boolean;
  readonly busy: boolean;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly onAsOf: (iso: string | null) => void;
  readonly onValidate: () => void;
  readonly onClear: () => void;
}

export function Toolbar(props: ToolbarProps): JSX.Element {
  const { messages, lang, onAsOf, today } = props;
  const m = messages.toolbar;
  const styles = useStyles();
  const shownIso = props.asOf ?? today;
  const shown = fmtDate(lang, shownIso);
  // What the reviewer is typing; committed only once it is a whole, real date.
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const [left, setLeft] = useState(false);
  const parsed = parseDateInput(draft);
  // Complain only once the reviewer has left the field or typed a whole date's worth.
  const invalid = parsed === null && (left || draft.trim().length >= 10);
  useEffect(() => {
    if (parsed === null || parsed === shownIso) return undefined;
    const timer = setTimeout(() => onAsOf(parsed === today ? null : parsed), DATE_COMMIT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [parsed, shownIso, today, onAsOf]);

  return (
    <section className={styles.root} aria-label={m.label}>
      <div className={styles.dateRow}>
        <Field
          className={styles.date}
          label={m.asOf}
          hint={invalid ? undefined : m.asOfHint}
          validationState={invalid ? 'error' : 'none'}
          validationMessage={invalid ? m.asOfInvalid : undefined}
        >
          <Input
            value={draft}
            placeholder={m.asOfPlaceholder}
            inputMode="numeric"
            autoComplete="off"
            onChange={(_, d) => {
              setDraft(d.value);
              setLeft(false);
            }}
            onBlur={() => setLeft(true)}
            onKeyDown={(e) => {
              // Enter commits at once instead of waiting for the pause.
              if (e.key === 'Enter' && parsed !== null && parsed !== shownIso) onAsOf(parsed === today ? null : parsed);
            }}
            data-testid="as-of"
          />
        </Field>
        {props.asOf !== null ? (
          <Button className={styles.today} onClick={() => onAsOf(null)} disabled={props.busy} data-testid="as-of-today">
            {m.asOfToday}
          </Button>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<PlayRegular />} onClick={props.onValidate} disabled={props.busy} data-testid="validate">
          {props.hasRun ? m.revalidate : m.validate}
        </Button>
        <Button icon={<EraserRegular />} onClick={props.onClear} disabled={props.busy} title={m.clearHint} data-testid="clear">
          {m.clear}
        </Button>
      </div>
    </section>
  );
}
