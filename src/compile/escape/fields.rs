//! Slice fields whose capacity memrun reproduces: `cap(st.items)` of a `Stack` whose `Push`
//! appends through a pointer.
//!
//! gc's escape analysis does not tell fields apart, and a store through a pointer
//! (`s.items = append(s.items, v)` in a pointer method) always reaches its heap: such an
//! append escapes. A field's capacity is that of whatever was stored in it, so memrun judges
//! a slice field of a struct type (by its canonical underlying type: conversions between
//! identical structs only rename it) by every value the program stores in it, anywhere: a
//! value whose storage memrun allocates as gc does (fresh storage, an append or conversion
//! gc certainly puts on the heap, a settled local) or one of such a field (resliced or
//! appended to) keeps the field exact. A field whose address is taken (`&s.items`: writes
//! through it are not followed), that receives anything else, or whose struct is converted
//! from a struct with other tags (a conversion that renames the type, which memrun's typed
//! program does not show), is not.

use super::walk_stmts;
use crate::compile::tir::{self, ExprKind as K, FuncId, LocalId, Place, Program, SiteData, Stmt};
use crate::compile::types::{TypeId, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};

/// A slice field: the canonical underlying struct type and the field's index.
pub(crate) type FieldKey = (TypeId, usize);

/// Where a stored value's capacity comes from.
enum Source {
    /// Storage memrun allocates as gc does.
    Exact,
    /// A slice field's value (resliced, or appended to on the heap).
    Field(FieldKey),
    /// Anything else.
    Unknown,
}

/// The slice fields whose values memrun may not allocate as gc does (every other slice field
/// is exact). `heap` holds the sites gc certainly allocates on the heap (and memrun too),
/// `settled` the locals per function whose storage memrun allocates as gc does, `dead` the
/// functions no longer called. Every other function's body is read: a store anywhere counts.
pub(super) fn inexact_fields(
    prog: &Program,
    heap: &HashSet<*const SiteData>,
    settled: &HashMap<FuncId, HashSet<LocalId>>,
    dead: &HashSet<FuncId>,
) -> HashSet<FieldKey> {
    let mut scan = Scan {
        types: &prog.types,
        heap,
        stores: HashMap::new(),
        poisoned: HashSet::new(),
        settled: None,
    };
    for (f, func) in prog.funcs.iter() {
        if dead.contains(&f) {
            continue;
        }
        scan.settled = settled.get(&f);
        walk_stmts(&func.body, &mut |s| scan.stmt(s));
    }
    // Package variables' initialisation.
    scan.settled = None;
    walk_stmts(&prog.init, &mut |s| scan.stmt(s));
    // A conversion between types identical but for struct tags renames the type: the fields
    // of either take the values of the other's.
    for &(a, b) in &prog.tag_conversions {
        scan.poison_within(a, &mut Vec::new());
        scan.poison_within(b, &mut Vec::new());
    }
    // Everything stored in a field must be exact or come from exact fields.
    let mut inexact = scan.poisoned;
    for (k, srcs) in &scan.stores {
        if srcs.iter().any(|s| matches!(s, Source::Unknown)) {
            inexact.insert(*k);
        }
    }
    loop {
        let before = inexact.len();
        for (k, srcs) in &scan.stores {
            if srcs
                .iter()
                .any(|s| matches!(s, Source::Field(d) if inexact.contains(d)))
            {
                inexact.insert(*k);
            }
        }
        if inexact.len() == before {
            return inexact;
        }
    }
}

/// The key of field `idx` of a value of type `base_ty`, if it is a slice field of a struct.
pub(crate) fn field_key(types: &TypeTable, base_ty: TypeId, idx: usize) -> Option<FieldKey> {
    let st = types.canonical(types.underlying(base_ty));
    match types.kind(st) {
        TypeKind::Struct(fs) => fs
            .get(idx)
            .filter(|f| types.slice_elem(f.ty).is_some())
            .map(|_| (st, idx)),
        _ => None,
    }
}

struct Scan<'a> {
    types: &'a TypeTable,
    heap: &'a HashSet<*const SiteData>,
    stores: HashMap<FieldKey, Vec<Source>>,
    poisoned: HashSet<FieldKey>,
    /// The current function's settled locals.
    settled: Option<&'a HashSet<LocalId>>,
}

