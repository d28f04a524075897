// check.mjs: checks KeyStake's EIP-2335 keystores, threshold shares and
// launchpad deposit data with JavaScript implementations that share no code
// with KeyStake (see README.md), and makes keystores and deposit files for
// KeyStake to read back.
//
// Every check prints "ok: ..." on success. A failed check prints
// "check.mjs: <what is wrong>" on stderr and exits 1; bad usage exits 2.
// Secrets are never printed.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Keystore, create, defaultPbkdfModule, defaultScryptModule } from "@chainsafe/bls-keystore";
import { deriveKeyFromMnemonic } from "@chainsafe/bls-keygen";
import { ByteVectorType, ContainerType, UintNumberType } from "@chainsafe/ssz";
import { bls12_381 } from "@noble/curves/bls12-381.js";

const bls = bls12_381.longSignatures; // G1 public keys, G2 signatures
const Fr = bls12_381.fields.Fr;
const G1 = bls12_381.G1.Point;

// Ethereum's ciphersuite: proof-of-possession scheme, G2 signatures.
const DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
const DOMAIN_DEPOSIT = Uint8Array.of(3, 0, 0, 0);
const GWEI_PER_ETH = 1_000_000_000;

// SSZ containers of the consensus specs (phase0 beacon-chain.md).
const Bytes4 = new ByteVectorType(4);
const Bytes32 = new ByteVectorType(32);
const Bytes48 = new ByteVectorType(48);
const Bytes96 = new ByteVectorType(96);
const Gwei = new UintNumberType(8);
const DepositMessage = new ContainerType({ pubkey: Bytes48, withdrawal_credentials: Bytes32, amount: Gwei });
const DepositData = new ContainerType({ pubkey: Bytes48, withdrawal_credentials: Bytes32, amount: Gwei, signature: Bytes96 });
const ForkData = new ContainerType({ current_version: Bytes4, genesis_validators_root: Bytes32 });
const SigningData = new ContainerType({ object_root: Bytes32, domain: Bytes32 });

const DEPOSIT_FIELDS = [
  "pubkey", "withdrawal_credentials", "amount", "signature", "deposit_message_root",
  "deposit_data_root", "fork_version", "network_name", "deposit_cli_version",
];
const DEPOSIT_HEX_FIELDS = DEPOSIT_FIELDS.filter((f) => !["amount", "network_name", "deposit_cli_version"].includes(f));

/** CheckError is a failed check: reported without a stack trace. */
class CheckError extends Error {}

function fail(msg) {
  throw new CheckError(msg);
}

function toHex(b) {
  return Buffer.from(b).toString("hex");
}

/** fromHex decodes bare or 0x-prefixed hex of exactly n bytes. */
function fromHex(s, n, what) {
  if (typeof s !== "string") fail(`${what}: want a hex string, got ${typeof s}`);
  const h = s.startsWith("0x") ? s.slice(2) : s;
  if (!/^[0-9a-fA-F]*$/.test(h) || h.length !== 2 * n) fail(`${what}: want ${n} bytes of hex, got ${JSON.stringify(s)}`);
  return Uint8Array.from(Buffer.from(h, "hex"));
}

function equalBytes(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function readJSON(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    fail(`read ${path}: ${e.message}`);
  }
}

/**
 * readPassword reads a password file the way KeyStake does: the whole file
 * less one trailing line break. (EIP-2335 normalisation would strip the
 * line break anyway, as a control code.)
 */
function readPassword(path) {
  return readFileSync(path, "utf8").replace(/\r?\n$/, "");
}

/** pubkeyOf returns the compressed G1 public key of a 32-byte secret. */
function pubkeyOf(secret) {
  const k = BigInt("0x" + toHex(secret));
  if (secret.length !== 32 || k === 0n || k >= Fr.ORDER) fail("secret is not a valid BLS12-381 secret key (zero or not below r)");
  return bls.getPublicKey(secret).toBytes(true);
}

/** scalarBytes encodes a scalar as 32 big-endian bytes, as keystores hold it. */
function scalarBytes(k) {
  return fromHex(k.toString(16).padStart(64, "0"), 32, "scalar");
}

/** decodePubkey parses a compressed G1 point, checked on the curve and in G1. */
function decodePubkey(bytes, what) {
  let p;
  try {
    p = G1.fromBytes(bytes);
    p.assertValidity();
  } catch (e) {
    fail(`${what}: not a valid G1 point: ${e.message}`);
  }
  if (p.is0()) fail(`${what}: is the point at infinity`);
  return p;
}

