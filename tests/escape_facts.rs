//! The escape facts memrun keeps for library functions (`src/compile/escape/stdtags.txt`) are
//! what Go 1.27.3's compiler says today: regenerating them changes nothing.

mod common;

use common::*;
use std::process::Command;

#[test]
fn library_escape_facts_are_gc_s() {
    if !require_go() {
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("go")
        .args(["run", "scripts/gen-escape-tags.go"])
        .current_dir(root)
        .env("GOTOOLCHAIN", "local")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let committed =
        std::fs::read_to_string(format!("{root}/src/compile/escape/stdtags.txt")).unwrap();
    assert!(
        committed == String::from_utf8_lossy(&out.stdout),
        "stdtags.txt is stale: run `go run scripts/gen-escape-tags.go > src/compile/escape/stdtags.txt`"
    );
}
