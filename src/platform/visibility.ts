// Page visibility as a port: the scheduler and the wake lock act when the app comes back to view.

export interface Visibility {
  isVisible(): boolean;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  onChange(listener: (visible: boolean) => void): () => void;
}

/** The browser adapter over `document.visibilityState` and `visibilitychange`. */
export function documentVisibility(doc: Document = document): Visibility {
  const isVisible = () => doc.visibilityState === 'visible';
  return {
    isVisible,
    onChange(listener) {
      const handler = () => listener(isVisible());
      doc.addEventListener('visibilitychange', handler);
      return () => doc.removeEventListener('visibilitychange', handler);
    },
  };
}

export class FakeVisibility implements Visibility {
  private visible: boolean;
  private listeners = new Set<(visible: boolean) => void>();

  constructor(visible = true) {
    this.visible = visible;
  }

  isVisible(): boolean {
    return this.visible;
  }

  onChange(listener: (visible: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Like the browser, only a real change is announced. */
  set(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    for (const listener of [...this.listeners]) listener(visible);
  }
}
