// The stop agreement: stop word, physical signal, both people's confirmation and baseline pain.
import { useState } from 'preact/hooks';
import { SIGNAL_MAX_LENGTH, STOP_WORD_MAX_LENGTH } from '../../domain/record/sessionRecord';
import { Button } from '../components/Button';
import { Checkbox } from '../components/Checkbox';
import { Field } from '../components/Field';
import { FixedName } from '../components/FixedName';
import { PainScale } from '../components/PainScale';
import { RadioGroup, type RadioOption } from '../components/RadioGroup';
import { Screen } from '../components/Screen';
import { useFocusProblem } from '../components/useFocusProblem';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/translate';
import {
  type Agreement as AgreementValue,
  DEFAULT_STOP_WORD,
  isPhysicalSignalPreset,
  PHYSICAL_SIGNAL_LABEL_KEYS,
  type PhysicalSignalPreset,
} from './agreement';

/** What carries over from an earlier agreement: the stop word and signal, never the pain. */
export type EarlierAgreement = Pick<AgreementValue, 'stopWord' | 'physicalSignal'>;

export interface AgreementProps {
  initial?: EarlierAgreement;
  onDone(agreement: AgreementValue): void;
}

type SignalChoice = PhysicalSignalPreset | 'other';

const IDS = {
  stopWord: 'agreement-stop-word',
  signal: 'agreement-signal',
  otherSignal: 'agreement-signal-other',
  receiver: 'agreement-receiver',
  partner: 'agreement-partner',
  baseline: 'agreement-baseline',
} as const;

type Problem = keyof typeof IDS;

const ERROR_KEYS = {
  stopWord: 'agreement.stopWord.error',
  signal: 'agreement.signal.error',
  otherSignal: 'agreement.signal.otherError',
  receiver: 'agreement.confirm.receiverError',
  partner: 'agreement.confirm.partnerError',
  baseline: 'agreement.baseline.error',
} as const satisfies Record<Problem, MessageKey>;

function initialChoice(initial: EarlierAgreement | undefined): SignalChoice | undefined {
  if (!initial) return undefined;
  return isPhysicalSignalPreset(initial.physicalSignal) ? initial.physicalSignal : 'other';
}

export function Agreement({ initial, onDone }: AgreementProps) {
  const t = useT();
  const focusProblem = useFocusProblem();
  const [stopWord, setStopWord] = useState(initial?.stopWord ?? DEFAULT_STOP_WORD);
  const [signal, setSignal] = useState<SignalChoice | undefined>(initialChoice(initial));
  const [otherSignal, setOtherSignal] = useState(
    initial && !isPhysicalSignalPreset(initial.physicalSignal) ? initial.physicalSignal : '',
  );
  // Both people confirm afresh every time; a past agreement never ticks these.
  const [receiverConfirmed, setReceiverConfirmed] = useState(false);
  const [partnerConfirmed, setPartnerConfirmed] = useState(false);
  // Pain "right now" is asked afresh each time: an earlier answer would be a stale baseline.
  const [baselinePain, setBaselinePain] = useState<number | undefined>(undefined);
  const [tried, setTried] = useState(false);

  const problems: Problem[] = [];
  if (stopWord.trim() === '') problems.push('stopWord');
  if (signal === undefined) problems.push('signal');
  if (signal === 'other' && otherSignal.trim() === '') problems.push('otherSignal');
  if (!receiverConfirmed) problems.push('receiver');
  if (!partnerConfirmed) problems.push('partner');
  if (baselinePain === undefined) problems.push('baseline');

  const errorFor = (problem: Problem) =>
    tried && problems.includes(problem) ? t(ERROR_KEYS[problem]) : undefined;

  const submit = () => {
    const first = problems[0];
    if (first !== undefined || signal === undefined || baselinePain === undefined) {
      setTried(true);
      if (first !== undefined) focusProblem(IDS[first]);
      return;
    }
    onDone({
      stopWord: stopWord.trim(),
      physicalSignal: signal === 'other' ? otherSignal.trim() : signal,
      baselinePain,
    });
  };

  const signalOptions: RadioOption<SignalChoice>[] = [
    { value: 'twoTaps', label: t(PHYSICAL_SIGNAL_LABEL_KEYS.twoTaps) },
    { value: 'raisedHand', label: t(PHYSICAL_SIGNAL_LABEL_KEYS.raisedHand) },
    {
      value: 'other',
      label: t('agreement.signal.other'),
      detail:
        signal === 'other' ? (
          <Field
            id={IDS.otherSignal}
            label={t('agreement.signal.otherLabel')}
            value={otherSignal}
            onInput={setOtherSignal}
            maxLength={SIGNAL_MAX_LENGTH}
            error={errorFor('otherSignal')}
          />
        ) : undefined,
    },
  ];

  return (
    <Screen
      title={t('agreement.title')}
      actions={
        <Button variant="primary" size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      <p class="lead">{t('agreement.intro')}</p>
      <Field
        id={IDS.stopWord}
        label={t('agreement.stopWord.label')}
        hint={t('agreement.stopWord.hint')}
        value={stopWord}
        onInput={setStopWord}
        maxLength={STOP_WORD_MAX_LENGTH}
        autocomplete="off"
        error={errorFor('stopWord')}
      />
      <RadioGroup<SignalChoice>
        id={IDS.signal}
        legend={t('agreement.signal.legend')}
        hint={t('agreement.signal.hint')}
        name="physical-signal"
        options={signalOptions}
        value={signal}
        onChange={setSignal}
        error={errorFor('signal')}
      />
      <section class="section" aria-labelledby="agreement-confirm">
        <h2 id="agreement-confirm">{t('agreement.confirm.heading')}</h2>
        <Checkbox
          id={IDS.receiver}
          label={t('agreement.confirm.receiver')}
          checked={receiverConfirmed}
          onChange={setReceiverConfirmed}
          error={errorFor('receiver')}
        />
        <Checkbox
          id={IDS.partner}
          label={t('agreement.confirm.partner')}
          checked={partnerConfirmed}
          onChange={setPartnerConfirmed}
          error={errorFor('partner')}
        />
      </section>
      <section class="section" aria-labelledby="agreement-scale">
        <h2 id="agreement-scale">{t('agreement.scale.heading')}</h2>
        <p>{t('agreement.scale.intro')}</p>
        <ul class="stack">
          <li>{t('agreement.scale.zero')}</li>
          <li>{t('agreement.scale.gentle')}</li>
          <li>
            <strong>{t('agreement.scale.pain')}</strong>
          </li>
        </ul>
        <PainScale
          id={IDS.baseline}
          name="baseline-pain"
          legend={t('agreement.baseline.legend')}
          hint={t('agreement.baseline.hint')}
          value={baselinePain}
          onChange={setBaselinePain}
          error={errorFor('baseline')}
        />
      </section>
    </Screen>
  );
}
