// Pain before → after, read aloud as words ("4 before, 3 after") rather than as an arrow.
import { useT } from '../../i18n/translate';

export interface PainChangeProps {
  before: number | null;
  after: number | null;
}

export function PainChange({ before, after }: PainChangeProps) {
  const t = useT();
  const none = t('history.pain.none');
  const values = { before: before ?? none, after: after ?? none };
  return (
    <>
      <span aria-hidden="true">{t('history.pain.change', values)}</span>
      <span class="visually-hidden">{t('history.pain.changeSpoken', values)}</span>
    </>
  );
}
