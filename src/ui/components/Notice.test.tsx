// @vitest-environment jsdom
// Notice: danger and urgent panels are alerts; every panel says its kind in words, not colour alone.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Notice } from './Notice';

afterEach(cleanup);

describe('Notice', () => {
  it('makes urgent and danger panels alerts, with their kind in words', () => {
    render(<Notice tone="urgent" title="Seek care" />);
    expect(screen.getByRole('alert').textContent).toBe('Urgent: Seek care');
    cleanup();
    render(<Notice tone="danger" title="Do not use traction" />);
    expect(screen.getByRole('alert').textContent).toBe('Important: Do not use traction');
  });

  it('keeps information and warnings as notes unless asked otherwise', () => {
    render(
      <>
        <Notice tone="info" title="Research">
          <p>Body</p>
        </Notice>
        <Notice tone="warning" title="Could not play" role="alert" />
      </>,
    );
    expect(screen.getByRole('note').textContent).toBe('Information: ResearchBody');
    expect(screen.getByRole('alert').textContent).toBe('Warning: Could not play');
  });
});
