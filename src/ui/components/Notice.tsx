// A calm panel for information, warnings, must-not messages and urgent advice; never colour alone.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n/translate';
import { FixedNamesMarked } from './FixedName';
import { Icon, type IconName } from './Icon';

export type NoticeTone = 'info' | 'warning' | 'danger' | 'urgent';

export interface NoticeProps {
  tone: NoticeTone;
  title?: string;
  children?: ComponentChildren;
  /** Defaults: "alert" for danger and urgent (announced at once), "note" otherwise. */
  role?: 'alert' | 'status' | 'note';
  id?: string;
}

const ICONS: Record<NoticeTone, IconName> = {
  info: 'info',
  warning: 'warning',
  danger: 'stop',
  urgent: 'warning',
};

const TONE_KEYS = {
  info: 'components.notice.info',
  warning: 'components.notice.warning',
  danger: 'components.notice.danger',
  urgent: 'components.notice.urgent',
} as const satisfies Record<NoticeTone, string>;

export function Notice({ tone, title, children, role, id }: NoticeProps) {
  const t = useT();
  const resolvedRole = role ?? (tone === 'danger' || tone === 'urgent' ? 'alert' : 'note');
  return (
    <div id={id} class={`notice notice--${tone}`} role={resolvedRole}>
      <Icon name={ICONS[tone]} class="notice__icon" />
      <div class="notice__content">
        {title !== undefined ? (
          <p class="notice__title">
            <span class="visually-hidden">{t(TONE_KEYS[tone])}: </span>
            <FixedNamesMarked text={title} />
          </p>
        ) : (
          <span class="visually-hidden">{t(TONE_KEYS[tone])}: </span>
        )}
        {children}
      </div>
    </div>
  );
}
