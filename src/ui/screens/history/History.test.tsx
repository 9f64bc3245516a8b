// @vitest-environment jsdom
// History: newest first, a page at a time, an empty state, and trends only when there are enough.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleRecord } from '../../../domain/record/arbitraries';
import { FakeUPlot } from '../../charts/testing';
import { sessionDate } from './format';
import { History } from './History';
import { dailySessions, dexieStoreWith, storeWith } from './testing';
import { PAGE_SIZE } from './useSessionPages';

vi.mock('uplot', async () => ({ default: (await import('../../charts/testing')).FakeUPlot }));

beforeEach(() => {
  FakeUPlot.instances = [];
});

afterEach(cleanup);

function detailButtons(): Promise<HTMLElement[]> {
  return screen.findAllByRole('button', { name: /^Details of the session on / });
}

describe('History', () => {
  it('says how many stored sessions are damaged, and still lists the rest', async () => {
    const store = await storeWith([exampleRecord('ok', '2024-01-10T10:00:00.000Z')]);
    vi.spyOn(store, 'damagedSessions').mockReturnValue(['broken-1', 'broken-2']);
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await screen.findByText(/^Damaged sessions that cannot be shown: 2\./)).toBeTruthy();
    expect(await detailButtons()).toHaveLength(1);
  });

  it('lists each session once, and counts only those it can show, past a damaged one', async () => {
    const store = await dexieStoreWith(dailySessions(PAGE_SIZE + 2));
    // Between the two newest sessions, so the first page meets it.
    const sortKey = Date.parse(dailySessions(PAGE_SIZE + 2)[PAGE_SIZE]?.startedAt ?? '') + 1;
    await store.db.table('sessions').put({ id: 'bad', sortKey, record: { id: 'bad' } });
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await detailButtons()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('Sessions shown: 30 of 32, newest first.')).toBeTruthy();
    expect(screen.getByText(/^Damaged sessions that cannot be shown: 1\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByText('Sessions shown: 32 of 32, newest first.')));
    const names = (await detailButtons()).map((button) => button.textContent);
    expect(new Set(names).size).toBe(PAGE_SIZE + 2);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says so when every stored session is damaged, rather than only that there are none', async () => {
    const store = await dexieStoreWith([]);
    await store.db.table('sessions').put({ id: 'bad', sortKey: 1, record: { id: 'bad' } });
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await screen.findByText(/^Damaged sessions that cannot be shown: 1\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('lists sessions newest first, each with its date in words', async () => {
    const store = await storeWith([
      exampleRecord('jan', '2024-01-10T10:00:00.000Z'),
      exampleRecord('mar', '2024-03-05T10:00:00.000Z'),
      exampleRecord('feb', '2024-02-01T10:00:00.000Z'),
    ]);
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    const names = (await detailButtons()).map((button) => button.textContent);
    const expected = ['2024-03-05', '2024-02-01', '2024-01-10'].map(
      (day) => `DetailsDetails of the session on ${sessionDate(`${day}T10:00:00.000Z`)}`,
    );
    expect(names).toEqual(expected);
    expect(screen.getAllByText('Finished as planned')).toHaveLength(3);
    expect(screen.getAllByText('4 before, 3 after')).toHaveLength(3);
  });

  it('says in plain words that a session was interrupted', async () => {
    const record = {
      ...exampleRecord('x', '2024-01-10T10:00:00.000Z'),
      end: 'interrupted' as const,
    };
    render(<History store={await storeWith([record])} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await screen.findByText(/^Interrupted/)).toBeTruthy();
  });

  it('opens a session from its Details button', async () => {
    const onOpenSession = vi.fn();
    const store = await storeWith([exampleRecord('only', '2024-01-10T10:00:00.000Z')]);
    render(<History store={store} onOpenSession={onOpenSession} onBack={vi.fn()} />);
    const [button] = await detailButtons();
    if (!button) throw new Error('no Details button');
    fireEvent.click(button);
    expect(onOpenSession).toHaveBeenCalledWith({ id: 'only', shown: 1 });
  });

  it('shows the first page and a "Show more" button past it', async () => {
    const store = await storeWith(dailySessions(PAGE_SIZE + 1));
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await detailButtons()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('Sessions shown: 30 of 31, newest first.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByText('Sessions shown: 31 of 31, newest first.')));
    expect(await detailButtons()).toHaveLength(PAGE_SIZE + 1);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    // Reading carries on at the first session just added (the oldest, s0000).
    const oldest = sessionDate(dailySessions(1)[0]?.startedAt ?? '');
    await waitFor(() => expect(document.activeElement?.textContent).toBe(oldest));
  });

  it('back from a session’s details: as many shown as before, and focus on that session’s Details', async () => {
    const sessions = dailySessions(PAGE_SIZE * 2 + 5);
    const store = await storeWith(sessions);
    const onOpenSession = vi.fn();
    const { unmount } = render(
      <History store={store} onOpenSession={onOpenSession} onBack={vi.fn()} />,
    );
    await detailButtons();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByText('Sessions shown: 60 of 65, newest first.')));
    // The 40th newest, past the first page.
    const opened = sessions[sessions.length - 40];
    const date = sessionDate(opened?.startedAt ?? '');
    fireEvent.click(screen.getByRole('button', { name: `Details of the session on ${date}` }));
    const place = onOpenSession.mock.calls[0]?.[0];
    expect(place).toEqual({ id: opened?.id, shown: 60 });
    unmount();

    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} returnTo={place} />);
    await waitFor(() => expect(screen.getByText('Sessions shown: 60 of 65, newest first.')));
    expect(await detailButtons()).toHaveLength(60);
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(`DetailsDetails of the session on ${date}`),
    );
    // Show more still carries on from there.
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(screen.getByText('Sessions shown: 65 of 65, newest first.')));
  });

  it('renders only a page of 3,650 sessions at first', async () => {
    const store = await storeWith(dailySessions(3650));
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await detailButtons()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('Sessions shown: 30 of 3,650, newest first.')).toBeTruthy();
  });

  it('says "Too few sessions to show a trend yet" under 3 sessions, and draws nothing', async () => {
    const store = await storeWith(dailySessions(2, 7));
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await screen.findByText('Too few sessions to show a trend yet')).toBeTruthy();
    expect(screen.getByText('Too few weeks to show a trend yet')).toBeTruthy();
    expect(FakeUPlot.instances).toHaveLength(0);
  });

  it('draws pain per session and minutes per week from 3 sessions in 3 weeks', async () => {
    const sessions = dailySessions(3, 7);
    const store = await storeWith(sessions);
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    await waitFor(() => expect(FakeUPlot.live()).toHaveLength(2));
    const [pain, traction] = FakeUPlot.live();
    const starts = sessions.map((s) => Date.parse(s.startedAt) / 1000);
    expect(pain?.data).toEqual([starts, [4, 4, 4], [3, 3, 3]]);
    // 19.2 s under traction each week (the example record) is 0.3 minutes.
    expect(traction?.data[1]).toEqual([0.3, 0.3, 0.3]);
    expect(screen.queryByText('Too few sessions to show a trend yet')).toBeNull();
    // The numbers are there for screen readers and anyone who prefers a table.
    expect(screen.getByText('The numbers: pain before and after each session')).toBeTruthy();
  });

  it('has an empty state and still offers to import a backup', async () => {
    render(<History store={await storeWith([])} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect(await screen.findByRole('heading', { name: 'No sessions yet' })).toBeTruthy();
    expect(screen.getByLabelText('Choose a backup file')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Trends' })).toBeNull();
  });

  it('shows a storage error instead of swallowing it', async () => {
    const store = await storeWith([]);
    vi.spyOn(store, 'count').mockRejectedValue(new Error('Storage on this device is full.'));
    render(<History store={store} onOpenSession={vi.fn()} onBack={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Storage on this device is full.',
    );
  });
});