impl Scan<'_> {
    fn key(&self, base_ty: TypeId, idx: usize) -> Option<FieldKey> {
        field_key(self.types, base_ty, idx)
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Assign(ps, vs) => {
                for (i, p) in ps.iter().enumerate() {
                    if let Some((key, base)) = self.field_place(p) {
                        let src = vs.get(i).map_or(Source::Unknown, |v| self.source(v));
                        self.stores.entry(key).or_default().push(src);
                        self.expr(base);
                    } else {
                        p.for_each_operand(&mut |e| self.expr(e));
                    }
                }
                vs.iter().for_each(|v| self.expr(v));
            }
            Stmt::AssignTuple(ps, e) => {
                for p in ps {
                    if let Some((key, base)) = self.field_place(p) {
                        self.stores.entry(key).or_default().push(Source::Unknown);
                        self.expr(base);
                    } else {
                        p.for_each_operand(&mut |e| self.expr(e));
                    }
                }
                self.expr(e);
            }
            _ => s.for_each_expr(&mut |e| self.expr(e)),
        }
    }

    /// A store to a slice field: its key and the struct's expression.
    fn field_place<'p>(&self, p: &'p Place) -> Option<(FieldKey, &'p tir::Expr)> {
        let Place::Deref(a) = p else { return None };
        let K::AddrOf(x) = &a.kind else { return None };
        let K::Field(base, idx) = &x.kind else {
            return None;
        };
        Some((self.key(base.ty, *idx)?, base))
    }

    /// Every expression: addresses of slice fields, struct literals, conversions.
    fn expr(&mut self, e: &tir::Expr) {
        super::walk_expr(e, &mut |x| match &x.kind {
            K::AddrOf(inner) => {
                if let K::Field(base, idx) = &inner.kind {
                    if let Some(k) = self.key(base.ty, *idx) {
                        self.poisoned.insert(k);
                    }
                }
            }
            K::Composite(elems) => {
                let st = self.types.underlying(x.ty);
                if matches!(self.types.kind(st), TypeKind::Struct(_)) {
                    for (idx, v) in elems {
                        if let Some(k) = self.key(x.ty, *idx as usize) {
                            let src = self.source(v);
                            self.stores.entry(k).or_default().push(src);
                        }
                    }
                }
            }
            // A conversion between structs that differ in tags: each one's fields take the
            // other's values.
            K::Convert(y) => {
                for t in [x.ty, y.ty] {
                    self.poison_within(t, &mut Vec::new());
                }
            }
            _ => {}
        });
    }

    /// Poisons every slice field of the structs within `t`.
    fn poison_within(&mut self, t: TypeId, seen: &mut Vec<TypeId>) {
        let u = self.types.canonical(self.types.underlying(t));
        if seen.contains(&u) {
            return;
        }
        seen.push(u);
        match self.types.kind(u).clone() {
            TypeKind::Struct(fs) => {
                for (j, f) in fs.iter().enumerate() {
                    if self.types.slice_elem(f.ty).is_some() {
                        self.poisoned.insert((u, j));
                    }
                    self.poison_within(f.ty, seen);
                }
            }
            TypeKind::Array(_, t)
            | TypeKind::Slice(t)
            | TypeKind::Pointer(t)
            | TypeKind::Chan(_, t) => self.poison_within(t, seen),
            TypeKind::Map(k, v) => {
                self.poison_within(k, seen);
                self.poison_within(v, seen);
            }
            TypeKind::Signature(sig) => {
                for t in sig.params.iter().chain(&sig.results) {
                    self.poison_within(*t, seen);
                }
            }
            TypeKind::Tuple(ts) => {
                for t in ts {
                    self.poison_within(t, seen);
                }
            }
            _ => {}
        }
    }

    /// Where a value stored in a slice field gets its capacity.
    fn source(&self, v: &tir::Expr) -> Source {
        match &v.kind {
            K::Retype(x) | K::SliceSlice(x, ..) => self.source(x),
            K::Zero | K::Composite(_) | K::MakeSlice(..) | K::ArraySlice(..) => Source::Exact,
            K::Const(_) => Source::Exact,
            K::StringToBytes(_, _, site) | K::StringToRunes(_, site)
                if self.heap.contains(&site.id()) =>
            {
                Source::Exact
            }
            K::Append(x, _, site) if self.heap.contains(&site.id()) => self.source(x),
            // gc grows `append(s, t...)` on the heap.
            K::AppendSlice(x, _) => self.source(x),
            K::Field(base, idx) => self
                .key(base.ty, *idx)
                .map_or(Source::Unknown, Source::Field),
            K::Local(l) if self.settled.is_some_and(|s| s.contains(l)) => Source::Exact,
            _ => Source::Unknown,
        }
    }
}
