/**
 * The AWS config and credentials files split into lines and classified the way botocore reads
 * them (Python's configparser.RawConfigParser with its defaults), keeping every line's exact text
 * and line ending so that an edit can leave all other bytes alone.
 */
export interface IniLine {
  /** The line without its line ending. */
  readonly text: string;
  /** "\n", "\r\n", or "" for a last line without one. */
  readonly eol: string;
  readonly kind: "blank" | "comment" | "header" | "option" | "continuation" | "other";
  /** For headers: the section name, `profile dev` for `[profile dev]`. */
  readonly section?: string;
  /** For options: the key, lowercased as configparser does. */
  readonly key?: string;
  /** For options: the value on the key's own line, trimmed. */
  readonly value?: string;
}

export function parseIniLines(text: string): IniLine[] {
  const lines: IniLine[] = [];
  // configparser: after an option line, a line indented deeper than it continues its value.
  let indentLevel = 0;
  let inOption = false;
  for (const [raw, eol] of splitLines(text)) {
    const trimmed = raw.trim();
    if (trimmed === "") {
      lines.push({ text: raw, eol, kind: "blank" });
      continue;
    }
    if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
      lines.push({ text: raw, eol, kind: "comment" });
      continue;
    }
    const indent = raw.search(/\S/);
    if (inOption && indent > indentLevel) {
      lines.push({ text: raw, eol, kind: "continuation" });
      continue;
    }
    indentLevel = indent;
    // Greedy like configparser's "very permissive" `\[(?P<header>.+)\]`, matched at the start.
    const header = /^\[(.+)\]/.exec(trimmed);
    if (header !== null) {
      inOption = false;
      lines.push({ text: raw, eol, kind: "header", section: header[1] ?? "" });
      continue;
    }
    // The key runs up to the first `=` or `:`.
    const option = /^(.*?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (option !== null && (option[1] ?? "") !== "") {
      inOption = true;
      lines.push({ text: raw, eol, kind: "option", key: (option[1] ?? "").toLowerCase(), value: option[2] ?? "" });
      continue;
    }
    lines.push({ text: raw, eol, kind: "other" });
  }
  return lines;
}

export const joinIniLines = (lines: ReadonlyArray<Pick<IniLine, "text" | "eol">>): string =>
  lines.map((line) => line.text + line.eol).join("");

/** The line ending new lines should use: CRLF if the file already uses it, else LF. */
export const preferredEol = (text: string): string => (text.includes("\r\n") ? "\r\n" : "\n");

function* splitLines(text: string): Generator<[string, string]> {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    if (end < 0) {
      yield [text.slice(start), ""];
      return;
    }
    const crlf = end > start && text[end - 1] === "\r";
    yield [text.slice(start, crlf ? end - 1 : end), crlf ? "\r\n" : "\n"];
    start = end + 1;
  }
}
