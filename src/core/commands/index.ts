// Every command, in the order /help lists them. One command, one file.
import type { CommandDefinition } from '../types.ts';
import { answer } from './answer.ts';
import { daily } from './daily.ts';
import { fact } from './fact.ts';
import { help } from './help.ts';
import { language } from './language.ts';
import { leaderboard } from './leaderboard.ts';
import { mains } from './mains.ts';
import { pause } from './pause.ts';
import { quiz } from './quiz.ts';
import { resume } from './resume.ts';
import { setup } from './setup.ts';
import { share } from './share.ts';
import { stats } from './stats.ts';
import { streak } from './streak.ts';
import { topics } from './topics.ts';

export const commands: CommandDefinition[] = [
  help,
  daily,
  answer,
  fact,
  topics,
  quiz,
  mains,
  streak,
  leaderboard,
  stats,
  share,
  language,
  setup,
  pause,
  resume,
];
