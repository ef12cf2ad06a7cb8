/** Hands `blob` to the browser as a download named `fileName` (an a[download] on an object URL). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: Chromium starts the download from the click, not synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file name of a Content-Disposition `attachment; filename="…"` header. */
export function attachmentFileName(header: string | null): string | undefined {
  return header?.match(/filename="([^"]+)"/)?.[1];
}
