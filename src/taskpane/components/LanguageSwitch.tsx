/** Switches the pane between Vietnamese and English (it starts in Office's display language). */
import { Button } from '@fluentui/react-components';
import { LocalLanguageRegular } from '@fluentui/react-icons';
import type { Lang } from '../../engine/options';
import type { PaneMessages } from '../i18n';

export function LanguageSwitch({ messages, onSwitch }: { messages: PaneMessages; onSwitch: (lang: Lang) => void }): JSX.Element {
  const other: Lang = messages.lang === 'vi' ? 'en' : 'vi';
  return (
    <Button
      appearance="subtle"
      size="small"
      icon={<LocalLanguageRegular />}
      onClick={() => onSwitch(other)}
      title={messages.language.switchToHint}
      lang={other}
      data-testid="lang-switch"
    >
      {messages.language.switchTo}
    </Button>
  );
}
