// @vitest-environment jsdom
// The fixed English names are marked lang="en" inside Spanish or German, and keep their names.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/en';
import { createTranslator, I18nContext, type Locale, loadAreas } from '../i18n/translate';
import { StopBar } from '../screens/live/StopBar';
import { ErrorMessage } from './ErrorMessage';
import { FixedNamesMarked } from './FixedName';
import { Notice } from './Notice';
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
          <FixedNamesMarked text="Ankle hold: mantener 10 s." />
        </p>
      </I18nContext.Provider>,
    );
    const plan = screen.getByTestId('plan');
    expect(plan.textContent).toBe('Ankle hold: mantener 10 s.');
    expect(plan.querySelector('[lang="en"]')?.textContent).toBe('Ankle hold');
  });
});

function renderWords(locale: Locale, key: MessageKey) {
  const t = createTranslator(locale);
  render(
    <I18nContext.Provider value={{ locale, t }}>
      <p data-testid="words">
        <FixedNamesMarked text={t(key)} />
      </p>
    </I18nContext.Provider>,
  );
  const words = screen.getByTestId('words');
  return {
    text: words.textContent,
    marked: [...words.querySelectorAll('[lang="en"]')].map((name) => name.textContent),
    source: t(key),
  };
}

describe('FixedNamesMarked', () => {
  it('in Spanish, marks each fixed name a sentence names, and only the names', () => {
    const { text, marked, source } = renderWords('es', 'live.recap.controls');
    expect(text).toBe(source);
    expect(marked).toEqual(['Stop', 'Gentle pull — hold here', 'Ease off', 'Pause']);
  });

  it('in German, marks the quoted names and leaves the German word Pause alone', () => {
    expect(renderWords('de', 'live.recap.controls').marked).toEqual([
      'Stop',
      'Gentle pull — hold here',
      'Ease off',
      'Pause',
    ]);
    cleanup();
    const cue = renderWords('de', 'cue.pauseRelease');
    expect(cue.text).toBe('Pause. Langsam lösen.');
    expect(cue.marked).toEqual([]);
  });

  it('in English marks nothing', () => {
    const { text, marked, source } = renderWords('en', 'live.recap.controls');
    expect(text).toBe(source);
    expect(marked).toEqual([]);
  });

  it("marks the names in a notice's title and in a field's error", () => {
    const t = createTranslator('es');
    render(
      <I18nContext.Provider value={{ locale: 'es', t }}>
        <Notice tone="warning" title={t('live.problem.screen')} />
        <ErrorMessage id="answer-error" message={t('screening.error.unanswered')} />
      </I18nContext.Provider>,
    );
    expect(screen.getByRole('note').querySelector('[lang="en"]')?.textContent).toBe('Stop');
    const error = document.getElementById('answer-error');
    // «Yes» o «No»: the quoted Spanish "No" is the name.
    expect([...(error?.querySelectorAll('[lang="en"]') ?? [])].map((n) => n.textContent)).toEqual([
      'Yes',
      'No',
    ]);
  });
});
