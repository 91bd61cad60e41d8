/**
 * A small, dependency-free reader for .xlsx workbooks: enough to pull numbers and labels out of
 * the SIPRI and IMF spreadsheets the importer uses. An .xlsx file is a zip archive of XML parts;
 * this reads the zip's central directory, inflates the parts it needs with node:zlib, and parses
 * the workbook, the shared strings, the styles (for SIPRI's colour-coded estimates) and the
 * sheets' cells. It does not evaluate formulas: it reads the cached values the file stores.
 */
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxError";
  }
}

// ——— Zip ———

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes. */
const EOCD_MIN = 22;
const EOCD_MAX_SEARCH = EOCD_MIN + 0xffff;

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), computed here because zlib.crc32 only exists from Node 20.15. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Lists a zip archive's entries from its central directory (the authoritative index). */
export function readZipDirectory(buf: Buffer, label = "archive"): Map<string, ZipEntry> {
  if (buf.length < EOCD_MIN) {
    throw new XlsxError(`${label}: not a zip file (only ${buf.length} bytes)`);
  }
  // The record sits at the end, after an optional comment, so scan backwards for its signature.
  let eocd = -1;
  const stop = Math.max(0, buf.length - EOCD_MAX_SEARCH);
  for (let i = buf.length - EOCD_MIN; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    throw new XlsxError(
      `${label}: not a zip file (no end-of-central-directory record); an .xlsx must be a zip archive`,
    );
  }
  const count = buf.readUInt16LE(eocd + 10);
  const dirSize = buf.readUInt32LE(eocd + 12);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    throw new XlsxError(`${label}: ZIP64 archives are not supported`);
  }
  if (dirOffset + dirSize > eocd) {
    throw new XlsxError(`${label}: truncated or corrupt zip (central directory out of range)`);
  }
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new XlsxError(`${label}: corrupt zip (bad central directory entry ${i + 1})`);
    }
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    entries.set(name, {
      name,
      method: buf.readUInt16LE(p + 10),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry and checks its size and CRC, so a damaged file fails here, not later. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, label = "archive"): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw new XlsxError(`${label}: corrupt zip (bad local header for ${entry.name})`);
  }
  // The local header's own name and extra lengths can differ from the central directory's.
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const raw = buf.subarray(start, start + entry.compressedSize);
  if (raw.length !== entry.compressedSize) {
    throw new XlsxError(`${label}: truncated zip (${entry.name} is cut short)`);
  }
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(raw);
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw);
    } catch (err) {
      throw new XlsxError(
        `${label}: cannot inflate ${entry.name} (${(err as Error).message}); the file is damaged`,
      );
    }
  } else {
    throw new XlsxError(
      `${label}: ${entry.name} uses unsupported compression method ${entry.method}`,
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc32) {
    throw new XlsxError(`${label}: ${entry.name} fails its size or CRC check; the file is damaged`);
  }
  return data;
}

// ——— XML ———

export interface XmlElement {
  /** Local name, without any namespace prefix (writers differ: "sheet" vs "x:sheet"). */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(":") + 1);

/**
 * Parses the well-formed XML that spreadsheet writers emit into a tree. Not a general parser:
 * no DTDs, and namespaces are reduced to local names, which is all the xlsx parts need.
 */
export function parseXml(xml: string, label = "xml"): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const tag = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  const attr = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const top = stack[stack.length - 1] as XmlElement;
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length > 1) top.children.push(decodeEntities(text));
      else if (text.trim()) throw new XlsxError(`${label}: text outside the root element`);
    }
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      i = xml.indexOf("?>", lt) + 2;
    } else if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end < 0) throw new XlsxError(`${label}: unterminated CDATA section`);
      top.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else {
      tag.lastIndex = lt;
      const m = tag.exec(xml);
      if (!m) throw new XlsxError(`${label}: malformed tag at offset ${lt}`);
      const [whole, closing, qname = "", attrText = "", selfClosing] = m;
      const name = localName(qname);
      if (closing) {
        if (stack.length < 2 || top.name !== name) {
          throw new XlsxError(`${label}: unexpected </${qname}> at offset ${lt}`);
        }
        stack.pop();
      } else {
        const el: XmlElement = { name, attrs: {}, children: [] };
        for (const a of attrText.matchAll(attr)) {
          el.attrs[a[1] ?? ""] = decodeEntities(a[2] ?? a[3] ?? "");
        }
        top.children.push(el);
        if (!selfClosing) stack.push(el);
      }
      i = lt + whole.length;
    }
    if (i < lt) throw new XlsxError(`${label}: unterminated markup at offset ${lt}`);
  }
  if (stack.length !== 1) {
    throw new XlsxError(`${label}: unclosed <${(stack[stack.length - 1] as XmlElement).name}>`);
  }
  const el = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!el) throw new XlsxError(`${label}: no root element`);
  return el;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name),
  );
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Concatenated text of an element and its descendants. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

