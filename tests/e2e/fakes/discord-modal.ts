// Modals on the fake Discord: the documented limits of an interaction's type-9 response (MODAL), and
// the MODAL_SUBMIT interaction a member's client sends back, which the client only lets through
// within the modal's own limits (required inputs filled, max_length kept).
type Wire = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Why Discord would refuse this modal (code 50035), or undefined. */
export function invalidModal(data: Wire): string | undefined {
  if (!data || typeof data !== 'object') return 'modal data must be an object';
  if (typeof data.title !== 'string' || data.title.length < 1 || data.title.length > 45)
    return 'modal title must be 1-45 characters';
  if (typeof data.custom_id !== 'string' || data.custom_id.length < 1 || data.custom_id.length > 100)
    return 'modal custom_id must be 1-100 characters';
  const rows: Wire[] = data.components ?? [];
  if (rows.length < 1 || rows.length > 5) return 'a modal holds 1-5 components';
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== 1 || (row.components ?? []).length !== 1)
      return 'each modal row holds exactly one text input';
    const input = row.components[0];
    if (input.type !== 4) return 'modal components must be text inputs';
    if (!input.custom_id || input.custom_id.length > 100)
      return 'text input custom_id must be 1-100 characters';
    if (ids.has(input.custom_id)) return 'text input custom_id must be unique';
    ids.add(input.custom_id);
    if (!input.label || input.label.length > 45) return 'text input label must be 1-45 characters';
    if (input.style !== 1 && input.style !== 2) return 'text input style must be 1 (short) or 2 (paragraph)';
    if (input.max_length !== undefined && (input.max_length < 1 || input.max_length > 4000))
      return 'text input max_length must be 1-4000';
    if (input.min_length !== undefined && (input.min_length < 0 || input.min_length > 4000))
      return 'text input min_length must be 0-4000';
    if ((input.placeholder ?? '').length > 100) return 'text input placeholder over 100';
    if ((input.value ?? '').length > 4000) return 'text input value over 4000';
  }
  return undefined;
}

/**
 * The data of the MODAL_SUBMIT a member's client sends for `modal` with these values. Throws where
 * the client would not let the member submit (a required input empty, a value over its max_length).
 */
export function modalSubmitData(modal: Wire, values: Record<string, string>): Wire {
  const components = (modal.components as Wire[]).map((row) => {
    const input = row.components[0];
    const value = values[input.custom_id] ?? '';
    if (input.required !== false && value === '') throw new Error(`${input.custom_id} is required`);
    if (value.length > (input.max_length ?? 4000))
      throw new Error(`${input.custom_id} is over its max_length ${input.max_length}`);
    return { type: 1, components: [{ type: 4, custom_id: input.custom_id, value }] };
  });
  return { custom_id: modal.custom_id, components };
}
