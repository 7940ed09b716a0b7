/**
 * Collects the text of a string item (<si> in sharedStrings.xml, <is> in a cell): plain <t>, or
 * the <t> of each rich-text run <r>, never the phonetic guide in <rPh>.
 */
export class InlineTextCollector {
  private parts: string[] = [];
  private inT = false;
  private phoneticDepth = 0;

  get wantText(): boolean {
    return this.inT && this.phoneticDepth === 0;
  }

  reset(): void {
    this.parts = [];
    this.inT = false;
    this.phoneticDepth = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't') this.inT = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth = Math.max(0, this.phoneticDepth - 1);
    else if (name === 't') this.inT = false;
  }

  text(t: string): void {
    if (this.wantText) this.parts.push(t);
  }

  value(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }
}
