// Unit tests render screens without loading words by area: give them the whole English catalogue.
import { en } from './en';
import { registerFallbackWords } from './translate';

registerFallbackWords(en);
