//! Go's types as an interned table: every type the spec has — basic, defined (named, with an
//! underlying type and methods), pointer, array, slice, map, channel, struct, signature,
//! interface (methods and type sets), tuple and type parameter — is a [`TypeId`] into one
//! [`TypeTable`].
//!
//! Type literals are interned: two spellings of the same structure get the same id, so most
//! identity checks are an integer comparison. What the spec ignores for identity but gc keeps
//! for messages — `byte` and `rune` written for `uint8` and `int32`, `any` for `interface{}`,
//! parameter names — is kept in the spelling and dropped in the *canonical* id, so identity is
//! `canonical(a) == canonical(b)` ([`TypeTable::identical`]). Defined types and type parameters
//! are never interned: each declaration is its own type.
//!
//! The rules over types (identity, assignability, convertibility, method sets, comparability)
//! are in [`rules`]; spelling as gc does in [`print`]; memory layout in [`layout`]; constant
//! values in [`constant`].

pub mod constant;
pub mod layout;
pub mod print;
pub mod rules;

use cranelift_entity::{entity_impl, PrimaryMap};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::collections::HashMap;

pub use constant::Value;

/// A type in a [`TypeTable`].
///
/// It has no `Display`: a type is spelt through its table ([`TypeTable::display`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(u32);
entity_impl!(TypeId);

/// A package, as far as types need one: to qualify defined types and unexported names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(u32);
entity_impl!(PkgId);

/// A package's import path and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// Import path (`main`, `fmt`, `path/filepath`).
    pub path: String,
    /// Package name (`main`, `fmt`, `filepath`).
    pub name: String,
}

/// Integer kinds (`byte` is `Uint8`, `rune` is `Int32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntKind {
    /// int
    Int,
    /// int8
    Int8,
    /// int16
    Int16,
    /// int32
    Int32,
    /// int64
    Int64,
    /// uint
    Uint,
    /// uint8
    Uint8,
    /// uint16
    Uint16,
    /// uint32
    Uint32,
    /// uint64
    Uint64,
    /// uintptr
    Uintptr,
}

impl IntKind {
    /// Size in bits.
    pub fn bits(self) -> u32 {
        match self {
            IntKind::Int8 | IntKind::Uint8 => 8,
            IntKind::Int16 | IntKind::Uint16 => 16,
            IntKind::Int32 | IntKind::Uint32 => 32,
            _ => 64,
        }
    }

    /// Signedness.
    pub fn signed(self) -> bool {
        matches!(
            self,
            IntKind::Int | IntKind::Int8 | IntKind::Int16 | IntKind::Int32 | IntKind::Int64
        )
    }

    /// Go's name.
    pub fn name(self) -> &'static str {
        match self {
            IntKind::Int => "int",
            IntKind::Int8 => "int8",
            IntKind::Int16 => "int16",
            IntKind::Int32 => "int32",
            IntKind::Int64 => "int64",
            IntKind::Uint => "uint",
            IntKind::Uint8 => "uint8",
            IntKind::Uint16 => "uint16",
            IntKind::Uint32 => "uint32",
            IntKind::Uint64 => "uint64",
            IntKind::Uintptr => "uintptr",
        }
    }

    /// Smallest value.
    pub fn min(self) -> BigInt {
        if self.signed() {
            -(BigInt::one() << (self.bits() - 1))
        } else {
            BigInt::zero()
        }
    }

    /// Largest value.
    pub fn max(self) -> BigInt {
        if self.signed() {
            (BigInt::one() << (self.bits() - 1)) - 1
        } else {
            (BigInt::one() << self.bits()) - 1
        }
    }

    /// True when `v` is representable.
    pub fn fits(self, v: &BigInt) -> bool {
        // Without building the bounds as big integers: this runs for every typed constant.
        let bits = self.bits();
        if self.signed() {
            v.to_i64().is_some_and(|x| {
                bits == 64 || (-(1i64 << (bits - 1))..(1i64 << (bits - 1))).contains(&x)
            })
        } else {
            v.to_u64().is_some_and(|x| bits == 64 || x < (1u64 << bits))
        }
    }

    /// Wraps `v` to this kind (two's complement), as runtime arithmetic does.
    pub fn wrap(self, v: &BigInt) -> BigInt {
        let m = BigInt::one() << self.bits();
        let mut r = v % &m;
        if r.is_negative() {
            r += &m;
        }
        if self.signed() && r > self.max() {
            r -= m;
        }
        r
    }
}

