// Polls until a condition holds, for tests that watch another process or a fake server.
export async function until<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; context?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 8000);
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `condition not met; last value ${JSON.stringify(value)}${options.context ? `\n${options.context()}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 20));
  }
}
