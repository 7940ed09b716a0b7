/**
 * One finding: a button that selects its cell on the sheet (click, Enter or Space), showing the
 * address, the plain-language message and the cell's value; and, when the finding carries a
 * fix, the proposed value with a "Fix" button that puts it into the cleaned copy.
 */
import { Badge, Button, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Lang } from '../../engine/options';
import type { Finding, Severity } from '../../engine/report';
import { findingMessage } from '../../engine/render/view';
import { fmtScalar } from '../format';
import type { PaneMessages } from '../i18n';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  select: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    ...shorthands.border('0'),
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    gridRow: '1 / span 2',
    minWidth: '3.5rem',
  },
  message: { overflowWrap: 'anywhere' },
  value: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  fixRow: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} calc(3.5rem + ${tokens.spacingHorizontalS} * 2)`,
  },
  fixText: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap', minWidth: 0 },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingItemProps {
  readonly finding: Finding;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly fixed: boolean;
  readonly selected: boolean;
  readonly busy: boolean;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
}

export const FindingItem = memo(function FindingItem(props: FindingItemProps): JSX.Element {
  const { finding: f, lang, messages } = props;
  const styles = useStyles();
  const m = messages.findings;
  const value = fmtScalar(lang, f.value);
  return (
    <li className={styles.item} data-testid="finding" data-cell={f.cell} data-rule={f.rule} data-severity={f.severity}>
      <button
        type="button"
        className={mergeClasses(styles.select, props.selected && styles.selected)}
        onClick={() => props.onSelect(f)}
        title={m.selectHint(f.cell)}
        aria-current={props.selected ? 'true' : undefined}
        data-testid="finding-select"
      >
        <span className={styles.cell}>{f.cell}</span>
        <span className={styles.message}>
          <Badge appearance="tint" color={BADGE_COLOR[f.severity]} size="small">
            {messages.severity[f.severity]}
          </Badge>{' '}
          {findingMessage(f, lang)}
        </span>
        {value ? (
          <span className={styles.value}>
            {m.value}: {value}
          </span>
        ) : null}
      </button>
      {f.fix !== null ? (
        <div className={styles.fixRow}>
          <span className={styles.fixText}>
            {m.fixProposal}: {fmtScalar(lang, f.fix)}
          </span>
          {props.fixed ? (
            <Badge appearance="outline" color="success" data-testid="finding-fixed">
              {m.fixed}
            </Badge>
          ) : (
            <Button size="small" onClick={() => props.onFix(f)} disabled={props.busy} aria-label={m.fixOneHint(f.cell)} data-testid="finding-fix">
              {m.fixOne}
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
});
