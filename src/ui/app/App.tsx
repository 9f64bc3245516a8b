// The app frame: settings, language, theme, the stored profile, and which screen is showing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { planForNextSession } from '../../domain/adaptation/progression';
import { checkHistoryOf, initialProfile, type Profile } from '../../domain/record/profile';
import type { SessionRecord } from '../../domain/record/sessionRecord';
import { sessionScreening } from '../../domain/record/sessionScreening';
import { hasUnansweredStop } from '../../domain/record/unansweredStop';
import { endsWithUrgentSign, fullScreeningDue, type QuestionId } from '../../domain/screening';
import type { Settings } from '../../domain/settings/settings';
import {
  moveBy,
  onUserPop,
  pushEntry,
  replaceEntry,
  returnToBase,
} from '../../platform/appHistory';
import type { ServiceWorkerEvents } from '../../platform/serviceWorker';
import type { OpenedStore, SessionStore } from '../../platform/storage';
import { app } from '../i18n/en/app';
import {
  createTranslator,
  I18nContext,
  type Locale,
  loadAreas,
  loadedAreas,
  pickLocale,
  useT,
} from '../i18n/translate';
import type { EarlierAgreement } from '../screens/Agreement';
import type { Agreement as AgreementValue } from '../screens/agreement';
import { Home } from '../screens/Home';
import type { SessionSetup } from '../screens/live/LiveSession';
import { Recovery } from '../screens/Recovery';
import type { ScreeningPass } from '../screens/Screening';
import { Welcome } from '../screens/Welcome';
import { AppHeader } from './AppHeader';
import { applyAppearance } from './appearance';
import { runAudioCheck } from './audioCheck';
import { checkStartup } from './checkStartup';
import { lazyScreen } from './lazyScreen';
import { answerPop, entryScreen, type Route } from './route';
import { StorageBanner } from './StorageBanner';
import { localDate, type Services, ServicesContext } from './services';
import { UpdatePrompt } from './UpdatePrompt';

// Only Welcome and Home are in the first load; every other screen arrives on demand.
const Screening = lazyScreen(
  () => import('../screens/Screening').then((m) => m.Screening),
  ['session'],
);
const PreSessionCheck = lazyScreen(
  () => import('../screens/PreSessionCheck').then((m) => m.PreSessionCheck),
  ['session'],
);
const Agreement = lazyScreen(
  () => import('../screens/Agreement').then((m) => m.Agreement),
  ['session'],
);
const SetupChecklist = lazyScreen(
  () => import('../screens/SetupChecklist').then((m) => m.SetupChecklist),
  ['session'],
);
const TechniqueChoice = lazyScreen(
  () => import('../screens/TechniqueChoice').then((m) => m.TechniqueChoice),
  ['session'],
);
const LiveSession = lazyScreen(
  () => import('../screens/live/LiveSession').then((m) => m.LiveSession),
  ['session'],
);
const Summary = lazyScreen(() => import('../screens/Summary').then((m) => m.Summary), ['session']);
const History = lazyScreen(
  () => import('../screens/history/History').then((m) => m.History),
  ['history'],
);
const SessionDetail = lazyScreen(
  () => import('../screens/history/SessionDetail').then((m) => m.SessionDetail),
  ['history'],
);
const RecoveredStop = lazyScreen(
  () => import('../screens/RecoveredStop').then((m) => m.RecoveredStop),
  ['session'],
);
const SettingsScreen = lazyScreen(
  () => import('../screens/settings/Settings').then((m) => m.Settings),
  ['settings'],
);

/** The in-memory store and its warning, from code that does not load the storage code. */
function openInMemory(error: unknown): Promise<OpenedStore> {
  return import('../../platform/sessionStore').then((port) => port.memoryFallback(error));
}

