/** Filters for the findings list: which severities (toggle buttons) and which kind (a select). */
import { Field, Select, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine/options';
import type { RuleId, Severity } from '../../engine/report';
import { fmtCount } from '../format';
import type { PaneMessages } from '../i18n';
import { ALL_SEVERITIES, type Filters } from '../state/store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  severities: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
});

export interface FindingFiltersProps {
  readonly filters: Filters;
  readonly severityCounts: Readonly<Record<Severity, number>>;
  readonly ruleCounts: ReadonlyMap<RuleId, number>;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly onChange: (filters: Partial<Filters>) => void;
}

export function FindingFilters(props: FindingFiltersProps): JSX.Element {
  const { filters, lang, messages } = props;
  const styles = useStyles();
  const m = messages.findings;
  const toggle = (s: Severity): void => {
    const on = filters.severities.includes(s);
    const next = on ? filters.severities.filter((x) => x !== s) : ALL_SEVERITIES.filter((x) => x === s || filters.severities.includes(x));
    props.onChange({ severities: next });
  };
  return (
    <div className={styles.root}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.filterSeverity}</legend>
        <div className={styles.severities}>
          {ALL_SEVERITIES.map((s) => (
            <ToggleButton
              key={s}
              size="small"
              checked={filters.severities.includes(s)}
              onClick={() => toggle(s)}
              data-testid={`filter-${s}`}
            >
              {`${messages.severityPlural[s]} (${fmtCount(lang, props.severityCounts[s])})`}
            </ToggleButton>
          ))}
        </div>
      </fieldset>
      <Field label={m.filterRule}>
        <Select
          value={filters.rule ?? ''}
          onChange={(_, d) => props.onChange({ rule: d.value === '' ? null : (d.value as RuleId) })}
          data-testid="filter-rule"
        >
          <option value="">{m.allRules}</option>
          {[...props.ruleCounts].map(([rule, n]) => (
            <option key={rule} value={rule}>
              {`${messages.ruleTitles[rule] ?? rule} (${fmtCount(lang, n)})`}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
