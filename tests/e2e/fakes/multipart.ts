// multipart/form-data bodies, as the Bot API and Discord take uploads.

export interface UploadedFile {
  /** The form field the file came in (Telegram: an attach:// id or the parameter; Discord: files[n]). */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: UploadedFile[];
}

export const isMultipart = (contentType: string | undefined) =>
  contentType?.startsWith('multipart/form-data') ?? false;

/**
 * Parses a multipart/form-data body. Written by hand rather than with undici's FormData parser:
 * that one refuses what grammY sends (lower-case headers without spaces, an unquoted filename),
 * which the real Bot API accepts.
 */
export async function parseMultipart(contentType: string, body: Buffer): Promise<MultipartBody> {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new Error('multipart body without its boundary');
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString() === '--') break;
    at += 2; // CRLF after the boundary
    const next = body.indexOf(delimiter, at);
    if (next < 0) throw new Error('unterminated multipart body');
    const part = body.subarray(at, next - 2); // without the CRLF before the next boundary
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) throw new Error('multipart part without headers');
    const headers = part.subarray(0, split).toString('utf8');
    const data = part.subarray(split + 4);
    const disposition = /content-disposition:\s*form-data(.*)/i.exec(headers)?.[1] ?? '';
    const param = (key: string) =>
      new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;\\r\\n]*))`, 'i')
        .exec(disposition)
        ?.slice(1)
        .find((v) => v !== undefined);
    const field = param('name');
    if (field === undefined) throw new Error('multipart part without a name');
    const filename = param('filename');
    if (filename === undefined) fields[field] = data.toString('utf8');
    else
      files.push({
        field,
        filename: filename.trim(),
        contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream',
        data: Buffer.from(data),
      });
    at = next;
  }
  return { fields, files };
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature)) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
