//! Slices held in memory whose capacity memrun reproduces: `cap(st.items)` of a `Stack`
//! whose `Push` appends through a pointer, `cap(dp[0])` of a table's row, `cap(g.adj[n])` of
//! a map's list.
//!
//! gc's escape analysis does not tell fields apart, and a store through a pointer
//! (`s.items = append(s.items, v)` in a pointer method), into a slice's element or into a
//! map (`dp[i] = row`, `adj[n] = append(adj[n], m)`) always reaches its heap: such an append
//! escapes. A held slice's capacity is that of whatever was stored where it is held, so
//! memrun judges each holder — a slice field of a struct type, the elements of a slice of
//! slices, the values of a map of slices, each by its canonical underlying type (conversions
//! between identical types only rename it) — by every value the program stores there,
//! anywhere: a value whose storage memrun allocates as gc does (fresh storage, an append or
//! conversion gc certainly puts on the heap, a settled local) or one of such a holder
//! (resliced or appended to) keeps the holder exact. A holder whose address is taken
//! (`&s.items`, `&dp[0]`: writes through it are not followed), that receives anything else
//! (also from the library, whose bodies memrun does not read here), that an array's slots
//! back (`arr[:]` of an array of slices), or whose type is reached by a conversion from a
//! type with other struct tags (a conversion that renames the type, which memrun's typed
//! program does not show), is not.

use super::walk_stmts;
use crate::compile::tir::{self, ExprKind as K, FuncId, LocalId, Place, Program, SiteData, Stmt};
use crate::compile::types::print::Style;
use crate::compile::types::{TypeId, TypeKind, TypeTable};
use std::collections::{HashMap, HashSet};

/// Where slices are held in memory: a slice field (the canonical underlying struct type and
/// the field's index), or the elements of a slice of slices or values of a map of slices (the
/// canonical underlying container type).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Holder {
    Field(TypeId, usize),
    Elems(TypeId),
}

/// Where a stored value's capacity comes from.
#[derive(Clone, Copy)]
enum Source {
    /// Storage memrun allocates as gc does.
    Exact,
    /// A held slice (resliced, or appended to on the heap).
    Held(Holder),
    /// The function's parameter of this index (what its caller passes): in a function's
    /// results, resolved at each call.
    Param(usize),
    /// Anything else.
    Unknown,
}

/// The holders whose slices memrun may not allocate as gc does (every other holder is
/// exact). `heap` holds the sites gc certainly allocates on the heap (and memrun too),
/// `settled` the locals per function whose storage memrun allocates as gc does, `dead` the
/// functions no longer called. Every other function's body is read: a store anywhere counts.
pub(super) fn inexact_holders(
    prog: &Program,
    heap: &HashSet<*const SiteData>,
    settled: &HashMap<FuncId, HashSet<LocalId>>,
    dead: &HashSet<FuncId>,
) -> HashSet<Holder> {
    let mut scan = Scan {
        prog,
        types: &prog.types,
        heap,
        stores: HashMap::new(),
        poisoned: HashSet::new(),
        ctx: Ctx::default(),
        settled,
        results: Default::default(),
    };
    // (A generic body checked with stand-in types never runs: its instances store.)
    for (f, func) in prog.funcs.iter() {
        if dead.contains(&f) || func.checking {
            continue;
        }
        scan.ctx = Ctx::of(func, settled.get(&f));
        walk_stmts(&func.body, &mut |s| scan.stmt(s));
    }
    // Package variables' initialisation.
    scan.ctx = Ctx::default();
    walk_stmts(&prog.init, &mut |s| scan.stmt(s));
    // A conversion between types identical but for struct tags renames the type: the holders
    // of either take the values of the other's.
    for &(a, b) in &prog.tag_conversions {
        scan.poison_within(a, true, &mut Vec::new());
        scan.poison_within(b, true, &mut Vec::new());
    }
    // Everything stored in a holder must be exact or come from exact holders.
    let debug = std::env::var_os("MEMRUN_DEBUG_ESCAPE").is_some();
    let show = |h: &Holder| match *h {
        Holder::Field(t, i) => format!("field {i} of {}", prog.types.display(t, Style::Runtime)),
        Holder::Elems(t) => format!("elements of {}", prog.types.display(t, Style::Runtime)),
    };
    if debug {
        for h in &scan.poisoned {
            eprintln!(
                "memrun: {} inexact: address taken or type converted",
                show(h)
            );
        }
    }
    let mut inexact = scan.poisoned;
    for (k, srcs) in &scan.stores {
        if srcs
            .iter()
            .any(|s| matches!(s, Source::Unknown | Source::Param(_)))
        {
            if debug && !inexact.contains(k) {
                eprintln!(
                    "memrun: {} inexact: given a value of unknown storage",
                    show(k)
                );
            }
            inexact.insert(*k);
        }
    }
    loop {
        let before = inexact.len();
        for (k, srcs) in &scan.stores {
            if srcs
                .iter()
                .any(|s| matches!(s, Source::Held(d) if inexact.contains(d)))
            {
                inexact.insert(*k);
            }
        }
        if inexact.len() == before {
            return inexact;
        }
    }
}

