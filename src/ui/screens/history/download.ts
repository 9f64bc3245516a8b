// Saves text as a file through the browser's own download: a Blob and an <a download>.

/** Long enough for every browser to start reading the Blob before its URL is let go. */
const REVOKE_AFTER_MS = 10_000;

export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
