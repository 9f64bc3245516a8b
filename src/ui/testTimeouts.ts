// Screens load their modules on demand; on a busy two-core machine the first load of one can take
// longer than testing-library's 1 s default wait, which would fail a test that is right.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
