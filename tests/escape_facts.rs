//! The escape facts memrun keeps for library functions (`src/compile/escape/stdtags.txt`) are
//! what Go 1.27.3's compiler says today: regenerating them changes nothing.

mod common;

use common::*;

#[test]
fn library_escape_facts_are_gc_s() {
    if !require_go() {
        return;
    }
    assert_regenerates(
        "scripts/gen-escape-tags.go",
        "src/compile/escape/stdtags.txt",
    );
}
