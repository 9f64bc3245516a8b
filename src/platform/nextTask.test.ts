import { describe, expect, it } from 'vitest';
import { nextTask } from './nextTask';

describe('nextTask', () => {
  it('resolves after every microtask of the current task', async () => {
    const order: string[] = [];
    const later = nextTask().then(() => order.push('next task'));
    queueMicrotask(() => order.push('microtask'));
    await Promise.resolve().then(() => order.push('promise'));
    await later;
    expect(order).toEqual(['microtask', 'promise', 'next task']);
  });
});
