// Discord across several processes: discord.js's ShardingManager starts one bot process per shard (`node dist/shards.js`, see docs/operations.md "Discord shards"). Each child runs this
// project's ordinary entry point, dist/main.js, with the shards it was given in its environment (the
// Discord adapter then leaves `shards: 'auto'` aside). The database is the shared state and daily
// posts are claimed in it, so every child may run the scheduler. Telegram must not long-poll from
// several processes at once: give the children no TELEGRAM_BOT_TOKEN and run Telegram in its own
// process, or use webhook mode behind a load balancer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';

const token = process.env.DISCORD_TOKEN;
if (!token) {
  process.stderr.write('DISCORD_TOKEN is not set: the shard manager only runs the Discord bot.\n');
  process.exit(1);
}
const total = process.env.DISCORD_SHARDS ? Number(process.env.DISCORD_SHARDS) : 'auto';
const manager = new ShardingManager(path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.js'), {
  token,
  // 'auto': as many as Discord recommends (GET /gateway/bot); one process each.
  totalShards: total,
  respawn: true,
});
manager.on('shardCreate', (shard) => process.stderr.write(`Discord shard ${shard.id} started.\n`));
await manager.spawn();
