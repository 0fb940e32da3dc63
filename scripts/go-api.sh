#!/bin/sh
# Prints the exported API of a Go standard package, as the runtime library's package files
# declare what memrun does not compile yet (src/compile/runtime/PKG.go): every top-level
# function as a body-less declaration, then every other exported name (constants, variables,
# types) on `//memrun:unsupported` lines. A maintainer's helper, from Go 1.27.3's `go doc`:
#   scripts/go-api.sh os
set -eu
cd "$(dirname "$0")/.."
PATH="$(scripts/install-go.sh):$PATH"
export PATH GOTOOLCHAIN=local
go doc -all "$1" | awk '
    block != "" { if ($0 ~ /^\)/) { block = ""; next }
                  if (match($0, /^\t[A-Z][A-Za-z0-9_]*/)) names = names " " substr($0, 2, RLENGTH - 1)
                  next }
    /^(const|var) \($/ { block = $1; next }
    /^(const|var|type) [A-Z]/ { split($2, w, /[^A-Za-z0-9_]/); names = names " " w[1]; next }
    /^func [A-Z][A-Za-z0-9_]*[(\[]/ { print }
    END {
        n = split(names, all, " "); line = "//memrun:unsupported"
        for (i = 1; i <= n; i++) {
            if (seen[all[i]]++) continue
            if (length(line) + 1 + length(all[i]) > 92) { print line; line = "//memrun:unsupported" }
            line = line " " all[i]
        }
        if (line != "//memrun:unsupported") print line
    }'
