/** `npm run workbooks`: writes assets/workbooks/aimaq-{kk,ru,en}.xlsx from data/ and src/i18n/workbooks. */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { LANGUAGES } from "../../src/i18n";
import { buildWorkbook, workbookFileName } from "./build";

export const WORKBOOK_DIR = join(__dirname, "..", "..", "assets", "workbooks");

async function main(): Promise<void> {
  mkdirSync(WORKBOOK_DIR, { recursive: true });
  for (const language of LANGUAGES) {
    const buffer = await buildWorkbook(language).xlsx.writeBuffer();
    const file = join(WORKBOOK_DIR, workbookFileName(language));
    writeFileSync(file, Buffer.from(buffer as ArrayBuffer));
    process.stdout.write(`${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
