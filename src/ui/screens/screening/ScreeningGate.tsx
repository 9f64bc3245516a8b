// A screening form and its outcome: answers in, and onPass only when the verdict lets a session start.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type {
  QuestionId,
  ScreeningAnswers,
  ScreeningQuestion,
  ScreeningResult,
} from '../../../domain/screening';
import { Button } from '../../components/Button';
import { FixedName } from '../../components/FixedName';
import { Screen } from '../../components/Screen';
import { useFocusProblem } from '../../components/useFocusProblem';
import { AskFirstOutcome, AvoidOutcome, UrgentOutcome, UrgentTodayOutcome } from './Outcomes';
import { findProblems, problemElementId, questionElementId } from './problems';
import { ScreeningQuestions } from './ScreeningQuestions';
import { arrangeSections, type SectionLayout } from './sections';

/** What a passed screening hands on, to be recorded with the session. */
export interface ScreeningPass {
  verdict: ScreeningResult;
  answers: ScreeningAnswers;
  /** YYYY-MM-DD, only when a date question was answered yes. */
  surgeryDate?: string;
  /** YYYY-MM-DD, only when an ask-first outcome was confirmed. */
  professionalConfirmedOn?: string;
}

export interface VerdictInput {
  answers: ScreeningAnswers;
  surgeryDate: string | undefined;
  professionalConfirmedOn: string | undefined;
}

export interface ScreeningGateProps {
  title: string;
  intro: ComponentChildren;
  questions: readonly ScreeningQuestion[];
  layout: readonly SectionLayout[];
  today: string;
  /** The domain's gate for this form (full screening or the pre-session check). */
  verdictFor(input: VerdictInput): ScreeningResult;
  onPass(result: ScreeningPass): void;
  /** An urgent outcome was shown: the day is kept, and no session follows on it. */
  onUrgent(): void;
  /** An avoid outcome was shown: the day and its reasons are kept, and no session follows on it. */
  onAvoid(reasons: QuestionId[]): void;
}

type Stage = { kind: 'questions' } | { kind: 'outcome'; verdict: ScreeningResult };

export function ScreeningGate({
  title,
  intro,
  questions,
  layout,
  today,
  verdictFor,
  onPass,
  onUrgent,
  onAvoid,
}: ScreeningGateProps) {
  const focusProblem = useFocusProblem();
  const [answers, setAnswers] = useState<ScreeningAnswers>({});
  const [surgeryDate, setSurgeryDate] = useState('');
  const [tried, setTried] = useState(false);
  const [stage, setStage] = useState<Stage>(() => {
    // On a day with an urgent or avoid outcome the gate is shut before any question: answering
    // again would only mislead, or be a way round it.
    const before = verdictFor({
      answers: {},
      surgeryDate: undefined,
      professionalConfirmedOn: undefined,
    });
    return before.outcome === 'urgentToday' || before.outcome === 'avoidToday'
      ? { kind: 'outcome', verdict: before }
      : { kind: 'questions' };
  });

  const problems = findProblems(questions, answers, surgeryDate, today);
  // The date counts only while a date question is answered yes.
  const dateAsked = questions.some((q) => q.kind === 'date' && answers[q.id] === true);
  const usedDate = dateAsked ? surgeryDate.trim() : undefined;

  const pass = (verdict: ScreeningResult, professionalConfirmedOn?: string) =>
    onPass({
      verdict,
      answers,
      ...(usedDate !== undefined ? { surgeryDate: usedDate } : {}),
      ...(professionalConfirmedOn !== undefined ? { professionalConfirmedOn } : {}),
    });

  const submit = () => {
    const first = problems[0];
    if (first) {
      setTried(true);
      focusProblem(problemElementId(first));
      return;
    }
    const verdict = verdictFor({
      answers,
      surgeryDate: usedDate,
      professionalConfirmedOn: undefined,
    });
    const unanswered: QuestionId | undefined = verdict.unanswered[0];
    if (unanswered) {
      // The domain still misses something the form did not catch: never move on.
      setTried(true);
      focusProblem(questionElementId(unanswered));
      return;
    }
    if (verdict.mayStart) {
      pass(verdict);
      return;
    }
    if (verdict.outcome === 'urgent') onUrgent();
    if (verdict.outcome === 'avoid') onAvoid(verdict.reasons);
    setStage({ kind: 'outcome', verdict });
  };

  const confirm = () => {
    const confirmed = verdictFor({
      answers,
      surgeryDate: usedDate,
      professionalConfirmedOn: today,
    });
    // The gate decides again with the confirmation; anything but a start keeps its outcome shown.
    if (confirmed.mayStart) pass(confirmed, today);
    else setStage({ kind: 'outcome', verdict: confirmed });
  };

  if (stage.kind === 'outcome') {
    const { verdict } = stage;
    switch (verdict.outcome) {
      case 'urgent':
        return <UrgentOutcome reasons={verdict.reasons} />;
      case 'urgentToday':
        return <UrgentTodayOutcome />;
      case 'avoid':
        return <AvoidOutcome reasons={verdict.reasons} />;
      case 'avoidToday':
        return <AvoidOutcome reasons={verdict.reasons} earlierToday />;
      case 'askFirst':
        return (
          <AskFirstOutcome
            reasons={verdict.reasons}
            urgentEarlierOn={verdict.urgentEarlierOn}
            onConfirm={confirm}
          />
        );
      case 'clear':
        // Only reached if a clear verdict could not start; keep the questions on screen.
        break;
    }
  }

  return (
    <Screen
      title={title}
      actions={
        <Button variant="primary" size="large" onClick={submit}>
          <FixedName name="button.continue" />
        </Button>
      }
    >
      {intro}
      <ScreeningQuestions
        sections={arrangeSections(layout, questions)}
        answers={answers}
        surgeryDate={surgeryDate}
        today={today}
        problems={tried ? problems : []}
        onAnswer={(id, value) => setAnswers((previous) => ({ ...previous, [id]: value }))}
        onSurgeryDate={setSurgeryDate}
      />
    </Screen>
  );
}
