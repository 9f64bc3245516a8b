// @vitest-environment jsdom
// The "anything changed?" check before every session: each outcome, and a new operation's date.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { descriptionOf } from '../components/testing';
import { en } from '../i18n/en';
import { PreSessionCheck } from './PreSessionCheck';
import { answer, answerRest, pressContinue, setDate } from './testing';

afterEach(cleanup);

const TODAY = '2025-06-15';

function renderCheck() {
  const onPass = vi.fn();
  render(<PreSessionCheck today={TODAY} onPass={onPass} />);
  return onPass;
}

describe('PreSessionCheck', () => {
  it('asks the nine short questions and passes when nothing has changed', () => {
    const onPass = renderCheck();
    expect(screen.getByRole('heading', { level: 1, name: 'Anything changed?' })).toBeTruthy();
    expect(screen.getAllByRole('group')).toHaveLength(9);
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

  it('an urgent sign shows urgent advice', () => {
    const onPass = renderCheck();
    answer('bladderOrBowel', 'Yes');
    answerRest('No');
    pressContinue();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seek urgent medical care now' }),
    ).toBeTruthy();
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

  it('a recent operation means no traction; a future date is refused beside the field', () => {
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
