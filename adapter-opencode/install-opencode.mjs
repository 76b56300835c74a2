// Installs the pinned OpenCode (npm package opencode-ai) into a local folder for the integration tests.
// Usage: node install-opencode.mjs <version> <folder>. Does nothing when that version is already there.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const [version, folderArgument] = process.argv.slice(2);
if (!version || !folderArgument) {
  console.error("usage: node install-opencode.mjs <version> <folder>");
  process.exit(2);
}
const folder = resolve(folderArgument);
const binary = join(folder, "node_modules", ".bin", process.platform === "win32" ? "opencode.cmd" : "opencode");

function installedVersion() {
  if (!existsSync(binary)) return null;
  try {
    return execFileSync(binary, ["--version"], { encoding: "utf8", timeout: 60_000 }).trim();
  } catch {
    return null;
  }
}

if (installedVersion() === version) {
  console.log(`opencode ${version} already in ${folder}`);
  process.exit(0);
}
mkdirSync(folder, { recursive: true });
console.log(`installing opencode-ai@${version} into ${folder}`);
execFileSync("npm", ["install", "--prefix", folder, "--no-save", "--no-audit", "--no-fund", "--loglevel=error",
  `opencode-ai@${version}`], { stdio: "inherit" });
const found = installedVersion();
if (found !== version) {
  console.error(`expected opencode ${version} at ${binary}, found ${found ?? "nothing runnable"}`);
  process.exit(1);
}
console.log(`opencode ${found} ready at ${binary}`);
