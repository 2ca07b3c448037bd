#!/usr/bin/env bash
# The package as a user installs it, run on the oldest Node that package.json's engines admit.
#
# Installs that Node from the npm registry (the package node-<platform>-<arch>, which ships bin/node),
# packs duizhao, installs the tarball into a fresh folder with this machine's node and npm (nodejieba's
# addon is built there, for this node: Node-API, so the old one loads it too), then with the old node:
# require('duizhao'), import('duizhao') and the CLI, each reading, extracting from and checking two
# bundled reports. Their answers must match each other and this machine's node's. Uses the npm registry
# only. Exits non-zero on the first failure; removes what it made.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

say() { printf 'oldest-node: %s\n' "$*"; }
fail() { printf 'oldest-node: FAIL: %s\n' "$*" >&2; exit 1; }

# The lowest version the engines range admits: '>=20' → 20.0.0 ('^20.5 || >=22' → 20.5.0).
VERSION="$(node -e '
  const range = require("./package.json").engines?.node;
  if (!range) { console.error("package.json has no engines.node"); process.exit(1); }
  const lows = range.split("||").map((part) => {
    const m = /^\s*(?:>=|\^|~|=)?\s*v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?\s*(?:<.*)?$/.exec(part);
    if (!m) { console.error(`cannot read the lowest version of engines.node "${range}"`); process.exit(1); }
    return [m[1], m[2], m[3]].map((n) => (n === undefined || n === "x" || n === "*" ? 0 : Number(n)));
  });
  lows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  console.log(lows[0].join("."));
')"
NODE_PKG="node-$(node -p 'process.platform')-$(node -p 'process.arch')"

# nodejieba compiles from source with node-gyp, which needs Node's headers (as .ci/run sets them).
if [ -z "${npm_config_nodedir:-}" ] && ! npm config get nodedir 2>/dev/null | grep -q '^/'; then
  prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  if [ -f "$prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$prefix"
  fi
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/duizhao-oldest-node.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
NPM_QUIET=(--no-audit --no-fund --loglevel=error)

say "installing $NODE_PKG@$VERSION (engines.node: $(node -p 'require("./package.json").engines.node'))"
npm install --no-save "${NPM_QUIET[@]}" --prefix "$TMP/old-node" "$NODE_PKG@$VERSION" >/dev/null
OLD="$TMP/old-node/node_modules/$NODE_PKG/bin/node"
[ -x "$OLD" ] || fail "$NODE_PKG@$VERSION has no bin/node"
[ "$("$OLD" --version)" = "v$VERSION" ] || fail "$OLD is $("$OLD" --version), not v$VERSION"

say "packing duizhao (builds dist/)"
npm pack --silent --pack-destination "$TMP" >/dev/null
TARBALLS=("$TMP"/duizhao-*.tgz)
[ -f "${TARBALLS[0]}" ] || fail "npm pack made no tarball"

say "installing $(basename "${TARBALLS[0]}") with node $(node --version)"
mkdir "$TMP/app"
cd "$TMP/app"
npm init -y >/dev/null
# nodejieba's install script runs `npx @mapbox/node-pre-gyp`, which npx fetches from the npm registry
# (as the repo's .npmrc says, npx must not stop to ask); build from source so that node-pre-gyp does
# not try to download a prebuilt binary from elsewhere.
npm_config_yes=true npm_config_build_from_source=nodejieba npm install "${NPM_QUIET[@]}" "${TARBALLS[0]}" >"$TMP/install.log" 2>&1 ||
  { cat "$TMP/install.log" >&2; fail "npm install of the tarball failed"; }
PKG="$TMP/app/node_modules/duizhao"
[ -f "$PKG/dist/index.cjs" ] || fail "the installed package has no dist/index.cjs"

# What each way in answers: the export names, targets extracted from a plan, one check of a
# consecutive pair and one batch (worker threads, dist/batch-worker.js).
BODY='
const plan = d.readReport(d.corpusPath("national-2021.txt"));
const review = d.readReport(d.corpusPath("national-2022.txt"));
const card = d.checkTargets(plan, review);
const batch = await d.batch(["hailar-2012.txt", "hailar-2013.txt"].map(d.corpusPath), { jobs: 1 });
console.log(JSON.stringify({
  exports: Object.keys(d).sort(),
  targets: d.extract(plan).targets.length,
  rows: card.rows.length,
  summary: card.summary,
  batch: [batch.pairs.length, batch.rows.length],
}));'
REQUIRE="const d = require('duizhao'); (async () => { $BODY })().catch((e) => { console.error(e); process.exit(1); });"
IMPORT="const d = await import('duizhao'); $BODY"

# Runs one way in: stdout to $TMP/<name>.out, and fails on a non-zero exit or anything on stderr.
run() {
  local name="$1"
  shift
  if ! "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"; then
    cat "$TMP/$name.err" >&2
    fail "$name exited non-zero"
  fi
  if [ -s "$TMP/$name.err" ]; then
    cat "$TMP/$name.err" >&2
    fail "$name wrote to stderr"
  fi
  [ -s "$TMP/$name.out" ] || fail "$name printed nothing"
}

run expected node -e "$REQUIRE"
run require "$OLD" -e "$REQUIRE"
run import "$OLD" --input-type=module -e "$IMPORT"
run cli "$OLD" "$PKG/dist/cli.js" check "$PKG/corpus/national-2021.txt" "$PKG/corpus/national-2022.txt" --json

cmp -s "$TMP/expected.out" "$TMP/require.out" || fail "require on node v$VERSION answered $(cat "$TMP/require.out"), node $(node --version) $(cat "$TMP/expected.out")"
cmp -s "$TMP/expected.out" "$TMP/import.out" || fail "import on node v$VERSION answered $(cat "$TMP/import.out"), node $(node --version) $(cat "$TMP/expected.out")"
# The answers are sound, and the CLI's scorecard is the library's.
node -e '
  const fs = require("fs");
  const [lib, cli] = process.argv.slice(1).map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  const problems = [];
  if (lib.exports.length < 10 || !lib.exports.includes("checkTargets")) problems.push(`exports: ${lib.exports.length} names`);
  if (!(lib.targets > 0) || !(lib.rows > 0)) problems.push(`targets ${lib.targets}, rows ${lib.rows}`);
  if (!(lib.batch[0] === 1 && lib.batch[1] > 0)) problems.push(`batch ${lib.batch}`);
  if (cli.rows?.length !== lib.rows) problems.push(`CLI rows ${cli.rows?.length} against ${lib.rows}`);
  if (JSON.stringify(cli.summary) !== JSON.stringify(lib.summary)) problems.push(`CLI summary ${JSON.stringify(cli.summary)} against ${JSON.stringify(lib.summary)}`);
  if (problems.length) { console.error(problems.join("; ")); process.exit(1); }
  console.log(`oldest-node: ${lib.exports.length} exports; national-2021: ${lib.targets} targets; check 2021→2022: ${lib.rows} rows ${JSON.stringify(lib.summary)}; batch hailar 2012→2013: ${lib.batch[1]} rows`);
' "$TMP/require.out" "$TMP/cli.out" || fail "the answers on node v$VERSION are not what they should be"
say "ok: require, import and the CLI work on node v$VERSION as on node $(node --version)"
