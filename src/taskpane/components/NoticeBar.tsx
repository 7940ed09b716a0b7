/**
 * The outcome of the last action: success, a warning from the host, or an error with what to
 * do next. Errors keep the technical text under "Details" for whoever supports the user.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { PaneMessages } from '../i18n';
import type { Notice } from '../state/store';

const useStyles = makeStyles({
  next: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  details: { marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export interface NoticeBarProps {
  readonly notice: Notice | null;
  readonly messages: PaneMessages;
  readonly onDismiss: () => void;
}

export function NoticeBar({ notice, messages, onDismiss }: NoticeBarProps): JSX.Element | null {
  const styles = useStyles();
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid="notice" data-intent={notice.intent}>
      <MessageBarBody>
        {notice.title ? <MessageBarTitle>{notice.title}</MessageBarTitle> : null}
        {notice.body}
        {notice.next ? <span className={styles.next}>{notice.next}</span> : null}
        {notice.detail ? (
          <details className={styles.details}>
            <summary>{messages.errors.details}</summary>
            {notice.detail}
          </details>
        ) : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" icon={<DismissRegular />} aria-label={messages.errors.dismiss} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
