//! Where gc's standard library declares its generics' type parameters
//! (`src/compile/check/goroot_tparams.txt`, which memrun names in "cannot infer" errors) is
//! what Go 1.27.3's source says today: regenerating it changes nothing.

mod common;

use common::*;

#[test]
fn library_type_parameter_positions_are_gc_s() {
    if !require_go() {
        return;
    }
    assert_regenerates(
        "scripts/gen-goroot-tparams.go",
        "src/compile/check/goroot_tparams.txt",
    );
}
