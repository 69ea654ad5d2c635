/** Saves what the page already holds (a fetched blob, a drawn SVG) as a file, as a link the user clicked would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has handed the blob to the download by now
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An SVG element drawn on the page as a standalone .svg file (its colours are attributes, so it looks the same). */
export function saveSvg(svg: SVGSVGElement, fileName: string): void {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  saveBlob(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}