/** An attribute by local name: relationship ids come as "r:id" under any prefix. */
function attrByLocalName(el: XmlElement, name: string): string | undefined {
  for (const [k, v] of Object.entries(el.attrs))
    if (localName(k) === name && k.includes(":")) return v;
  return undefined;
}

// ——— Workbook ———

export type XlsxCell =
  | { ref: string; row: number; col: number; type: "string"; value: string; style: number }
  | { ref: string; row: number; col: number; type: "number"; value: number; style: number }
  | { ref: string; row: number; col: number; type: "boolean"; value: boolean; style: number }
  | { ref: string; row: number; col: number; type: "error"; value: string; style: number };

export interface XlsxSheet {
  name: string;
  /** Cells by 1-based row, then 1-based column. Empty cells are absent. */
  rows: Map<number, Map<number, XlsxCell>>;
}

/** The font colour of a cell style, as the file gives it. */
export interface FontColour {
  rgb?: string;
  indexed?: number;
  theme?: number;
}

export interface XlsxWorkbook {
  label: string;
  sheetNames: string[];
  sheet(name: string): XlsxSheet;
  fontColour(style: number): FontColour | undefined;
}

/** "A" → 1, "Z" → 26, "AA" → 27. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/.test(letters)) throw new XlsxError(`not a column name: "${letters}"`);
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → "A", 27 → "AA". */
export function columnName(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  return m ? { col: columnIndex(m[1] ?? ""), row: Number(m[2]) } : undefined;
}

/** Resolves a relationship target against the part it belongs to ("xl/workbook.xml"). */
function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** A shared string: plain <t>, or rich-text runs <r><t>; phonetic hints (<rPh>) are not text. */
function sharedStringText(si: XmlElement): string {
  return childElements(si)
    .map((c) => {
      if (c.name === "t") return textContent(c);
      if (c.name === "r") return childElements(c, "t").map(textContent).join("");
      return "";
    })
    .join("");
}

