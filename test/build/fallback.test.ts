/**
 * src/fallback/ie11.js, run in node's vm against a tiny fake DOM (no jsdom): on IE11 it must
 * replace #root with the message and flag the page; on a modern engine it must touch nothing.
 * It ships uncompiled, so it must also parse as ES5.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'acorn';

const SOURCE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'fallback', 'ie11.js'), 'utf8');

const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edge18: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

// ---------------------------------------------------------------------------------------------
// A fake DOM: just what ie11.js uses.

class FakeNode {
  readonly children: FakeNode[] = [];
  readonly attributes: Record<string, string> = {};
  readonly style: Record<string, string> = {};
  className = '';
  href = '';
  constructor(
    readonly tagName: string,
    readonly text = '',
  ) {}
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
  removeChild(child: FakeNode): FakeNode {
    this.children.splice(this.children.indexOf(child), 1);
    return child;
  }
  setAttribute(name: string, value: string): void {
    this.attributes[name] = value;
  }
  get textContent(): string {
    return this.text + this.children.map((c) => c.textContent).join('');
  }
  find(tag: string): FakeNode[] {
    const own: FakeNode[] = this.tagName === tag ? [this] : [];
    return own.concat(...this.children.map((c) => c.find(tag)));
  }
}

function fakeDocument(withRoot: boolean) {
  const root = new FakeNode('div');
  root.appendChild(new FakeNode('#text', 'placeholder'));
  const doc = {
    createElement: (tag: string) => new FakeNode(tag),
    createTextNode: (text: string) => new FakeNode('#text', text),
    getElementById: (id: string) => (withRoot && id === 'root' ? root : null),
  };
  return { doc, root };
}

interface Run {
  context: vm.Context;
  root: FakeNode;
}

/** Runs ie11.js; `globals` become globals of the script (builtins like Promise come from vm). */
function run(ua: string, globals: Record<string, unknown> = {}, opts: { withRoot?: boolean; prelude?: string } = {}): Run {
  const { doc, root } = fakeDocument(opts.withRoot ?? true);
  const context = vm.createContext({
    document: doc,
    navigator: { userAgent: ua },
    location: { pathname: '/taskpane.html' },
    fetch: () => undefined,
    console: { error: () => undefined },
    setTimeout: () => 0,
    ...globals,
  });
  if (opts.prelude) vm.runInContext(opts.prelude, context);
  vm.runInContext(SOURCE, context, { filename: 'ie11.js' });
  return { context, root };
}

const flag = (r: Run): unknown => vm.runInContext('this.__APPENDIX_CHECKER_UNSUPPORTED__', r.context);

describe('ie11.js', () => {
  test('parses as ES5', () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // …and the check does catch later syntax:
    expect(() => parse('var f = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  test('IE11: replaces #root with the Vietnamese + English message and sets the flag', () => {
    const r = run(UA.ie11);
    expect(flag(r)).toBe(true);
    const text = r.root.textContent;
    expect(text).not.toContain('placeholder');
    expect(text).toContain('Kiểm tra phụ lục không chạy được');
    expect(text).toContain('Appendix Checker cannot run in this browser');
    expect(text).toContain('npx appendix-check validate FILE.xlsx');
    const links = r.root.find('a');
    expect(links).toHaveLength(2);
    for (const a of links) expect(a.attributes.href).toBe('standalone.html');
  });

  test('Chrome: changes nothing', () => {
    const r = run(UA.chrome);
    expect(flag(r)).toBeUndefined();
    expect(r.root.textContent).toBe('placeholder');
  });

  test('an engine without ES2020 built-ins (EdgeHTML 18) gets the message too', () => {
    const r = run(UA.edge18, {}, { prelude: 'Promise.allSettled = undefined;' });
    expect(flag(r)).toBe(true);
    expect(r.root.textContent).toContain('Appendix Checker cannot run');
  });

  test('a modern user agent without fetch is treated as old', () => {
    const r = run(UA.chrome, { fetch: undefined });
    expect(flag(r)).toBe(true);
  });

  test('on the standalone page it does not link to itself', () => {
    const r = run(UA.ie11, { location: { pathname: '/standalone.html' } });
    expect(r.root.find('a')).toHaveLength(0);
    expect(r.root.textContent).toContain('Microsoft Edge');
  });

  describe('in the ribbon function file (no #root)', () => {
    function fakeOffice(dialogOk: boolean) {
      const registered = new Map<string, (event: { completed(): void }) => void>();
      const dialogHandlers: Array<() => void> = [];
      const urls: string[] = [];
      const office = {
        onReady: (cb: () => void) => cb(),
        actions: { associate: (name: string, fn: (event: { completed(): void }) => void) => registered.set(name, fn) },
        AsyncResultStatus: { Succeeded: 'succeeded' },
        EventType: { DialogEventReceived: 'dialogEventReceived' },
        context: {
          ui: {
            displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
              urls.push(url);
              cb(
                dialogOk
                  ? { status: 'succeeded', value: { addEventHandler: (_t: string, h: () => void) => dialogHandlers.push(h) } }
                  : { status: 'failed', error: { code: 12007 } },
              );
            },
          },
        },
      };
      return { office, registered, dialogHandlers, urls };
    }

    test('IE11: registers every command with a handler that explains, then completes', () => {
      const f = fakeOffice(true);
      run(UA.ie11, { Office: f.office }, { withRoot: false });
      expect([...f.registered.keys()]).toEqual(['validate', 'clearHighlights', 'exportCleaned']);
      let completed = 0;
      f.registered.get('validate')?.({ completed: () => completed++ });
      expect(f.urls).toEqual(['taskpane.html?unsupported=1']);
      expect(completed).toBe(0); // waits for the dialog to close
      f.dialogHandlers.forEach((h) => h());
      f.dialogHandlers.forEach((h) => h());
      expect(completed).toBe(1);
    });

    test('IE11: completes even when the dialog cannot open', () => {
      const f = fakeOffice(false);
      run(UA.ie11, { Office: f.office }, { withRoot: false });
      let completed = 0;
      f.registered.get('exportCleaned')?.({ completed: () => completed++ });
      expect(completed).toBe(1);
    });

    test('Chrome: registers nothing (commands.ts does)', () => {
      const f = fakeOffice(true);
      run(UA.chrome, { Office: f.office }, { withRoot: false });
      expect(f.registered.size).toBe(0);
    });
  });
});
