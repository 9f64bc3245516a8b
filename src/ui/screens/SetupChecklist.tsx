// The set-up checklist before a session: surface, room, positions and an audio check, each ticked.
import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { Checkbox } from '../components/Checkbox';
import { FixedName, FixedNamesMarked } from '../components/FixedName';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { Screen } from '../components/Screen';
import { useFocusProblem } from '../components/useFocusProblem';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/translate';
import { PartnerStance } from '../illustrations/PartnerStance';
import { ReceiverLying } from '../illustrations/ReceiverLying';

export interface SetupChecklistProps {
  /** Plays the check; resolves with what it sounded, rejects if it could not play. */
  onAudioCheck(): Promise<AudioCheckResult>;
  onDone(): void;
}

const ITEMS = ['surface', 'room', 'receiver', 'partner', 'heard'] as const;
type Item = (typeof ITEMS)[number];

const LABEL_KEYS = {
  surface: 'setup.surface.label',
  room: 'setup.room.label',
  receiver: 'setup.receiver.label',
  partner: 'setup.partner.label',
  heard: 'setup.audio.heard',
} as const satisfies Record<Item, MessageKey>;

const WHY_KEYS = {
  surface: 'setup.surface.why',
  room: 'setup.room.why',
  receiver: 'setup.receiver.why',
  partner: 'setup.partner.why',
} as const satisfies Record<Exclude<Item, 'heard'>, MessageKey>;

/** What the check sounded: what a session under the current settings sounds. */
export type AudioCheckSounds = 'beepAndVoice' | 'voice' | 'beep' | 'stop';

export interface AudioCheckResult {
  sounded: AudioCheckSounds;
  /** The voice could not speak here: cues will be captions and the sounds left. */
  voiceFailed: boolean;
}

/** Each says what was just heard, so "we both heard it" confirms the sounds the session makes. */
const PLAYED_KEYS = {
  beepAndVoice: 'setup.audio.played',
  voice: 'setup.audio.playedVoice',
  beep: 'setup.audio.playedBeep',
  stop: 'setup.audio.playedStop',
} as const satisfies Record<AudioCheckSounds, MessageKey>;

function playedKey(result: AudioCheckResult): MessageKey {
  // A failed voice is explained in its own alert, beside the plain "has played".
  return result.voiceFailed ? 'setup.audio.played' : PLAYED_KEYS[result.sounded];
}

function voiceFailedKey(result: AudioCheckResult): MessageKey {
  return result.sounded === 'stop' ? 'setup.audio.voiceFailedStopOnly' : 'setup.audio.voiceFailed';
}

type AudioState = 'idle' | 'playing' | 'played' | 'failed';

const itemId = (item: Item) => `setup-${item}`;

export function SetupChecklist({ onAudioCheck, onDone }: SetupChecklistProps) {
  const t = useT();
  const focusProblem = useFocusProblem();
  const [ticked, setTicked] = useState<Record<Item, boolean>>({
    surface: false,
    room: false,
    receiver: false,
    partner: false,
    heard: false,
  });
  const [audio, setAudio] = useState<AudioState>('idle');
  const [tried, setTried] = useState(false);

  const [result, setResult] = useState<AudioCheckResult | null>(null);
  const missing = ITEMS.filter((item) => !ticked[item]);
  // Hearing it counts only once the check has actually played.
  const heardTooSoon = ticked.heard && audio !== 'played';

  const playAudioCheck = async () => {
    if (audio === 'playing') return;
    setAudio('playing');
    try {
      setResult(await onAudioCheck());
      setAudio('played');
    } catch {
      setAudio('failed');
    }
  };

  const submit = () => {
    const first = missing[0] ?? (heardTooSoon ? 'heard' : undefined);
    if (first === undefined) {
      onDone();
      return;
    }
    setTried(true);
    focusProblem(itemId(first));
  };

  const tick = (item: Item) => (checked: boolean) =>
    setTicked((previous) => ({ ...previous, [item]: checked }));

  const errorFor = (item: Item): string | undefined => {
    if (!tried) return undefined;
    if (item === 'heard' && heardTooSoon) return t('setup.audio.notPlayed');
    return ticked[item] ? undefined : t('setup.item.error');
  };

  const simpleItem = (item: Exclude<Item, 'heard'>) => (
    <Checkbox
      id={itemId(item)}
      label={t(LABEL_KEYS[item])}
      hint={<FixedNamesMarked text={t(WHY_KEYS[item])} />}
      checked={ticked[item]}
      onChange={tick(item)}
      error={errorFor(item)}
    />
  );

  return (
    <Screen
      title={t('setup.title')}
      actions={
        <>
          {tried && (missing.length > 0 || heardTooSoon) && (
            <Notice tone="warning" title={t('setup.missing.heading')} role="note">
              <ul>
                {(missing.length > 0 ? missing : (['heard'] as const)).map((item) => (
                  <li key={item}>{t(LABEL_KEYS[item])}</li>
                ))}
              </ul>
            </Notice>
          )}
          <Button variant="primary" size="large" onClick={submit}>
            <FixedName name="button.continue" />
          </Button>
        </>
      }
    >
      <p class="lead">{t('setup.intro')}</p>
      <ul class="question-list">
        <li class="card">{simpleItem('surface')}</li>
        <li class="card">{simpleItem('room')}</li>
        <li class="card">
          <ReceiverLying />
          {simpleItem('receiver')}
        </li>
        <li class="card">
          <PartnerStance />
          {simpleItem('partner')}
        </li>
        <li class="card">
          <section class="section" aria-labelledby="setup-audio">
            <h2 id="setup-audio">{t('setup.audio.heading')}</h2>
            <p>{t('setup.audio.why')}</p>
            <div>
              {/* Never disabled while playing: that would drop a keyboard user's focus. */}
              <Button variant="secondary" onClick={() => void playAudioCheck()}>
                <Icon name="play" />
                {t('setup.audio.play')}
              </Button>
            </div>
            <p role="status" class="muted">
              {audio === 'playing' && t('setup.audio.playing')}
              {audio === 'played' && result && <FixedNamesMarked text={t(playedKey(result))} />}
            </p>
            {audio === 'failed' && (
              <Notice tone="warning" title={t('setup.audio.failed')} role="alert" />
            )}
            {audio === 'played' && result?.voiceFailed && (
              <Notice tone="warning" title={t(voiceFailedKey(result))} role="alert" />
            )}
            <Checkbox
              id={itemId('heard')}
              label={t(LABEL_KEYS.heard)}
              checked={ticked.heard}
              onChange={tick('heard')}
              error={errorFor('heard')}
            />
          </section>
        </li>
      </ul>
    </Screen>
  );
}
