// The returning user's start: begin a session (with the right check first), history, settings.
import type { Profile } from '../../domain/record/profile';
import { dayBarsSession, fullScreeningDue } from '../../domain/screening';
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

/** An urgent or avoid outcome earlier today: no session, so its advice replaces the way in. */
function barredToday(profile: Profile, today: string): keyof typeof BARRED_ADVICE | undefined {
  if (dayBarsSession(profile.lastUrgentOn ?? undefined, today)) return 'urgentToday';
  if (profile.lastAvoid && dayBarsSession(profile.lastAvoid.on, today)) return 'avoidToday';
  return undefined;
}

// The advice for each barred day, with the Notice tone of the outcome screen it stands for.
const BARRED_ADVICE = {
  urgentToday: {
    tone: 'urgent',
    title: 'home.urgentToday.title',
    body: 'home.urgentToday.body',
    next: 'home.urgentToday.next',
  },
  avoidToday: {
    tone: 'danger',
    title: 'home.avoidToday.title',
    body: 'home.avoidToday.body',
    next: 'home.avoidToday.next',
  },
} as const;

function BarredToday({ day }: { day: keyof typeof BARRED_ADVICE }) {
  const t = useT();
  const advice = BARRED_ADVICE[day];
  return (
    <Notice tone={advice.tone} title={t(advice.title)}>
      <p>{t(advice.body)}</p>
      <p>{t(advice.next)}</p>
    </Notice>
  );
}

export function Home({ profile, onBegin, onHistory, onSettings, settingsProblem }: HomeProps) {
  const t = useT();
  const today = localDate(useServices().wallNow());
  const due = fullScreeningDue(profile.lastFullScreeningOn ?? undefined, today);
  const barred = barredToday(profile, today);
  const { plan } = profile;
  return (
    <Screen
      title={t('home.title')}
      illustration={<ReceiverLying />}
      actions={
        <>
          {!barred && (
            <Button size="large" onClick={onBegin}>
              {t('home.begin')}
            </Button>
          )}
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
      {barred ? <BarredToday day={barred} /> : <p>{t(firstCheck(profile, due))}</p>}
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
