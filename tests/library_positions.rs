//! Where gc's standard library declares its generics' type parameters
//! (`src/compile/check/goroot_tparams.txt`, which memrun names in "cannot infer" errors) is
//! what Go 1.27.3's source says today: regenerating it changes nothing.

mod common;

use common::*;
use std::process::Command;

#[test]
fn library_type_parameter_positions_are_gc_s() {
    if !require_go() {
        return;
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("go")
        .args(["run", "scripts/gen-goroot-tparams.go"])
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
        std::fs::read_to_string(format!("{root}/src/compile/check/goroot_tparams.txt")).unwrap();
    assert!(
        committed == String::from_utf8_lossy(&out.stdout),
        "goroot_tparams.txt is stale: run `go run scripts/gen-goroot-tparams.go > src/compile/check/goroot_tparams.txt`"
    );
}
