// @vitest-environment jsdom
// The "anything changed?" check before every session: each outcome, and a new operation's date.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StopReason } from '../../domain/screening';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { PreSessionCheck } from './PreSessionCheck';
import { answer, answerRest, pressContinue, question, setDate } from './testing';

afterEach(cleanup);

const TODAY = '2025-06-15';

const onUrgent = vi.fn();
afterEach(() => onUrgent.mockClear());

function renderCheck(lastRedFlags?: StopReason[], lastUrgentOn?: string) {
  const onPass = vi.fn();
  render(
    <PreSessionCheck
      today={TODAY}
      history={{
        ...(lastRedFlags ? { lastRedFlags } : {}),
        ...(lastUrgentOn ? { lastUrgentOn } : {}),
      }}
      onPass={onPass}
      onUrgent={onUrgent}
      onAvoid={vi.fn()}
    />,
  );
  return onPass;
}

/** The section that asks again about how the last session ended. */
function lastSessionSection(): HTMLElement {
  return screen.getByRole('region', { name: en['screening.section.lastSession'] });
}

describe('PreSessionCheck', () => {
  it('asks the ten short questions and passes when nothing has changed', () => {
    const onPass = renderCheck();
    expect(screen.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(10);
    answerRest('No');
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(onPass.mock.calls[0]?.[0].verdict.mayStart).toBe(true);
  });

  it.each(['changedNumbness', 'changedPain', 'pregnancy'] as const)(
    'new %s says traction must not be used, with no way on',
    (id) => {
      const onPass = renderCheck();
      answer(id, 'Yes');
      answerRest('No');
      pressContinue();
      expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
      expect(screen.queryAllByRole('button')).toHaveLength(0);
      expect(onPass).not.toHaveBeenCalled();
    },
  );

  it('an urgent sign shows urgent advice and tells the app to keep the day', () => {
    const onPass = renderCheck();
    answer('bladderOrBowel', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
    ).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(onPass).not.toHaveBeenCalled();
    expect(onUrgent).toHaveBeenCalledTimes(1);
  });

  it('on the day of an urgent outcome, shows the urgent advice at once and asks nothing', () => {
    const onPass = renderCheck(['urgentSign'], TODAY);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
    ).toBeTruthy();
    expect(screen.getByText(en['screening.urgentToday.noSession'])).toBeTruthy();
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(onPass).not.toHaveBeenCalled();
  });

  it('a new injury needs a professional’s agreement, confirmed today', () => {
    const onPass = renderCheck();
    answer('newInjury', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
    ).toBeTruthy();
    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: en['screening.askFirst.confirm'] }));
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(onPass.mock.calls[0]?.[0].professionalConfirmedOn).toBe(TODAY);
  });

  it('an operation not on the back asks a professional first, with no date to give', () => {
    const onPass = renderCheck();
    answer('newOtherOperation', 'Yes');
    answerRest('No');
    expect(screen.queryByLabelText(en['screening.date.newSurgery'])).toBeNull();
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: en['screening.askFirst.title'] }),
    ).toBeTruthy();
    expect(screen.getByText(en['screening.reason.newOtherOperation'])).toBeTruthy();
    expect(screen.queryByText(en['screening.avoid.title'])).toBeNull();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('a recent back operation means no traction; a future date is refused beside the field', () => {
    const onPass = renderCheck();
    answer('newSurgery', 'Yes');
    setDate(en['screening.date.newSurgery'], '2025-07-01');
    answerRest('No');
    pressContinue();
    const dateInput = screen.getByLabelText(en['screening.date.newSurgery']);
    expect(descriptionOf(dateInput)).toContain(en['screening.error.dateFuture']);
    expect(onPass).not.toHaveBeenCalled();

    setDate(en['screening.date.newSurgery'], '2025-06-01');
    pressContinue();
    expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
  });
});

describe('PreSessionCheck after a session ended on a warning sign', () => {
  it('says nothing about the last session when it ended calmly', () => {
    renderCheck([]);
    expect(screen.queryByText(en['screening.lastSession.title'])).toBeNull();
    expect(screen.queryByRole('region', { name: en['screening.section.lastSession'] })).toBeNull();
    expect(screen.getAllByRole('group')).toHaveLength(10);
  });

  it('names the dizziness, asks about it first, and recommends a professional’s advice', () => {
    renderCheck(['dizziness']);
    const notice = screen.getByRole('note');
    expect(within(notice).getByText(en['screening.lastSession.title'])).toBeTruthy();
    expect(within(notice).getByText(en['live.stopReason.dizziness'])).toBeTruthy();
    expect(within(notice).getByText(en['screening.lastSession.askedAgain'])).toBeTruthy();
    expect(within(notice).getByText(en['screening.lastSession.professional'])).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(11);
    const group = within(lastSessionSection()).getByRole('group', {
      name: en['screening.q.dizziness'],
    });
    const options = within(group).getAllByRole('radio');
    expect(options.map((o) => (o as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Yes',
      'No',
    ]);
  });

  it('does not go on until the dizziness question is answered', () => {
    const onPass = renderCheck(['dizziness']);
    for (const group of screen.getAllByRole('group')) {
      if (group !== question('dizziness')) fireEvent.click(within(group).getByLabelText('No'));
    }
    pressContinue();
    expect(onPass).not.toHaveBeenCalled();
    expect(descriptionOf(question('dizziness'))).toContain(en['screening.error.unanswered']);
    answer('dizziness', 'No');
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(onPass.mock.calls[0]?.[0].verdict.outcome).toBe('clear');
  });

  it('dizziness again → talk to a professional first; only today’s confirmation lets it start', () => {
    const onPass = renderCheck(['dizziness']);
    answer('dizziness', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Talk to a health professional first' }),
    ).toBeTruthy();
    expect(screen.getByText(en['screening.reason.dizziness'])).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: en['screening.askFirst.confirm'] }));
    pressContinue();
    expect(onPass).toHaveBeenCalledTimes(1);
    expect(onPass.mock.calls[0]?.[0].professionalConfirmedOn).toBe(TODAY);
    expect(onPass.mock.calls[0]?.[0].answers.dizziness).toBe(true);
  });

  it('after sharp pain and numbness, asks those questions first, once each', () => {
    const onPass = renderCheck(['numbness', 'sharpPain']);
    const notice = screen.getByRole('note');
    expect(within(notice).getByText(en['live.stopReason.sharpPain'])).toBeTruthy();
    expect(within(notice).getByText(en['live.stopReason.numbness'])).toBeTruthy();
    const asked = within(lastSessionSection()).getAllByRole('group');
    expect(asked.map((group) => group.getAttribute('id'))).toEqual([
      'question-changedNumbness',
      'question-changedPain',
      'question-stillSharpPain',
      'question-stillNumbness',
    ]);
    expect(screen.getAllByRole('group')).toHaveLength(12);
    answer('changedPain', 'Yes');
    answerRest('No');
    pressContinue();
    expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
  });

  it('after sharp pain, pain that is still there (not new, not worse) means no traction', () => {
    const onPass = renderCheck(['sharpPain']);
    answer('stillSharpPain', 'Yes');
    answerRest('No');
    pressContinue();
    expect(screen.getByRole('heading', { level: 1, name: 'Do not use traction' })).toBeTruthy();
    expect(screen.getByText(en['screening.reason.stillSharpPain'])).toBeTruthy();
    expect(onPass).not.toHaveBeenCalled();
  });
});
