// Members' own settings: the language of the replies only they see (issue 14).
import type { Db } from './db.ts';
import type { MemberKey } from './answers.ts';

/**
 * A row's member, by platform key: the existing member, or a new one (a member's first action may be
 * a report or a suggestion). For Prisma's nested writes.
 */
export function connectMember(member: MemberKey) {
  return {
    connectOrCreate: {
      where: { platform_externalId: { platform: member.platform, externalId: member.externalId } },
      create: member,
    },
  };
}

export class MemberStore {
  constructor(private readonly db: Db) {}

  /** The member's chosen language, or null when they chose none (or have never been seen). */
  async language(platform: string, externalId: string): Promise<string | null> {
    const m = await this.db.member.findUnique({
      where: { platform_externalId: { platform, externalId } },
      select: { language: true },
    });
    return m?.language ?? null;
  }

  /** Saves the member's choice (null: follow the platform and the community again), creating the member. */
  async setLanguage(member: MemberKey, language: string | null): Promise<void> {
    await this.db.member.upsert({
      where: { platform_externalId: { platform: member.platform, externalId: member.externalId } },
      create: { ...member, language },
      update: { displayName: member.displayName, language },
    });
  }
}
