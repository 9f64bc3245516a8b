// First run: what Tractus is and is not, the evidence note, and an acknowledgement before going on.
import { useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { Checkbox } from '../components/Checkbox';
import { FixedName, FixedNamesMarked } from '../components/FixedName';
import { Notice } from '../components/Notice';
import { Screen } from '../components/Screen';
import { useFocusProblem } from '../components/useFocusProblem';
import { useT } from '../i18n/translate';

export interface WelcomeProps {
  onContinue(): void;
}

const ACK_ID = 'welcome-ack';

export function Welcome({ onContinue }: WelcomeProps) {
  const t = useT();
  const focusProblem = useFocusProblem();
  const [acknowledged, setAcknowledged] = useState(false);
  const [tried, setTried] = useState(false);

  const submit = () => {
    if (acknowledged) {
      onContinue();
      return;
    }
    setTried(true);
    focusProblem(ACK_ID);
  };

  return (
    <Screen
      title={t('welcome.title')}
      actions={
        <Button variant="primary" size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      <p class="lead">{t('welcome.intro')}</p>
      <section class="section" aria-labelledby="welcome-does">
        <h2 id="welcome-does">{t('welcome.does.heading')}</h2>
        <ul class="stack">
          <li>{t('welcome.does.screen')}</li>
          <li>{t('welcome.does.prepare')}</li>
          <li>
            <FixedNamesMarked text={t('welcome.does.coach')} />
          </li>
          <li>{t('welcome.does.log')}</li>
        </ul>
      </section>
      <section class="section" aria-labelledby="welcome-is-not">
        <h2 id="welcome-is-not">{t('welcome.isNot.heading')}</h2>
        <ul class="stack">
          <li>{t('welcome.isNot.treatment')}</li>
          <li>{t('welcome.isNot.care')}</li>
          <li>{t('welcome.isNot.advice')}</li>
          <li>{t('welcome.isNot.cause')}</li>
        </ul>
      </section>
      <Notice tone="info" title={t('welcome.evidence.title')}>
        <p>{t('welcome.evidence.body')}</p>
      </Notice>
      <Checkbox
        id={ACK_ID}
        label={t('welcome.ack.label')}
        checked={acknowledged}
        onChange={setAcknowledged}
        error={tried && !acknowledged ? t('welcome.ack.error') : undefined}
      />
    </Screen>
  );
}
