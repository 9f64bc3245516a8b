// The English catalogue: the source of every key; other languages must have exactly these keys.
import { common } from './common';
import { cues } from './cues';

export const en = {
  ...common,
  ...cues,
};

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
