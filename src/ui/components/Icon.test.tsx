// @vitest-environment jsdom
// Icon: every icon draws something and is hidden from assistive technology.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Icon, type IconName } from './Icon';

afterEach(cleanup);

const NAMES: IconName[] = [
  'stop',
  'pause',
  'play',
  'check',
  'warning',
  'info',
  'back',
  'history',
  'settings',
];

describe('Icon', () => {
  it.each(NAMES)('%s is drawn and aria-hidden', (name) => {
    const { container } = render(<Icon name={name} />);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
    expect(svg?.getAttribute('focusable')).toBe('false');
    expect(svg?.querySelectorAll('path').length).toBeGreaterThan(0);
  });
});
