// Saving a file the page fetched (with a token, so a plain link would not do) under a good name.

/** Offers a blob as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A title as part of a file name: "Week 7: Central Asia" → "week-7-central-asia". */
export function fileSlug(title: string, fallback = 'class'): string {
  const s = title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return s || fallback;
}

/** Today as YYYY-MM-DD (local time), for file names. */
export const dateStamp = (ms = Date.now()): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
