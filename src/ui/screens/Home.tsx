// The returning user's start: begin a session (with the right check first), history, settings.
import type { Profile } from '../../domain/record/profile';
import { fullScreeningDue } from '../../domain/screening';
import { localDate, useServices } from '../app/services';
import { Button } from '../components/Button';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { Screen } from '../components/Screen';
import { problemInWords } from '../i18n/problems';
import { useT } from '../i18n/translate';
import { ReceiverLying } from '../illustrations/ReceiverLying';

export interface HomeProps {
  profile: Profile;
  onBegin(): void;
  onHistory(): void;
  onSettings(): void;
  /** What was wrong with the settings read at start (some were reset), if anything. */
  settingsProblem?: string;
}

/** What comes first when a session begins, and why. */
function firstCheck(profile: Profile, due: boolean) {
  if (!due) return 'home.preCheck';
  // Never screened, or the screening was voided: "30 days or more" would not be why.
  if (profile.lastFullScreeningOn !== null) return 'home.screeningDue';
  return profile.lastAvoid !== null ? 'home.screeningAfterAvoid' : 'home.screeningFirst';
}

export function Home({ profile, onBegin, onHistory, onSettings, settingsProblem }: HomeProps) {
  const t = useT();
  const today = localDate(useServices().wallNow());
  const due = fullScreeningDue(profile.lastFullScreeningOn ?? undefined, today);
  const { plan } = profile;
  return (
    <Screen
      title={t('home.title')}
      illustration={<ReceiverLying />}
      actions={
        <>
          <Button size="large" onClick={onBegin}>
            {t('home.begin')}
          </Button>
          <Button variant="secondary" onClick={onHistory}>
            <Icon name="history" /> {t('home.history')}
          </Button>
          <Button variant="secondary" onClick={onSettings}>
            <Icon name="settings" /> {t('home.settings')}
          </Button>
        </>
      }
    >
      {settingsProblem !== undefined && (
        <Notice tone="warning" title={t('storage.settingsResetTitle')}>
          <p>{problemInWords(settingsProblem, t)}</p>
        </Notice>
      )}
      <p>{t('home.intro')}</p>
      <p>{t(firstCheck(profile, due))}</p>
      <p>
        {t('home.plan', {
          hold: plan.holdSeconds,
          holdMax: plan.holdMaxSeconds,
          release: plan.releaseSeconds,
          rest: plan.restSeconds,
          total: plan.totalMinutes,
        })}
      </p>
    </Screen>
  );
}
