/**
 * The ribbon's function file (commands.html): registers the ExecuteFunction handlers named in
 * manifest.xml. The logic lives in actions.ts; this file only wires it to Office and Excel.
 * test/manifest/manifest.test.ts reads the associate("…") calls below, so keep them literal.
 */
import { runClearHighlights, runExportCleaned, runValidation } from '../excel/run';
import { officeHost } from '../excel/host';
import { createCommandHandlers } from './actions';
import { pickLang } from './messages';
import { officeCommandUi } from './office-ui';

Office.onReady(() => {
  // On engines src/fallback/ie11.js rejected it has registered explanatory handlers instead.
  if (window.__APPENDIX_CHECKER_UNSUPPORTED__) return;
  const host = officeHost();
  const lang = pickLang(Office.context.displayLanguage);
  const handlers = createCommandHandlers({
    lang,
    // No language or date passed: the workbook's own settings (or today) decide the report.
    runValidation: () => runValidation(host),
    runClearHighlights: () => runClearHighlights(host),
    runExportCleaned: () => runExportCleaned(host),
    ui: officeCommandUi(Office, { pageUrl: window.location.href, win: window }),
    log: (message, err) => console.error(message, err),
  });
  Office.actions.associate('validate', handlers.validate);
  Office.actions.associate('clearHighlights', handlers.clearHighlights);
  Office.actions.associate('exportCleaned', handlers.exportCleaned);
});
