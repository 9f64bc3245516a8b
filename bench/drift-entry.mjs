// Loaded through Vite's module runner by drift.mjs: the TypeScript sources the drift run needs.
export { GET_READY_MS, PLAN_BOUNDS, RAMP_CAP_MS, SECOND } from '../src/domain/plan/bounds';
export { defaultPlan } from '../src/domain/plan/plan';
export { createSession, phaseOf } from '../src/domain/session/step';
export { FakeClock } from '../src/platform/clock';
export { createSessionScheduler } from '../src/platform/sessionScheduler';
export { FakeVisibility } from '../src/platform/visibility';
