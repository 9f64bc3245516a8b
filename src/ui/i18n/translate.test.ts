// The browser's preferred languages pick the app's language on a first visit.
import { describe, expect, it } from 'vitest';
import { pickLocale } from './translate';

describe('pickLocale', () => {
  it('takes the first preferred language the app speaks, by its base language', () => {
    expect(pickLocale(['de-AT', 'en'])).toBe('de');
    expect(pickLocale(['es-MX'])).toBe('es');
    expect(pickLocale(['EN-gb', 'de'])).toBe('en');
  });

  it('skips languages the app does not speak', () => {
    expect(pickLocale(['fr-FR', 'es', 'de'])).toBe('es');
  });

  it('falls back to English for an unknown or empty list', () => {
    expect(pickLocale(['fr-FR', 'ja'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });
});
