// What every card accepts besides its data: the words and the colours.
import { englishLabels, type CardLabels } from './labels.ts';
import { darkTheme, type CardTheme } from './theme.ts';

export interface CardOptions {
  labels?: CardLabels;
  theme?: CardTheme;
}

export function resolveOptions(options: CardOptions | undefined): { labels: CardLabels; theme: CardTheme } {
  return { labels: options?.labels ?? englishLabels, theme: options?.theme ?? darkTheme };
}
