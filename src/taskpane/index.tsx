/**
 * Task pane entry, as in Microsoft's Office-Addin-TaskPane-React template: wait for
 * Office.onReady, then mount the pane (its <FluentProvider> is in components/TaskPane.tsx).
 * Not on engines src/fallback/ie11.js rejected: it sets __APPENDIX_CHECKER_UNSUPPORTED__ and
 * has already put a message in #root.
 */
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { meetsBaseline } from '../excel/capabilities';
import { officeHost } from '../excel/host';
import { excelServices } from './excel-services';
import { MESSAGES, langFromDisplayLanguage } from './i18n';
import { mountPane } from './mount';
import { officePlatform } from './office-platform';

function start(): void {
  const container = document.getElementById('root');
  if (!container || window.__APPENDIX_CHECKER_UNSUPPORTED__) return;
  const host = officeHost();
  if (!meetsBaseline(host.office)) {
    // Excel too old for the add-in's baseline API: say so instead of failing on first use.
    const m = MESSAGES[langFromDisplayLanguage(Office.context.displayLanguage)];
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Text role="alert">{m.errors.apiMissing}</Text>
      </FluentProvider>,
    );
    return;
  }
  mountPane(container, excelServices(host, officePlatform(window)));
}

// Outside Office (a plain browser tab) office.js still resolves onReady, with host null; the
// pane then has no Excel to talk to, so only mount inside a host.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host) start();
    else {
      const container = document.getElementById('root');
      if (container && !window.__APPENDIX_CHECKER_UNSUPPORTED__) container.textContent = MESSAGES[langFromDisplayLanguage(navigator.language)].errors.outsideOffice;
    }
  });
}
