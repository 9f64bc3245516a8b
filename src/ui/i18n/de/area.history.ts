// The German words of History, session details, charts and data export.
import { history } from './history';

export const words = { ...history };
