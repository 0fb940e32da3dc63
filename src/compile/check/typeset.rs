//! The rules for operations on values of a type parameter inside a generic body, over its
//! constraint's whole type set. A generic body is checked with a stand-in for each type
//! parameter, one per term of its type set (generic.rs), which catches what some term does not
//! allow. What the type set allows only as a whole is decided here, in gc's words, as the
//! spec (Go 1.25+, without core types) words each operation: one underlying type for range,
//! slicing, make, composite literals and calls; identical element types for indexing, append
//! and copy; identical base types for `*p`; identical key types for delete; no fields at all.

use super::*;
use crate::compile::types::{ChanDir, Term};

/// An operation needing its operand's type set to have one underlying type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetOp {
    /// `for range x`.
    Range,
    /// `x[i:j]`.
    Slice,
    /// `c <- v`.
    Send,
    /// `<-c`.
    Recv,
    /// `f(…)`.
    Call,
    /// `make(T, …)`.
    Make,
    /// `T{…}`.
    Literal,
}

impl SetOp {
    /// How gc begins its message.
    pub fn words(self) -> &'static str {
        match self {
            SetOp::Range => "cannot range over",
            SetOp::Slice => "cannot slice",
            SetOp::Send => "invalid operation: cannot send to",
            SetOp::Recv => "invalid operation: cannot receive from",
            SetOp::Call => "invalid operation: cannot call",
            SetOp::Make => "invalid argument: cannot make",
            SetOp::Literal => "invalid composite literal type",
        }
    }
}

