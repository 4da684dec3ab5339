// What every adapter's log-safe error description ends with: any error the platform library did not
// raise itself, with whatever could hold a secret (a token in a URL) cleaned by the adapter's rule.

export function describeAnyError(
  err: unknown,
  clean: (text: string) => string = (text) => text,
): Record<string, unknown> {
  if (err instanceof Error) {
    return { type: err.name, message: clean(err.message), stack: err.stack ? clean(err.stack) : undefined };
  }
  return { type: typeof err, message: clean(String(err)) };
}
