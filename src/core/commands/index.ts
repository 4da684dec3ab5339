// Every command, in the order /help lists them. One command, one file.
import type { CommandDefinition } from '../types.ts';
import { answer } from './answer.ts';
import { approve } from './approve.ts';
import { cancel } from './cancel.ts';
import { contributors } from './contributors.ts';
import { decline } from './decline.ts';
import { daily } from './daily.ts';
import { exportCommand } from './export.ts';
import { fact } from './fact.ts';
import { help } from './help.ts';
import { insights } from './insights.ts';
import { language } from './language.ts';
import { leaderboard } from './leaderboard.ts';
import { mains } from './mains.ts';
import { pause } from './pause.ts';
import { postnow } from './postnow.ts';
import { preview } from './preview.ts';
import { quiz } from './quiz.ts';
import { report } from './report.ts';
import { reports } from './reports.ts';
import { remind } from './remind.ts';
import { resume } from './resume.ts';
import { rolereward } from './rolereward.ts';
import { review } from './review.ts';
import { setup } from './setup.ts';
import { share } from './share.ts';
import { skip } from './skip.ts';
import { stats } from './stats.ts';
import { streak } from './streak.ts';
import { suggest } from './suggest.ts';
import { suggestions } from './suggestions.ts';
import { topics } from './topics.ts';

export const commands: CommandDefinition[] = [
  help,
  daily,
  answer,
  fact,
  topics,
  quiz,
  review,
  remind,
  mains,
  streak,
  leaderboard,
  stats,
  share,
  report,
  suggest,
  cancel,
  contributors,
  language,
  setup,
  pause,
  resume,
  skip,
  postnow,
  preview,
  rolereward,
  reports,
  suggestions,
  approve,
  decline,
  insights,
  exportCommand,
];
