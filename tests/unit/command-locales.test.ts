// The commands as the platforms list them, in English and Hindi (issue 14): the catalog's English
// is what each command declares, and every command, option and choice has its Hindi within the
// platforms' limits (Discord: names 1-32 of its name characters, descriptions 1-100; Telegram: 1-256).
import { describe, expect, it } from 'vitest';
import { localizedChoice, localizedCommand, localizedOption } from '../../src/core/commandLocales.ts';
import { commands } from '../../src/core/commands/index.ts';

const NAME = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Devanagari}\p{sc=Thai}]{1,32}$/u;
const DEVANAGARI = /[\u0900-\u097F]/;

describe('command names and descriptions in the catalog', () => {
  it('English is exactly what each command, option and choice declares', () => {
    for (const c of commands) {
      expect(localizedCommand('en', c.name), c.name).toEqual({ name: c.name, description: c.description });
      for (const o of c.options) {
        expect(localizedOption('en', c.name, o.name), `${c.name} ${o.name}`).toEqual({
          name: o.name,
          description: o.description,
        });
        for (const choice of o.choices ?? []) {
          const en = localizedChoice('en', c.name, o.name, choice.value);
          if (en !== undefined) expect(en).toBe(choice.name);
        }
      }
    }
  });

  it('every command and option has a Hindi name and description the platforms accept', () => {
    const names = new Set<string>();
    for (const c of commands) {
      const hi = localizedCommand('hi', c.name);
      expect(hi.name, c.name).toMatch(NAME);
      expect(names.has(hi.name!), `${c.name}: Hindi name used twice`).toBe(false);
      names.add(hi.name!);
      expect(hi.description, c.name).toMatch(DEVANAGARI);
      expect(hi.description!.length, c.name).toBeLessThanOrEqual(100);
      for (const o of c.options) {
        const ho = localizedOption('hi', c.name, o.name);
        expect(ho.name, `${c.name} ${o.name}`).toMatch(NAME);
        expect(ho.description, `${c.name} ${o.name}`).toMatch(DEVANAGARI);
        expect(ho.description!.length, `${c.name} ${o.name}`).toBeLessThanOrEqual(100);
        for (const choice of o.choices ?? []) {
          const label = localizedChoice('hi', c.name, o.name, choice.value);
          // Letters (a)-(d) need no translation; words do.
          if (/[a-z]{2}/i.test(choice.name))
            expect(label, `${c.name} ${o.name} ${choice.value}`).toBeDefined();
        }
      }
    }
  });
});
