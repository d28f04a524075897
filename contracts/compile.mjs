// Compiles src/ with the pinned solc (package.json) into build/: one
// <Contract>.json per deployable contract (abi, bytecode, deployedBytecode)
// and combined.json, the input of abigen --combined-json.
//
// Usage: node compile.mjs [outdir]   (default: build)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const solc = require("solc");
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(here, "build"));

// The contracts that get artifacts and Go bindings.
const CONTRACTS = [
  "OperatorRegistry", "ValidatorRegistry", "MiniPoolFactory", "MiniPool",
  "StakingPool", "KsETH", "Oracle",
  "TestDepositContract", "TestToken", "ReentrantWithdrawer",
];
const EIP170_LIMIT = 24576;

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(here, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listSources(rel));
    else if (entry.name.endsWith(".sol")) out.push(rel);
  }
  return out.sort();
}

const sources = {};
for (const rel of listSources("src")) {
  sources[rel] = { content: fs.readFileSync(path.join(here, rel), "utf8") };
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    evmVersion: "prague",
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: "none" },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object"] } },
  },
};

function findImports(importPath) {
  const candidates = [path.join(here, "node_modules", importPath), path.join(here, importPath)];
  for (const file of candidates) {
    if (fs.existsSync(file)) return { contents: fs.readFileSync(file, "utf8") };
  }
  return { error: `not found: ${importPath}` };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (output.errors ?? []).filter((e) => e.severity === "error");
for (const e of output.errors ?? []) process.stderr.write(e.formattedMessage + "\n");
if (errors.length > 0) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
let failed = false;
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!CONTRACTS.includes(name)) continue;
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: solc.version(),
      abi: c.abi,
      bytecode: c.evm.bytecode.object,
      deployedBytecode: c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify(artifact, null, 2) + "\n");
    combined.contracts[`${file}:${name}`] = { abi: c.abi, bin: c.evm.bytecode.object };
    const size = c.evm.deployedBytecode.object.length / 2;
    process.stderr.write(`${name}: ${size} bytes deployed\n`);
    if (size > EIP170_LIMIT) {
      process.stderr.write(`${name} exceeds the EIP-170 limit of ${EIP170_LIMIT} bytes\n`);
      failed = true;
    }
  }
}
fs.writeFileSync(path.join(outDir, "combined.json"), JSON.stringify(combined, null, 2) + "\n");
for (const name of CONTRACTS) {
  if (!Object.keys(combined.contracts).some((k) => k.endsWith(`:${name}`))) {
    process.stderr.write(`contract ${name} not found in the output\n`);
    failed = true;
  }
}
if (failed) process.exit(1);
