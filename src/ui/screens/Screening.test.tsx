// @vitest-environment jsdom
// The full screening as a person meets it: every outcome, dates, and missing answers.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckHistory, QuestionId, StopReason } from '../../domain/screening';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { Screening } from './Screening';
import { answer, answerRest, pressContinue, question, setDate } from './testing';

afterEach(cleanup);

const TODAY = '2025-06-15';

/** The full screening for a technique and history, with each way out a mock to check. */
function renderScreening({
  technique,
  history,
}: {
  technique?: 'ankleHold' | 'pelvicBelt';
  history?: CheckHistory;
} = {}) {
  const calls = { onPass: vi.fn(), onUrgent: vi.fn(), onAvoid: vi.fn() };
  render(
    <Screening
      today={TODAY}
      {...(technique ? { technique } : {})}
      {...(history ? { history } : {})}
      {...calls}
    />,
  );
  return calls;
}

/** Answers one question Yes (with a recent date where one is asked), the rest No, and continues. */
function answerOnlyYes(id: QuestionId) {
  answer(id, 'Yes');
  if (id === 'backSurgery') setDate(en['screening.date.backSurgery'], '2025-03-01');
  answerRest('No');
  pressContinue();
}

const AVOID: QuestionId[] = [
  'spinalInstability',
  'weakenedBone',
  'backSurgery',
  'painWorseWithStretch',
  'numbnessOrWeakness',
  'pregnancy',
];
const URGENT: QuestionId[] = [
  'saddleNumbness',
  'bladderOrBowel',
  'sexualDysfunction',
  'legWeakness',
];

