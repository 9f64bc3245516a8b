// Choosing the technique: "Ankle hold" or "Pelvic belt", each with its picture and steps.
import { useState } from 'preact/hooks';
import type { Technique } from '../../domain/plan/plan';
import { Button } from '../components/Button';
import { FixedName } from '../components/FixedName';
import { RadioGroup, type RadioOption } from '../components/RadioGroup';
import { Screen } from '../components/Screen';
import { useFocusProblem } from '../components/useFocusProblem';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/translate';
import { AnkleHold } from '../illustrations/AnkleHold';
import { PelvicBelt } from '../illustrations/PelvicBelt';

export interface TechniqueChoiceProps {
  initial?: Technique;
  onDone(technique: Technique): void;
}

const GROUP_ID = 'technique-choice';

const STEP_KEYS = {
  ankleHold: [
    'technique.ankleHold.step1',
    'technique.ankleHold.step2',
    'technique.ankleHold.step3',
    'technique.ankleHold.step4',
  ],
  pelvicBelt: [
    'technique.pelvicBelt.step1',
    'technique.pelvicBelt.step2',
    'technique.pelvicBelt.step3',
    'technique.pelvicBelt.step4',
  ],
} as const satisfies Record<Technique, readonly MessageKey[]>;

function Steps({ technique }: { technique: Technique }) {
  const t = useT();
  return (
    <figure>
      {technique === 'ankleHold' ? <AnkleHold /> : <PelvicBelt />}
      <figcaption>
        <p class="visually-hidden">{t('technique.stepsHeading')}</p>
        <ol class="steps">
          {STEP_KEYS[technique].map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

export function TechniqueChoice({ initial, onDone }: TechniqueChoiceProps) {
  const t = useT();
  const focusProblem = useFocusProblem();
  const [technique, setTechnique] = useState<Technique | undefined>(initial);
  const [tried, setTried] = useState(false);

  const options: RadioOption<Technique>[] = [
    {
      value: 'ankleHold',
      label: <FixedName name="technique.ankleHold" />,
      description: t('technique.ankleHold.summary'),
      detail: <Steps technique="ankleHold" />,
    },
    {
      value: 'pelvicBelt',
      label: <FixedName name="technique.pelvicBelt" />,
      description: t('technique.pelvicBelt.summary'),
      detail: <Steps technique="pelvicBelt" />,
    },
  ];

  const submit = () => {
    if (technique) {
      onDone(technique);
      return;
    }
    setTried(true);
    focusProblem(GROUP_ID);
  };

  return (
    <Screen
      title={t('technique.title')}
      actions={
        <Button variant="primary" size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      <p class="lead">{t('technique.intro')}</p>
      <RadioGroup<Technique>
        id={GROUP_ID}
        legend={t('technique.legend')}
        name="technique"
        options={options}
        value={technique}
        onChange={setTechnique}
        error={tried && !technique ? t('technique.error') : undefined}
      />
    </Screen>
  );
}
