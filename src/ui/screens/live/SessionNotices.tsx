// What is not working (voice, screen wake, saving), each said once; the session carries on regardless.
import { Notice } from '../../components/Notice';
import { problemInWords } from '../../i18n/problems';
import { useT } from '../../i18n/translate';
import type { LiveProblems } from './useLiveSession';

export function SessionNotices({ problems }: { problems: LiveProblems }) {
  const t = useT();
  return (
    <div class="session-notices" role="alert">
      {problems.speechUnavailable && (
        <Notice tone="warning" title={t('live.problem.speech')} role="note" />
      )}
      {problems.screenMaySleep && (
        <Notice tone="warning" title={t('live.problem.screen')} role="note" />
      )}
      {problems.storage !== null && (
        <Notice
          tone="warning"
          title={t('live.problem.storage', { message: problemInWords(problems.storage, t) })}
          role="note"
        />
      )}
    </div>
  );
}