/// The holder of field `idx` of a value of type `base_ty`, if it is a slice field of a struct.
pub(crate) fn field_holder(types: &TypeTable, base_ty: TypeId, idx: usize) -> Option<Holder> {
    let st = types.canonical(types.underlying(base_ty));
    match types.kind(st) {
        TypeKind::Struct(fs) => fs
            .get(idx)
            .filter(|f| types.slice_elem(f.ty).is_some())
            .map(|_| Holder::Field(st, idx)),
        _ => None,
    }
}

/// The holder of the elements of a slice of slices, or of the values of a map of slices,
/// of type `ty`.
pub(crate) fn elems_holder(types: &TypeTable, ty: TypeId) -> Option<Holder> {
    let u = types.canonical(types.underlying(ty));
    match *types.kind(u) {
        TypeKind::Slice(e) | TypeKind::Map(_, e) if types.slice_elem(e).is_some() => {
            Some(Holder::Elems(u))
        }
        _ => None,
    }
}

/// Where the slice `e` reads is held: a field, an element or a map's value.
pub(crate) fn holder_of(types: &TypeTable, e: &tir::Expr) -> Option<Holder> {
    match &e.kind {
        K::Field(b, idx) => field_holder(types, b.ty, *idx),
        K::SliceIndex(b, _) | K::MapIndex(b, _) => elems_holder(types, b.ty),
        _ => None,
    }
}

struct Scan<'a> {
    prog: &'a Program,
    types: &'a TypeTable,
    heap: &'a HashSet<*const SiteData>,
    stores: HashMap<Holder, Vec<Source>>,
    poisoned: HashSet<Holder>,
    /// The function being read.
    ctx: Ctx<'a>,
    /// The settled locals of every function.
    settled: &'a HashMap<FuncId, HashSet<LocalId>>,
    /// The sources of each declared function's result, once read (None while it is).
    results: std::cell::RefCell<HashMap<FuncId, Option<std::rc::Rc<Vec<Source>>>>>,
}

/// How [`Scan::sources`] reads a function's locals.
#[derive(Default)]
struct Ctx<'a> {
    /// Its settled locals.
    settled: Option<&'a HashSet<LocalId>>,
    /// Its slice locals that are only ever given held or fresh slices, calls' results, or
    /// such locals' values (never a parameter, a captured or address-taken variable): every
    /// value each is assigned.
    defs: HashMap<LocalId, Vec<&'a tir::Expr>>,
    /// Its parameters no statement assigns, by index.
    params: HashMap<LocalId, usize>,
    /// Its field stores whose struct variable nothing reads afterwards ([`dead_field_stores`]).
    dead: HashSet<(*const Stmt, usize)>,
}

impl<'a> Ctx<'a> {
    fn of(func: &'a tir::Func, settled: Option<&'a HashSet<LocalId>>) -> Ctx<'a> {
        let (defs, assigned) = local_defs(func, settled.is_some());
        let params = func
            .params
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                !assigned.contains(p) && !func.heap.contains(p) && !func.captures.contains(p)
            })
            .map(|(j, &p)| (p, j))
            .collect();
        Ctx {
            settled,
            defs,
            params,
            dead: dead_field_stores(func),
        }
    }
}

