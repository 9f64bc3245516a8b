// @vitest-environment jsdom
// A screen whose code fails to load says so and offers a retry that really fetches again.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, I18nContext, type Locale } from '../i18n/translate';
import { lazyScreen } from './lazyScreen';

// Words in these languages fail to download (offline after a language switch).
const offline = vi.hoisted(() => new Set<string>());
const wordsFetched = vi.hoisted(() => [] as [string, readonly string[]][]);
vi.mock('../i18n/translate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../i18n/translate')>();
  return {
    ...real,
    loadAreas: (locale: Locale, areas: Parameters<typeof real.loadAreas>[1]) => {
      wordsFetched.push([locale, areas]);
      return offline.has(locale)
        ? Promise.reject(new TypeError('Failed to fetch'))
        : real.loadAreas(locale, areas);
    },
  };
});

afterEach(() => {
  cleanup();
  offline.clear();
  wordsFetched.length = 0;
});

function Greeting({ name }: { name: string }) {
  return <h1>Hello {name}</h1>;
}

/** A loader that fails `failures` times (a dropped connection), then delivers the screen. */
function flakyLoader(failures: number) {
  let calls = 0;
  return vi.fn(async () => {
    calls += 1;
    if (calls <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return Greeting;
  });
}

describe('lazyScreen', () => {
  it('shows the screen once its code has arrived', async () => {
    const Lazy = lazyScreen(flakyLoader(0), []);
    render(<Lazy name="Ana" />);
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
  });

  it('says the screen could not load, and Try again fetches it again', async () => {
    const load = flakyLoader(1);
    const Lazy = lazyScreen(load, []);
    render(<Lazy name="Ana" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part of Tractus could not load');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps offering the retry, with focus on it, while the load keeps failing', async () => {
    const load = flakyLoader(2);
    const Lazy = lazyScreen(load, []);
    render(<Lazy name="Ana" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    // While the second attempt runs the page is busy and shows no stale failure.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    const again = await screen.findByRole('button', { name: 'Try again' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    fireEvent.click(again);
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('forgets a failed preload, so opening the screen later fetches it again', async () => {
    const load = flakyLoader(1);
    const Lazy = lazyScreen(load, []);
    await expect(Lazy.preload('en')).rejects.toThrow('Failed to fetch');
    render(<Lazy name="Ana" />);
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a screen on show when its words in a newly chosen language cannot load', async () => {
    offline.add('de');
    const Lazy = lazyScreen(flakyLoader(0), ['settings']);
    const inLanguage = (locale: Locale) => (
      <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
        <Lazy name="Ana" />
      </I18nContext.Provider>
    );
    const { rerender } = render(inLanguage('en'));
    expect(await screen.findByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    rerender(inLanguage('de'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The German words were asked for, failed, and the screen stayed.
    expect(wordsFetched).toContainEqual(['de', ['settings']]);
    expect(screen.getByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('fetches a screen once however many times it is shown', async () => {
    const load = flakyLoader(0);
    const Lazy = lazyScreen(load, []);
    await Lazy.preload('en');
    render(<Lazy name="Ana" />);
    // Preloaded: the screen is there in the first render, with no empty frame before it.
    expect(screen.getByRole('heading', { name: 'Hello Ana' })).toBeTruthy();
    cleanup();
    render(<Lazy name="Ben" />);
    expect(screen.getByRole('heading', { name: 'Hello Ben' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
