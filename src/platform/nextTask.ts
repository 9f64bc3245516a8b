// Yields to the browser: what waits on it runs in a later task, after the current one has painted its changes.

/** Resolves in a later task (setTimeout 0), never within the task that asked. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