/// The slice locals of `func` only ever assigned, by single assignments, reslices of held
/// slices, of fresh slices, calls' results or of other such locals, or (where memrun knows
/// what gc's slice pass moves, `appends`) appends to such values: each with the values it is
/// assigned. Also every local some statement assigns.
#[allow(clippy::type_complexity)]
fn local_defs(
    func: &tir::Func,
    appends: bool,
) -> (HashMap<LocalId, Vec<&tir::Expr>>, HashSet<LocalId>) {
    let mut defs: HashMap<LocalId, Vec<&tir::Expr>> = HashMap::new();
    let mut assigned = HashSet::new();
    let mut out: HashSet<LocalId> = func
        .params
        .iter()
        .chain(&func.captures)
        .chain(&func.heap)
        .chain(&func.named_results)
        .copied()
        .collect();
    walk_stmts(&func.body, &mut |s| match s {
        Stmt::Assign(ps, vs) => {
            for (i, p) in ps.iter().enumerate() {
                if let Place::Local(l) = p {
                    assigned.insert(*l);
                    match vs.get(i) {
                        Some(v) if reslice_of_read(v, appends) => {
                            defs.entry(*l).or_default().push(v)
                        }
                        _ => {
                            out.insert(*l);
                        }
                    }
                }
            }
        }
        Stmt::AssignTuple(ps, _) => {
            for p in ps {
                if let Place::Local(l) = p {
                    assigned.insert(*l);
                    out.insert(*l);
                }
            }
        }
        _ => {}
    });
    defs.retain(|l, _| !out.contains(l));
    (defs, assigned)
}

/// The field stores (statement, place) of `func` into a struct variable of its own whose
/// stored field nothing reads afterwards: `w.items = append(w.items, v)` as the last use of a
/// value receiver's or parameter's field (also in a copy inlined into a loop). What they
/// store is never seen again, so it does not make the field's holder inexact. The variable is
/// no named result, never captured, never on the heap, its address never taken but to store
/// to a field; the function has no `goto`, so only the statements after the store in source
/// order run after it — none of them may name the variable but through other fields — and,
/// in a loop, the statements before it again only once the next iteration has declared the
/// variable afresh (its declaration is in the innermost loop around the store).
fn dead_field_stores(func: &tir::Func) -> HashSet<(*const Stmt, usize)> {
    // The statements in source order (pre-order), each with the loops around it (their
    // statements' indices, outermost first).
    fn flatten<'a>(ss: &'a [Stmt], loops: &[usize], out: &mut Vec<(&'a Stmt, Vec<usize>)>) {
        for s in ss {
            let at = out.len();
            out.push((s, loops.to_vec()));
            let mut inner = loops.to_vec();
            if matches!(s, Stmt::Loop { .. }) {
                inner.push(at);
            }
            s.for_each_block(&mut |b| crate::compile::deep(|| flatten(b, &inner, out)));
        }
    }
    // The local a chain of field selections starts from, and the fields' indices outermost
    // first (`w.a.b`: w, [a, b]).
    fn field_path(e: &tir::Expr) -> Option<(LocalId, Vec<usize>)> {
        let mut path = Vec::new();
        let mut x = e;
        while let K::Field(b, idx) = &x.kind {
            path.push(*idx);
            x = b;
        }
        path.reverse();
        match x.kind {
            K::Local(w) if !path.is_empty() => Some((w, path)),
            _ => None,
        }
    }
    // Calls `f` on each local `e` reads, with the field path it reads it through (empty: the
    // whole variable).
    fn reads(e: &tir::Expr, f: &mut dyn FnMut(LocalId, &[usize])) {
        match (field_path(e), &e.kind) {
            (Some((v, p)), _) => f(v, &p),
            (None, K::Local(l)) => f(*l, &[]),
            _ => e
                .kind
                .for_each_operand(&mut |x| crate::compile::deep(|| reads(x, &mut *f))),
        }
    }
    // The variable and field path a place stores to, if it is a field of a local.
    let stored = |p: &Place| match p {
        Place::Deref(a) => match &a.kind {
            K::AddrOf(x) => field_path(x),
            _ => None,
        },
        _ => None,
    };
    let mut all = Vec::new();
    flatten(&func.body, &[], &mut all);
    if all.iter().any(|(s, _)| matches!(s, Stmt::Goto(_))) {
        return HashSet::new();
    }
    // Variables whose address is taken other than to store to a field, or captured.
    let mut taken: HashSet<LocalId> = func
        .named_results
        .iter()
        .chain(&func.captures)
        .chain(&func.heap)
        .copied()
        .collect();
    for (s, _) in &all {
        let mut look = |e: &tir::Expr| {
            super::walk_expr(e, &mut |x| match &x.kind {
                K::AddrOf(y) => {
                    let mut y = &**y;
                    while let K::Field(b, _) = &y.kind {
                        y = b;
                    }
                    if let K::Local(w) = y.kind {
                        taken.insert(w);
                    }
                }
                K::Closure(_, outer) => taken.extend(outer.iter().copied()),
                _ => {}
            })
        };
        match s {
            // A field store's own place is no address taken.
            Stmt::Assign(ps, vs) => {
                for p in ps {
                    match (p, stored(p)) {
                        (Place::Deref(a), Some(_)) => a.kind.for_each_operand(&mut |x| {
                            x.kind.for_each_operand(&mut look);
                        }),
                        _ => p.for_each_operand(&mut look),
                    }
                }
                vs.iter().for_each(&mut look);
            }
            _ => s.for_each_expr(&mut look),
        }
    }
    // The last statement reading each local through each field path (a declaration reads it
    // whole), and where each is declared: read once, so that each store looks up only its
    // own variable's.
    let mut last_read: HashMap<LocalId, HashMap<Vec<usize>, usize>> = HashMap::new();
    let mut decls: HashMap<LocalId, Vec<usize>> = HashMap::new();
    for (i, (s, _)) in all.iter().enumerate() {
        let mut note = |w: LocalId, path: &[usize]| {
            last_read.entry(w).or_default().insert(path.to_vec(), i);
        };
        if let Stmt::Decl(l) = s {
            note(*l, &[]);
            decls.entry(*l).or_default().push(i);
        }
        s.for_each_expr(&mut |e| reads(e, &mut note));
    }
    // Whether a statement after `i` reads `w` through a field path not disjoint from `path`.
    let read_after = |w: LocalId, path: &[usize], i: usize| {
        last_read.get(&w).is_some_and(|paths| {
            paths
                .iter()
                .any(|(p, &at)| at > i && p.iter().zip(path).all(|(a, b)| a == b))
        })
    };
    // Whether `w` is declared within the innermost of `loops`, before statement `i`.
    let fresh_each_time = |w: LocalId, loops: &[usize], i: usize| {
        let Some(inner) = loops.last() else {
            return true;
        };
        decls
            .get(&w)
            .is_some_and(|ds| ds.iter().any(|&d| d < i && all[d].1.contains(inner)))
    };
    let mut dead = HashSet::new();
    for (i, (s, loops)) in all.iter().enumerate() {
        let Stmt::Assign(ps, _) = s else { continue };
        for (j, p) in ps.iter().enumerate() {
            let Some((w, path)) = stored(p) else { continue };
            if !taken.contains(&w) && fresh_each_time(w, loops, i) && !read_after(w, &path, i) {
                dead.insert((*s as *const Stmt, j));
            }
        }
    }
    dead
}

