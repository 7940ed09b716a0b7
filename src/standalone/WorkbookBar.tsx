/**
 * The standalone page's top bar: open an .xlsx from disk (read in the page, never uploaded) or
 * the demo appendix this site ships, and what is open now.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { PaneMessages } from '../taskpane/i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  status: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // The file input stays in the accessibility tree and tab order through the button; the input
  // itself is visually hidden (not display:none, so tests can still set files on it).
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

export interface WorkbookBarProps {
  readonly messages: PaneMessages;
  readonly status: string;
  readonly busy: boolean;
  readonly onFile: (file: File) => void;
  readonly onDemo: () => void;
}

export function WorkbookBar({ messages, status, busy, onFile, onDemo }: WorkbookBarProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const m = messages.standalone;
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{m.title}</h1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          // Picking the same file again must load it again.
          e.currentTarget.value = '';
        }}
      />
      <Button icon={<FolderOpenRegular />} disabled={busy} onClick={() => input.current?.click()} data-testid="open-file">
        {m.openFile}
      </Button>
      <Button icon={<DocumentTableRegular />} disabled={busy} onClick={onDemo} data-testid="open-demo">
        {m.openDemo}
      </Button>
      <Text className={styles.status} role="status" data-testid="workbook-status">
        {status}
      </Text>
      <Text className={styles.status}>{m.privacy}</Text>
    </header>
  );
}
