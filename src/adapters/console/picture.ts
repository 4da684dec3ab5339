// The terminal cannot show a card or hand over a file: it saves the PNG (or the /export CSV) to a
// temporary folder of its own and names the file under the reply's text, so it can be opened.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { Reply } from '../../core/types.ts';

export const pictureLine = (file: string, lang: Lang) => t(lang, 'console.picture', { file });
export const fileLine = (file: string, lang: Lang) => t(lang, 'console.file', { file });

export class PictureFiles {
  private folder: Promise<string> | undefined;
  private count = 0;

  /** Saves the reply's picture and file; returns the lines to print, or undefined without either. */
  async save(reply: Reply): Promise<string | undefined> {
    const lines: string[] = [];
    const lang = reply.lang ?? 'en';
    if (reply.image) {
      const file = await this.write(reply.image.name, reply.image.png);
      // The text is the whole reply already; a picture that cannot be saved is only left out.
      if (file) lines.push(pictureLine(file, lang));
    }
    if (reply.file) {
      const file = await this.write(reply.file.name, reply.file.data);
      if (file) lines.push(fileLine(file, lang));
    }
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  private async write(name: string, data: Buffer): Promise<string | undefined> {
    try {
      this.folder ??= mkdtemp(path.join(os.tmpdir(), 'studybot-cards-'));
      const file = path.join(await this.folder, `${++this.count}-${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
      await writeFile(file, data);
      return file;
    } catch {
      return undefined;
    }
  }
}
