// The clock for display only: re-renders four times a second while running (timing is the scheduler's).
import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../app/services';

const REFRESH_MS = 250;

/** The clock's time at this render; while `running`, the caller re-renders every 250 ms. */
export function useNow(running: boolean): number {
  const { clock, timer } = useServices();
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!running) return;
    let cancel = () => {};
    const tick = () => {
      setTick((n) => n + 1);
      cancel = timer.setTimer(clock.now() + REFRESH_MS, tick);
    };
    cancel = timer.setTimer(clock.now() + REFRESH_MS, tick);
    return () => cancel();
  }, [running, clock, timer]);
  // Read at render time, so a phase that just began never shows the last phase's time.
  return clock.now();
}