/// The kinds of untyped constants (and `nil`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Untyped {
    /// untyped bool
    Bool,
    /// untyped int
    Int,
    /// untyped rune
    Rune,
    /// untyped float
    Float,
    /// untyped complex
    Complex,
    /// untyped string
    String,
    /// untyped nil
    Nil,
}

/// The predeclared basic types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basic {
    /// The type of erroneous expressions (already reported).
    Invalid,
    /// bool
    Bool,
    /// Integers.
    Int(IntKind),
    /// float32
    Float32,
    /// float64
    Float64,
    /// complex64
    Complex64,
    /// complex128
    Complex128,
    /// string
    String,
    /// unsafe.Pointer
    UnsafePointer,
    /// Untyped constants and `nil`.
    Untyped(Untyped),
}

/// A channel's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    /// Name (for an embedded field, the type's name).
    pub name: String,
    /// The package of an unexported name (None when exported): unexported names of different
    /// packages are different.
    pub pkg: Option<PkgId>,
    /// Type.
    pub ty: TypeId,
    /// True for an embedded field.
    pub embedded: bool,
    /// The tag (part of the struct's identity).
    pub tag: Option<String>,
}

/// A function signature. Parameter names are kept for messages only.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Parameter types; for a variadic function the last is a slice.
    pub params: Vec<TypeId>,
    /// Parameter names, if written (empty otherwise).
    pub param_names: Vec<String>,
    /// Result types.
    pub results: Vec<TypeId>,
    /// Result names, if written (empty otherwise).
    pub result_names: Vec<String>,
    /// True if the last parameter is `...T`.
    pub variadic: bool,
}

/// An interface method: a name and a signature.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    /// Name.
    pub name: String,
    /// The package of an unexported name.
    pub pkg: Option<PkgId>,
    /// The signature (a [`TypeKind::Signature`]).
    pub sig: TypeId,
}

/// A term of a type set: `T` or `~T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Term {
    /// `~T`: every type whose underlying type is `T`.
    pub tilde: bool,
    /// The type.
    pub ty: TypeId,
}

/// An interface: its complete method set (embedded interfaces' methods included, sorted by
/// name) and its type set, the intersection of `unions` (empty: all types).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Interface {
    /// Methods, sorted by name.
    pub methods: Vec<IfaceMethod>,
    /// Each element a union of terms; the type set is their intersection.
    pub unions: Vec<Vec<Term>>,
    /// True if `comparable` is embedded.
    pub comparable: bool,
    /// The embedded interfaces as written (for printing).
    pub embeds: Vec<TypeId>,
}

impl Interface {
    /// True for a basic interface: methods only, usable as a value's type.
    pub fn is_basic(&self) -> bool {
        self.unions.is_empty() && !self.comparable
    }
}

/// A method of a defined type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Method {
    /// Name.
    pub name: String,
    /// The package of an unexported name.
    pub pkg: Option<PkgId>,
    /// Signature without the receiver.
    pub sig: TypeId,
    /// True for a pointer receiver (`func (p *T) M()`): only in `*T`'s method set.
    pub ptr_recv: bool,
}

/// A defined type (`type T struct{…}`), or a predeclared one (`error`, `comparable`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Named {
    /// Name.
    pub name: String,
    /// Declaring package (None for predeclared types).
    pub pkg: Option<PkgId>,
    /// The underlying type ([`TypeTable::INVALID`] until set: declarations may be recursive).
    pub underlying: TypeId,
    /// Declared methods.
    pub methods: Vec<Method>,
    /// For an instantiated generic type, its type arguments (for one declared in an instance
    /// of a generic function, that instance's first).
    pub targs: Vec<TypeId>,
    /// How many of `targs` are the enclosing generic function instance's (gc separates them
    /// with `;`: `main.Local[string;int]`).
    pub outer_targs: usize,
    /// Declared inside a function (another function may declare a type of the same name):
    /// its place among its package's local types in source order, from 1, which gc adds to
    /// its name inside instance names (`main.Box[main.X·2]`).
    pub local: Option<u32>,
}

