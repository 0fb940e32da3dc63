//! The type table: interning, identity through aliases, the rules, and gc's spellings.

use super::print::Style;
use super::*;
use num_bigint::BigInt;

fn field(name: &str, ty: TypeId) -> Field {
    Field {
        name: name.into(),
        pkg: None,
        ty,
        embedded: false,
        tag: None,
    }
}

#[test]
fn wraps_like_twos_complement() {
    assert_eq!(IntKind::Int8.wrap(&BigInt::from(200)), BigInt::from(-56));
    assert_eq!(IntKind::Uint8.wrap(&BigInt::from(-1)), BigInt::from(255));
    assert!(IntKind::Int64.fits(&BigInt::from(i64::MIN)));
    assert!(!IntKind::Uint64.fits(&BigInt::from(-1)));
    for k in [
        IntKind::Int8,
        IntKind::Uint8,
        IntKind::Int32,
        IntKind::Uint32,
        IntKind::Int64,
        IntKind::Uint64,
    ] {
        assert!(k.fits(&k.min()) && k.fits(&k.max()), "{k:?}");
        assert!(!k.fits(&(k.min() - 1)) && !k.fits(&(k.max() + 1)), "{k:?}");
    }
}

#[test]
fn literals_are_interned_and_aliases_are_identical_but_spelt_as_written() {
    let mut t = TypeTable::new();
    let a = t.slice(TypeTable::INT);
    let b = t.slice(TypeTable::INT);
    assert_eq!(a, b);
    let bytes = t.slice(TypeTable::BYTE);
    let uint8s = t.slice(TypeTable::UINT8);
    assert_ne!(bytes, uint8s);
    assert!(t.identical(bytes, uint8s));
    assert_eq!(t.name_in(bytes, None), "[]byte");
    assert_eq!(t.name_in(uint8s, None), "[]uint8");
    assert_eq!(t.display(bytes, Style::Runtime), "[]uint8");
    assert!(t.identical(TypeTable::ANY, TypeTable::EMPTY_INTERFACE));
    assert_eq!(t.display(TypeTable::ANY, Style::Runtime), "interface {}");
}

#[test]
fn defined_types_are_distinct_and_spelt_with_their_package() {
    let mut t = TypeTable::new();
    let main = t.package("main", "main");
    let fmt = t.package("fmt", "fmt");
    let a = t.named("T", Some(main));
    let b = t.named("T", Some(main));
    let s = t.structure(vec![field("X", TypeTable::INT)]);
    t.set_underlying(a, s);
    t.set_underlying(b, s);
    assert!(!t.identical(a, b));
    let pa = t.pointer(a);
    let m = t.map(TypeTable::STRING, pa);
    assert_eq!(t.display(m, Style::Runtime), "map[string]*main.T");
    assert_eq!(t.name_in(m, Some(main)), "map[string]*T");
    assert_eq!(t.name_in(m, Some(fmt)), "map[string]*main.T");
    assert_eq!(t.name_in(s, None), "struct{X int}");
    assert_eq!(t.display(s, Style::Runtime), "struct { X int }");
    let sig = t.signature(
        vec![TypeTable::INT],
        Vec::new(),
        vec![TypeTable::STRING, TypeTable::ERROR],
        Vec::new(),
        false,
    );
    assert_eq!(t.name_in(sig, None), "func(int) (string, error)");
    let named_sig = t.signature(
        vec![TypeTable::INT],
        vec!["x".into()],
        vec![TypeTable::STRING],
        Vec::new(),
        false,
    );
    assert!(t.identical(sig, sig));
    assert_eq!(t.name_in(named_sig, None), "func(x int) string");
    let ints = t.slice(TypeTable::INT);
    let variadic = t.signature(vec![ints], Vec::new(), Vec::new(), Vec::new(), true);
    assert_eq!(t.name_in(variadic, None), "func(...int)");
    let recv = t.chan(ChanDir::Recv, TypeTable::INT);
    let ch = t.chan(ChanDir::Both, recv);
    assert_eq!(t.name_in(ch, None), "chan (<-chan int)");
}

