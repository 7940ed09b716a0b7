/**
 * The summary dialog a ribbon command opens (summary.html?data=…). The data comes from the URL,
 * which anyone can edit, so it is decoded field by field and every string reaches the page
 * through textContent — never as HTML.
 */
import { pickLang } from './messages';
import { decodeSummary, summaryView, SummaryView } from './summary-data';

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function table(doc: Document, rows: SummaryView['rows']): HTMLTableElement {
  const t = element(doc, 'table');
  const body = element(doc, 'tbody');
  for (const [label, value] of rows) {
    const tr = element(doc, 'tr');
    tr.append(element(doc, 'th', label), element(doc, 'td', value));
    body.append(tr);
  }
  t.append(body);
  return t;
}

/** Fills `root` with the view and returns the Close button. */
export function renderSummary(doc: Document, root: HTMLElement, view: SummaryView): HTMLButtonElement {
  root.replaceChildren();
  root.append(element(doc, 'h1', view.title));
  if (view.rows.length) root.append(table(doc, view.rows));
  if (view.budgetTitle) root.append(element(doc, 'h2', view.budgetTitle), table(doc, view.budgetRows));
  for (const note of view.notes) root.append(element(doc, 'p', note));
  if (view.detail !== null) root.append(element(doc, 'pre', view.detail, 'detail'));
  const close = element(doc, 'button', view.close);
  close.type = 'button';
  root.append(close);
  return close;
}

/** Asks the command that opened us to close the dialog; a plain browser tab just closes. */
function requestClose(): void {
  if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) {
    Office.context.ui.messageParent('close');
  } else {
    window.close();
  }
}

function main(): void {
  const root = document.getElementById('root');
  if (!root) return;
  const view = summaryView(decodeSummary(window.location.search), pickLang(navigator.language));
  document.documentElement.lang = view.lang;
  document.title = view.title;
  const close = renderSummary(document, root, view);
  close.addEventListener('click', requestClose);
  close.focus();
  // messageParent only works once Office has initialised the dialog page.
  if (typeof Office !== 'undefined') void Office.onReady();
}

main();