/** openKeystore parses (with the library's JSON schema) and decrypts a keystore. */
async function openKeystore(path, passwordFile) {
  let ks;
  try {
    ks = Keystore.parse(readFileSync(path, "utf8"));
  } catch (e) {
    fail(`${path}: rejected by @chainsafe/bls-keystore: ${e.message}`);
  }
  let secret;
  try {
    secret = await ks.decrypt(readPassword(passwordFile));
  } catch (e) {
    fail(`${path}: decrypt: ${e.message}`);
  }
  const pubkey = pubkeyOf(secret);
  if (ks.pubkey !== undefined && ks.pubkey !== toHex(pubkey)) {
    fail(`${path}: pubkey field ${ks.pubkey} is not the public key ${toHex(pubkey)} of the decrypted secret`);
  }
  return { ks, secret, pubkey };
}

// verify-keystore FILE PASSWORD_FILE [EXPECTED_PUBKEY_HEX]
async function verifyKeystore(file, passwordFile, expected) {
  const { ks, pubkey } = await openKeystore(file, passwordFile);
  if (expected !== undefined && !equalBytes(pubkey, fromHex(expected, 48, "expected pubkey"))) {
    fail(`${file}: decrypted key has public key ${toHex(pubkey)}, want ${expected}`);
  }
  console.log(`ok: ${file}: ${ks.crypto.kdf.function} keystore of ${toHex(pubkey)}`);
}

/** deriveSecret derives the EIP-2333 key at an EIP-2334 path of a mnemonic
 * file's BIP-39 seed (empty passphrase). */
function deriveSecret(mnemonicFile, path) {
  const mnemonic = readFileSync(mnemonicFile, "utf8").trim().split(/\s+/).join(" ");
  try {
    return deriveKeyFromMnemonic(mnemonic, path);
  } catch (e) {
    fail(`derive ${path}: ${e.message}`);
  }
}

// derive-pubkey MNEMONIC_FILE PATH...: prints each path's public key.
function derivePubkeys(mnemonicFile, paths) {
  for (const path of paths) console.log(toHex(pubkeyOf(deriveSecret(mnemonicFile, path))));
}

// withdrawal-credentials MNEMONIC_FILE INDEX: prints the BLS (0x00)
// withdrawal credentials of validator INDEX, from its withdrawal key at
// m/12381/3600/INDEX/0: 0x00 || sha256(pubkey)[1:].
function withdrawalCredentials(mnemonicFile, index) {
  if (!/^[0-9]+$/.test(index)) usage(`validator index ${index} is not a number`);
  const pubkey = pubkeyOf(deriveSecret(mnemonicFile, `m/12381/3600/${index}/0`));
  const wc = createHash("sha256").update(pubkey).digest();
  wc[0] = 0;
  console.log(toHex(wc));
}

// versions: prints the installed version of each dependency and fails if
// any differs from the exact version package.json pins.
function versions() {
  const dir = new URL(".", import.meta.url);
  const pins = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")).dependencies;
  const wrong = [];
  for (const [name, pin] of Object.entries(pins)) {
    const installed = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, dir), "utf8")).version;
    console.log(`${name} ${installed}`);
    if (installed !== pin) wrong.push(`${name} ${installed} is installed, package.json pins ${pin}`);
  }
  console.log(`node ${process.versions.node}`);
  if (wrong.length > 0) fail(`${wrong.join("; ")}: run npm ci`);
}

/** lagrangeAtZero returns the Lagrange coefficients at x = 0 for indices xs. */
function lagrangeAtZero(xs) {
  return xs.map((xi, i) => {
    let num = 1n;
    let den = 1n;
    xs.forEach((xj, j) => {
      if (j === i) return;
      num = Fr.mul(num, BigInt(xj));
      den = Fr.mul(den, Fr.sub(BigInt(xj), BigInt(xi)));
    });
    return Fr.div(num, den);
  });
}

/** subsets returns every k-element subset of xs. */
function subsets(xs, k) {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [first, ...rest] = xs;
  return [...subsets(rest, k - 1).map((s) => [first, ...s]), ...subsets(rest, k)];
}

