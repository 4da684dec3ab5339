// Forms filled in one field per message (Telegram's private chat): the member's draft, kept in the
// database so any instance can take the next message, and forgotten once it expires.
import type { Db } from './db.ts';
import type { MemberKey } from './answers.ts';

export interface FormDraft {
  formId: string;
  communityId: number;
  values: Record<string, string>;
}

export class FormStore {
  constructor(private readonly db: Db) {}

  /** Starts (or restarts) the member's draft: one form at a time per member. */
  async start(member: MemberKey, draft: FormDraft, expiresAt: Date): Promise<void> {
    const { id } = await this.db.member.upsert({
      where: { platform_externalId: { platform: member.platform, externalId: member.externalId } },
      create: member,
      update: {},
      select: { id: true },
    });
    const data = { formId: draft.formId, communityId: draft.communityId, values: draft.values, expiresAt };
    await this.db.formDraft.upsert({
      where: { memberId: id },
      create: { memberId: id, ...data },
      update: data,
    });
  }

  /** The member's live draft, or null (none, or expired). */
  async find(platform: string, externalId: string, now: Date): Promise<FormDraft | null> {
    const row = await this.db.formDraft.findFirst({
      where: { member: { platform, externalId }, expiresAt: { gt: now } },
    });
    if (!row) return null;
    return { formId: row.formId, communityId: row.communityId, values: row.values as Record<string, string> };
  }

  /** Saves the answers so far and moves the expiry on. */
  async save(
    platform: string,
    externalId: string,
    values: Record<string, string>,
    expiresAt: Date,
  ): Promise<void> {
    await this.db.formDraft.updateMany({
      where: { member: { platform, externalId } },
      data: { values, expiresAt },
    });
  }

  /** Ends the member's draft; true when there was one. */
  async end(platform: string, externalId: string): Promise<boolean> {
    const { count } = await this.db.formDraft.deleteMany({ where: { member: { platform, externalId } } });
    return count > 0;
  }
}
