// @vitest-environment jsdom
// UpdatePrompt: a new version is offered only when no session is running, and applied on request.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en';
import { UpdatePrompt } from './UpdatePrompt';

afterEach(cleanup);

const reloadButton = () => screen.queryByRole('button', { name: en['pwa.reload'] });

describe('UpdatePrompt', () => {
  it('shows nothing while no update is waiting', () => {
    render(<UpdatePrompt updateReady={false} sessionRunning={false} onApply={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(reloadButton()).toBeNull();
  });

  it('waits while a session runs and offers the update once it has ended', () => {
    const onApply = vi.fn();
    const { rerender } = render(
      <UpdatePrompt updateReady={true} sessionRunning={true} onApply={onApply} />,
    );
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByText(en['pwa.updateReady'])).toBeNull();
    expect(reloadButton()).toBeNull();

    rerender(<UpdatePrompt updateReady={true} sessionRunning={false} onApply={onApply} />);
    expect(screen.getByRole('status').textContent).toContain(en['pwa.updateReady']);
    expect(reloadButton()).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies the update only when the button is pressed', () => {
    const onApply = vi.fn();
    render(<UpdatePrompt updateReady={true} sessionRunning={false} onApply={onApply} />);
    const button = reloadButton();
    if (!button) throw new Error('no reload button');
    fireEvent.click(button);
    expect(onApply).toHaveBeenCalledOnce();
  });
});
