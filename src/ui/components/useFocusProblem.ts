// Moves focus to the first field that needs attention, after the messages beside it have rendered.
import { useEffect, useState } from 'preact/hooks';

const FOCUSABLE = 'input:not([disabled]), select, textarea, button:not([disabled])';

/** Focuses the element with this id, or the first control inside it (e.g. a radio group). */
export function focusProblem(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  (control ?? target).focus();
}

/** Returns a function that focuses the given id once the next render (with its messages) is done. */
export function useFocusProblem(): (id: string) => void {
  // A fresh object each time, so asking for the same id twice still moves focus again.
  const [request, setRequest] = useState<{ id: string } | undefined>(undefined);
  useEffect(() => {
    if (request) focusProblem(request.id);
  }, [request]);
  return (id) => setRequest({ id });
}
