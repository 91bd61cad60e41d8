import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  DOTS_DIR,
  PARTNER_DOTS_DIR,
  MILEX_2025_DIR,
  MILEX_2026_DIR,
  MILEX_DIR,
  REGISTER_DIR,
  SIPRI_DIR,
  DEAL_REGISTERS,
  VOLUME_DIR,
  TOTALS_DIR,
} from "@/scripts/import-external";

/**
 * A scratch copy of every folder the importer reads, so a test can damage one file and watch
 * the whole import fail, without touching the shared raw data.
 */
export function copyOfExternal(dir: string, prefix: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  for (const folder of [
    SIPRI_DIR,
    DOTS_DIR,
    PARTNER_DOTS_DIR,
    MILEX_DIR,
    MILEX_2025_DIR,
    MILEX_2026_DIR,
    REGISTER_DIR,
    DEAL_REGISTERS["sipri-at-2025"].dir,
    DEAL_REGISTERS["sipri-at-2026"].dir,
    VOLUME_DIR,
    TOTALS_DIR,
  ]) {
    cpSync(path.join(dir, folder), path.join(copy, folder), { recursive: true });
  }
  return copy;
}
