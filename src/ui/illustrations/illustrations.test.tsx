// @vitest-environment jsdom
// The drawings: each is an image with a text alternative, drawn inline and themed by CSS.
import { cleanup, render, screen } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { AnkleHold } from './AnkleHold';
import { PartnerStance } from './PartnerStance';
import { PelvicBelt } from './PelvicBelt';
import { ReceiverLying } from './ReceiverLying';

afterEach(cleanup);

const DRAWINGS: [string, FunctionComponent, string][] = [
  ['ReceiverLying', ReceiverLying, en['illustrations.receiverLying.alt']],
  ['PartnerStance', PartnerStance, en['illustrations.partnerStance.alt']],
  ['AnkleHold', AnkleHold, en['illustrations.ankleHold.alt']],
  ['PelvicBelt', PelvicBelt, en['illustrations.pelvicBelt.alt']],
];

describe('illustrations', () => {
  it.each(DRAWINGS)('%s is an image with a text alternative', (_name, Drawing, alt) => {
    const { container } = render(<Drawing />);
    const image = screen.getByRole('img', { name: alt });
    expect(image.querySelector('title')?.textContent).toBe(alt);
    // Nothing fetched: no external images or links inside the drawing.
    expect(container.querySelector('image, use, img')).toBeNull();
  });

  it('marks the ankle joint and the groin as "not here"', () => {
    render(
      <>
        <AnkleHold />
        <PelvicBelt />
      </>,
    );
    expect(
      screen.getByRole('img', { name: en['illustrations.ankleHold.alt'] }).textContent,
    ).toContain('Not here');
    expect(
      screen.getByRole('img', { name: en['illustrations.pelvicBelt.alt'] }).textContent,
    ).toContain('Not here');
  });
});
