// The end of the session: complete, ended by the receiver, or ended by a warning sign with advice.
import { useEffect, useRef } from 'preact/hooks';
import type { SessionEnd } from '../../../domain/session/context';
import { Button } from '../../components/Button';
import { FixedName } from '../../components/FixedName';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/translate';
import './panel.css';

export interface EndPanelProps {
  end: SessionEnd;
  onContinue(): void;
}

export function EndPanel({ end, onContinue }: EndPanelProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // The live controls have gone; the reader lands on what happened.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const title =
    end === 'completed'
      ? t('live.end.done')
      : end === 'receiverEnded'
        ? t('live.end.receiverEnded')
        : t('live.end.endedHeading');
  return (
    <section class={`panel end end--${end}`} aria-labelledby="live-end-heading">
      <h2 id="live-end-heading" class="end__title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {end === 'urgent' && (
        <Notice tone="urgent" title={t('live.end.urgentTitle')}>
          <p>{t('live.end.urgentBody')}</p>
        </Notice>
      )}
      {end === 'redFlag' && (
        <Notice tone="danger" title={t('live.end.redFlagTitle')}>
          <p>{t('live.end.redFlagBody')}</p>
        </Notice>
      )}
      {(end === 'completed' || end === 'receiverEnded') && <p>{t('live.end.doneAdvice')}</p>}
      <div>
        <Button size="large" onClick={onContinue}>
          <FixedName name="button.continue" />
        </Button>
      </div>
    </section>
  );
}
