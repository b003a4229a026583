/**
 * `npm run guide`: refreshes docs/guide/images/ from the screenshots the
 * end-to-end test leaves in test-artifacts/ (when present), then writes
 * docs/guide/{kk,ru,en}.md.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { LANGUAGES } from "../../src/i18n";
import { renderGuide } from "./render";

const ROOT = join(__dirname, "..", "..");
export const GUIDE_DIR = join(ROOT, "docs", "guide");
export const IMAGE_DIR = join(GUIDE_DIR, "images");
const ARTIFACTS = join(ROOT, "test-artifacts");

/** The screenshots of the pane the guide shows: PNGs of docs/guide/images/. */
export function guideImages(): string[] {
  return existsSync(IMAGE_DIR) ? readdirSync(IMAGE_DIR).filter((f) => /\.png$/i.test(f)) : [];
}

function main(): void {
  mkdirSync(IMAGE_DIR, { recursive: true });
  if (existsSync(ARTIFACTS)) {
    for (const file of readdirSync(ARTIFACTS).filter((f) => /\.png$/i.test(f)))
      copyFileSync(join(ARTIFACTS, file), join(IMAGE_DIR, file));
  }
  const images = guideImages();
  for (const language of LANGUAGES) {
    const file = join(GUIDE_DIR, `${language}.md`);
    writeFileSync(file, renderGuide(language, images));
    process.stdout.write(`${file}\n`);
  }
}

if (require.main === module) main();