/** A frame while storage opens (it is normally open long before anyone gets here). */
function Waiting({ onMount }: { onMount(): Promise<unknown> }) {
  const t = useT();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    onMount().catch(() => setFailed(true));
  }, []);
  return (
    <main class="container" aria-busy={!failed}>
      {failed && <p role="alert">{t('app.loadFailed')}</p>}
    </main>
  );
}

export function browserLocale(): Locale {
  return pickLocale(navigator.languages ?? [navigator.language]);
}

export interface AppProps {
  services: Services;
  /** The language whose first-screen words are already loaded. */
  initialLocale?: Locale;
  /** Absent in tests; the service worker is a production-build concern. */
  registerServiceWorker?: (events: ServiceWorkerEvents) => void;
}

// Screens with no way home in the header: the first run, the session itself, recovery (with
// its question about a stop, which a way out would skip), and the summary (a way out there would
// lose the pain after and the note, and with them the next session's plan).
const NO_HEADER = new Set([
  'loading',
  'welcome',
  'home',
  'live',
  'recovery',
  'recoveredStop',
  'summary',
]);

// Screens during which an update must wait: a reload there would cut a session or its set-up short,
// or lose the summary's pain after.
const SESSION_ROUTES = new Set([
  'screening',
  'preCheck',
  'agreement',
  'setup',
  'technique',
  'live',
  'recovery',
  'recoveredStop',
  'summary',
]);

