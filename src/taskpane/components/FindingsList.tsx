/**
 * The findings of the shown table, grouped by kind (rule) with counts, filtered by severity and
 * kind. Long groups are paged ("Show more") rather than virtualised: a page of buttons keeps the
 * plain tab order and screen-reader list semantics, and a 50,000-row sheet's thousands of
 * findings never reach the DOM at once.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../../engine/options';
import type { Finding, RuleId, Severity } from '../../engine/report';
import { fmtCount } from '../format';
import type { PaneMessages } from '../i18n';
import { type Filters, type FindingGroup, findingKey, groupByRule, ruleCounts } from '../state/store';
import { FindingFilters } from './FindingFilters';
import { FindingItem } from './FindingItem';

/** Findings rendered per group before "Show more". */
export const PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  headerText: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  groupTools: { display: 'flex', justifyContent: 'flex-end', paddingBottom: tokens.spacingVerticalXS },
  more: { marginTop: tokens.spacingVerticalS },
  status: { color: tokens.colorNeutralForeground2 },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly filters: Filters;
  readonly fixed: ReadonlySet<string>;
  readonly selectedKey: string | null;
  readonly busy: boolean;
  readonly lang: Lang;
  readonly messages: PaneMessages;
  readonly onFilters: (filters: Partial<Filters>) => void;
  readonly onSelect: (f: Finding) => void;
  readonly onFix: (f: Finding) => void;
  readonly onFixAll: (rule: RuleId) => void;
}

function FindingGroupPanel(props: FindingsListProps & { group: FindingGroup }): JSX.Element {
  const { group, lang, messages } = props;
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const m = messages.findings;
  const title = messages.ruleTitles[group.rule] ?? group.rule;
  const shown = group.findings.slice(0, limit);
  const rest = group.findings.length - shown.length;
  return (
    <>
      {group.fixable > 0 ? (
        <div className={styles.groupTools}>
          <Button
            size="small"
            appearance="primary"
            disabled={props.busy}
            onClick={() => props.onFixAll(group.rule)}
            aria-label={m.fixAllHint(title)}
            data-testid="fix-all"
          >
            {m.fixAll(fmtCount(lang, group.fixable))}
          </Button>
        </div>
      ) : null}
      <ul className={styles.list} aria-label={m.listLabel(title)}>
        {shown.map((f) => {
          const key = findingKey(f);
          return (
            <FindingItem
              key={key}
              finding={f}
              lang={lang}
              messages={messages}
              fixed={props.fixed.has(key)}
              selected={props.selectedKey === key}
              busy={props.busy}
              onSelect={props.onSelect}
              onFix={props.onFix}
            />
          );
        })}
      </ul>
      {rest > 0 ? (
        <Button className={styles.more} onClick={() => setLimit((l) => l + PAGE_SIZE)} data-testid="show-more">
          {m.showMore(fmtCount(lang, Math.min(rest, PAGE_SIZE)))}
        </Button>
      ) : null}
    </>
  );
}

export function FindingsList(props: FindingsListProps): JSX.Element {
  const { findings, filters, fixed, lang, messages } = props;
  const styles = useStyles();
  const m = messages.findings;
  const groups = useMemo(() => groupByRule(findings, filters, fixed), [findings, filters, fixed]);
  const rules = useMemo(() => ruleCounts(findings), [findings]);
  const severityCounts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const shownCount = groups.reduce((n, g) => n + g.findings.length, 0);
  // The first group opens by itself; picking one kind in the filter opens that kind.
  const defaultOpen = groups.length > 0 ? [groups[0].rule] : [];

  if (findings.length === 0) return <Text data-testid="findings-none">{m.none}</Text>;
  return (
    <div className={styles.root} data-testid="findings">
      <FindingFilters
        filters={filters}
        severityCounts={severityCounts}
        ruleCounts={rules}
        lang={lang}
        messages={messages}
        onChange={props.onFilters}
      />
      <Text className={styles.status} role="status" data-testid="findings-shown">
        {m.shown(fmtCount(lang, shownCount), fmtCount(lang, findings.length))}
      </Text>
      {groups.length === 0 ? (
        <Text>{m.noneMatch}</Text>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={defaultOpen} key={`${filters.rule ?? '*'}|${filters.severities.join()}`}>
          {groups.map((g) => {
            const title = messages.ruleTitles[g.rule] ?? g.rule;
            return (
              <AccordionItem key={g.rule} value={g.rule} data-testid="finding-group" data-rule={g.rule} data-count={g.findings.length}>
                <AccordionHeader expandIconPosition="end">
                  <span className={styles.headerText}>
                    <Badge appearance="filled" color={BADGE_COLOR[g.severity]}>
                      {fmtCount(lang, g.findings.length)}
                    </Badge>
                    <span>{title}</span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingGroupPanel {...props} group={g} />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </div>
  );
}
