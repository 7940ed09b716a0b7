/**
 * sharedStrings.xml: the text of every t="s" cell. Rich-text runs are joined; phonetic guides
 * (<rPh>, furigana over CJK text) are not part of the cell's text and are skipped. The `count`
 * attribute is ignored — files in the wild claim 8,876,876,876,876 strings.
 */
import { decodeOoxmlEscapes } from './xml-scanner';
import type { Package } from './package';
import { InlineTextCollector } from './text-collector';

export async function readSharedStrings(pkg: Package, part: string): Promise<string[]> {
  const strings: string[] = [];
  const collector = new InlineTextCollector();
  let inItem = false;
  await pkg.scan(part, {
    get wantText() {
      return collector.wantText;
    },
    open(name: string) {
      if (name === 'si') {
        inItem = true;
        collector.reset();
      } else if (inItem) collector.open(name);
    },
    close(name: string) {
      if (name === 'si') {
        inItem = false;
        strings.push(decodeOoxmlEscapes(collector.value()));
      } else if (inItem) collector.close(name);
    },
    text(t: string) {
      collector.text(t);
    },
  });
  return strings;
}