/// Whether `v` is, through reslices, renaming conversions and (with `appends`) appends, a
/// read of a holder, a local or a fresh slice.
fn reslice_of_read(v: &tir::Expr, appends: bool) -> bool {
    match &v.kind {
        K::Retype(x) | K::SliceSlice(x, ..) => reslice_of_read(x, appends),
        K::Append(x, ..) if appends => reslice_of_read(x, appends),
        K::Field(..) | K::SliceIndex(..) | K::MapIndex(..) | K::Local(_) | K::Call(..) => true,
        K::Zero | K::Composite(_) | K::MakeSlice(..) | K::ArraySlice(..) | K::Const(_) => true,
        _ => false,
    }
}

impl Scan<'_> {
    fn store(&mut self, h: Holder, src: Vec<Source>) {
        self.stores.entry(h).or_default().extend(src);
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Assign(ps, vs) => {
                for (i, p) in ps.iter().enumerate() {
                    let dead = self.ctx.dead.contains(&(s as *const Stmt, i));
                    if let Some(h) = self.holder_place(p).filter(|_| !dead) {
                        let src = vs.get(i).map_or(vec![Source::Unknown], |v| self.source(v));
                        self.store(h, src);
                    }
                }
                vs.iter().for_each(|v| self.expr(v));
            }
            Stmt::AssignTuple(ps, e) => {
                for p in ps {
                    if let Some(h) = self.holder_place(p) {
                        self.store(h, vec![Source::Unknown]);
                    }
                }
                self.expr(e);
            }
            _ => s.for_each_expr(&mut |e| self.expr(e)),
        }
    }

    /// A store to a holder: which one. The place's operands are read either way (not the
    /// address of a field stored to, which is no address taken).
    fn holder_place(&mut self, p: &Place) -> Option<Holder> {
        match p {
            Place::Deref(a) => {
                if let K::AddrOf(x) = &a.kind {
                    if let K::Field(base, idx) = &x.kind {
                        self.expr(base);
                        return field_holder(self.types, base.ty, *idx);
                    }
                }
                self.expr(a);
                None
            }
            Place::SliceElem(x, i) | Place::MapElem(x, i) => {
                self.expr(x);
                self.expr(i);
                elems_holder(self.types, x.ty)
            }
            Place::Local(_) | Place::Global(_) | Place::Blank => None,
        }
    }

    /// Every expression: addresses of holders, composite values, appends, conversions,
    /// library calls.
    fn expr(&mut self, e: &tir::Expr) {
        super::walk_expr(e, &mut |x| self.one(x));
    }

    fn one(&mut self, x: &tir::Expr) {
        let types = self.types;
        match &x.kind {
            K::AddrOf(inner) => {
                if let Some(h) = holder_of(types, inner) {
                    self.poisoned.insert(h);
                }
            }
            K::Composite(elems) => {
                let u = types.underlying(x.ty);
                let elems_of = elems_holder(types, x.ty);
                for (idx, v) in elems {
                    let h = match types.kind(u) {
                        TypeKind::Struct(_) => field_holder(types, x.ty, *idx as usize),
                        _ => elems_of,
                    };
                    if let Some(h) = h {
                        let src = self.source(v);
                        self.store(h, src);
                    }
                }
            }
            K::MapLit(pairs) => {
                if let Some(h) = elems_holder(types, x.ty) {
                    for (_, v) in pairs {
                        let src = self.source(v);
                        self.store(h, src);
                    }
                }
            }
            K::Append(_, vs, _) => {
                if let Some(h) = elems_holder(types, x.ty) {
                    for v in vs {
                        let src = self.source(v);
                        self.store(h, src);
                    }
                }
            }
            // Elements copied from another slice: of the same holder, unless its type differs.
            K::AppendSlice(dst, src) | K::Copy(dst, src) => {
                if let Some(h) = elems_holder(types, dst.ty) {
                    let from = elems_holder(types, src.ty);
                    if from != Some(h) {
                        self.store(h, vec![from.map_or(Source::Unknown, Source::Held)]);
                    }
                }
            }
            // An array's slots back the slice (stores to them are the array's), or the slice's
            // storage becomes an array's.
            K::ArraySlice(..) => {
                if let Some(h) = elems_holder(types, x.ty) {
                    self.poisoned.insert(h);
                }
            }
            K::SliceToArray(y) => {
                if let Some(h) = elems_holder(types, y.ty) {
                    self.poisoned.insert(h);
                }
            }
            // A conversion between structs that differ in tags: each one's holders take the
            // other's values. (Between identical types it only renames the type.)
            K::Convert(y) => {
                let canon = |t| types.canonical(types.underlying(t));
                if canon(x.ty) != canon(y.ty) {
                    for t in [x.ty, y.ty] {
                        self.poison_within(t, true, &mut Vec::new());
                    }
                }
            }
            // A library function's body is not read here: what it may store in, or return
            // from, the elements and map values its parameters and results reach is not
            // known. (The fields of its own structs it fills as gc's library does.)
            K::Call(g, args) if self.prog.funcs[*g].external => {
                let results = self.prog.funcs[*g].results.clone();
                for t in results.into_iter().chain(args.iter().map(|a| a.ty)) {
                    self.poison_within(t, false, &mut Vec::new());
                }
            }
            _ => {}
        }
    }
    /// Poisons every holder within `t` (fields too when `fields`).
    fn poison_within(&mut self, t: TypeId, fields: bool, seen: &mut Vec<TypeId>) {
        let u = self.types.canonical(self.types.underlying(t));
        if seen.contains(&u) {
            return;
        }
        seen.push(u);
        if let Some(h) = elems_holder(self.types, u) {
            self.poisoned.insert(h);
        }
        match self.types.kind(u).clone() {
            TypeKind::Struct(fs) => {
                for (j, f) in fs.iter().enumerate() {
                    if fields && self.types.slice_elem(f.ty).is_some() {
                        self.poisoned.insert(Holder::Field(u, j));
                    }
                    self.poison_within(f.ty, fields, seen);
                }
            }
            TypeKind::Array(_, t)
            | TypeKind::Slice(t)
            | TypeKind::Pointer(t)
            | TypeKind::Chan(_, t) => self.poison_within(t, fields, seen),
            TypeKind::Map(k, v) => {
                self.poison_within(k, fields, seen);
                self.poison_within(v, fields, seen);
            }
            TypeKind::Signature(sig) => {
                for t in sig.params.iter().chain(&sig.results) {
                    self.poison_within(*t, fields, seen);
                }
            }
            TypeKind::Tuple(ts) => {
                for t in ts {
                    self.poison_within(t, fields, seen);
                }
            }
            _ => {}
        }
    }

    /// Where a value stored in a holder gets its capacity.
    fn source(&self, v: &tir::Expr) -> Vec<Source> {
        let mut out = Vec::new();
        self.sources(v, &self.ctx, &mut out, &mut Vec::new());
        out
    }

    /// The sources of `v`, read in a function by `ctx`, into `out`; `seen` the locals met
    /// (against cycles).
    fn sources(&self, v: &tir::Expr, ctx: &Ctx, out: &mut Vec<Source>, seen: &mut Vec<LocalId>) {
        let src = match &v.kind {
            K::Retype(x) | K::SliceSlice(x, ..) => return self.sources(x, ctx, out, seen),
            K::Zero | K::Composite(_) | K::MakeSlice(..) | K::ArraySlice(..) => Source::Exact,
            K::Const(_) => Source::Exact,
            K::StringToBytes(_, _, site) | K::StringToRunes(_, site)
                if self.heap.contains(&site.id()) =>
            {
                Source::Exact
            }
            K::Append(x, _, site) if self.heap.contains(&site.id()) => {
                return self.sources(x, ctx, out, seen)
            }
            // gc grows `append(s, t...)` on the heap.
            K::AppendSlice(x, _) => return self.sources(x, ctx, out, seen),
            K::Field(..) | K::SliceIndex(..) | K::MapIndex(..) => {
                holder_of(self.types, v).map_or(Source::Unknown, Source::Held)
            }
            K::Local(l) if ctx.settled.is_some_and(|s| s.contains(l)) => Source::Exact,
            // A local only given held or fresh slices or results: theirs.
            K::Local(l) if ctx.defs.contains_key(l) => {
                if !seen.contains(l) {
                    seen.push(*l);
                    for d in &ctx.defs[l] {
                        self.sources(d, ctx, out, seen);
                    }
                }
                return;
            }
            K::Local(l) if ctx.params.contains_key(l) => Source::Param(ctx.params[l]),
            // An exact appender's result: of a capacity following from its argument's.
            K::Call(g, args)
                if !args.is_empty()
                    && crate::compile::check::exact_appender(&self.prog.funcs[*g].name) =>
            {
                return self.sources(&args[0], ctx, out, seen);
            }
            K::Call(g, args) => {
                for r in self.results_of(*g).iter() {
                    match *r {
                        Source::Param(j) => match args.get(j) {
                            Some(a) => self.sources(a, ctx, out, seen),
                            None => out.push(Source::Unknown),
                        },
                        r => out.push(r),
                    }
                }
                return;
            }
            _ => Source::Unknown,
        };
        out.push(src);
    }

    /// The sources of the (one) result of a call of `g`: what each of its `return`s gives,
    /// read in `g` (its parameters left to each call). A library function's is exact where
    /// memrun's library makes it as gc's. A recursive call is unknown: what a function
    /// returns is kept once read, and one read inside a cycle would miss the rest of it.
    fn results_of(&self, g: FuncId) -> std::rc::Rc<Vec<Source>> {
        let func = &self.prog.funcs[g];
        if func.external {
            let exact = super::exact_library_result(&func.name);
            return std::rc::Rc::new(vec![if exact {
                Source::Exact
            } else {
                Source::Unknown
            }]);
        }
        if let Some(r) = self.results.borrow().get(&g) {
            return r
                .clone()
                .unwrap_or_else(|| std::rc::Rc::new(vec![Source::Unknown]));
        }
        self.results.borrow_mut().insert(g, None);
        let ctx = Ctx::of(func, self.settled.get(&g));
        let mut out = Vec::new();
        if func.results.len() != 1 {
            out.push(Source::Unknown);
        }
        walk_stmts(&func.body, &mut |s| {
            if let Stmt::Return(vs) = s {
                match vs.as_slice() {
                    [v] => self.sources(v, &ctx, &mut out, &mut Vec::new()),
                    _ => out.push(Source::Unknown),
                }
            }
        });
        let out = std::rc::Rc::new(out);
        self.results.borrow_mut().insert(g, Some(out.clone()));
        out
    }
}
