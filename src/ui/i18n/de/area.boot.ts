// The German words of the first screens (frame, welcome, home, components): loaded before the first paint.
import { app } from './app';
import { common } from './common';
import { components } from './components';
import { illustrations } from './illustrations';
import { pwa } from './pwa';
import { welcome } from './welcome';

export const words = { ...common, ...app, ...components, ...illustrations, ...welcome, ...pwa };
