/** Saves a blob as a file through a temporary object URL. */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file. */
export function downloadText(filename: string, text: string, type = 'application/geo+json'): void {
  saveBlob(filename, new Blob([text], { type }));
}
