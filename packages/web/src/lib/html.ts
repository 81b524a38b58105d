/**
 * User text for the few browser APIs that take HTML (Leaflet tooltips, popups and attributions).
 * Everything else renders text through React; never hand such an API a string from the server as is.
 */

/** A `<span>` holding `text` as text, for APIs that take an element (Leaflet tooltips and popups): never parsed as HTML. */
export function textElement(text: string, className?: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.textContent = text;
  if (className) span.className = className;
  return span;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` escaped for APIs that only take an HTML string (Leaflet's attribution control). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
