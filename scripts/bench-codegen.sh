#!/bin/sh
# The generated-code table of BENCHMARKS.md: each program of benches/programs built by memrun
# (built-in compiler) and by `go build` (Go 1.27.3), both run side by side with hyperfine; the
# ratio is memrun's median run time over Go's. Peak RSS is each executable's maximum resident
# set over one more run of each, as wait4(2) reports it to the tests' probe (a small static C
# program: a Python or shell parent would lend the child its own RSS before exec). Needs
# hyperfine (Debian package) and gcc.
set -eu
cd "$(dirname "$0")/.."
PATH="$(scripts/install-go.sh):$PATH"
export PATH GOTOOLCHAIN=local
cargo build --release --locked -q
target=${CARGO_TARGET_DIR:-target}
memrun=$(ls "$target"/*/release/memrun 2>/dev/null | head -n1)
[ -n "$memrun" ] || memrun=$target/release/memrun
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
gcc -static -O2 -o "$work/probe" tests/support/probe.c
echo "| program | go build | memrun | ratio | peak RSS go build | peak RSS memrun | RSS ratio |"
echo "|---|---:|---:|---:|---:|---:|---:|"
# The log filter's input (benches/codegen.rs makes the same lines).
awk 'BEGIN { lv[0]="INFO"; lv[1]="INFO"; lv[2]="DEBUG"; lv[3]="WARN"; lv[4]="INFO"
    for (i = 0; i < 1150000; i++) { l = lv[i % 5]; if (i % 47 == 0) l = "ERROR"
        printf "2026-11-26T12:%02d:%02d.%03dZ host-%02d %s request id=%07d path=/api/v1/items/%d status=%d dur=%dms\n", int(i/60)%60, i%60, i%1000, i%32, l, i, i%977, (i%13==0)?500:200, i%250 } }' >"$work/log.txt"
for src in benches/programs/*.go; do
    name=$(basename "$src" .go)
    go build -o "$work/$name.go" "$src"
    "$memrun" build --toolchain builtin -o "$work/$name.mr" "$src"
    if [ "$name" = logfilter ]; then
        # Standard input from a file needs a shell (the same for both).
        hyperfine --warmup 2 --runs "${RUNS:-15}" --export-json "$work/$name.json" \
            "$work/$name.go <$work/log.txt" "$work/$name.mr <$work/log.txt" >/dev/null
    else
        hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-json "$work/$name.json" \
            "$work/$name.go" "$work/$name.mr" >/dev/null
    fi
    input=/dev/null
    [ "$name" = logfilter ] && input=$work/log.txt
    rss_go=$("$work/probe" maxrss "$work/$name.go" <"$input" 2>&1 >/dev/null | sed -n 's/^maxrss=\([0-9]*\).*/\1/p')
    rss_mr=$("$work/probe" maxrss "$work/$name.mr" <"$input" 2>&1 >/dev/null | sed -n 's/^maxrss=\([0-9]*\).*/\1/p')
    python3 - "$work/$name.json" "$name" "$rss_go" "$rss_mr" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
go, mr = r[0]["median"], r[1]["median"]
rg, rm = int(sys.argv[3]) / 1024, int(sys.argv[4]) / 1024
print(f"| {sys.argv[2]} | {go*1000:.1f} ms | {mr*1000:.1f} ms | {mr/go:.2f} "
      f"| {rg:.1f} MB | {rm:.1f} MB | {rm/rg:.2f} |")
PY
done
