// Public API of screening: questions, their English words, the gate, stop reasons, follow-ups.
export {
  type AskedAgain,
  type FollowUp,
  followUp,
  type ScreeningCheck,
  withFollowUpQuestions,
} from './followUp';
export {
  PRE_SESSION_QUESTION_IDS,
  PRE_SESSION_QUESTIONS,
  type PreSessionQuestionId,
} from './preSessionCheck';
export {
  type FollowUpOnlyQuestionId,
  FULL_SCREENING_QUESTIONS,
  type FullScreeningQuestionId,
  fullScreeningQuestionsFor,
  type PreSessionOnlyQuestionId,
  QUESTION_IDS,
  type QuestionId,
  type QuestionOutcome,
  SCREENING_QUESTIONS,
  type ScreeningQuestion,
  screeningQuestion,
} from './questions';
export { SCREENING_DATE_TEXT_EN, SCREENING_QUESTION_TEXT_EN } from './questionText.en';
export {
  endsWithUrgentSign,
  isStopReason,
  STOP_REASON_TEXT_EN,
  STOP_REASONS,
  type StopReason,
  type StopReasonOutcome,
  sessionMayContinue,
  stopReasonOutcome,
} from './stopReasons';
export {
  type AvoidDay,
  type CheckHistory,
  dayBarsSession,
  FULL_SCREENING_VALID_DAYS,
  fullScreeningDue,
  isValidIsoDate,
  OUTCOME_SEVERITY,
  type PreSessionInput,
  type ProfessionalConfirmation,
  preSessionVerdict,
  type ScreeningAnswers,
  type ScreeningInput,
  type ScreeningOutcome,
  type ScreeningResult,
  SURGERY_AVOID_MONTHS,
  type SurgeryDateStatus,
  screeningVerdict,
  surgeryDateStatus,
  urgentDayNeedsCheck,
} from './verdict';