// verify-shares CLUSTER_JSON DIR: for operator i, DIR/share-i.json decrypts
// with DIR/share-i.password to a key whose public key is public_shares[i-1];
// every threshold-size subset of the shares recovers (by Lagrange
// interpolation in Fr) the validator's secret key, and of the public shares
// the validator's public key; fewer shares do not.
async function verifyShares(clusterFile, dir) {
  const def = readJSON(clusterFile);
  const t = def.threshold;
  const ops = def.operators;
  if (!Array.isArray(ops) || !Number.isInteger(t) || t < 1 || t > ops.length) fail(`${clusterFile}: bad threshold ${t} for ${ops?.length} operators`);
  if (!Array.isArray(def.validators) || def.validators.length !== 1) fail(`${clusterFile}: want exactly one validator`);
  const v = def.validators[0];
  const groupKey = fromHex(v.pubkey, 48, "validator pubkey");
  decodePubkey(groupKey, "validator pubkey");
  if (v.public_shares.length !== ops.length) fail(`${clusterFile}: ${v.public_shares.length} public shares for ${ops.length} operators`);

  const secrets = new Map(); // operator index -> share secret as a scalar
  const points = new Map(); // operator index -> public share point
  for (const [k, op] of ops.entries()) {
    const i = op.index;
    if (i !== k + 1) fail(`${clusterFile}: operator ${k} has index ${i}, want ${k + 1}`);
    const want = fromHex(v.public_shares[k], 48, `public share ${i}`);
    points.set(i, decodePubkey(want, `public share ${i}`));
    const file = `${dir}/share-${i}.json`;
    const { secret, pubkey } = await openKeystore(file, `${dir}/share-${i}.password`);
    if (!equalBytes(pubkey, want)) fail(`${file}: share public key ${toHex(pubkey)} is not public_shares[${k}] ${toHex(want)}`);
    secrets.set(i, BigInt("0x" + toHex(secret)));
  }

  const indices = ops.map((op) => op.index);
  const groupHex = toHex(groupKey);
  const recover = (set) => {
    const coeffs = lagrangeAtZero(set);
    const sk = set.reduce((acc, i, k) => Fr.add(acc, Fr.mul(coeffs[k], secrets.get(i))), 0n);
    const pk = set.reduce((acc, i, k) => acc.add(points.get(i).multiply(coeffs[k])), G1.ZERO);
    return { sk: sk === 0n ? null : toHex(pubkeyOf(scalarBytes(sk))), pk: pk.is0() ? null : toHex(pk.toBytes(true)) };
  };
  const full = subsets(indices, t);
  for (const set of full) {
    const { sk, pk } = recover(set);
    if (sk !== groupHex) fail(`shares {${set}} recover a secret key with public key ${sk}, want ${groupHex}`);
    if (pk !== groupHex) fail(`public shares {${set}} interpolate to ${pk}, want ${groupHex}`);
  }
  // With t-1 shares the constant term stays hidden: interpolation through
  // them gives another key (unless the polynomial is degenerate).
  for (const set of subsets(indices, t - 1)) {
    if (set.length > 0 && recover(set).sk === groupHex) fail(`only ${set.length} shares {${set}} already recover the key: threshold is not ${t}`);
  }
  console.log(`ok: ${ops.length} shares of ${groupHex}: all match their public shares; all ${full.length} subsets of ${t} recover the key`);
}

/** depositRoots computes what a deposit's signature and roots must be. */
function depositRoots(pubkey, wc, amount, sig, forkVersion) {
  const message = { pubkey, withdrawal_credentials: wc, amount };
  const messageRoot = DepositMessage.hashTreeRoot(message);
  const dataRoot = DepositData.hashTreeRoot({ ...message, signature: sig });
  // compute_domain(DOMAIN_DEPOSIT, fork_version, genesis_validators_root=0):
  // deposits are valid across forks, so the zero root is used.
  const forkDataRoot = ForkData.hashTreeRoot({ current_version: forkVersion, genesis_validators_root: new Uint8Array(32) });
  const domain = new Uint8Array(32);
  domain.set(DOMAIN_DEPOSIT);
  domain.set(forkDataRoot.subarray(0, 28), 4);
  const signingRoot = SigningData.hashTreeRoot({ object_root: messageRoot, domain });
  return { messageRoot, dataRoot, signingRoot };
}