impl Checker<'_> {
    /// The terms of constraint `c`'s type set: those of its first union that every other
    /// union also holds (the type set is their intersection); empty when it has no terms.
    pub(super) fn constraint_terms(&self, c: TypeId) -> Vec<Term> {
        let TypeKind::Interface(iface) = self.types.kind(self.types.underlying(c)) else {
            return Vec::new();
        };
        let Some(first) = iface.unions.first() else {
            return Vec::new();
        };
        first
            .iter()
            .filter(|t| {
                iface.unions[1..].iter().all(|other| {
                    other.iter().any(|o| {
                        (o.tilde || !t.tilde)
                            && self
                                .types
                                .identical(self.types.underlying(o.ty), self.types.underlying(t.ty))
                    })
                })
            })
            .copied()
            .collect()
    }

    /// The terms of the type set of `t` when it stands in for a type parameter whose
    /// constraint has terms.
    fn standin_terms(&self, t: TypeId) -> Option<Vec<Term>> {
        let c = *self.checking_standins.get(&t)?;
        let terms = self.constraint_terms(c);
        (!terms.is_empty()).then_some(terms)
    }

    /// Why the type set of `t` (a type parameter's stand-in) has no one underlying type, as
    /// gc says it; None when it has one or `t` is an ordinary type. Channels may differ in
    /// direction where one is bidirectional; `op` adds its own rule on each term (a range or
    /// receive needs a channel that can receive, a send one that can send), and slicing
    /// treats strings as byte slices.
    pub(super) fn no_common_under(&self, t: TypeId, op: SetOp) -> Option<String> {
        if !self.is_standin(t) {
            return None;
        }
        let Some(terms) = self.standin_terms(t) else {
            // A constraint without terms (`any`, methods only).
            return Some(match op {
                SetOp::Send | SetOp::Recv => "no specific channel type".to_owned(),
                SetOp::Slice => format!("no specific type in {}", self.tn(t)),
                _ => "no specific type".to_owned(),
            });
        };
        let mut common: Option<(TypeId, TypeId)> = None; // term, its underlying type
        for term in terms {
            let u = self.types.underlying(term.ty);
            if let TypeKind::Chan(dir, _) = *self.types.kind(u) {
                let what = match (op, dir) {
                    (SetOp::Range, ChanDir::Send) => Some("receive from send-only channel"),
                    (SetOp::Recv, ChanDir::Send) => Some("send-only channel"),
                    (SetOp::Send, ChanDir::Recv) => Some("receive-only channel"),
                    _ => None,
                };
                if let Some(what) = what {
                    return Some(format!("{what} {}", self.tn(term.ty)));
                }
            }
            let Some((ct, cu)) = common else {
                common = Some((term.ty, u));
                continue;
            };
            if let (TypeKind::Chan(cd, ce), TypeKind::Chan(d, e)) =
                (self.types.kind(cu), self.types.kind(u))
            {
                let (cd, ce, d, e) = (*cd, *ce, *d, *e);
                if !self.types.identical(ce, e) {
                    return Some(format!(
                        "channels {} and {} have different element types",
                        self.tn(ct),
                        self.tn(term.ty)
                    ));
                }
                if cd == ChanDir::Both && d != ChanDir::Both {
                    common = Some((term.ty, u));
                } else if cd != d && d != ChanDir::Both {
                    return Some(format!(
                        "channels {} and {} have conflicting directions",
                        self.tn(ct),
                        self.tn(term.ty)
                    ));
                }
                continue;
            }
            // Slicing treats a string as a byte slice.
            let bytes = |u: TypeId| {
                self.types.is_string(u)
                    || matches!(self.types.kind(u), TypeKind::Slice(e) if self.types.identical(*e, T::UINT8))
            };
            let as_bytes = matches!(op, SetOp::Slice) && bytes(cu) && bytes(u);
            if !as_bytes && !self.types.identical(cu, u) {
                return Some(format!(
                    "{} and {} have different underlying types",
                    self.tn(ct),
                    self.tn(term.ty)
                ));
            }
        }
        None
    }

    /// Whether values of `t` can be indexed as a whole type set: every term a string, array,
    /// pointer to array, slice or map, with identical element types, and all maps with
    /// identical keys or none a map. True for an ordinary type (its own rules apply).
    pub(super) fn set_indexable(&self, t: TypeId) -> bool {
        let Some(terms) = self.standin_terms(t) else {
            return true;
        };
        let mut first: Option<(Option<TypeId>, TypeId)> = None; // key (maps only), element
        for term in terms {
            let u = self.types.underlying(term.ty);
            let (k, e) = match *self.types.kind(u) {
                _ if self.types.is_string(u) => (None, T::UINT8),
                TypeKind::Array(_, e) | TypeKind::Slice(e) => (None, e),
                TypeKind::Pointer(p) => match self.types.kind(self.types.underlying(p)) {
                    TypeKind::Array(_, e) => (None, *e),
                    _ => return false,
                },
                TypeKind::Map(k, e) => (Some(k), e),
                _ => return false,
            };
            let Some((fk, fe)) = first else {
                first = Some((k, e));
                continue;
            };
            let keys_agree = match (fk, k) {
                (None, None) => true,
                (Some(a), Some(b)) => self.types.identical(a, b),
                _ => false,
            };
            if !keys_agree || !self.types.identical(fe, e) {
                return false;
            }
        }
        true
    }

    /// gc's `mismatched slice element types A and B` for an append or copy operand whose
    /// type set's slices differ in element type (a string counting as `[]byte` where
    /// `strings` allows it); None when they agree or `t` is an ordinary type.
    pub(super) fn mismatched_elems(&self, t: TypeId, strings: bool) -> Option<(String, String)> {
        let terms = self.standin_terms(t)?;
        let mut first: Option<TypeId> = None;
        for term in terms {
            let u = self.types.underlying(term.ty);
            let e = match self.types.kind(u) {
                TypeKind::Slice(e) => *e,
                _ if strings && self.types.is_string(u) => T::UINT8,
                // Not a slice: the term's own check reports it.
                _ => continue,
            };
            match first {
                None => first = Some(e),
                Some(f) if !self.types.identical(f, e) => return Some((self.tn(f), self.tn(e))),
                Some(_) => {}
            }
        }
        None
    }

    /// Whether the pointers in `t`'s type set all have one base type (`*p`), or the maps one
    /// key type (`delete`). True for an ordinary type.
    pub(super) fn set_elems_agree(&self, t: TypeId, keys: bool) -> bool {
        let Some(terms) = self.standin_terms(t) else {
            return true;
        };
        let mut first: Option<TypeId> = None;
        for term in terms {
            let e = match (self.types.kind(self.types.underlying(term.ty)), keys) {
                (TypeKind::Pointer(b), false) => *b,
                (TypeKind::Map(k, _), true) => *k,
                _ => continue,
            };
            match first {
                None => first = Some(e),
                Some(f) if !self.types.identical(f, e) => return false,
                Some(_) => {}
            }
        }
        true
    }

    /// Why a type parameter's value (of stand-in `t`) cannot be converted to `to`, as gc
    /// adds it: the first term that cannot be, and for an unnamed `to` the first term that
    /// cannot be assigned to it (gc tries assignment first and keeps its cause).
    pub(super) fn conversion_cause(&self, t: TypeId, to: TypeId) -> Option<String> {
        let terms = self.standin_terms(t)?;
        let name = self.tn(t);
        let bad = terms
            .iter()
            .find(|term| !self.types.convertible(term.ty, to))?;
        let mut why = format!(
            "cannot convert {} (in {name}) to type {}",
            self.tn(bad.ty),
            self.tn(to)
        );
        if !self.types.is_named(to) {
            if let Some(w) = terms
                .iter()
                .find(|term| !self.types.assignable(term.ty, to))
            {
                why += &format!(
                    "\n\tcannot assign {} (in {name}) to {}",
                    self.tn(w.ty),
                    self.tn(to)
                );
            }
        }
        Some(why)
    }

    /// Whether every type in `t`'s type set is an integer type (`t` itself for an ordinary
    /// type).
    pub(super) fn all_integer(&self, t: TypeId) -> bool {
        match self.standin_terms(t) {
            Some(terms) => terms.iter().all(|term| self.types.is_integer(term.ty)),
            None => self.types.is_integer(t),
        }
    }

    /// gc's error for an untyped constant that a type parameter's type (stand-in `t`) cannot
    /// represent in some term: in a conversion context none of the reasons it gives for
    /// ordinary types.
    pub(super) fn standin_const_error(&self, op: &Operand, t: TypeId, ctx: &str) -> TypeError {
        let (d, ty) = (self.describe(op), self.tn(t));
        if ctx.is_empty() {
            TypeError::CannotConvert { d, tyn: ty }
        } else {
            TypeError::CannotUse {
                d,
                ty,
                ctx: ctx.to_owned(),
            }
        }
    }

    /// Whether constant operand `o` (any other operand: true) is representable in `t`.
    pub(super) fn const_fits(&self, o: &Operand, t: TypeId) -> bool {
        let OpKind::Const(v) = &o.kind else {
            return true;
        };
        if let Some(k) = self.types.int_kind(t) {
            return match v {
                Value::Int(i) => k.fits(i),
                Value::Float(r) => r.is_integer() && k.fits(&r.to_integer()),
                _ => true,
            };
        }
        match self.float_format(t) {
            Some(fmt) => v.to_rational().and_then(|r| round_float(&r, fmt)).is_some(),
            None => true,
        }
    }

    /// Whether a conversion the spec allows for ordinary types is not allowed because a type
    /// parameter is inside: pointers whose base types are type parameters (`(*int)(p)` with
    /// `p *T`), and strings to or from slices whose elements are (`[]B` with `B ~byte`).
    pub(super) fn standin_blocks_conversion(&self, from: TypeId, to: TypeId) -> bool {
        let inner = |t: TypeId| match self.types.kind(t) {
            TypeKind::Pointer(e) | TypeKind::Slice(e) => Some(*e),
            _ => None,
        };
        let (fi, ti) = (inner(from), inner(to));
        let involved = |x: Option<TypeId>| x.is_some_and(|e| self.is_standin(e));
        if !(involved(fi) || involved(ti)) {
            return false;
        }
        match (self.types.kind(from), self.types.kind(to)) {
            (TypeKind::Pointer(a), TypeKind::Pointer(b)) => !self.types.identical(*a, *b),
            (TypeKind::Slice(_), _) if self.types.is_string(to) => true,
            (_, TypeKind::Slice(_)) if self.types.is_string(from) => true,
            _ => false,
        }
    }

    /// Whether a conversion between type parameters' values (or one's and an ordinary type's)
    /// holds for every pair of types of their type sets, as the spec asks; None when neither
    /// side has terms to try.
    pub(super) fn standins_convertible(&self, from: TypeId, to: TypeId) -> Option<bool> {
        let (ft, tt) = (self.standin_terms(from), self.standin_terms(to));
        if ft.is_none() && tt.is_none() {
            return None;
        }
        let froms = ft.map_or(vec![from], |ts| ts.iter().map(|t| t.ty).collect());
        let tos = tt.map_or(vec![to], |ts| ts.iter().map(|t| t.ty).collect());
        Some(
            froms
                .iter()
                .all(|&f| tos.iter().all(|&t| self.types.convertible(f, t))),
        )
    }

    /// Whether `t` stands in for a type parameter (in a generic body's check).
    pub(super) fn is_standin(&self, t: TypeId) -> bool {
        self.checking_standins.contains_key(&t)
    }
}
