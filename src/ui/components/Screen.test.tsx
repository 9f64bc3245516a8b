// @vitest-environment jsdom
// Screen: one <main> named by its h1, which takes focus when the screen appears.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator, I18nContext, type Locale } from '../i18n/translate';
import { Screen } from './Screen';

afterEach(cleanup);

describe('Screen', () => {
  it('is a main landmark named by its h1, with actions at the end', () => {
    render(
      <Screen
        title="Set up together"
        illustration={<svg role="img" aria-label="A mat" />}
        actions={<button type="button">Continue</button>}
      >
        <p>Body</p>
      </Screen>,
    );
    const main = screen.getByRole('main', { name: 'Set up together' });
    const heading = screen.getByRole('heading', { level: 1, name: 'Set up together' });
    expect(main.contains(heading)).toBe(true);
    expect(screen.getByRole('img', { name: 'A mat' })).toBeTruthy();
    expect(main.lastElementChild?.textContent).toBe('Continue');
  });

  it('moves focus to the heading on arrival and when the title changes', () => {
    const { rerender } = render(<Screen title="First">x</Screen>);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'First' }));
    rerender(<Screen title="Second">x</Screen>);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Second' }));
  });

  it('keeps focus where it is when only the language changes the title', () => {
    const inLocale = (locale: Locale, title: string) => (
      <I18nContext.Provider value={{ locale, t: createTranslator('en') }}>
        <Screen title={title}>
          <button type="button">Deutsch</button>
        </Screen>
      </I18nContext.Provider>
    );
    const { rerender } = render(inLocale('en', 'Settings'));
    const choice = screen.getByRole('button', { name: 'Deutsch' });
    choice.focus();
    rerender(inLocale('de', 'Einstellungen'));
    expect(document.activeElement).toBe(choice);
    rerender(inLocale('de', 'Verlauf'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Verlauf' }));
  });

  it('names the page after its title, in the language shown, and Home by the name alone', () => {
    const inLocale = (locale: Locale, title: string) => (
      <I18nContext.Provider value={{ locale, t: createTranslator('en') }}>
        <Screen title={title}>x</Screen>
      </I18nContext.Provider>
    );
    const { rerender } = render(inLocale('en', 'Settings'));
    expect(document.title).toBe('Settings – Tractus');
    rerender(inLocale('de', 'Einstellungen'));
    expect(document.title).toBe('Einstellungen – Tractus');
    rerender(inLocale('de', 'Tractus'));
    expect(document.title).toBe('Tractus');
  });
});