// verify-deposit FILE FORK_VERSION_HEX [PUBKEY_HEX...]: every deposit of
// the launchpad file is complete and well-formed, for the fork version, with
// both roots right and a valid signature; with pubkeys, the file holds
// exactly those validators in that order.
function verifyDeposit(file, forkHex, pubkeys) {
  const wantFork = fromHex(forkHex, 4, "fork version");
  const entries = readJSON(file);
  if (!Array.isArray(entries) || entries.length === 0) fail(`${file}: want a non-empty JSON array of deposits`);
  if (pubkeys.length > 0 && pubkeys.length !== entries.length) fail(`${file}: ${entries.length} deposits, want ${pubkeys.length}`);
  const problems = [];
  entries.forEach((d, n) => {
    const where = `${file}: deposit ${n}`;
    try {
      for (const f of DEPOSIT_FIELDS) if (!(f in d)) fail(`${where}: missing ${f}`);
      for (const f of ["network_name", "deposit_cli_version"]) if (typeof d[f] !== "string") fail(`${where}: ${f} is not a string`);
      // The launchpad takes byte fields as bare hex of exact length.
      for (const f of DEPOSIT_HEX_FIELDS) if (String(d[f]).startsWith("0x")) fail(`${where}: ${f} has a 0x prefix: the launchpad wants bare hex`);
      if (!/^[1-9][0-9]*\.[0-9]+\.[0-9]+$/.test(d.deposit_cli_version)) fail(`${where}: deposit_cli_version ${JSON.stringify(d.deposit_cli_version)} is not a version of at least 1.0.0`);
      const pubkey = fromHex(d.pubkey, 48, `${where}: pubkey`);
      const wc = fromHex(d.withdrawal_credentials, 32, `${where}: withdrawal_credentials`);
      const sig = fromHex(d.signature, 96, `${where}: signature`);
      const fork = fromHex(d.fork_version, 4, `${where}: fork_version`);
      if (![0, 1, 2].includes(wc[0])) fail(`${where}: withdrawal credentials prefix 0x${toHex(wc.subarray(0, 1))} is unknown`);
      // 1 ETH up to the credentials' maximum effective balance: 2048 ETH
      // for compounding (0x02) credentials since Electra, else 32 ETH.
      const maxETH = wc[0] === 2 ? 2048 : 32;
      if (!Number.isSafeInteger(d.amount) || d.amount < GWEI_PER_ETH || d.amount > maxETH * GWEI_PER_ETH) {
        fail(`${where}: amount ${d.amount} is not a whole number of Gwei from 1 to ${maxETH} ETH`);
      }
      if (wc[0] !== 0 && wc.subarray(1, 12).some((b) => b !== 0)) fail(`${where}: withdrawal credentials bytes 1..11 are not zero`);
      if (!equalBytes(fork, wantFork)) fail(`${where}: fork_version ${d.fork_version}, want ${toHex(wantFork)}`);
      if (pubkeys.length > 0 && !equalBytes(pubkey, fromHex(pubkeys[n], 48, "expected pubkey"))) fail(`${where}: pubkey ${d.pubkey}, want ${pubkeys[n]}`);
      const pk = decodePubkey(pubkey, `${where}: pubkey`);

      const roots = depositRoots(pubkey, wc, d.amount, sig, fork);
      const msgRoot = fromHex(d.deposit_message_root, 32, `${where}: deposit_message_root`);
      const dataRoot = fromHex(d.deposit_data_root, 32, `${where}: deposit_data_root`);
      if (!equalBytes(msgRoot, roots.messageRoot)) fail(`${where}: deposit_message_root ${d.deposit_message_root}, computed ${toHex(roots.messageRoot)}`);
      if (!equalBytes(dataRoot, roots.dataRoot)) fail(`${where}: deposit_data_root ${d.deposit_data_root}, computed ${toHex(roots.dataRoot)}`);

      let ok;
      try {
        const point = bls.Signature.fromBytes(sig);
        point.assertValidity();
        ok = bls.verify(point, bls.hash(roots.signingRoot, DST), pk);
      } catch (e) {
        fail(`${where}: signature does not decode: ${e.message}`);
      }
      if (!ok) fail(`${where}: signature does not verify over signing root ${toHex(roots.signingRoot)}`);
    } catch (e) {
      if (!(e instanceof CheckError)) throw e;
      problems.push(e.message);
    }
  });
  if (problems.length > 0) fail(problems.join("\ncheck.mjs: "));
  console.log(`ok: ${file}: ${entries.length} deposit(s) valid for fork ${toHex(wantFork)}`);
}

