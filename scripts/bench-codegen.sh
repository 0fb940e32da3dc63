#!/bin/sh
# The generated-code table of BENCHMARKS.md: each program of benches/programs built by memrun
# (built-in compiler) and by `go build` (Go 1.27.3), both run side by side with hyperfine; the
# ratio is memrun's median run time over Go's. Needs hyperfine (Debian package).
set -eu
cd "$(dirname "$0")/.."
PATH="$(scripts/install-go.sh):$PATH"
export PATH GOTOOLCHAIN=local
cargo build --release --locked -q
memrun=$(ls target/*/release/memrun 2>/dev/null | head -n1)
[ -n "$memrun" ] || memrun=target/release/memrun
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
echo "| program | go build | memrun | ratio |"
echo "|---|---:|---:|---:|"
for src in benches/programs/*.go; do
    name=$(basename "$src" .go)
    go build -o "$work/$name.go" "$src"
    "$memrun" build --toolchain builtin -o "$work/$name.mr" "$src"
    hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-json "$work/$name.json" \
        "$work/$name.go" "$work/$name.mr" >/dev/null
    python3 - "$work/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
go, mr = r[0]["median"], r[1]["median"]
print(f"| {sys.argv[2]} | {go*1000:.1f} ms | {mr*1000:.1f} ms | {mr/go:.2f} |")
PY
done
