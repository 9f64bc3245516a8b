// The receiver's controls, always at the bottom in thumb reach: Stop (largest), Pause, Ease off, Pain.
import type { Ref } from 'preact';
import { FixedName } from '../../components/FixedName';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n/translate';
import { PressButton } from './PressButton';

export type ControlEvent = 'STOP' | 'PAIN' | 'PAUSE' | 'RESUME' | 'EASE_OFF';

export interface StopBarProps {
  paused: boolean;
  /** Whether the session would act on this event now; others are shown but inactive. */
  accepts(event: ControlEvent): boolean;
  send(event: ControlEvent): void;
  stopRef?: Ref<HTMLButtonElement>;
}

export function StopBar({ paused, accepts, send, stopRef }: StopBarProps) {
  const t = useT();
  const pauseOrResume: ControlEvent = paused ? 'RESUME' : 'PAUSE';
  return (
    <section class="stop-bar" aria-label={t('live.controls')}>
      <div class="stop-bar__row">
        <PressButton
          class="button button--secondary stop-bar__button"
          actsOn="click"
          inactive={!accepts(pauseOrResume)}
          onPress={() => send(pauseOrResume)}
        >
          <Icon name={paused ? 'play' : 'pause'} />
          <FixedName name={paused ? 'button.resume' : 'button.pause'} />
        </PressButton>
        <PressButton
          class="button button--secondary stop-bar__button"
          actsOn="click"
          inactive={!accepts('EASE_OFF')}
          onPress={() => send('EASE_OFF')}
        >
          <FixedName name="button.easeOff" />
        </PressButton>
        <PressButton
          class="button button--secondary stop-bar__button stop-bar__pain"
          inactive={!accepts('PAIN')}
          onPress={() => send('PAIN')}
        >
          <Icon name="warning" />
          {t('live.button.pain')}
        </PressButton>
      </div>
      {/* Never inactive: a Stop that seems not to work is worse than one that repeats itself. */}
      <PressButton
        class="button button--danger stop-bar__stop"
        buttonRef={stopRef}
        onPress={() => send('STOP')}
      >
        <Icon name="stop" />
        <FixedName name="button.stop" />
      </PressButton>
    </section>
  );
}