#[test]
fn assignability_and_conversion_follow_the_spec() {
    let mut t = TypeTable::new();
    let main = t.package("main", "main");
    let celsius = t.named("Celsius", Some(main));
    t.set_underlying(celsius, TypeTable::FLOAT64);
    // Identical underlying types, both named: not assignable, but convertible.
    assert!(!t.assignable(TypeTable::FLOAT64, celsius));
    assert!(t.convertible(TypeTable::FLOAT64, celsius));
    // One side unnamed: assignable.
    let ints = t.slice(TypeTable::INT);
    let list = t.named("List", Some(main));
    t.set_underlying(list, ints);
    assert!(t.assignable(ints, list));
    assert!(t.assignable(TypeTable::UNTYPED_NIL, list));
    assert!(!t.assignable(TypeTable::UNTYPED_NIL, TypeTable::INT));
    // Strings and byte slices convert both ways; integers to strings.
    let bytes = t.slice(TypeTable::BYTE);
    assert!(t.convertible(TypeTable::STRING, bytes));
    assert!(t.convertible(bytes, TypeTable::STRING));
    assert!(t.convertible(TypeTable::INT, TypeTable::STRING));
    assert!(!t.convertible(ints, TypeTable::STRING));
    // Channels: a bidirectional one to a directional one.
    let both = t.chan(ChanDir::Both, TypeTable::INT);
    let send = t.chan(ChanDir::Send, TypeTable::INT);
    assert!(t.assignable(both, send));
    assert!(!t.assignable(send, both));
    assert!(!t.comparable(ints));
    let arr = t.array(3, TypeTable::STRING);
    assert!(t.comparable(arr));
}

#[test]
fn method_sets_and_interfaces() {
    let mut t = TypeTable::new();
    let main = t.package("main", "main");
    let sig = t.signature(
        Vec::new(),
        Vec::new(),
        vec![TypeTable::STRING],
        Vec::new(),
        false,
    );
    let stringer = t.interface(
        vec![IfaceMethod {
            name: "String".into(),
            pkg: None,
            sig,
        }],
        Vec::new(),
        false,
        Vec::new(),
    );
    let v = t.named("V", Some(main));
    t.set_underlying(v, TypeTable::INT);
    t.add_method(
        v,
        Method {
            name: "String".into(),
            pkg: None,
            sig,
            ptr_recv: false,
        },
    );
    let p = t.named("P", Some(main));
    t.set_underlying(p, TypeTable::INT);
    t.add_method(
        p,
        Method {
            name: "String".into(),
            pkg: None,
            sig,
            ptr_recv: true,
        },
    );
    assert_eq!(t.implements(v, stringer), Ok(()));
    assert_eq!(
        t.implements(p, stringer),
        Err(rules::NotImplemented::PointerReceiver("String".into()))
    );
    let pp = t.pointer(p);
    assert_eq!(t.implements(pp, stringer), Ok(()));
    assert_eq!(
        t.implements(TypeTable::INT, stringer),
        Err(rules::NotImplemented::Missing("String".into()))
    );
    assert!(t.implements(v, TypeTable::ANY).is_ok());
    // Promotion through an embedded field.
    let outer = t.structure(vec![Field {
        name: "V".into(),
        pkg: None,
        ty: v,
        embedded: true,
        tag: None,
    }]);
    assert_eq!(t.implements(outer, stringer), Ok(()));
    // Type sets: ~int admits V, not string.
    let c = t.interface(
        Vec::new(),
        vec![vec![Term {
            tilde: true,
            ty: TypeTable::INT,
        }]],
        false,
        Vec::new(),
    );
    assert!(t.implements(v, c).is_ok());
    assert!(t.implements(TypeTable::STRING, c).is_err());
    assert_eq!(t.name_in(c, None), "interface{~int}");
    assert_eq!(t.name_in(TypeTable::ERROR, None), "error");
    assert!(t.implements(TypeTable::ERROR, TypeTable::ERROR).is_ok());
}

#[test]
fn layout_matches_gc_on_amd64() {
    let mut t = TypeTable::new();
    let s = t.structure(vec![
        field("a", TypeTable::BOOL),
        field("b", TypeTable::INT64),
        field("c", TypeTable::INT16),
    ]);
    assert_eq!(t.field_offsets(s).0, vec![0, 8, 16]);
    assert_eq!(t.layout(s).size, 24);
    let empty = t.structure(Vec::new());
    let tail = t.structure(vec![field("a", TypeTable::INT32), field("z", empty)]);
    assert_eq!(t.layout(tail).size, 8);
    assert_eq!(t.layout(TypeTable::STRING).size, 16);
    let arr = t.array(3, TypeTable::INT16);
    assert_eq!(t.layout(arr).size, 6);
}

#[test]
fn default_types_of_untyped_constants() {
    let t = TypeTable::new();
    assert_eq!(t.default_type(TypeTable::UNTYPED_INT), TypeTable::INT);
    assert_eq!(t.default_type(TypeTable::UNTYPED_RUNE), TypeTable::RUNE);
    assert_eq!(
        t.name_in(t.default_type(TypeTable::UNTYPED_RUNE), None),
        "rune"
    );
    assert_eq!(t.default_type(TypeTable::UNTYPED_FLOAT), TypeTable::FLOAT64);
    assert_eq!(TypeTable::universe("byte"), Some(TypeTable::BYTE));
}