describe('Screening', () => {
  it('asks every question with exactly the options Yes and No', () => {
    renderScreening();
    const groups = screen.getAllByRole('group');
    expect(groups).toHaveLength(19);
    for (const group of groups) {
      const names = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=radio]')).map(
        (input) => input.labels?.[0]?.textContent,
      );
      expect(names).toEqual(['Yes', 'No']);
    }
  });

  it('passes a clear screening on with its answers', () => {
    const { onPass } = renderScreening();
    answerRest('No');
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    const result = onPass.mock.calls[0]?.[0];
    expect(result.verdict.outcome).toBe('clear');
    expect(result.verdict.mayStart).toBe(true);
    expect(result.answers.pregnancy).toBe(false);
    expect(result.surgeryDate).toBeUndefined();
    expect(result.professionalConfirmedOn).toBeUndefined();
  });

  it.each(AVOID)('a yes to %s alone says traction must not be used, with no way on', (id) => {
    const { onPass, onAvoid } = renderScreening();
    answerOnlyYes(id);
    expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
    expect(screen.getByText(en['screening.avoid.body'])).toBeTruthy();
    expect(screen.getByText(en[`screening.reason.${id}`])).toBeTruthy();
    expect(screen.getByText(en['screening.avoid.professional'])).toBeTruthy();
    // The day and the reason are kept, so answering again today is no way round it.
    expect(onAvoid).toHaveBeenCalledWith([id]);
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start session' })).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(onPass).not.toHaveBeenCalled();
  });

  it.each(URGENT)('a yes to %s shows urgent advice and no way on', (id) => {
    const { onPass } = renderScreening();
    answerOnlyYes(id);
    const heading = screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('alert').textContent).toContain(en['screening.urgent.action']);
    expect(screen.getByText(en[`screening.reason.${id}`])).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('urgent outranks avoid when both apply', () => {
    renderScreening();
    answer('pregnancy', 'Yes');
    answer('legWeakness', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
    ).toBeTruthy();
  });

  it('ask first needs the professional confirmation before passing on', () => {
    const { onPass } = renderScreening();
    answerOnlyYes('inflammatoryArthritis');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
    ).toBeTruthy();
    expect(screen.getByText(en['screening.reason.inflammatoryArthritis'])).toBeTruthy();

    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    const confirmation = screen.getByRole('checkbox', {
      name: 'A health professional has reviewed my situation and agreed partner traction is suitable for me',
    });
    expect(descriptionOf(confirmation)).toContain(en['screening.askFirst.error']);
    expect(confirmation.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(confirmation);

    fireEvent.click(confirmation);
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    const result = onPass.mock.calls[0]?.[0];
    expect(result.professionalConfirmedOn).toBe(TODAY);
    expect(result.verdict.outcome).toBe('askFirst');
    expect(result.verdict.mayStart).toBe(true);
  });

  it('reveals a date field only after a yes to back surgery', () => {
    renderScreening();
    expect(screen.queryByLabelText(en['screening.date.backSurgery'])).toBeNull();
    answer('backSurgery', 'Yes');
    expect(screen.getByLabelText(en['screening.date.backSurgery'])).toBeTruthy();
    answer('backSurgery', 'No');
    expect(screen.queryByLabelText(en['screening.date.backSurgery'])).toBeNull();
  });

  it('a future surgery date gets a message beside the field and nothing moves on', () => {
    const { onPass } = renderScreening();
    answer('backSurgery', 'Yes');
    setDate(en['screening.date.backSurgery'], '2025-06-16');
    answerRest('No');
    pressContinue();
    const dateInput = screen.getByLabelText(en['screening.date.backSurgery']);
    expect(descriptionOf(dateInput)).toContain(en['screening.error.dateFuture']);
    expect(dateInput.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(dateInput);
    expect(screen.getByRole('heading', { level: 1, name: 'Safety questions' })).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('a missing or unreadable surgery date gets a message and nothing moves on', () => {
    const { onPass } = renderScreening();
    answer('backSurgery', 'Yes');
    setDate(en['screening.date.backSurgery'], '2025-02-30');
    answerRest('No');
    pressContinue();
    const dateInput = screen.getByLabelText(en['screening.date.backSurgery']);
    expect(descriptionOf(dateInput)).toMatch(/Enter (the|a real) date/);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('surgery more than six months ago does not stop traction, and the date is passed on', () => {
    const { onPass } = renderScreening();
    answer('backSurgery', 'Yes');
    setDate(en['screening.date.backSurgery'], '2024-11-01');
    answerRest('No');
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(onPass.mock.calls[0]?.[0].surgeryDate).toBe('2024-11-01');
  });

  it('unanswered questions get a message beside them and focus moves to the first', () => {
    const { onPass } = renderScreening();
    answer('spinalInstability', 'No');
    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    const firstMissing = question('weakenedBone');
    expect(descriptionOf(firstMissing)).toContain(en['screening.error.unanswered']);
    expect(firstMissing.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(question('spinalInstability'))).not.toContain(
      en['screening.error.unanswered'],
    );
    expect(firstMissing.contains(document.activeElement)).toBe(true);

    answer('weakenedBone', 'No');
    expect(descriptionOf(question('weakenedBone'))).not.toContain(en['screening.error.unanswered']);
  });

  it('asks only the chosen technique’s own question', () => {
    renderScreening({ technique: 'ankleHold' });
    expect(question('ankleHoldJoints')).toBeTruthy();
    expect(screen.queryByRole('group', { name: en['screening.q.pelvicBeltHipGroin'] })).toBeNull();
  });
});

describe('Screening after a session ended on a warning sign', () => {
  const renderAfter = (lastRedFlags: StopReason[]) =>
    renderScreening({ history: { lastRedFlags } }).onPass;
  const lastSession = () =>
    screen.getByRole('region', { name: en['screening.section.lastSession'] });

  it('says nothing about the last session when there was no warning sign', () => {
    renderAfter([]);
    expect(screen.queryByText(en['screening.lastSession.title'])).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(19);
  });

  it('after dizziness, names it, asks it first and passes once it is answered No', () => {
    const onPass = renderAfter(['dizziness']);
    const notice = screen.getByRole('note');
    expect(within(notice).getByText(en['live.stopReason.dizziness'])).toBeTruthy();
    expect(within(notice).getByText(en['screening.lastSession.professional'])).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(20);
    expect(
      within(lastSession()).getByRole('group', { name: en['screening.q.dizziness'] }),
    ).toBeTruthy();
    for (const group of screen.getAllByRole('group')) {
      if (group !== question('dizziness')) fireEvent.click(within(group).getByLabelText('No'));
    }
    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    answer('dizziness', 'No');
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('dizziness again → talk to a professional first', () => {
    const onPass = renderAfter(['dizziness']);
    answer('dizziness', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
    ).toBeTruthy();
    expect(screen.getByText(en['screening.reason.dizziness'])).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('after numbness, asks the numbness question first and not again among the symptoms', () => {
    renderAfter(['numbness']);
    expect(
      within(lastSession())
        .getAllByRole('group')
        .map((g) => g.id),
    ).toEqual(['question-numbnessOrWeakness', 'question-stillNumbness']);
    const symptoms = screen.getByRole('region', { name: en['screening.section.symptoms'] });
    expect(
      within(symptoms).queryByRole('group', { name: en['screening.q.numbnessOrWeakness'] }),
    ).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(20);
  });
});

describe('Screening and the day of an urgent outcome', () => {
  const renderOn = (lastUrgentOn?: string, lastProfessionalConfirmedOn?: string) =>
    renderScreening({
      history: {
        ...(lastUrgentOn ? { lastUrgentOn } : {}),
        ...(lastProfessionalConfirmedOn ? { lastProfessionalConfirmedOn } : {}),
      },
    });

  it('an urgent answer tells the app to keep the day, once', () => {
    const { onPass, onUrgent } = renderOn();
    answerOnlyYes('saddleNumbness');
    expect(onUrgent).toHaveBeenCalledTimes(1);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('an avoid or ask-first answer keeps no urgent day', () => {
    const { onUrgent } = renderOn();
    answer('pregnancy', 'Yes');
    answer('fallOrAccident', 'Yes');
    answerRest('No');
    pressContinue();
    expect(onUrgent).not.toHaveBeenCalled();
  });

  it('later the same day, shows the urgent advice at once, asks nothing and offers no way on', () => {
    const { onPass, onUrgent } = renderOn(TODAY);
    const heading = screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' });
    expect(document.activeElement).toBe(heading);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(en['screening.urgentToday.body']);
    expect(alert.textContent).toContain(en['screening.urgentToday.action']);
    expect(screen.getByText(en['screening.urgentToday.noSession'])).toBeTruthy();
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(onPass).not.toHaveBeenCalled();
    expect(onUrgent).not.toHaveBeenCalled();
  });

  it('the next day, asks the questions again; all No still needs a professional’s agreement', () => {
    const { onPass } = renderOn('2025-06-14');
    expect(screen.getByRole('heading', { level: 1, name: en['screening.title'] })).toBeTruthy();
    answerRest('No');
    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    expect(
      screen.getByRole('heading', { level: 1, name: en['screening.askFirst.title'] }),
    ).toBeTruthy();
    expect(
      screen.getByText(/On June 14, 2025 you told Tractus about a sign that needed urgent care/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: en['screening.askFirst.confirm'] }));
    pressContinue();
    expect(onPass).toHaveBeenCalledWith(
      expect.objectContaining({
        professionalConfirmedOn: TODAY,
        verdict: expect.objectContaining({ outcome: 'askFirst', mayStart: true }),
      }),
    );
  });

  it('after an urgent day, an agreement already given since lets all No pass', () => {
    const { onPass } = renderOn('2025-06-10', '2025-06-12');
    answerRest('No');
    pressContinue();
    expect(onPass).toHaveBeenCalledWith(
      expect.objectContaining({ verdict: expect.objectContaining({ outcome: 'clear' }) }),
    );
  });
});

describe('Screening on the day of an avoid outcome', () => {
  it('shows the outcome again with its reasons, and asks nothing', () => {
    renderScreening({ history: { lastAvoid: { on: TODAY, reasons: ['pregnancy'] } } });
    expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
    expect(screen.getByText(en['screening.reason.pregnancy'])).toBeTruthy();
    expect(screen.getByText(en['screening.avoidToday.note'])).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('the next day asks the questions again', () => {
    renderScreening({ history: { lastAvoid: { on: '2025-06-14', reasons: ['pregnancy'] } } });
    expect(screen.getByRole('heading', { level: 1, name: en['screening.title'] })).toBeTruthy();
    expect(screen.getAllByRole('radio').length).toBeGreaterThan(0);
  });
});
