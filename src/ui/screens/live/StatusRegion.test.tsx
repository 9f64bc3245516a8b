// @vitest-environment jsdom
// The live region starts with the phase's fixed name, and a fixed name inside its words (Resume)
// is marked English as the button is, so a Spanish or German screen reader says it as written.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../domain/plan/plan';
import { createSession } from '../../../domain/session/step';
import { createTranslator, I18nContext, type Locale, loadAreas } from '../../i18n/translate';
import { StatusRegion } from './StatusRegion';

afterEach(cleanup);
beforeAll(() => Promise.all([loadAreas('es', ['session']), loadAreas('de', ['session'])]));

function pausedIn(locale: Locale): HTMLElement {
  const { context } = createSession(defaultPlan(), true);
  render(
    <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
      <StatusRegion phase="paused" context={context} />
    </I18nContext.Provider>,
  );
  return screen.getByRole('status');
}

describe('StatusRegion', () => {
  it('says in English what to do while paused, nothing marked', () => {
    const status = pausedIn('en');
    expect(status.textContent).toBe('Paused — relax. Resume when you are both ready.');
    expect(status.querySelectorAll('[lang]')).toHaveLength(0);
  });

  for (const [locale, words] of [
    ['es', 'Paused — relájate. Pulsa «Resume» cuando las dos personas estén listas.'],
    ['de', 'Paused — entspannen. „Resume“ tippen, wenn Sie beide bereit sind.'],
  ] as const) {
    it(`in ${locale}, names the Resume button and marks it English, as the phase is`, () => {
      const status = pausedIn(locale);
      expect(status.textContent).toBe(words);
      const marked = [...status.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
      expect(marked).toEqual(['Paused', 'Resume']);
    });
  }
});
