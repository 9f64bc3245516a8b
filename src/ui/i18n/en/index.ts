// The English catalogue: the source of every key; other languages must have exactly these keys.
import { agreement } from './agreement';
import { app } from './app';
import { common } from './common';
import { components } from './components';
import { cues } from './cues';
import { history } from './history';
import { illustrations } from './illustrations';
import { live } from './live';
import { pwa } from './pwa';
import { screening } from './screening';
import { settings } from './settings';
import { setup } from './setup';
import { summary } from './summary';
import { technique } from './technique';
import { welcome } from './welcome';

export const en = {
  ...common,
  ...app,
  ...cues,
  ...components,
  ...illustrations,
  ...welcome,
  ...screening,
  ...agreement,
  ...setup,
  ...technique,
  ...history,
  ...settings,
  ...live,
  ...summary,
  ...pwa,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
