// @vitest-environment jsdom
// Button: a real button that never submits by accident, in the look asked for.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from './Button';

afterEach(cleanup);

describe('Button', () => {
  it('is a real button of type "button" that reports clicks', () => {
    const onClick = vi.fn();
    render(<Button onClick={onClick}>Continue</Button>);
    const button = screen.getByRole('button', { name: 'Continue' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    fireEvent.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('carries its variant and size, and can submit when asked', () => {
    render(
      <Button variant="danger" size="large" type="submit" class="extra">
        Stop
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Stop' });
    expect(button.className).toBe('button button--danger button--large extra');
    expect(button.getAttribute('type')).toBe('submit');
  });
});
