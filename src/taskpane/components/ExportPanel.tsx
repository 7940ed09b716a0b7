/**
 * Exports: the cleaned copy (a new sheet; a new workbook where Excel can open one; an .xlsx
 * download in the standalone page) and the report as JSON or as the self-contained HTML file,
 * downloaded where the platform allows it and written to a new sheet where it does not.
 */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { PaneMessages } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  button: { justifyContent: 'flex-start' },
});

export interface ExportPanelProps {
  readonly hasRun: boolean;
  readonly busy: boolean;
  readonly canCreateWorkbook: boolean;
  readonly canDownload: boolean;
  readonly canDownloadCleaned: boolean;
  readonly messages: PaneMessages;
  readonly onCleanedSheet: () => void;
  readonly onCleanedWorkbook: () => void;
  readonly onCleanedDownload: () => void;
  readonly onReport: (format: 'json' | 'html') => void;
}

export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const { messages } = props;
  const styles = useStyles();
  const m = messages.export;
  const disabled = !props.hasRun || props.busy;
  return (
    <div className={styles.root} data-testid="export">
      {!props.hasRun ? <Text>{m.needValidation}</Text> : null}
      <section className={styles.section} aria-labelledby="export-cleaned">
        <h2 className={styles.heading} id="export-cleaned">{m.cleanedHeading}</h2>
        <Text className={styles.hint}>{m.cleanedIntro}</Text>
        <Button className={styles.button} icon={<DocumentTableRegular />} disabled={disabled} onClick={props.onCleanedSheet} data-testid="export-cleaned-sheet">
          {m.cleanedSheet}
        </Button>
        {props.canDownloadCleaned ? (
          <Button className={styles.button} icon={<ArrowDownloadRegular />} disabled={disabled} onClick={props.onCleanedDownload} data-testid="export-cleaned-download">
            {m.cleanedDownload}
          </Button>
        ) : (
          <>
            <Button
              className={styles.button}
              disabled={disabled || !props.canCreateWorkbook}
              onClick={props.onCleanedWorkbook}
              data-testid="export-cleaned-workbook"
              aria-describedby={props.canCreateWorkbook ? undefined : 'export-no-workbook'}
            >
              {m.cleanedWorkbook}
            </Button>
            {props.canCreateWorkbook ? null : (
              <Text className={styles.hint} id="export-no-workbook">
                {m.cleanedWorkbookUnsupported}
              </Text>
            )}
          </>
        )}
      </section>
      <section className={styles.section} aria-labelledby="export-report">
        <h2 className={styles.heading} id="export-report">{m.reportHeading}</h2>
        <Text className={styles.hint}>{props.canDownload ? m.reportIntro : m.noDownloads}</Text>
        {props.canDownload ? (
          <>
            <Button className={styles.button} icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => props.onReport('html')} data-testid="export-report-html">
              {m.reportHtml}
            </Button>
            <Button className={styles.button} icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => props.onReport('json')} data-testid="export-report-json">
              {m.reportJson}
            </Button>
          </>
        ) : (
          <Button className={styles.button} disabled={disabled} onClick={() => props.onReport('html')} data-testid="export-report-sheet">
            {m.reportToSheet}
          </Button>
        )}
      </section>
    </div>
  );
}
