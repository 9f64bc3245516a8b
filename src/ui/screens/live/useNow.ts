// The clock for display only: re-renders when the seconds shown tick down (timing is the scheduler's).
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';
import { displayRefreshAt } from './displayClock';

/**
 * The clock's time at this render. While `running`, the caller re-renders each time the whole
 * seconds left before `deadline` change; `sessionWakeAt` is when the scheduler wakes anyway.
 */
export function useNow(running: boolean, deadline: number, sessionWakeAt: number | null): number {
  const { clock, timer } = useServices();
  const [, setTick] = useState(0);
  // Read at render time, so a phase that just began never shows the last phase's time.
  const now = clock.now();
  const refreshAt = running ? displayRefreshAt(deadline, now, sessionWakeAt) : null;
  useEffect(() => {
    if (refreshAt === null) return;
    return timer.setTimer(refreshAt, () => setTick((n) => n + 1));
  }, [refreshAt, timer]);
  return now;
}
