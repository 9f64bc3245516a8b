// A page frame: <main> with the screen's h1 (focused on arrival), an optional picture and actions.
import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useId, useRef } from 'preact/hooks';
import { I18nContext } from '../i18n/translate';
import { usePageTitle } from './usePageTitle';

export interface ScreenProps {
  title: string;
  children: ComponentChildren;
  /** An illustration shown under the title. */
  illustration?: ComponentChildren;
  /** The buttons that move on (Continue, Back), kept together at the end. */
  actions?: ComponentChildren;
}

export function Screen({ title, children, illustration, actions }: ScreenProps) {
  const titleId = `screen-title-${useId()}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const { locale } = useContext(I18nContext);
  const titledIn = useRef(locale);
  // A new screen (or a new title on the same frame) is announced by moving focus to its heading;
  // a title that changed only with the language is the same screen, so focus stays where it is.
  useEffect(() => {
    if (titledIn.current !== locale) {
      titledIn.current = locale;
      return;
    }
    heading.current?.focus();
  }, [title, locale]);
  usePageTitle(title);
  return (
    <main class="screen container" aria-labelledby={titleId}>
      <h1 id={titleId} class="screen__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {illustration !== undefined && <div class="screen__illustration">{illustration}</div>}
      <div class="screen__body">{children}</div>
      {actions !== undefined && <footer class="screen__actions">{actions}</footer>}
    </main>
  );
}
