// A name the interface keeps in English: inside another language it is marked lang="en", so a
// screen reader says it in English (WCAG 3.1.2); its words, and so accessible names, do not change.
import { useContext } from 'preact/hooks';
import type { FixedKey } from '../i18n/fixed';
import { I18nContext } from '../i18n/translate';

export interface FixedNameProps {
  name: FixedKey;
}

export function FixedName({ name }: FixedNameProps) {
  const { locale, t } = useContext(I18nContext);
  const words = t(name);
  return locale === 'en' ? words : <span lang="en">{words}</span>;
}
