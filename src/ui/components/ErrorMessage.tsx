// The message shown beside a field that needs attention: an icon, a hidden "Error:" and the words.
import { useT } from '../i18n/translate';
import { FixedNamesMarked } from './FixedName';
import { Icon } from './Icon';

export interface ErrorMessageProps {
  id: string;
  message: string;
}

export function ErrorMessage({ id, message }: ErrorMessageProps) {
  const t = useT();
  return (
    <p id={id} class="error-message">
      <Icon name="warning" />
      <span class="visually-hidden">{t('components.error.prefix')} </span>
      <FixedNamesMarked text={message} />
    </p>
  );
}

/** Joins the ids that describe a control, leaving out the missing ones. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => Boolean(id));
  return present.length > 0 ? present.join(' ') : undefined;
}
