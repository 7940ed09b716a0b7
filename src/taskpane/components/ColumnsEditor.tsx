/**
 * The detected role of each column, correctable per column. A correction is saved in the
 * workbook (columnOverrides of this sheet) and the table is validated again at once, so the
 * reviewer sees its effect straight away.
 */
import {
  Button,
  Dropdown,
  Option,
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
import { useMemo } from 'react';
import type { ColumnOverrides } from '../../engine/options';
import { COLUMN_ROLES, type ColumnRole, type TableInfo } from '../../engine/report';
import { columnIndex, columnLetter } from '../../engine/grid';
import type { PaneMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, width: '3rem' },
  header: { overflowWrap: 'anywhere', whiteSpace: 'pre-line' },
  dropdown: { minWidth: '9rem', maxWidth: '100%' },
  changed: { color: tokens.colorPaletteBerryForeground2, fontSize: tokens.fontSizeBase200, display: 'block' },
});

/** '' = automatic (no override). */
type Choice = ColumnRole | 'ignore' | '';

export interface ColumnRow {
  readonly letter: string;
  readonly header: string;
  /** The role the current run gave this column, if any. */
  readonly role: ColumnRole | null;
}

/**
 * Every column from A to the last one that has a header, a role or an override, so a column
 * the detector missed can be given a role too.
 */
export function columnRows(table: TableInfo | null, headers: Readonly<Record<string, string>>, overrides: ColumnOverrides): ColumnRow[] {
  const roleOf = new Map<string, ColumnRole>();
  if (table) {
    for (const [role, letters] of Object.entries(table.columns)) {
      for (const l of Array.isArray(letters) ? letters : [letters]) roleOf.set(l, role as ColumnRole);
    }
  }
  const allHeaders: Record<string, string> = { ...(table?.headers ?? {}), ...headers };
  const letters = [...roleOf.keys(), ...Object.keys(allHeaders), ...Object.keys(overrides)];
  const last = letters.reduce((m, l) => Math.max(m, columnIndex(l)), -1);
  const rows: ColumnRow[] = [];
  for (let c = 0; c <= last; c++) {
    const letter = columnLetter(c);
    rows.push({ letter, header: allHeaders[letter] ?? '', role: roleOf.get(letter) ?? null });
  }
  return rows;
}

export interface ColumnsEditorProps {
  readonly table: TableInfo | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly overrides: ColumnOverrides;
  readonly busy: boolean;
  readonly messages: PaneMessages;
  readonly onChange: (letter: string, role: ColumnRole | 'ignore' | null) => void;
  readonly onReset: () => void;
}

export function ColumnsEditor(props: ColumnsEditorProps): JSX.Element {
  const { messages, overrides } = props;
  const styles = useStyles();
  const m = messages.columns;
  const rows = useMemo(() => columnRows(props.table, props.headers, overrides), [props.table, props.headers, overrides]);
  const label = (choice: Choice, row: ColumnRow): string => {
    if (choice === '') return row.role && !overrides[row.letter] ? m.auto(messages.roles[row.role]) : m.autoNone;
    if (choice === 'ignore') return m.ignore;
    return messages.roles[choice];
  };
  return (
    <div className={styles.root} data-testid="columns">
      <h2 className={styles.heading}>{m.heading}</h2>
      <Text>{m.intro}</Text>
      <Table size="small" aria-label={m.heading}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.letter}>{m.column}</TableHeaderCell>
            <TableHeaderCell>{m.header}</TableHeaderCell>
            <TableHeaderCell>{m.role}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const current: Choice = overrides[row.letter] ?? '';
            const choices: Choice[] = ['', ...COLUMN_ROLES, 'ignore'];
            return (
              <TableRow key={row.letter} data-testid="column-row" data-letter={row.letter} data-role={row.role ?? ''}>
                <TableCell className={styles.letter}>{row.letter}</TableCell>
                <TableCell className={styles.header}>{row.header}</TableCell>
                <TableCell>
                  <Dropdown
                    className={styles.dropdown}
                    // In the pane's own tree rather than a portal: the list then scrolls with
                    // the pane and stays inside its theme and language.
                    inlinePopup
                    size="small"
                    aria-label={m.roleLabel(row.letter)}
                    value={label(current, row)}
                    selectedOptions={[current]}
                    disabled={props.busy}
                    onOptionSelect={(_, d) => {
                      const v = (d.optionValue ?? '') as Choice;
                      if (v !== current) props.onChange(row.letter, v === '' ? null : v);
                    }}
                    data-testid={`role-${row.letter}`}
                  >
                    {choices.map((c) => (
                      <Option key={c || 'auto'} value={c} text={label(c, row)}>
                        {label(c, row)}
                      </Option>
                    ))}
                  </Dropdown>
                  {overrides[row.letter] ? <span className={styles.changed}>{m.overridden}</span> : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {Object.keys(overrides).length > 0 ? (
        <Button onClick={props.onReset} disabled={props.busy}>
          {m.reset}
        </Button>
      ) : null}
    </div>
  );
}
