// Test helper: what assistive technology reads as an element's description (aria-describedby).

/** The text an element's aria-describedby points at, spaces tidied. */
export function descriptionOf(element: Element): string {
  const ids = element.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