export function App({ services, initialLocale = 'en', registerServiceWorker }: AppProps) {
  // Read once: both the settings and what was wrong with them come from the same load.
  const [loadedSettings] = useState(() => services.settingsStore.load());
  const [settings, setSettings] = useState<Settings>(loadedSettings.settings);
  // What went wrong reading the settings at start (shown this once), apart from a failed save.
  const settingsLoadProblem = loadedSettings.problems[0];
  const [settingsProblem, setSettingsProblem] = useState<string | undefined>(undefined);
  const [store, setStore] = useState<SessionStore | null>(null);
  const [storageWarning, setStorageWarning] = useState<string | null>(null);
  const [profile, setProfile] = useState<Profile>(initialProfile);
  const [route, setRoute] = useState<Route>({ name: 'loading' });
  const [screening, setScreening] = useState<ScreeningPass | null>(null);
  const [agreement, setAgreement] = useState<AgreementValue | null>(null);
  const [setup, setSetup] = useState<SessionSetup | null>(null);
  const [sessionStarted, setSessionStarted] = useState(false);

  const wantedLocale = settings.language ?? browserLocale();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const i18n = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);

  useEffect(() => {
    if (wantedLocale === locale) return;
    let live = true;
    // Switch only once the new language's words for everything already shown have arrived.
    loadAreas(wantedLocale, ['boot', ...loadedAreas()]).then(
      () => live && setLocale(wantedLocale),
      () => live && setLocale(wantedLocale),
    );
    return () => {
      live = false;
    };
  }, [wantedLocale, locale]);
  const today = localDate(services.wallNow());
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);

  // Nothing but the first screen is fetched before it shows: the worker's code waits for it.
  const firstScreenShown = route.name !== 'loading';
  useEffect(() => {
    if (!firstScreenShown) return;
    // Wrapped: a bare function passed to a state setter would be called as an updater.
    registerServiceWorker?.({ onUpdateReady: (apply) => setApplyUpdate(() => apply) });
  }, [registerServiceWorker, firstScreenShown]);

  useEffect(() => applyAppearance(document.documentElement, settings, locale), [settings, locale]);

  // Storage code (Dexie) loads once, after the first paint or when a screen needs it first.
  const storeLoading = useRef<Promise<SessionStore> | null>(null);
  const reportStorage = (error: unknown) => {
    setStorageWarning(error instanceof Error ? error.message : String(error));
  };
  function ensureStore(): Promise<SessionStore> {
    if (storeLoading.current) return storeLoading.current;
    const loading = services
      .openStore()
      // Storage that cannot open never stops a session: it runs in memory, with a warning.
      .catch((error: unknown) => openInMemory(error))
      .then((opened) => {
        setStore(opened.store);
        if (opened.warning) setStorageWarning(opened.warning.message);
        return opened.store;
      });
    storeLoading.current = loading;
    // A failure is not kept: the next screen that needs the store asks again.
    loading.catch(() => {
      if (storeLoading.current === loading) storeLoading.current = null;
    });
    return loading;
  }

  useEffect(() => {
    let cancelled = false;
    // The first screen comes from a plain read: no storage code on the first paint (H11 still
    // holds — a session in progress is found here and the recovery screen comes first).
    services
      .readAtStartup()
      .catch((error: unknown) => {
        reportStorage(error);
        return { profile: undefined, active: undefined };
      })
      .then((data) => checkStartup(data))
      .then((start) => {
        if (cancelled) return;
        setProfile(start.profile);
        if (start.problems.includes('storage.damagedProfile')) {
          setStorageWarning(app['storage.message.damagedProfile']);
        }
        if (start.active || start.problems.includes('storage.damagedActive')) {
          setRoute({ name: 'recovery', active: start.active });
          ensureStore().catch(reportStorage);
        } else setRoute(start.profile.welcomedOn ? { name: 'home' } : { name: 'welcome' });
      })
      // The check's code could not load: say so, and show no screen that might hide a session.
      .catch((error: unknown) => !cancelled && reportStorage(error));
    return () => {
      cancelled = true;
    };
  }, [services]);

  function updateProfile(change: Partial<Profile>): void {
    const next = { ...profile, ...change };
    setProfile(next);
    ensureStore()
      .then((ready) => ready.saveProfile(next))
      .catch(reportStorage);
  }

  function updateSettings(next: Settings): void {
    setSettings(next);
    const saved = services.settingsStore.save(next);
    setSettingsProblem(saved.ok ? undefined : saved.message);
  }

  /**
   * Home reads the stored profile again: History may have imported or deleted everything. After
   * Delete all nobody has been welcomed, so the welcome comes first, as on a first visit.
   */
  function goHome(): void {
    toHome();
    ensureStore()
      .then((ready) => ready.getProfile())
      .then((saved) => {
        const next = saved ?? initialProfile();
        setProfile(next);
        // Only if still on Home: a screen chosen meanwhile is not taken away.
        if (!next.welcomedOn)
          setRoute((shown) => (shown.name === 'home' ? { name: 'welcome' } : shown));
      })
      .catch(reportStorage);
  }

  /** Home, on the app's first entry: a Back from Home then leaves the app, as from any home screen. */
  function toHome(): void {
    void returnToBase();
    setRoute({ name: 'home' });
  }

  /** A step forward: the screen gets a history entry of its own, which Back returns from. */
  function open(next: Route): void {
    pushEntry(entryScreen(next));
    setRoute(next);
  }

  /** The screen shown gives way to one that Back must not lead back past. */
  function swap(next: Route): void {
    replaceEntry(entryScreen(next));
    setRoute(next);
  }

  // The system Back moves between screens; the listener reads the newest of all it needs here.
  const backNow = {
    route,
    setupSoFar: { checked: screening !== null, agreed: agreement !== null, sessionStarted },
    goHome,
  };
  const forBack = useRef(backNow);
  forBack.current = backNow;
  useEffect(
    () =>
      onUserPop(({ from, to }) => {
        const { route: shown, setupSoFar, goHome: home } = forBack.current;
        const answer = answerPop(shown, from, to, setupSoFar);
        if ('stay' in answer) void moveBy(from.index - to.index);
        else if ('home' in answer) home();
        else setRoute(answer.show);
        return true;
      }),
    [],
  );

  /** Kept at once: Home, a reload or another tab must not lead to a session today. */
  const keepUrgentDay = () => updateProfile({ lastUrgentOn: today });
  /**
   * Likewise an avoid outcome, with its reasons; and the last full screening no longer stands, so
   * the next check asks every question again, not only the short check's.
   */
  const keepAvoidDay = (reasons: QuestionId[]) =>
    updateProfile({ lastAvoid: { on: today, reasons }, lastFullScreeningOn: null });

  /** This visit's agreement, else the stop word and signal kept from the last one (never the pain). */
  function earlierAgreement(): EarlierAgreement | undefined {
    if (agreement) return agreement;
    const kept = profile.stopSignal;
    return kept ? { stopWord: kept.word, physicalSignal: kept.physical } : undefined;
  }

  function beginSession(): void {
    const due = fullScreeningDue(profile.lastFullScreeningOn ?? undefined, today);
    open(due ? { name: 'screening' } : { name: 'preCheck' });
  }

  function sessionSetup(technique: SessionSetup['plan']['technique']): SessionSetup | null {
    if (!screening || !agreement) return null;
    return {
      plan: { ...profile.plan, technique },
      agreement,
      mayStart: screening.verdict.mayStart,
      screening: sessionScreening(
        {
          outcome: screening.verdict.outcome,
          professionalConfirmedOn: screening.professionalConfirmedOn,
        },
        profile,
      ),
    };
  }

  useEffect(() => {
    // Fetch the summary while the session runs: an update applied in another tab meanwhile
    // could otherwise leave it unloadable at the end.
    if (route.name === 'live') Summary.preload(locale).catch(() => undefined);
  }, [route.name, locale]);

  /**
   * The next session's check asks again about any warning sign this one ended with; an urgent
   * sign also bars another session today (a recovered session counts on the day it is recovered).
   */
  function finishSession(record: SessionRecord): void {
    keepWarningSigns(record);
    swap({ name: 'summary', record });
  }

  function keepWarningSigns(record: SessionRecord): void {
    updateProfile({
      lastRedFlags: [...record.redFlags],
      ...(endsWithUrgentSign(record.redFlags) ? { lastUrgentOn: today } : {}),
    });
  }

  function screen() {
    switch (route.name) {
      case 'loading':
        return <main class="container" aria-busy="true" />;
      case 'welcome':
        return (
          <Welcome
            onContinue={() => {
              updateProfile({ welcomedOn: today });
              beginSession();
            }}
          />
        );
      case 'home':
        return (
          <Home
            profile={profile}
            onBegin={beginSession}
            onHistory={() => open({ name: 'history' })}
            onSettings={() => open({ name: 'settings' })}
            {...(settingsLoadProblem ? { settingsProblem: settingsLoadProblem } : {})}
          />
        );
      case 'screening':
        return (
          <Screening
            today={today}
            history={checkHistoryOf(profile)}
            onUrgent={keepUrgentDay}
            onAvoid={keepAvoidDay}
            onPass={(pass) => {
              setScreening(pass);
              updateProfile({
                lastFullScreeningOn: today,
                // A passed full screening is clear or ask first (agreed); the rest never pass.
                lastFullScreeningOutcome:
                  pass.verdict.outcome === 'askFirst' ? 'askFirst' : 'clear',
                professionalConfirmedOn:
                  pass.professionalConfirmedOn ?? profile.professionalConfirmedOn,
              });
              open({ name: 'agreement' });
            }}
          />
        );
      case 'preCheck':
        return (
          <PreSessionCheck
            today={today}
            history={checkHistoryOf(profile)}
            onUrgent={keepUrgentDay}
            onAvoid={keepAvoidDay}
            onPass={(pass) => {
              setScreening(pass);
              // Kept, so an agreement given after an urgent day is not asked for again.
              if (pass.professionalConfirmedOn !== undefined) {
                updateProfile({ professionalConfirmedOn: pass.professionalConfirmedOn });
              }
              open({ name: 'agreement' });
            }}
          />
        );
      case 'agreement': {
        const initial = earlierAgreement();
        return (
          <Agreement
            {...(initial ? { initial } : {})}
            onDone={(value) => {
              setAgreement(value);
              updateProfile({
                stopSignal: { word: value.stopWord, physical: value.physicalSignal },
              });
              open({ name: 'setup' });
            }}
          />
        );
      }
      case 'setup':
        return (
          <SetupChecklist
            onAudioCheck={() => runAudioCheck(services, settings, i18n)}
            onDone={() => open({ name: 'technique' })}
          />
        );
      case 'technique':
        return (
          <TechniqueChoice
            initial={profile.plan.technique}
            onDone={(technique) => {
              const next = sessionSetup(technique);
              if (!next) {
                beginSession();
                return;
              }
              setSetup(next);
              // The next session starts from the technique chosen now.
              updateProfile({ plan: next.plan });
              setSessionStarted(false);
              open({ name: 'live' });
            }}
          />
        );
      case 'live':
        if (!setup) return null;
        if (!store) return <Waiting onMount={ensureStore} />;
        return (
          <LiveSession
            setup={setup}
            store={store}
            settings={settings}
            onStart={() => setSessionStarted(true)}
            onFinished={finishSession}
            onNotNow={goHome}
          />
        );
      case 'summary':
        return (
          <Summary
            record={route.record}
            basePlan={{ ...profile.plan, technique: route.record.plan.technique }}
            store={store}
            onDone={(finished) => {
              // Pain after is known only now, and the next plan depends on it.
              updateProfile({ plan: planForNextSession(profile.plan, finished).plan });
              toHome();
            }}
            onLeave={toHome}
          />
        );
      case 'recovery':
        return (
          <Recovery
            active={route.active}
            store={store}
            settings={settings}
            onDone={(record) => {
              if (!record) goHome();
              // Each a new entry above the recovery's, the app's first: Back then stays on it.
              // The app closed before "why did you stop?" was answered: ask it now.
              else if (hasUnansweredStop(record)) open({ name: 'recoveredStop', record });
              else {
                keepWarningSigns(record);
                open({ name: 'summary', record });
              }
            }}
          />
        );
      case 'recoveredStop':
        if (!store) return <Waiting onMount={ensureStore} />;
        return (
          <RecoveredStop
            record={route.record}
            store={store}
            onAnswer={keepWarningSigns}
            onDone={(record) => swap({ name: 'summary', record })}
          />
        );
      case 'history':
        if (!store) return <Waiting onMount={ensureStore} />;
        return (
          <History
            store={store}
            onOpenSession={(place) => open({ name: 'session', place })}
            {...(route.returnTo ? { returnTo: route.returnTo } : {})}
            onBack={goHome}
            now={services.wallNow}
          />
        );
      case 'session':
        if (!store) return <Waiting onMount={ensureStore} />;
        return (
          <SessionDetail
            store={store}
            id={route.place.id}
            onBack={() => {
              // As the system Back does: to the list's own entry, where this session is.
              void moveBy(-1);
              setRoute({ name: 'history', returnTo: route.place });
            }}
          />
        );
      case 'settings':
        return (
          <SettingsScreen
            settings={settings}
            onChange={updateSettings}
            plan={profile.plan}
            onPlanChange={(plan) => updateProfile({ plan })}
            speech={services.speech}
            onBack={goHome}
            {...(settingsProblem ? { saveProblem: settingsProblem } : {})}
            {...(settingsLoadProblem ? { loadProblem: settingsLoadProblem } : {})}
          />
        );
    }
  }

  return (
    <ServicesContext.Provider value={services}>
      <I18nContext.Provider value={i18n}>
        {!NO_HEADER.has(route.name) && <AppHeader onHome={goHome} />}
        <StorageBanner message={storageWarning} />
        <UpdatePrompt
          updateReady={applyUpdate !== null}
          sessionRunning={SESSION_ROUTES.has(route.name)}
          onApply={() => applyUpdate?.()}
        />
        {screen()}
      </I18nContext.Provider>
    </ServicesContext.Provider>
  );
}
