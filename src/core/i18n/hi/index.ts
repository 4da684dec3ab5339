// The Hindi catalog. Typed as the English one, so a key missing here does not compile.
import type { Catalog } from '../catalog.ts';
import { admin } from './admin.ts';
import { answers } from './answers.ts';
import { cards } from './cards.ts';
import { commands } from './commands.ts';
import { common } from './common.ts';
import { community } from './community.ts';
import { engine } from './engine.ts';
import { groups } from './groups.ts';
import { help } from './help.ts';
import { language } from './language.ts';
import { marking } from './marking.ts';
import { names } from './names.ts';
import { platforms } from './platforms.ts';
import { share } from './share.ts';
import { standings } from './standings.ts';
import { streaks } from './streaks.ts';
import { suggest } from './suggest.ts';
import { study } from './study.ts';
import { review } from './review.ts';
import { taps } from './taps.ts';
import { today } from './today.ts';
import { weekly } from './weekly.ts';

export const hi: Catalog = {
  ...common,
  ...commands,
  ...engine,
  ...help,
  ...study,
  ...answers,
  ...standings,
  ...admin,
  ...share,
  ...weekly,
  ...cards,
  ...platforms,
  ...community,
  ...review,
  ...taps,
  ...today,
  ...marking,
  ...names,
  ...streaks,
  ...groups,
  ...language,
  ...suggest,
};
