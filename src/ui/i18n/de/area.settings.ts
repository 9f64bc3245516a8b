// The German words of Settings.
import { settings } from './settings';

export const words = { ...settings };
