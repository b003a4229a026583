#!/usr/bin/env node
/*
 * `npm start`: where Excel desktop exists (Windows, macOS), sideload the add-in into
 * Excel the way Microsoft's templates do (office-addin-debugging, fetched on demand:
 * it does not install on Linux, so it is kept out of package.json); everywhere else
 * build and serve the browser preview, where the real pane runs beside an in-memory
 * workbook with the East Kazakhstan tables.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");

const port = process.env.PORT || "3000";

function excelDesktopPresent() {
  if (process.env.AIMAQ_PREVIEW) return false;
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [process.env["ProgramFiles"], process.env["ProgramFiles(x86)"]].filter(Boolean);
    return roots.some((root) =>
      ["Microsoft Office\\root\\Office16\\EXCEL.EXE", "Microsoft Office\\Office16\\EXCEL.EXE"].some((rel) =>
        fs.existsSync(`${root}\\${rel}`)
      )
    );
  }
  return false;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

function spawnSyncOrExit(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (excelDesktopPresent()) {
  console.log("Excel desktop found: sideloading Aimaq (manifest.xml) into Excel.");
  spawnSyncOrExit("npx", ["--yes", "office-addin-dev-certs@3", "install"]);
  run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--dev-server", "npm run dev-server"]);
} else {
  console.log(`No Excel desktop here: starting the browser preview at http://localhost:${port}/preview.html`);
  run("npx", ["webpack", "serve", "--mode", "development", "--env", "preview"]);
}
