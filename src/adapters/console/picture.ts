// The terminal cannot show a card: it saves the PNG to a temporary folder of its own and names the
// file under the reply's text, so it can be opened with an image viewer.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { Reply } from '../../core/types.ts';

export const pictureLine = (file: string, lang: Lang) => t(lang, 'console.picture', { file });

export class PictureFiles {
  private folder: Promise<string> | undefined;
  private count = 0;

  /** Saves the reply's picture; returns the line to print, or undefined without a picture or on failure. */
  async save(reply: Reply): Promise<string | undefined> {
    if (!reply.image) return undefined;
    try {
      this.folder ??= mkdtemp(path.join(os.tmpdir(), 'studybot-cards-'));
      const name = reply.image.name.replace(/[^A-Za-z0-9_.-]/g, '_');
      const file = path.join(await this.folder, `${++this.count}-${name}`);
      await writeFile(file, reply.image.png);
      return pictureLine(file, reply.lang ?? 'en');
    } catch {
      // The text is the whole reply already; a picture that cannot be saved is only left out.
      return undefined;
    }
  }
}
