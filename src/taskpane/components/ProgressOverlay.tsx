/**
 * Progress of the running task: a bar, what is being done, and Cancel. It only appears when a
 * task has run for a moment, so quick actions do not flash it; it is a live region so screen
 * readers hear the phase change without the focus moving.
 */
import { Button, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../../engine/options';
import { fmtCount } from '../format';
import type { PaneMessages } from '../i18n';
import type { Task } from '../state/store';

/** How long a task may run before the progress bar shows. */
export const PROGRESS_DELAY_MS = 250;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface ProgressOverlayProps {
  readonly task: Task | null;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly onCancel: () => void;
}

export function ProgressOverlay({ task, lang, messages, onCancel }: ProgressOverlayProps): JSX.Element | null {
  const styles = useStyles();
  const [visible, setVisible] = useState(false);
  const running = task !== null;
  useEffect(() => {
    if (!running) {
      setVisible(false);
      return undefined;
    }
    const timer = setTimeout(() => setVisible(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!task || !visible) return null;

  const m = messages.progress;
  const p = task.progress;
  const phase = p ? m[p.phase] : m.working;
  const fraction = p?.fraction ?? null;
  const rows = p?.done !== undefined && p.total !== undefined ? m.rows(fmtCount(lang, p.done), fmtCount(lang, p.total)) : '';
  const percent = fraction !== null ? m.percent(Math.round(fraction * 100)) : '';
  return (
    <section className={styles.root} aria-label={m.title} data-testid="progress">
      <div className={styles.row}>
        <Text role="status" aria-live="polite">
          {phase} {rows || percent}
        </Text>
        <Button size="small" onClick={onCancel} data-testid="cancel">
          {m.cancel}
        </Button>
      </div>
      <ProgressBar
        value={fraction ?? undefined}
        max={1}
        thickness="large"
        aria-label={phase}
        aria-valuetext={rows || percent || phase}
      />
    </section>
  );
}
