//! The spec's relations between types: identity, assignability, convertibility,
//! comparability, method sets and interface satisfaction — in one place, so every phase asks
//! the same question the same way.

use super::{Basic, ChanDir, TypeId, TypeKind, TypeTable, Untyped};

/// Why a type does not implement an interface, in the shape gc words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotImplemented {
    /// `(missing method M)`
    Missing(String),
    /// `(method M has pointer receiver)`
    PointerReceiver(String),
    /// `(wrong type for method M)`
    WrongType(String),
    /// The type is not in the interface's type set, or the interface is a constraint.
    NotInTypeSet,
}

/// A method found in a type's method set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMethod {
    /// Its signature (without the receiver).
    pub sig: TypeId,
    /// The defined type that declares it (None for an interface's method).
    pub owner: Option<TypeId>,
    /// True if declared with a pointer receiver.
    pub ptr_recv: bool,
    /// The embedded fields followed to reach it (empty for a direct method).
    pub path: Vec<usize>,
}

impl TypeTable {
    /// Type identity.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canonical(a) == self.canonical(b)
    }

    /// Whether a value of type `v` may be assigned to a variable of type `t` (the spec's
    /// assignability, for everything but untyped constants, whose representability the checker
    /// judges with their value).
    pub fn assignable(&self, v: TypeId, t: TypeId) -> bool {
        if self.identical(v, t) || self.is_invalid(v) || self.is_invalid(t) {
            return true;
        }
        let (vu, tu) = (self.underlying(v), self.underlying(t));
        let is_tparam = |x| matches!(self.kind(x), TypeKind::TypeParam(_));
        // Identical underlying types and at least one side not named.
        if self.identical(vu, tu)
            && (!self.is_named(v) || !self.is_named(t))
            && !is_tparam(v)
            && !is_tparam(t)
        {
            return true;
        }
        // Interfaces.
        if self.is_interface(t) && self.implements(v, t).is_ok() {
            return true;
        }
        // A bidirectional channel to a directional one with identical elements.
        if let (TypeKind::Chan(ChanDir::Both, ve), TypeKind::Chan(_, te)) =
            (self.kind(vu), self.kind(tu))
        {
            if self.identical(*ve, *te) && (!self.is_named(v) || !self.is_named(t)) {
                return true;
            }
        }
        match self.untyped(v) {
            Some(Untyped::Nil) => self.nilable(t),
            // Untyped booleans (comparisons) go to any boolean type, and the other untyped
            // kinds to their category (representability is the checker's, by value).
            Some(Untyped::Bool) => self.is_boolean(t) || self.is_empty_interface(t),
            Some(Untyped::String) => self.is_string(t) || self.is_empty_interface(t),
            Some(Untyped::Int | Untyped::Rune | Untyped::Float | Untyped::Complex) => {
                self.is_numeric(t) || self.is_empty_interface(t)
            }
            None => false,
        }
    }

    /// True for types that have `nil`: pointers, functions, slices, maps, channels,
    /// interfaces and unsafe.Pointer.
    pub fn nilable(&self, t: TypeId) -> bool {
        matches!(
            self.kind(self.underlying(t)),
            TypeKind::Pointer(_)
                | TypeKind::Signature(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Interface(_)
                | TypeKind::Basic(Basic::UnsafePointer)
        )
    }

    /// `interface{}` or `any` (or a defined type over it).
    pub fn is_empty_interface(&self, t: TypeId) -> bool {
        matches!(self.kind(self.underlying(t)), TypeKind::Interface(i) if i.methods.is_empty() && i.is_basic())
    }

    /// Whether a non-constant value of type `v` converts to `t` (`T(x)`).
    pub fn convertible(&self, v: TypeId, t: TypeId) -> bool {
        if self.assignable(v, t) {
            return true;
        }
        let (vu, tu) = (self.underlying(v), self.underlying(t));
        if self.identical_ignoring_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.kind(vu), self.kind(tu)) {
            if !self.is_named(v) && !self.is_named(t) {
                let (a, b) = (self.underlying(*a), self.underlying(*b));
                if self.identical_ignoring_tags(a, b) {
                    return true;
                }
            }
        }
        if (self.is_integer(vu) || self.is_float(vu)) && (self.is_integer(tu) || self.is_float(tu))
        {
            return true;
        }
        if self.is_complex(vu) && self.is_complex(tu) {
            return true;
        }
        // Integers, []byte and []rune to string; string to []byte and []rune.
        if self.is_string(tu) && (self.is_integer(vu) || self.is_byte_or_rune_slice(vu)) {
            return true;
        }
        if self.is_string(vu) && self.is_byte_or_rune_slice(tu) {
            return true;
        }
        // A slice to an array or a pointer to an array of the same element type.
        if let TypeKind::Slice(e) = self.kind(vu) {
            match self.kind(tu) {
                TypeKind::Array(_, te) if self.identical(*e, *te) => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(_, te) = self.kind(self.underlying(*p)) {
                        if self.identical(*e, *te) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// `[]byte` or `[]rune` (element types by underlying type, as conversions allow).
    pub fn is_byte_or_rune_slice(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Slice(e) => matches!(
                self.canonical(self.underlying(*e)),
                TypeTable::UINT8 | TypeTable::INT32
            ),
            _ => false,
        }
    }

    /// Identity of two struct types (or types built from them) ignoring field tags, as
    /// conversions compare them.
    pub fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        if self.identical(a, b) {
            return true;
        }
        match (self.kind(a), self.kind(b)) {
            (TypeKind::Struct(fa), TypeKind::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name
                            && x.pkg == y.pkg
                            && x.embedded == y.embedded
                            && self.identical_ignoring_tags(x.ty, y.ty)
                    })
            }
            (TypeKind::Pointer(x), TypeKind::Pointer(y))
            | (TypeKind::Slice(x), TypeKind::Slice(y)) => self.identical_ignoring_tags(*x, *y),
            (TypeKind::Array(n, x), TypeKind::Array(m, y)) => {
                n == m && self.identical_ignoring_tags(*x, *y)
            }
            (TypeKind::Map(k, v), TypeKind::Map(l, w)) => {
                self.identical_ignoring_tags(*k, *l) && self.identical_ignoring_tags(*v, *w)
            }
            (TypeKind::Chan(d, x), TypeKind::Chan(e, y)) => {
                d == e && self.identical_ignoring_tags(*x, *y)
            }
            (TypeKind::Signature(x), TypeKind::Signature(y)) => {
                let all = |a: &[TypeId], b: &[TypeId]| {
                    a.len() == b.len()
                        && a.iter()
                            .zip(b)
                            .all(|(p, q)| self.identical_ignoring_tags(*p, *q))
                };
                x.variadic == y.variadic && all(&x.params, &y.params) && all(&x.results, &y.results)
            }
            _ => false,
        }
    }

    /// Whether `==` is defined on values of `t` (structs and arrays by their elements).
    pub fn comparable(&self, t: TypeId) -> bool {
        match self.kind(self.underlying(t)) {
            TypeKind::Basic(b) => *b != Basic::Untyped(Untyped::Nil),
            TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            TypeKind::Array(_, e) => self.comparable(*e),
            _ => false,
        }
    }

    /// The field `name` of a struct `t` or of the struct `t` points to, with promoted fields
    /// of embedded structs found breadth first (the shallowest depth wins; two at one depth are
    /// ambiguous and find nothing): the path of field indices from `t`, and the field's type.
    pub fn lookup_field(&self, t: TypeId, name: &str) -> Option<(Vec<usize>, TypeId)> {
        if name == "_" {
            return None;
        }
        let base = match self.kind(self.underlying(t)) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let mut level = vec![(base, Vec::new())];
        let mut seen = Vec::new();
        while !level.is_empty() {
            let mut found = Vec::new();
            let mut next = Vec::new();
            for (ty, path) in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                // A method at this depth hides deeper fields of the same name.
                if let TypeKind::Named(n) = self.kind(ty) {
                    if n.methods.iter().any(|m| m.name == name) {
                        found.push(None);
                        continue;
                    }
                }
                let TypeKind::Struct(fields) = self.kind(self.underlying(ty)) else {
                    continue;
                };
                for (i, f) in fields.iter().enumerate() {
                    let mut p = path.clone();
                    p.push(i);
                    if f.name == name {
                        found.push(Some((p.clone(), f.ty)));
                    }
                    if f.embedded {
                        let inner = match self.kind(f.ty) {
                            TypeKind::Pointer(e) => *e,
                            _ => f.ty,
                        };
                        next.push((inner, p));
                    }
                }
            }
            match found.len() {
                0 => level = next,
                1 => return found.pop().flatten(),
                _ => return None,
            }
        }
        None
    }

    /// Whether `x.name` is ambiguous for `t`: two fields or methods of that name at the
    /// shallowest depth that has one.
    pub fn ambiguous_selector(&self, t: TypeId, name: &str) -> bool {
        let base = match self.kind(self.underlying(t)) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let mut level = vec![base];
        let mut seen = Vec::new();
        while !level.is_empty() {
            let mut found = 0;
            let mut next = Vec::new();
            for ty in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let TypeKind::Named(n) = self.kind(ty) {
                    if n.methods.iter().any(|m| m.name == name) {
                        found += 1;
                        continue;
                    }
                }
                if let TypeKind::Struct(fields) = self.kind(self.underlying(ty)) {
                    for f in fields {
                        if f.name == name {
                            found += 1;
                        }
                        if f.embedded {
                            next.push(match self.kind(f.ty) {
                                TypeKind::Pointer(e) => *e,
                                _ => f.ty,
                            });
                        }
                    }
                }
            }
            if found > 0 {
                return found > 1;
            }
            level = next;
        }
        false
    }

    /// The method `name` in the method set of `t` (of `*t`'s when `addressable`, so pointer
    /// methods are found too), with promoted methods of embedded fields, breadth first as the
    /// spec says (the shallowest depth wins; ambiguity at one depth finds nothing).
    pub fn lookup_method(&self, t: TypeId, name: &str, addressable: bool) -> Option<FoundMethod> {
        // Through a pointer to a defined type (not to an interface: a pointer to one has no
        // methods).
        let (base, via_ptr) = match self.kind(t) {
            TypeKind::Pointer(e) if matches!(self.kind(*e), TypeKind::Named(_)) => {
                if self.is_interface(*e) {
                    return None;
                }
                (*e, true)
            }
            _ => (t, false),
        };
        let mut level = vec![(base, Vec::new(), via_ptr || addressable)];
        let mut seen = Vec::new();
        while !level.is_empty() {
            let mut found = Vec::new();
            let mut next = Vec::new();
            for (ty, path, ptr_ok) in level {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let TypeKind::Named(n) = self.kind(ty) {
                    if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                        found.push(FoundMethod {
                            sig: m.sig,
                            owner: Some(ty),
                            ptr_recv: m.ptr_recv && !ptr_ok,
                            path: path.clone(),
                        });
                        continue;
                    }
                }
                match self.kind(self.underlying(ty)) {
                    TypeKind::Interface(i) => {
                        if let Some(m) = i.methods.iter().find(|m| m.name == name) {
                            found.push(FoundMethod {
                                sig: m.sig,
                                owner: None,
                                ptr_recv: false,
                                path: path.clone(),
                            });
                        }
                    }
                    TypeKind::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate().filter(|(_, f)| f.embedded) {
                            let mut p = path.clone();
                            p.push(i);
                            match self.kind(f.ty) {
                                TypeKind::Pointer(e) => next.push((*e, p, true)),
                                _ => next.push((f.ty, p, ptr_ok)),
                            }
                        }
                    }
                    _ => {}
                }
            }
            match found.len() {
                0 => level = next,
                1 => return found.pop(),
                _ => return None,
            }
        }
        None
    }

    /// Whether values of type `v` implement the interface `iface`: every method present with
    /// an identical signature (pointer-receiver methods only for pointers), and `v` in the type
    /// set.
    pub fn implements(&self, v: TypeId, iface: TypeId) -> Result<(), NotImplemented> {
        let TypeKind::Interface(i) = self.kind(self.underlying(iface)) else {
            return Err(NotImplemented::NotInTypeSet);
        };
        for m in &i.methods {
            match self.lookup_method(v, &m.name, false) {
                None => {
                    // Present only in the pointer's method set?
                    return Err(match self.lookup_method(v, &m.name, true) {
                        Some(_) => NotImplemented::PointerReceiver(m.name.clone()),
                        None => NotImplemented::Missing(m.name.clone()),
                    });
                }
                Some(found) if found.ptr_recv => {
                    return Err(NotImplemented::PointerReceiver(m.name.clone()))
                }
                Some(found) if !self.identical(found.sig, m.sig) => {
                    return Err(NotImplemented::WrongType(m.name.clone()))
                }
                Some(_) => {}
            }
        }
        if i.comparable && !self.comparable(v) {
            return Err(NotImplemented::NotInTypeSet);
        }
        for union in &i.unions {
            let ok = union.iter().any(|term| {
                if term.tilde {
                    self.identical(self.underlying(v), self.underlying(term.ty))
                } else {
                    self.identical(v, term.ty)
                }
            });
            if !ok {
                return Err(NotImplemented::NotInTypeSet);
            }
        }
        Ok(())
    }
}