/// A type parameter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeParam {
    /// Name.
    pub name: String,
    /// Index in its declaration's type parameter list.
    pub index: u32,
    /// Its constraint (an interface).
    pub constraint: TypeId,
}

/// What a type is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// A predeclared basic type.
    Basic(Basic),
    /// A defined type.
    Named(Box<Named>),
    /// `*T`
    Pointer(TypeId),
    /// `[N]T`
    Array(u64, TypeId),
    /// `[]T`
    Slice(TypeId),
    /// `map[K]V`
    Map(TypeId, TypeId),
    /// `chan T`, `chan<- T`, `<-chan T`
    Chan(ChanDir, TypeId),
    /// `struct{…}`
    Struct(Vec<Field>),
    /// `func(…) …`
    Signature(Signature),
    /// `interface{…}`
    Interface(Interface),
    /// The results of a call with several values.
    Tuple(Vec<TypeId>),
    /// A type parameter.
    TypeParam(TypeParam),
}

/// One entry of the table.
#[derive(Debug, Clone)]
struct Entry {
    kind: TypeKind,
    /// The identical type with every alias and parameter name spelt out of it.
    canonical: TypeId,
    /// The name to print instead of the kind's (`byte`, `rune`, `any`).
    alias: Option<&'static str>,
}

/// All the types of one compilation.
#[derive(Debug, Clone)]
pub struct TypeTable {
    types: PrimaryMap<TypeId, Entry>,
    /// Type literals by kind (defined types and type parameters are never interned).
    interned: HashMap<TypeKind, TypeId>,
    packages: PrimaryMap<PkgId, Package>,
}

