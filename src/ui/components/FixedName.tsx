// A name the interface keeps in English: inside another language it is marked lang="en", so a
// screen reader says it in English (WCAG 3.1.2); its words, and so accessible names, do not change.
import { useContext } from 'preact/hooks';
import { FIXED_KEYS, type FixedKey } from '../i18n/fixed';
import { fixedNamesIn } from '../i18n/fixedNamesIn';
import { I18nContext } from '../i18n/translate';

export interface FixedNameProps {
  name: FixedKey;
}

export function FixedName({ name }: FixedNameProps) {
  const { locale, t } = useContext(I18nContext);
  const words = t(name);
  return locale === 'en' ? words : <span lang="en">{words}</span>;
}

export interface FixedNamesMarkedProps {
  /** Translated words that may name fixed names in plain text, as in «Stop» (parar). */
  text: string;
}

/**
 * A translated text with every fixed name in it marked as FixedName marks it: one a sentence
 * names («Stop» (parar)), or one put in as a parameter (a technique, the Resume button).
 */
export function FixedNamesMarked({ text }: FixedNamesMarkedProps) {
  const { locale, t } = useContext(I18nContext);
  // English needs no marking: nothing to look up, in a caption that a Stop renders above all.
  if (locale === 'en') return <>{text}</>;
  const parts = fixedNamesIn(
    text,
    locale,
    FIXED_KEYS.map((key) => t(key)),
  );
  return (
    <>
      {parts.map((part, index) =>
        part.english ? (
          // The parts never reorder: their place is who they are.
          <span key={index} lang="en">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