// make-keystore SECRET_HEX PASSWORD_FILE OUTFILE [scrypt|pbkdf2]
async function makeKeystore(secretHex, passwordFile, out, kdf = "scrypt") {
  const secret = fromHex(secretHex, 32, "secret");
  const modules = { scrypt: defaultScryptModule, pbkdf2: defaultPbkdfModule };
  if (!(kdf in modules)) usage(`unknown kdf ${kdf}: want scrypt or pbkdf2`);
  const ks = await create(readPassword(passwordFile), secret, pubkeyOf(secret), "", "made by KeyStake's interop check", modules[kdf]());
  writeFileSync(out, JSON.stringify(ks, null, 2) + "\n", { mode: 0o600 });
  console.log(`ok: ${out}: ${kdf} keystore of ${ks.pubkey}`);
}

// sign-deposit FORK_VERSION_HEX NETWORK_NAME WC_HEX AMOUNT_GWEI OUTFILE SECRET_HEX...
function signDeposit(forkHex, network, wcHex, amountText, out, secretHexes) {
  const fork = fromHex(forkHex, 4, "fork version");
  const wc = fromHex(wcHex, 32, "withdrawal credentials");
  const amount = Number(amountText);
  if (!Number.isSafeInteger(amount) || amount <= 0) usage(`amount ${amountText} is not a positive whole number of Gwei`);
  if (secretHexes.length === 0) usage("sign-deposit needs at least one secret");
  const entries = secretHexes.map((h) => {
    const secret = fromHex(h, 32, "secret");
    const pubkey = pubkeyOf(secret);
    const { signingRoot } = depositRoots(pubkey, wc, amount, new Uint8Array(96), fork);
    const sig = bls.Signature.toBytes(bls.sign(bls.hash(signingRoot, DST), secret));
    const roots = depositRoots(pubkey, wc, amount, sig, fork);
    return {
      pubkey: toHex(pubkey),
      withdrawal_credentials: toHex(wc),
      amount,
      signature: toHex(sig),
      deposit_message_root: toHex(roots.messageRoot),
      deposit_data_root: toHex(roots.dataRoot),
      fork_version: toHex(fork),
      network_name: network,
      deposit_cli_version: "2.7.0",
    };
  });
  writeFileSync(out, JSON.stringify(entries));
  console.log(`ok: ${out}: ${entries.length} deposit(s) signed for fork ${toHex(fork)}`);
}

const COMMANDS = {
  "verify-keystore": { args: "FILE PASSWORD_FILE [EXPECTED_PUBKEY_HEX]", min: 2, max: 3, run: (a) => verifyKeystore(...a) },
  "verify-shares": { args: "CLUSTER_JSON DIR", min: 2, max: 2, run: (a) => verifyShares(...a) },
  "verify-deposit": { args: "FILE FORK_VERSION_HEX [PUBKEY_HEX...]", min: 2, max: Infinity, run: ([f, v, ...pks]) => verifyDeposit(f, v, pks) },
  "derive-pubkey": { args: "MNEMONIC_FILE PATH...", min: 2, max: Infinity, run: ([m, ...paths]) => derivePubkeys(m, paths) },
  "withdrawal-credentials": { args: "MNEMONIC_FILE INDEX", min: 2, max: 2, run: (a) => withdrawalCredentials(...a) },
  versions: { args: "", min: 0, max: 0, run: () => versions() },
  "make-keystore": { args: "SECRET_HEX PASSWORD_FILE OUTFILE [scrypt|pbkdf2]", min: 3, max: 4, run: (a) => makeKeystore(...a) },
  "sign-deposit": {
    args: "FORK_VERSION_HEX NETWORK_NAME WC_HEX AMOUNT_GWEI OUTFILE SECRET_HEX...",
    min: 6,
    max: Infinity,
    run: ([v, n, wc, amt, out, ...sks]) => signDeposit(v, n, wc, amt, out, sks),
  },
};

class UsageError extends Error {}

function usage(msg) {
  throw new UsageError(msg);
}

async function main(argv) {
  const [name, ...args] = argv;
  const cmd = COMMANDS[name];
  if (!cmd || args.length < cmd.min || args.length > cmd.max) {
    const lines = Object.entries(COMMANDS).map(([n, c]) => `  node check.mjs ${n} ${c.args}`);
    usage(`${name ? `bad command or arguments: ${name}` : "no command"}\nusage:\n${lines.join("\n")}`);
  }
  await cmd.run(args);
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof UsageError) {
    console.error(`check.mjs: ${e.message}`);
    process.exit(2);
  }
  console.error(e instanceof CheckError ? `check.mjs: ${e.message}` : e);
  process.exit(1);
});
