/** `npm run workbooks`: writes assets/workbooks/aimaq-{kk,ru,en}.xlsx from data/ and src/i18n/workbooks. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { isDeepStrictEqual } from "util";
import { join } from "path";
import { LANGUAGES } from "../../src/i18n";
import { buildWorkbook, workbookFileName } from "./build";
import { loadWorkbook, workbookSnapshot } from "./snapshot";

export const WORKBOOK_DIR = join(__dirname, "..", "..", "assets", "workbooks");

async function main(): Promise<void> {
  mkdirSync(WORKBOOK_DIR, { recursive: true });
  for (const language of LANGUAGES) {
    const buffer = Buffer.from((await buildWorkbook(language).xlsx.writeBuffer()) as ArrayBuffer);
    const file = join(WORKBOOK_DIR, workbookFileName(language));
    // The zip entries carry the time of writing: rewrite only when the content changed, so the bytes stay stable.
    const unchanged =
      existsSync(file) &&
      isDeepStrictEqual(
        workbookSnapshot(await loadWorkbook(readFileSync(file))),
        workbookSnapshot(await loadWorkbook(buffer)),
      );
    if (!unchanged) writeFileSync(file, buffer);
    process.stdout.write(`${file}${unchanged ? " (unchanged)" : ""}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