macro_rules! predeclared {
    ($($(#[$m:meta])* $name:ident = $index:expr;)*) => {
        impl TypeTable {
            $($(#[$m])* pub const $name: TypeId = TypeId($index);)*
        }
    };
}

predeclared! {
    /// The type of erroneous expressions.
    INVALID = 0;
    /// bool
    BOOL = 1;
    /// int
    INT = 2;
    /// int8
    INT8 = 3;
    /// int16
    INT16 = 4;
    /// int32
    INT32 = 5;
    /// int64
    INT64 = 6;
    /// uint
    UINT = 7;
    /// uint8
    UINT8 = 8;
    /// uint16
    UINT16 = 9;
    /// uint32
    UINT32 = 10;
    /// uint64
    UINT64 = 11;
    /// uintptr
    UINTPTR = 12;
    /// float32
    FLOAT32 = 13;
    /// float64
    FLOAT64 = 14;
    /// complex64
    COMPLEX64 = 15;
    /// complex128
    COMPLEX128 = 16;
    /// string
    STRING = 17;
    /// unsafe.Pointer
    UNSAFE_POINTER = 18;
    /// untyped bool
    UNTYPED_BOOL = 19;
    /// untyped int
    UNTYPED_INT = 20;
    /// untyped rune
    UNTYPED_RUNE = 21;
    /// untyped float
    UNTYPED_FLOAT = 22;
    /// untyped complex
    UNTYPED_COMPLEX = 23;
    /// untyped string
    UNTYPED_STRING = 24;
    /// untyped nil
    UNTYPED_NIL = 25;
    /// byte (identical to uint8)
    BYTE = 26;
    /// rune (identical to int32)
    RUNE = 27;
    /// interface{}
    EMPTY_INTERFACE = 28;
    /// any (identical to interface{})
    ANY = 29;
    /// The signature `func() string` of `error`'s method.
    ERROR_SIG = 30;
    /// The interface `interface{ Error() string }`.
    ERROR_IFACE = 31;
    /// error
    ERROR = 32;
    /// The interface under `comparable`.
    COMPARABLE_IFACE = 33;
    /// comparable
    COMPARABLE = 34;
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    /// A table holding the predeclared types, at the ids of the associated constants (a copy of
    /// one built once per process: every compilation starts from the same universe).
    pub fn new() -> TypeTable {
        static UNIVERSE: std::sync::OnceLock<TypeTable> = std::sync::OnceLock::new();
        UNIVERSE.get_or_init(TypeTable::universe_table).clone()
    }

    fn universe_table() -> TypeTable {
        let mut t = TypeTable {
            types: PrimaryMap::new(),
            interned: HashMap::new(),
            packages: PrimaryMap::new(),
        };
        let ints = [
            IntKind::Int,
            IntKind::Int8,
            IntKind::Int16,
            IntKind::Int32,
            IntKind::Int64,
            IntKind::Uint,
            IntKind::Uint8,
            IntKind::Uint16,
            IntKind::Uint32,
            IntKind::Uint64,
            IntKind::Uintptr,
        ];
        let mut basics = vec![Basic::Invalid, Basic::Bool];
        basics.extend(ints.map(Basic::Int));
        basics.extend([
            Basic::Float32,
            Basic::Float64,
            Basic::Complex64,
            Basic::Complex128,
            Basic::String,
            Basic::UnsafePointer,
        ]);
        basics.extend(
            [
                Untyped::Bool,
                Untyped::Int,
                Untyped::Rune,
                Untyped::Float,
                Untyped::Complex,
                Untyped::String,
                Untyped::Nil,
            ]
            .map(Basic::Untyped),
        );
        for b in basics {
            t.push(TypeKind::Basic(b), None, None);
        }
        t.push(
            TypeKind::Basic(Basic::Int(IntKind::Uint8)),
            Some(Self::UINT8),
            Some("byte"),
        );
        t.push(
            TypeKind::Basic(Basic::Int(IntKind::Int32)),
            Some(Self::INT32),
            Some("rune"),
        );
        let empty = Interface {
            methods: Vec::new(),
            unions: Vec::new(),
            comparable: false,
            embeds: Vec::new(),
        };
        let e = t.intern(TypeKind::Interface(empty.clone()));
        debug_assert_eq!(e, Self::EMPTY_INTERFACE);
        t.push(TypeKind::Interface(empty), Some(e), Some("any"));
        let sig = t.signature(
            Vec::new(),
            Vec::new(),
            vec![Self::STRING],
            Vec::new(),
            false,
        );
        debug_assert_eq!(sig, Self::ERROR_SIG);
        let iface = t.interface(
            vec![IfaceMethod {
                name: "Error".into(),
                pkg: None,
                sig,
            }],
            Vec::new(),
            false,
            Vec::new(),
        );
        debug_assert_eq!(iface, Self::ERROR_IFACE);
        let error = t.named("error", None);
        t.set_underlying(error, iface);
        debug_assert_eq!(error, Self::ERROR);
        let cmp_iface = t.interface(Vec::new(), Vec::new(), true, Vec::new());
        debug_assert_eq!(cmp_iface, Self::COMPARABLE_IFACE);
        let comparable = t.named("comparable", None);
        t.set_underlying(comparable, cmp_iface);
        debug_assert_eq!(comparable, Self::COMPARABLE);
        t
    }

    fn push(
        &mut self,
        kind: TypeKind,
        canonical: Option<TypeId>,
        alias: Option<&'static str>,
    ) -> TypeId {
        let next = self.types.next_key();
        self.types.push(Entry {
            kind,
            canonical: canonical.unwrap_or(next),
            alias,
        })
    }

    /// The id of a type literal: the existing one if the same literal was made before.
    /// (Only type literals come here: defined types and type parameters are each their own.)
    fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        // The canonical form: the same literal over canonical parts, without names that do
        // not count for identity.
        let canon = self.canonical_kind(&kind);
        let canonical = if canon == kind {
            None
        } else {
            Some(self.intern(canon))
        };
        let id = self.push(kind.clone(), canonical, None);
        self.interned.insert(kind, id);
        id
    }

    fn canonical_kind(&self, kind: &TypeKind) -> TypeKind {
        let c = |t: &TypeId| self.canonical(*t);
        match kind {
            TypeKind::Basic(_) | TypeKind::Named(_) | TypeKind::TypeParam(_) => kind.clone(),
            TypeKind::Pointer(t) => TypeKind::Pointer(c(t)),
            TypeKind::Array(n, t) => TypeKind::Array(*n, c(t)),
            TypeKind::Slice(t) => TypeKind::Slice(c(t)),
            TypeKind::Map(k, v) => TypeKind::Map(c(k), c(v)),
            TypeKind::Chan(d, t) => TypeKind::Chan(*d, c(t)),
            TypeKind::Struct(fs) => TypeKind::Struct(
                fs.iter()
                    .map(|f| Field {
                        ty: c(&f.ty),
                        ..f.clone()
                    })
                    .collect(),
            ),
            TypeKind::Signature(s) => TypeKind::Signature(Signature {
                params: s.params.iter().map(c).collect(),
                param_names: Vec::new(),
                results: s.results.iter().map(c).collect(),
                result_names: Vec::new(),
                variadic: s.variadic,
            }),
            TypeKind::Interface(i) => TypeKind::Interface(Interface {
                methods: i
                    .methods
                    .iter()
                    .map(|m| IfaceMethod {
                        sig: c(&m.sig),
                        ..m.clone()
                    })
                    .collect(),
                unions: i
                    .unions
                    .iter()
                    .map(|u| {
                        u.iter()
                            .map(|t| Term {
                                tilde: t.tilde,
                                ty: c(&t.ty),
                            })
                            .collect()
                    })
                    .collect(),
                comparable: i.comparable,
                embeds: Vec::new(),
            }),
            TypeKind::Tuple(ts) => TypeKind::Tuple(ts.iter().map(c).collect()),
        }
    }

    // ----- constructors -----

    /// `*elem`
    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    /// `[len]elem`
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Array(len, elem))
    }

    /// `[]elem`
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    /// `map[key]value`
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(TypeKind::Map(key, value))
    }

    /// `chan elem` in direction `dir`.
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Chan(dir, elem))
    }

    /// `struct{…}`
    pub fn structure(&mut self, fields: Vec<Field>) -> TypeId {
        self.intern(TypeKind::Struct(fields))
    }

    /// A signature; `param_names`/`result_names` are empty or one per type.
    pub fn signature(
        &mut self,
        params: Vec<TypeId>,
        param_names: Vec<String>,
        results: Vec<TypeId>,
        result_names: Vec<String>,
        variadic: bool,
    ) -> TypeId {
        self.intern(TypeKind::Signature(Signature {
            params,
            param_names,
            results,
            result_names,
            variadic,
        }))
    }

    /// An interface from its explicit methods, embedded interfaces and union elements: the
    /// embedded interfaces' methods and type sets are folded in.
    pub fn interface(
        &mut self,
        mut methods: Vec<IfaceMethod>,
        mut unions: Vec<Vec<Term>>,
        mut comparable: bool,
        embeds: Vec<TypeId>,
    ) -> TypeId {
        for &e in &embeds {
            if let TypeKind::Interface(i) = self.kind(self.underlying(e)).clone() {
                for m in i.methods {
                    if !methods.iter().any(|x| x.name == m.name && x.pkg == m.pkg) {
                        methods.push(m);
                    }
                }
                unions.extend(i.unions);
                comparable |= i.comparable;
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.intern(TypeKind::Interface(Interface {
            methods,
            unions,
            comparable,
            embeds,
        }))
    }

    /// The type of a multi-value call; a single type stands for itself.
    pub fn tuple(&mut self, types: Vec<TypeId>) -> TypeId {
        if types.len() == 1 {
            return types[0];
        }
        self.intern(TypeKind::Tuple(types))
    }

    /// A new defined type (its underlying type set later with [`TypeTable::set_underlying`]).
    pub fn named(&mut self, name: &str, pkg: Option<PkgId>) -> TypeId {
        self.push(
            TypeKind::Named(Box::new(Named {
                name: name.to_owned(),
                pkg,
                underlying: Self::INVALID,
                methods: Vec::new(),
                targs: Vec::new(),
                local: None,
                outer_targs: 0,
            })),
            None,
            None,
        )
    }

    /// Marks a defined type as declared inside a function, the `index`th of its package.
    pub fn set_local(&mut self, t: TypeId, index: u32) {
        if let TypeKind::Named(n) = &mut self.types[t].kind {
            n.local = Some(index);
        }
    }

    /// Sets a defined type's underlying type (the underlying type of `underlying`).
    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        let u = self.underlying(underlying);
        if let TypeKind::Named(n) = &mut self.types[named].kind {
            n.underlying = u;
        }
    }

    /// Declares a method of a defined type.
    pub fn add_method(&mut self, named: TypeId, method: Method) {
        if let TypeKind::Named(n) = &mut self.types[named].kind {
            n.methods.push(method);
        }
    }

    /// Adds a method to a defined type, or replaces its method of that name.
    pub fn set_method(&mut self, named: TypeId, method: Method) {
        if let TypeKind::Named(n) = &mut self.types[named].kind {
            match n.methods.iter_mut().find(|m| m.name == method.name) {
                Some(m) => *m = method,
                None => n.methods.push(method),
            }
        }
    }

    /// Records the type arguments of an instance of a generic type (part of its name).
    pub fn set_targs(&mut self, named: TypeId, targs: Vec<TypeId>) {
        if let TypeKind::Named(n) = &mut self.types[named].kind {
            n.targs = targs;
        }
    }

    /// Sets a local generic type instance's type arguments: the enclosing generic function
    /// instance's, then its own.
    pub fn set_local_targs(&mut self, named: TypeId, outer: &[TypeId], own: &[TypeId]) {
        if let TypeKind::Named(n) = &mut self.types[named].kind {
            n.targs = outer.iter().chain(own).copied().collect();
            n.outer_targs = outer.len();
        }
    }

    /// Sets a type parameter's constraint (resolved once every parameter of its list is
    /// declared: constraints may name each other).
    pub fn set_constraint(&mut self, tp: TypeId, constraint: TypeId) {
        if let TypeKind::TypeParam(p) = &mut self.types[tp].kind {
            p.constraint = constraint;
        }
    }

    /// A new type parameter.
    pub fn type_param(&mut self, name: &str, index: u32, constraint: TypeId) -> TypeId {
        self.push(
            TypeKind::TypeParam(TypeParam {
                name: name.to_owned(),
                index,
                constraint,
            }),
            None,
            None,
        )
    }

    /// Registers a package.
    pub fn package(&mut self, path: &str, name: &str) -> PkgId {
        if let Some((id, _)) = self.packages.iter().find(|(_, p)| p.path == path) {
            return id;
        }
        self.packages.push(Package {
            path: path.to_owned(),
            name: name.to_owned(),
        })
    }

    /// A registered package.
    pub fn package_info(&self, id: PkgId) -> &Package {
        &self.packages[id]
    }

    // ----- queries -----

    /// What `t` is.
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.types[t].kind
    }

    /// The type identical to `t` with aliases and parameter names removed: identical types
    /// have the same canonical id.
    pub fn canonical(&self, t: TypeId) -> TypeId {
        self.types[t].canonical
    }

    /// The name printed for an alias of a predeclared type (`byte`, `rune`, `any`).
    pub fn alias_name(&self, t: TypeId) -> Option<&'static str> {
        self.types[t].alias
    }

    /// How many types the table holds.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// True if the table holds no types (never: the predeclared ones are always there).
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type: itself for a type literal or a basic type, the declared one for a
    /// defined type, the constraint for a type parameter.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(n) => n.underlying,
            TypeKind::TypeParam(p) => self.underlying(p.constraint),
            _ => t,
        }
    }

    /// The basic type under `t`, if it is one.
    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    /// The integer kind under `t`.
    pub fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        match self.basic(t)? {
            Basic::Int(k) => Some(k),
            _ => None,
        }
    }

    /// The untyped kind of an untyped constant type.
    pub fn untyped(&self, t: TypeId) -> Option<Untyped> {
        match self.basic(t)? {
            Basic::Untyped(u) => Some(u),
            _ => None,
        }
    }

    /// True for untyped constant types and untyped nil.
    pub fn is_untyped(&self, t: TypeId) -> bool {
        self.untyped(t).is_some()
    }

    /// Integer (typed, or untyped int or rune).
    pub fn is_integer(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(Basic::Int(_) | Basic::Untyped(Untyped::Int | Untyped::Rune))
        )
    }

    /// Unsigned integer.
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.int_kind(t).is_some_and(|k| !k.signed())
    }

    /// Floating-point (typed or untyped).
    pub fn is_float(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(Basic::Float32 | Basic::Float64 | Basic::Untyped(Untyped::Float))
        )
    }

    /// Complex (typed or untyped).
    pub fn is_complex(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(Basic::Complex64 | Basic::Complex128 | Basic::Untyped(Untyped::Complex))
        )
    }

    /// Numeric: integer, floating-point or complex.
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_complex(t)
    }

    /// Boolean (typed or untyped).
    pub fn is_boolean(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(Basic::Bool | Basic::Untyped(Untyped::Bool))
        )
    }

    /// String (typed or untyped).
    pub fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.basic(t),
            Some(Basic::String | Basic::Untyped(Untyped::String))
        )
    }

    /// True for types `<`, `<=`, `>`, `>=` are defined on.
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.is_integer(t) || self.is_float(t) || self.is_string(t)
    }

    /// True for the erroneous type.
    pub fn is_invalid(&self, t: TypeId) -> bool {
        self.canonical(t) == Self::INVALID
    }

    /// True for a defined type, a predeclared type or a type parameter: a *named* type in the
    /// spec's sense (assignability between types with identical underlying types needs one
    /// side unnamed).
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(
            self.kind(t),
            TypeKind::Basic(_) | TypeKind::Named(_) | TypeKind::TypeParam(_)
        )
    }

    /// True for interfaces (not type parameters).
    pub fn is_interface(&self, t: TypeId) -> bool {
        !matches!(self.kind(t), TypeKind::TypeParam(_))
            && matches!(self.kind(self.underlying(t)), TypeKind::Interface(_))
    }

    /// The element type of a pointer, array, slice, map or channel.
    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.kind(self.underlying(t)) {
            TypeKind::Pointer(e)
            | TypeKind::Array(_, e)
            | TypeKind::Slice(e)
            | TypeKind::Map(_, e)
            | TypeKind::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    /// The length of an array type.
    pub fn array_len(&self, t: TypeId) -> Option<u64> {
        match self.kind(self.underlying(t)) {
            TypeKind::Array(n, _) => Some(*n),
            _ => None,
        }
    }

    /// The element type of a slice (by underlying type).
    pub fn slice_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.kind(self.underlying(t)) {
            TypeKind::Slice(e) => Some(*e),
            _ => None,
        }
    }

    /// The types of a tuple (a single type for any other).
    pub fn tuple_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.kind(t) {
            TypeKind::Tuple(ts) => ts.clone(),
            _ => vec![t],
        }
    }

    /// True for a tuple (a call with several results).
    pub fn is_tuple(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Tuple(_))
    }

    /// The default type of an untyped constant (`int`, `rune`, `float64`, `complex128`, `bool`,
    /// `string`); any other type is its own.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.untyped(t) {
            Some(Untyped::Bool) => Self::BOOL,
            Some(Untyped::Int) => Self::INT,
            Some(Untyped::Rune) => Self::RUNE,
            Some(Untyped::Float) => Self::FLOAT64,
            Some(Untyped::Complex) => Self::COMPLEX128,
            Some(Untyped::String) => Self::STRING,
            Some(Untyped::Nil) | None => t,
        }
    }

    /// The integer type of `kind`.
    pub fn int(kind: IntKind) -> TypeId {
        match kind {
            IntKind::Int => Self::INT,
            IntKind::Int8 => Self::INT8,
            IntKind::Int16 => Self::INT16,
            IntKind::Int32 => Self::INT32,
            IntKind::Int64 => Self::INT64,
            IntKind::Uint => Self::UINT,
            IntKind::Uint8 => Self::UINT8,
            IntKind::Uint16 => Self::UINT16,
            IntKind::Uint32 => Self::UINT32,
            IntKind::Uint64 => Self::UINT64,
            IntKind::Uintptr => Self::UINTPTR,
        }
    }

    /// The predeclared type named `name` in the universe (`int`, `byte`, `any`, `error`).
    pub fn universe(name: &str) -> Option<TypeId> {
        Some(match name {
            "bool" => Self::BOOL,
            "int" => Self::INT,
            "int8" => Self::INT8,
            "int16" => Self::INT16,
            "int32" => Self::INT32,
            "int64" => Self::INT64,
            "uint" => Self::UINT,
            "uint8" => Self::UINT8,
            "uint16" => Self::UINT16,
            "uint32" => Self::UINT32,
            "uint64" => Self::UINT64,
            "uintptr" => Self::UINTPTR,
            "float32" => Self::FLOAT32,
            "float64" => Self::FLOAT64,
            "complex64" => Self::COMPLEX64,
            "complex128" => Self::COMPLEX128,
            "string" => Self::STRING,
            "byte" => Self::BYTE,
            "rune" => Self::RUNE,
            "any" => Self::ANY,
            "error" => Self::ERROR,
            "comparable" => Self::COMPARABLE,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests;
