// For tests: the browser's own history moves, which tell the page in a later task.

/** Runs `move` and resolves at the popstate it causes. */
export function popAfter(move: () => void): Promise<void> {
  const popped = new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
  move();
  return popped;
}

/** The user's Back (Android's gesture, the browser's button), or Forward when `delta` > 0. */
export function browserMove(delta = -1): Promise<void> {
  return popAfter(() => window.history.go(delta));
}
