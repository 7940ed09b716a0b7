/*
 * Appendix Checker — fallback for old embedded browsers. PLAIN ES5 ONLY: this file ships as
 * written (copied, not compiled) and test/build/fallback.test.ts parses it as ES5.
 *
 * Volume-licensed Excel 2016/2019 runs add-ins in Internet Explorer 11 (or the old EdgeHTML
 * engine), where the React/Fluent bundle, compiled for ES2020, cannot even be parsed. This
 * script runs before the bundle and, on such engines:
 *   - in a page with #root (task pane, standalone page): replaces its content with a short
 *     Vietnamese + English message pointing to the standalone page and the CLI;
 *   - in the ribbon's function file (no #root): registers the ribbon commands with a handler
 *     that opens that same message in a dialog, so a button never silently does nothing;
 *   - sets window.__APPENDIX_CHECKER_UNSUPPORTED__ = true, which the bundles check before
 *     mounting or registering anything. (In IE11 the bundle fails with a syntax error anyway;
 *     that is harmless because the message is already on screen.)
 */
(function (global) {
  'use strict';

  var doc = global.document;
  var nav = global.navigator || {};

  /**
   * Old engine = IE (Trident/MSIE) or an engine without the ES2015–ES2020 built-ins our
   * bundle relies on. The bundle is ES2020 syntax; an engine missing ES2020 built-ins
   * (globalThis, Promise.allSettled) almost certainly misses its syntax too (EdgeHTML 18).
   */
  function isUnsupported() {
    var ua = String(nav.userAgent || '');
    if (/Trident\/|MSIE /.test(ua)) return true;
    if (typeof global.Symbol !== 'function' || typeof global.fetch !== 'function') return true;
    if (typeof global.Promise !== 'function' || typeof global.Promise.allSettled !== 'function') return true;
    return typeof globalThis === 'undefined';
  }

  if (!doc || !isUnsupported()) return;
  global.__APPENDIX_CHECKER_UNSUPPORTED__ = true;

  var CLI_COMMAND = 'npx appendix-check validate FILE.xlsx';

  function onStandalonePage() {
    var path = String((global.location && global.location.pathname) || '');
    return /standalone\.html$/.test(path);
  }

  /** Absolute form of a relative URL, via an anchor (IE11 has no URL constructor). */
  function absolute(relative) {
    var a = doc.createElement('a');
    a.href = relative;
    return String(a.href || relative);
  }

  function el(tag, text) {
    var node = doc.createElement(tag);
    if (text) node.appendChild(doc.createTextNode(text));
    return node;
  }

  /** A heading sized for a narrow task pane (browser defaults are far too big there). */
  function heading(tag, text) {
    var h = el(tag, text);
    h.style.fontSize = tag === 'h1' ? '18px' : '16px';
    h.style.margin = '0 0 8px';
    return h;
  }

  function paragraph(parts) {
    var p = el('p');
    for (var i = 0; i < parts.length; i++) {
      p.appendChild(typeof parts[i] === 'string' ? doc.createTextNode(parts[i]) : parts[i]);
    }
    return p;
  }

  function standaloneLink() {
    var a = el('a', absolute('standalone.html'));
    a.setAttribute('href', 'standalone.html');
    // In the task pane, a new window opens the user's default (modern) browser.
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener');
    return a;
  }

  function message() {
    var box = el('div');
    box.setAttribute('role', 'alert');
    box.className = 'appendix-checker-unsupported';
    box.style.fontFamily = 'Segoe UI, Arial, sans-serif';
    box.style.fontSize = '14px';
    box.style.lineHeight = '1.4';
    box.style.padding = '12px';
    var standalone = onStandalonePage();

    box.appendChild(heading('h1', 'Kiểm tra phụ lục không chạy được trong trình duyệt này'));
    box.appendChild(paragraph(['Phiên bản Excel này dùng trình duyệt nhúng cũ (Internet Explorer hoặc Edge đời cũ).']));
    box.appendChild(standalone
      ? paragraph(['Hãy mở trang này bằng Microsoft Edge hoặc Google Chrome.'])
      : paragraph(['Hãy mở trang kiểm tra độc lập bằng Microsoft Edge hoặc Google Chrome: ', standaloneLink()]));
    box.appendChild(paragraph(['Hoặc dùng dòng lệnh: ', el('code', CLI_COMMAND)]));

    var english = el('div');
    english.setAttribute('lang', 'en');
    english.style.marginTop = '20px';
    english.appendChild(heading('h2', 'Appendix Checker cannot run in this browser'));
    english.appendChild(paragraph(['This version of Excel runs add-ins in an old embedded browser (Internet Explorer or legacy Edge).']));
    english.appendChild(standalone
      ? paragraph(['Please open this page in Microsoft Edge or Google Chrome.'])
      : paragraph(['Open the standalone checker in Microsoft Edge or Google Chrome: ', standaloneLink()]));
    english.appendChild(paragraph(['Or use the command line: ', el('code', CLI_COMMAND)]));
    box.appendChild(english);
    return box;
  }

  function showMessage(container) {
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(message());
  }

  /** Ribbon buttons: show the same message (the task pane page renders it) in a dialog. */
  function registerCommands(office) {
    var names = ['validate', 'clearHighlights', 'exportCleaned'];
    function explain(event) {
      var finished = false;
      function done() {
        if (finished) return;
        finished = true;
        event.completed();
      }
      try {
        office.context.ui.displayDialogAsync(absolute('taskpane.html?unsupported=1'), { height: 50, width: 40 },
          function (result) {
            if (result.status !== office.AsyncResultStatus.Succeeded) {
              if (global.console) global.console.error('Appendix Checker: cannot open the dialog', result.error);
              done();
              return;
            }
            result.value.addEventHandler(office.EventType.DialogEventReceived, done);
            // Do not hold the add-in's other buttons forever if the close event never arrives.
            global.setTimeout(done, 5 * 60 * 1000);
          });
      } catch (e) {
        if (global.console) global.console.error('Appendix Checker: cannot open the dialog', e);
        done();
      }
    }
    office.onReady(function () {
      for (var i = 0; i < names.length; i++) office.actions.associate(names[i], explain);
    });
  }

  var root = doc.getElementById('root');
  if (root) {
    showMessage(root);
  } else if (global.Office && global.Office.actions && global.Office.onReady) {
    registerCommands(global.Office);
  }
})(typeof window !== 'undefined' ? window : this);
