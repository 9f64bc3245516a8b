// @vitest-environment jsdom
// The fixed English names are marked lang="en" inside Spanish or German, and keep their names.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, I18nContext, type Locale, loadAreas } from '../i18n/translate';
import { StopBar } from '../screens/live/StopBar';
import { WithFixedName } from './FixedName';
import { YesNoQuestion } from './YesNoQuestion';

afterEach(cleanup);
beforeAll(() =>
  Promise.all([loadAreas('es', ['boot', 'session']), loadAreas('de', ['boot', 'session'])]),
);

function renderIn(locale: Locale) {
  render(
    <I18nContext.Provider value={{ locale, t: createTranslator(locale) }}>
      <StopBar paused={false} accepts={() => true} send={() => undefined} />
      <YesNoQuestion question="¿Algo?" name="q" value={undefined} onChange={() => undefined} />
    </I18nContext.Provider>,
  );
}

describe('FixedName', () => {
  for (const locale of ['es', 'de'] as const) {
    it(`in ${locale}, Stop, Pause, Ease off, Yes and No are English by their lang, names unchanged`, () => {
      renderIn(locale);
      for (const name of ['Stop', 'Pause', 'Ease off']) {
        const marked = screen.getByRole('button', { name }).querySelector('[lang]');
        expect(marked?.getAttribute('lang'), name).toBe('en');
        expect(marked?.textContent, name).toBe(name);
      }
      for (const name of ['Yes', 'No']) {
        const label = (screen.getByRole('radio', { name }) as HTMLInputElement).labels?.[0];
        expect(label?.querySelector('[lang="en"]')?.textContent, name).toBe(name);
      }
      // The translated Pain button is in the page's language.
      expect(
        screen.getByRole('button', { name: locale === 'es' ? 'Dolor' : 'Schmerz' }),
      ).toBeTruthy();
    });
  }

  it('in English nothing is marked: the page is English already', () => {
    renderIn('en');
    expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(document.querySelectorAll('[lang]')).toHaveLength(0);
  });

  it('marks a fixed name inside a translated sentence, and only the name', () => {
    render(
      <I18nContext.Provider value={{ locale: 'es', t: createTranslator('es') }}>
        <p data-testid="plan">
          <WithFixedName name="technique.ankleHold" words={(place) => `${place}: mantener 10 s.`} />
        </p>
      </I18nContext.Provider>,
    );
    const plan = screen.getByTestId('plan');
    expect(plan.textContent).toBe('Ankle hold: mantener 10 s.');
    expect(plan.querySelector('[lang="en"]')?.textContent).toBe('Ankle hold');
  });
});
