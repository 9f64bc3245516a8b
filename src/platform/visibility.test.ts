// @vitest-environment jsdom
// The Visibility contract, held by the fake and by the document adapter.
import { afterEach, describe, expect, it } from 'vitest';
import { documentVisibility, FakeVisibility, type Visibility } from './visibility';

interface VisibilityHarness {
  visibility: Visibility;
  set(visible: boolean): void;
}

function visibilityContract(name: string, make: () => VisibilityHarness) {
  describe(`Visibility contract: ${name}`, () => {
    it('tells listeners when the page is hidden and shown again', () => {
      const { visibility, set } = make();
      const seen: boolean[] = [];
      visibility.onChange((visible) => seen.push(visible));
      set(false);
      expect(visibility.isVisible()).toBe(false);
      set(true);
      expect(visibility.isVisible()).toBe(true);
      expect(seen).toEqual([false, true]);
    });

    it('stops telling a listener that unsubscribed', () => {
      const { visibility, set } = make();
      const seen: boolean[] = [];
      const unsubscribe = visibility.onChange((visible) => seen.push(visible));
      unsubscribe();
      set(false);
      expect(seen).toEqual([]);
    });
  });
}

visibilityContract('FakeVisibility', () => {
  const visibility = new FakeVisibility(true);
  return { visibility, set: (visible) => visibility.set(visible) };
});

describe('documentVisibility', () => {
  afterEach(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
  });

  visibilityContract('documentVisibility', () => ({
    visibility: documentVisibility(document),
    set(visible) {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        value: visible ? 'visible' : 'hidden',
      });
      document.dispatchEvent(new Event('visibilitychange'));
    },
  }));
});
