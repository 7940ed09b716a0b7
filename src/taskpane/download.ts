/**
 * Saving a file from the pane: a Blob and a temporary <a download>, which every browser and
 * Office on the web honour. Nothing is sent anywhere; the data never leaves the machine.
 */

export function downloadBlob(doc: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name safe on Windows, macOS and Linux, from a sheet name that may hold anything. */
export function safeFileName(base: string, ext: string): string {
  const cleaned = base
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${cleaned || 'phu-luc'}.${ext}`;
}
