// What a backup's profile changes on import: all of it on a device not set up yet; on one set up,
// only the last warning signs, when this device has none and the backup's sessions are newer.
import { describe, expect, it } from 'vitest';
import { exampleRecord } from './arbitraries';
import type { Profile } from './profile';
import { initialProfile } from './profile';
import { profileAfterImport } from './profileImport';

const record = exampleRecord('r', '2025-03-01T09:00:00.000Z');

const backupProfile: Profile = {
  welcomedOn: '2025-01-01',
  lastFullScreeningOn: '2025-02-20',
  lastFullScreeningOutcome: 'askFirst',
  professionalConfirmedOn: '2025-02-21',
  plan: { ...record.plan, holdSeconds: 14 },
  stopSignal: { word: 'Enough', physical: 'raisedHand' },
  lastRedFlags: ['dizziness'],
  lastUrgentOn: null,
  lastAvoid: null,
};

const setUpHere: Profile = {
  ...initialProfile(),
  welcomedOn: '2025-03-01',
  lastFullScreeningOn: '2025-03-01',
  stopSignal: { word: 'Stop', physical: 'twoTaps' },
};

const EARLIER = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-05T09:00:00.000Z';

describe('profileAfterImport', () => {
  it('restores the whole profile where none is stored', () => {
    const change = profileAfterImport(
      { profile: undefined, newestSessionAt: undefined },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(change).toEqual({ kind: 'restored', profile: backupProfile });
  });

  it('restores the whole profile where only the welcome was seen, whatever is newer', () => {
    const welcomedOnly = { ...initialProfile(), welcomedOn: '2025-04-01' };
    const change = profileAfterImport(
      { profile: welcomedOnly, newestSessionAt: LATER },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(change).toEqual({ kind: 'restored', profile: backupProfile });
  });

  it('a device not set up keeps its own urgent day and warning signs when it takes a backup’s profile', () => {
    // A first screening with an urgent answer keeps the day, though nothing is set up yet.
    const urgentFirstRun = {
      ...initialProfile(),
      welcomedOn: '2025-04-01',
      lastUrgentOn: '2025-04-01',
    };
    const restored = profileAfterImport(
      { profile: urgentFirstRun, newestSessionAt: undefined },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(restored).toEqual({
      kind: 'restored',
      profile: { ...backupProfile, lastUrgentOn: '2025-04-01' },
    });
    const withSigns = profileAfterImport(
      { profile: { ...urgentFirstRun, lastRedFlags: ['numbness'] }, newestSessionAt: undefined },
      { profile: { ...backupProfile, lastUrgentOn: '2025-05-01' }, newestSessionAt: EARLIER },
    );
    expect(withSigns).toMatchObject({
      kind: 'restored',
      profile: { lastUrgentOn: '2025-05-01', lastRedFlags: ['numbness', 'dizziness'] },
    });
  });

  it('keeps a device’s own welcome when the backup has none', () => {
    const welcomedOnly = { ...initialProfile(), welcomedOn: '2025-04-01' };
    const change = profileAfterImport(
      { profile: welcomedOnly, newestSessionAt: undefined },
      { profile: { ...backupProfile, welcomedOn: null }, newestSessionAt: EARLIER },
    );
    expect(change).toMatchObject({ kind: 'restored', profile: { welcomedOn: '2025-04-01' } });
  });

  it('keeps a set-up profile, taking the backup’s newer warning signs when it has none', () => {
    const change = profileAfterImport(
      { profile: setUpHere, newestSessionAt: EARLIER },
      { profile: backupProfile, newestSessionAt: LATER },
    );
    expect(change).toEqual({
      kind: 'safetyCarried',
      profile: { ...setUpHere, lastRedFlags: ['dizziness'] },
    });
  });

  it('takes the warning signs when this device has no session at all', () => {
    const change = profileAfterImport(
      { profile: setUpHere, newestSessionAt: undefined },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(change.kind).toBe('safetyCarried');
  });

  it.each([
    ['the backup’s sessions are older', setUpHere, LATER, EARLIER],
    ['the backup’s sessions are as old', setUpHere, LATER, LATER],
    ['the backup has no session', setUpHere, EARLIER, undefined],
    [
      'this device has warning signs of its own',
      { ...setUpHere, lastRedFlags: ['sharpPain' as const] },
      EARLIER,
      LATER,
    ],
  ])('keeps a set-up profile as it is when %s', (_name, stored, deviceAt, backupAt) => {
    const change = profileAfterImport(
      { profile: stored, newestSessionAt: deviceAt },
      { profile: backupProfile, newestSessionAt: backupAt },
    );
    expect(change).toEqual({ kind: 'kept' });
  });

  it('keeps a set-up profile when the backup’s has no warning signs either', () => {
    const change = profileAfterImport(
      { profile: setUpHere, newestSessionAt: EARLIER },
      { profile: { ...backupProfile, lastRedFlags: [] }, newestSessionAt: LATER },
    );
    expect(change).toEqual({ kind: 'kept' });
  });

  it('keeps the later day of an urgent outcome, whichever side it comes from', () => {
    const urgentInBackup = profileAfterImport(
      { profile: { ...setUpHere, lastUrgentOn: '2025-03-01' }, newestSessionAt: LATER },
      { profile: { ...backupProfile, lastUrgentOn: '2025-03-04' }, newestSessionAt: EARLIER },
    );
    expect(urgentInBackup).toEqual({
      kind: 'safetyCarried',
      profile: { ...setUpHere, lastUrgentOn: '2025-03-04' },
    });
    const urgentHere = profileAfterImport(
      { profile: { ...setUpHere, lastUrgentOn: '2025-03-04' }, newestSessionAt: LATER },
      { profile: { ...backupProfile, lastUrgentOn: '2025-03-01' }, newestSessionAt: EARLIER },
    );
    expect(urgentHere).toEqual({ kind: 'kept' });
  });

  it('keeps the later avoid outcome, whichever side it comes from', () => {
    const avoid = { on: '2025-03-04', reasons: ['pregnancy' as const] };
    const fromBackup = profileAfterImport(
      { profile: setUpHere, newestSessionAt: LATER },
      { profile: { ...backupProfile, lastAvoid: avoid }, newestSessionAt: EARLIER },
    );
    expect(fromBackup).toEqual({
      kind: 'safetyCarried',
      // Screened on 1 March, avoided on 4 March: that screening no longer stands.
      profile: { ...setUpHere, lastAvoid: avoid, lastFullScreeningOn: null },
    });
    const here = profileAfterImport(
      { profile: { ...setUpHere, lastAvoid: avoid }, newestSessionAt: LATER },
      {
        profile: { ...backupProfile, lastAvoid: { on: '2025-03-01', reasons: ['weakenedBone'] } },
        newestSessionAt: EARLIER,
      },
    );
    expect(here).toEqual({ kind: 'kept' });
    const notSetUp = profileAfterImport(
      { profile: { ...initialProfile(), lastAvoid: avoid }, newestSessionAt: undefined },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(notSetUp).toMatchObject({ kind: 'restored', profile: { lastAvoid: avoid } });
  });

  it('an avoid outcome still voids the full screening before it, from either side', () => {
    // After an avoid answer on the first run: nothing set up, the screening voided.
    const avoidedHere = {
      ...initialProfile(),
      lastAvoid: { on: '2025-03-04', reasons: ['weakenedBone' as const] },
    };
    const restored = profileAfterImport(
      { profile: avoidedHere, newestSessionAt: undefined },
      { profile: backupProfile, newestSessionAt: EARLIER },
    );
    expect(restored).toMatchObject({ kind: 'restored', profile: { lastFullScreeningOn: null } });
    const carried = profileAfterImport(
      { profile: setUpHere, newestSessionAt: LATER },
      {
        profile: { ...backupProfile, lastAvoid: { on: '2025-03-04', reasons: ['pregnancy'] } },
        newestSessionAt: EARLIER,
      },
    );
    expect(carried).toMatchObject({
      kind: 'safetyCarried',
      profile: { lastFullScreeningOn: null, stopSignal: setUpHere.stopSignal },
    });
  });

  it('changes nothing when the backup carries no profile', () => {
    const change = profileAfterImport(
      { profile: undefined, newestSessionAt: undefined },
      { profile: undefined, newestSessionAt: LATER },
    );
    expect(change).toEqual({ kind: 'kept' });
  });
});
