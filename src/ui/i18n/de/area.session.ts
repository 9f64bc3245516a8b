// The German words of a session, from the safety questions to the summary, and every spoken cue.
import { agreement } from './agreement';
import { cues } from './cues';
import { live } from './live';
import { screening } from './screening';
import { setup } from './setup';
import { summary } from './summary';
import { technique } from './technique';

export const words = {
  ...cues,
  ...screening,
  ...agreement,
  ...setup,
  ...technique,
  ...live,
  ...summary,
};