export function readXlsx(input: string | Buffer, label?: string): XlsxWorkbook {
  const name = label ?? (typeof input === "string" ? input : "workbook");
  const buf = typeof input === "string" ? readFileSync(input) : input;
  const entries = readZipDirectory(buf, name);
  const part = (path: string): string | undefined => {
    const entry = entries.get(path);
    return entry ? readZipEntry(buf, entry, name).toString("utf8") : undefined;
  };
  const xmlPart = (path: string): XmlElement => {
    const text = part(path);
    if (text === undefined) throw new XlsxError(`${name}: missing part ${path}; is it an .xlsx?`);
    return parseXml(text, `${name} › ${path}`);
  };

  const workbook = xmlPart("xl/workbook.xml");
  const rels = xmlPart("xl/_rels/workbook.xml.rels");
  const targets = new Map(
    childElements(rels, "Relationship").map((r) => [r.attrs.Id ?? "", r.attrs.Target ?? ""]),
  );
  const sheetsEl = firstChild(workbook, "sheets");
  const sheetParts = new Map<string, string>();
  for (const s of sheetsEl ? childElements(sheetsEl, "sheet") : []) {
    const target = targets.get(attrByLocalName(s, "id") ?? "");
    if (!s.attrs.name || !target) {
      throw new XlsxError(`${name}: sheet ${JSON.stringify(s.attrs.name)} has no worksheet part`);
    }
    sheetParts.set(s.attrs.name, resolvePart("xl/workbook.xml", target));
  }

  const sstText = part("xl/sharedStrings.xml");
  const shared = sstText
    ? childElements(parseXml(sstText, `${name} › sharedStrings`), "si").map(sharedStringText)
    : [];

  const stylesText = part("xl/styles.xml");
  const fontColours: (FontColour | undefined)[] = [];
  if (stylesText) {
    const styles = parseXml(stylesText, `${name} › styles`);
    const fontsEl = firstChild(styles, "fonts");
    const fonts = (fontsEl ? childElements(fontsEl, "font") : []).map((f) => {
      const c = firstChild(f, "color");
      if (!c) return undefined;
      const colour: FontColour = {};
      if (c.attrs.rgb) colour.rgb = c.attrs.rgb.toUpperCase();
      if (c.attrs.indexed) colour.indexed = Number(c.attrs.indexed);
      if (c.attrs.theme) colour.theme = Number(c.attrs.theme);
      return colour;
    });
    const xfsEl = firstChild(styles, "cellXfs");
    for (const xf of xfsEl ? childElements(xfsEl, "xf") : []) {
      fontColours.push(fonts[Number(xf.attrs.fontId ?? 0)]);
    }
  }

  const cache = new Map<string, XlsxSheet>();
  const readSheet = (sheetName: string): XlsxSheet => {
    const path = sheetParts.get(sheetName);
    if (!path) {
      throw new XlsxError(
        `${name}: no sheet named "${sheetName}" (sheets: ${[...sheetParts.keys()].join(", ")})`,
      );
    }
    const where = `${name} › ${sheetName}`;
    const root = xmlPart(path);
    const data = firstChild(root, "sheetData");
    const rows = new Map<number, Map<number, XlsxCell>>();
    let rowNumber = 0;
    for (const rowEl of data ? childElements(data, "row") : []) {
      // Row and cell references are optional in the format: absent, they follow on from the last.
      rowNumber = rowEl.attrs.r ? Number(rowEl.attrs.r) : rowNumber + 1;
      const cells = new Map<number, XlsxCell>();
      let colNumber = 0;
      for (const c of childElements(rowEl, "c")) {
        const pos = c.attrs.r ? parseRef(c.attrs.r) : { row: rowNumber, col: colNumber + 1 };
        if (!pos) throw new XlsxError(`${where}: bad cell reference "${c.attrs.r}"`);
        if (pos.row !== rowNumber) {
          throw new XlsxError(`${where}: cell ${c.attrs.r} is filed under row ${rowNumber}`);
        }
        colNumber = pos.col;
        const ref = `${columnName(pos.col)}${pos.row}`;
        const base = { ref, row: pos.row, col: pos.col, style: Number(c.attrs.s ?? 0) };
        const v = firstChild(c, "v");
        const raw = v ? textContent(v) : undefined;
        const t = c.attrs.t ?? "n";
        let cell: XlsxCell | undefined;
        if (t === "inlineStr") {
          const is = firstChild(c, "is");
          cell = { ...base, type: "string", value: is ? sharedStringText(is) : "" };
        } else if (raw === undefined) {
          cell = undefined; // a styled but empty cell
        } else if (t === "s") {
          const s = shared[Number(raw)];
          if (s === undefined)
            throw new XlsxError(`${where}: ${ref} points at missing string ${raw}`);
          cell = { ...base, type: "string", value: s };
        } else if (t === "str") {
          cell = { ...base, type: "string", value: raw };
        } else if (t === "b") {
          cell = { ...base, type: "boolean", value: raw === "1" };
        } else if (t === "e") {
          cell = { ...base, type: "error", value: raw };
        } else if (t === "n") {
          const n = Number(raw);
          if (raw.trim() === "" || !Number.isFinite(n)) {
            throw new XlsxError(`${where}: ${ref} holds "${raw}", which is not a number`);
          }
          cell = { ...base, type: "number", value: n };
        } else {
          throw new XlsxError(`${where}: ${ref} has unknown cell type "${t}"`);
        }
        if (cell) cells.set(pos.col, cell);
      }
      rows.set(rowNumber, cells);
    }
    return { name: sheetName, rows };
  };

  return {
    label: name,
    sheetNames: [...sheetParts.keys()],
    sheet(sheetName) {
      let s = cache.get(sheetName);
      if (!s) {
        s = readSheet(sheetName);
        cache.set(sheetName, s);
      }
      return s;
    },
    fontColour: (style) => fontColours[style],
  };
}

/** The cell at a 1-based row and column, or at an "A1" reference. */
export function cellAt(sheet: XlsxSheet, row: number, col: number): XlsxCell | undefined;
export function cellAt(sheet: XlsxSheet, ref: string): XlsxCell | undefined;
export function cellAt(sheet: XlsxSheet, a: number | string, b?: number): XlsxCell | undefined {
  if (typeof a === "string") {
    const pos = parseRef(a);
    if (!pos) throw new XlsxError(`not a cell reference: "${a}"`);
    return sheet.rows.get(pos.row)?.get(pos.col);
  }
  return sheet.rows.get(a)?.get(b ?? 0);
}
