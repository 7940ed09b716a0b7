/** The workbook's sheet tabs under the grid, as in Excel; choosing one activates that sheet. */
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: 'auto',
    flexShrink: 0,
  },
});

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string | null;
  readonly label: string;
  readonly onSelect: (sheet: string) => void;
}

export function SheetTabs({ sheets, active, label, onSelect }: SheetTabsProps): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <TabList size="small" selectedValue={active ?? undefined} onTabSelect={(_, d) => onSelect(String(d.value))} aria-label={label} data-testid="sheet-tabs">
        {sheets.map((s) => (
          <Tab key={s} value={s} data-testid="sheet-tab" data-sheet={s}>
            {s}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
