//! The flows of one batch of functions, read off their checked bodies as gc's escape analysis
//! reads its IR: assignments, calls (through parameter tags, or directly within the batch),
//! returns, allocations. What memrun's model does not follow as gc does flows to the unknown
//! location, so that nothing it touches gets an answer.

use super::graph::{attr, Graph, Hole, LocId, BLANK, CALLEE, HEAP, MUTATOR, UNKNOWN};
use super::{ParamTag, Tags, Verdict};
use crate::compile::tir::{self, ExprKind as K, FuncId, LocalId, Place, Program, Stmt};
use crate::compile::types::{Basic, TypeId, TypeKind, TypeTable};
use std::collections::HashMap;

/// A site met in the batch.
pub(super) struct SiteRec {
    pub site: tir::Site,
    pub loc: LocId,
    /// The batch function it is in.
    pub func: FuncId,
    pub what: SiteKind,
    /// What it holds may be written (set once solved).
    pub mutated: bool,
    /// The local it is assigned to, if any.
    pub dst: Option<LocalId>,
    /// gc generates its code (it is not after a jump in its block).
    pub live: bool,
}

/// Which stack store an append takes in gc: one per variable appended to, one per temporary
/// (gc reuses a temporary per type for the slice expressions and calls it appends to), or
/// one of its own (a field, an element).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum StoreKey {
    Local(LocalId),
    /// gc's temporary of a slice type, by the class of its element ([`shape_class`]).
    Temp(TypeId),
    Own,
}

/// The class of a temporary's slice element type by which gc may share it: its underlying
/// type, every pointer one class (gc compiles generic code by shapes, so `[]int` and
/// `[]MyInt` of two inlined instances are one temporary's type). Coarser than gc's, so that
/// temporaries it may share are never taken as apart.
fn shape_class(types: &TypeTable, slice: TypeId) -> TypeId {
    let elem = types.slice_elem(slice).unwrap_or(slice);
    let u = types.underlying(elem);
    if matches!(types.kind(u), crate::compile::types::TypeKind::Pointer(_)) {
        TypeTable::UNSAFE_POINTER
    } else {
        u
    }
}

/// What a site is.
pub(super) enum SiteKind {
    /// An append of a fixed number of elements: which of gc's stores it would take, whether
    /// it grows its own variable in memory (gc's `inplace`, which takes none), the element
    /// type.
    Append {
        key: StoreKey,
        inplace: bool,
        elem: TypeId,
        /// Its operand is never empty ([`tir::Expr::is_fresh_nonempty`]): it takes no store.
        nonempty: bool,
    },
    /// `[]byte(s)` (`bytes`) or `[]rune(s)`; `konst` when the operand is a constant.
    Conv { bytes: bool, konst: bool },
}

pub(super) struct Builder<'a> {
    pub prog: &'a Program,
    types: &'a TypeTable,
    pub g: Graph,
    /// The batch's functions (declared ones first, then literals) and their indices.
    pub funcs: Vec<FuncId>,
    /// Labels of the current function a later `goto` jumps back to: gc counts what follows
    /// them as one loop deeper.
    looping: std::collections::HashSet<tir::LabelId>,
    index: HashMap<FuncId, usize>,
    /// Locations of locals, by function; captured variables share their outer variable's.
    locals: HashMap<(FuncId, LocalId), LocId>,
    /// Each batch function's result locations.
    results: Vec<Vec<LocId>>,
    tags: &'a HashMap<FuncId, Tags>,
    /// How gc captures each variable literals use.
    captures: &'a super::capture::Captures,
    /// The assignment being walked has one place (see [`Builder::inplace`]).
    single_assign: bool,
    cur: FuncId,
    depth: u32,
    declared: std::collections::HashSet<(FuncId, LocalId)>,
    pub sites: Vec<SiteRec>,
    /// Functions of the batch whose flows memrun does not model (a `goto`, …).
    pub opaque: std::collections::HashSet<FuncId>,
    /// Literals of the batch that are only called directly where they stand.
    called_directly: std::collections::HashSet<FuncId>,
    /// Whether gc generates code for the statement being walked (not after a jump).
    reachable: bool,
    /// Facts of the function being walked.
    facts: FuncFacts,
}

/// What the builder needs to know of the function being walked, found once per function.
#[derive(Default)]
struct FuncFacts {
    /// It has a `defer` gc compiles (gc's `hasdefer`).
    defers: bool,
    /// Locals that may hold one function gc knows (assigned something other than an
    /// element, a field, a dereference or nil; or captured, or address-taken).
    func_valued: std::collections::HashSet<LocalId>,
}

impl FuncFacts {
    fn of(func: &tir::Func) -> FuncFacts {
        let mut f = FuncFacts {
            defers: super::any_stmt(&func.body, &|s| {
                matches!(s, Stmt::Defer(_) | Stmt::DeferTo(..))
            }),
            func_valued: func.captures.iter().chain(&func.heap).copied().collect(),
        };
        super::walk_stmts(&func.body, &mut |s| match s {
            Stmt::Assign(ps, vs) => {
                for (p, v) in ps.iter().zip(vs) {
                    if let Place::Local(x) = p {
                        if !matches!(
                            v.kind,
                            K::SliceIndex(..)
                                | K::ArrayIndex(..)
                                | K::MapIndex(..)
                                | K::Field(..)
                                | K::Deref(_)
                                | K::Zero
                        ) {
                            f.func_valued.insert(*x);
                        }
                    }
                }
            }
            Stmt::AssignTuple(ps, _) => {
                for p in ps {
                    if let Place::Local(x) = p {
                        f.func_valued.insert(*x);
                    }
                }
            }
            _ => {}
        });
        f
    }
}

/// Whether values of `t` are an interface's data word themselves (gc's IsDirectIface).
fn direct_iface(types: &TypeTable, t: TypeId) -> bool {
    match types.kind(types.underlying(t)) {
        TypeKind::Pointer(_)
        | TypeKind::Map(..)
        | TypeKind::Chan(..)
        | TypeKind::Signature(_)
        | TypeKind::Basic(Basic::UnsafePointer) => true,
        TypeKind::Struct(fs) => fs.len() == 1 && direct_iface(types, fs[0].ty),
        TypeKind::Array(1, e) => direct_iface(types, *e),
        _ => false,
    }
}

impl<'a> Builder<'a> {
    /// A builder for the batch `funcs` (declared functions first, then their literals, whose
    /// enclosing functions and captured outer locals `literal_parent` gives).
    pub fn new(
        prog: &'a Program,
        funcs: Vec<FuncId>,
        literal_parent: &HashMap<FuncId, (FuncId, Vec<LocalId>)>,
        tags: &'a HashMap<FuncId, Tags>,
        captures: &'a super::capture::Captures,
    ) -> Builder<'a> {
        let n = funcs.len();
        let index: HashMap<FuncId, usize> =
            funcs.iter().enumerate().map(|(i, &f)| (f, i)).collect();
        let mut g = Graph::new(n);
        for (j, &f) in funcs.iter().enumerate() {
            let mut p = literal_parent.get(&f).map(|(p, _)| *p);
            while let Some(q) = p {
                if let Some(&i) = index.get(&q) {
                    g.contains[i][j] = true;
                }
                p = literal_parent.get(&q).map(|(p, _)| *p);
            }
        }
        let mut b = Builder {
            prog,
            types: &prog.types,
            g,
            funcs: funcs.clone(),
            index,
            locals: HashMap::new(),
            results: vec![Vec::new(); n],
            tags,
            captures,
            single_assign: true,
            cur: funcs[0],
            depth: 0,
            declared: Default::default(),
            sites: Vec::new(),
            opaque: Default::default(),
            called_directly: Default::default(),
            reachable: true,
            facts: FuncFacts::default(),
            looping: Default::default(),
        };
        // Parameters and results first; captured variables are their outer variable (outer
        // functions come before their literals in `funcs`).
        for (i, &f) in funcs.iter().enumerate() {
            let func = &prog.funcs[f];
            if let Some((parent, outer)) = literal_parent.get(&f) {
                for (k, &c) in func.captures.iter().enumerate() {
                    if let Some(&o) = outer.get(k) {
                        let l = b.local(*parent, o);
                        b.locals.insert((f, c), l);
                    }
                }
            }
            for (k, &p) in func.params.iter().enumerate() {
                let l = b.g.add(i, 0);
                b.g.loc(l).param = Some(k);
                b.locals.insert((f, p), l);
            }
            let mut res = Vec::new();
            for k in 0..func.results.len() {
                let l = match func.named_results.get(k) {
                    Some(&r) => b.local(f, r),
                    None => b.g.add(i, 0),
                };
                b.g.loc(l).result = Some(k);
                res.push(l);
            }
            b.results[i] = res;
        }
        b
    }

    /// The location of local `l` of function `f`.
    fn local(&mut self, f: FuncId, l: LocalId) -> LocId {
        if let Some(&x) = self.locals.get(&(f, l)) {
            return x;
        }
        let i = self.index[&f];
        let x = self.g.add(i, self.depth);
        self.locals.insert((f, l), x);
        x
    }

    fn heap(&self) -> Hole {
        Hole {
            dst: HEAP,
            derefs: 0,
        }
    }

    fn discard(&self) -> Hole {
        Hole {
            dst: BLANK,
            derefs: 0,
        }
    }

    /// Where values go that memrun does not follow: their address, to be safe.
    fn unknown(&self) -> Hole {
        Hole {
            dst: UNKNOWN,
            derefs: -1,
        }
    }

    /// A new allocation at expression level, whose address flows to `k`; returns the hole
    /// that fills it.
    fn spill(&mut self, k: Hole) -> (LocId, Hole) {
        let i = self.index[&self.cur];
        let l = self.g.add(i, self.depth);
        self.g.flow(k.addr(), l);
        (l, Hole { dst: l, derefs: 0 })
    }

    /// A hole that feeds all of `ks` (gc's teeHole).
    fn tee(&mut self, ks: &[Hole]) -> Hole {
        match ks {
            [] => self.discard(),
            [k] => *k,
            _ => {
                let i = self.index[&self.cur];
                let l = self.g.add(i, self.depth);
                for &k in ks {
                    self.g.flow(k, l);
                }
                Hole { dst: l, derefs: 0 }
            }
        }
    }

    /// Builds the flows of every function of the batch.
    pub fn run(&mut self) {
        for f in self.funcs.clone() {
            self.cur = f;
            self.depth = 0;
            let func = &self.prog.funcs[f];
            self.facts = FuncFacts::of(func);
            // gc's looping labels: those a `goto` after them (in pre-order) jumps to.
            let mut seen = std::collections::HashSet::new();
            self.looping.clear();
            super::walk_stmts(&func.body, &mut |s| match s {
                Stmt::Label(l) => {
                    seen.insert(*l);
                }
                Stmt::Goto(l) if seen.contains(l) => {
                    self.looping.insert(*l);
                }
                _ => {}
            });
            self.stmts(&func.body);
        }
        // A literal not only called where it stands may be called from anywhere: its
        // parameters get what memrun does not follow and its results go there.
        for (i, &f) in self.funcs.clone().iter().enumerate() {
            let func = &self.prog.funcs[f];
            if func.ctx && !self.called_directly.contains(&f) {
                for k in 0..func.params.len() {
                    let p = self.locals[&(f, func.params[k])];
                    let u = self.unknown_source();
                    self.g.flow(Hole { dst: p, derefs: 0 }, u);
                }
                for &r in &self.results[i].clone() {
                    self.g.flow(self.unknown(), r);
                }
            }
        }
    }

    /// A location whose value memrun does not know (a parameter of a literal called from
    /// anywhere): it may point anywhere.
    fn unknown_source(&mut self) -> LocId {
        let l = self.g.add(0, 0);
        self.g.loc(l).attrs |= attr::UNKNOWN;
        l
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for (i, s) in ss.iter().enumerate() {
            // A labelled statement of the program's own follows its label; a block with a
            // break target of memrun's (an inlined call's) does not.
            let labelled = i > 0 && matches!(ss[i - 1], Stmt::Label(_));
            // A label starts code gc generates again.
            if matches!(s, Stmt::Label(_)) {
                self.reachable = true;
            }
            let reachable = self.reachable;
            crate::compile::deep(|| self.stmt(s));
            self.reachable = match s {
                // After a jump gc generates nothing until a label.
                Stmt::Break(_) | Stmt::Continue(_) | Stmt::Goto(_) | Stmt::Return(_) => false,
                Stmt::Eval(e) if matches!(e.kind, K::Panic(_)) => false,
                // A plain block leaves what its last statement left; a labelled statement
                // also its end if a `break` goes there. (After an inlined call gc has a label
                // of its own: as after a call.)
                Stmt::Block(_) => self.reachable,
                Stmt::Labeled(b, t) if labelled => self.reachable || breaks_to(b, *t),
                // After an if, a loop, a switch: their end, which gc always generates.
                _ => reachable,
            };
        }
    }

    fn block(&mut self, ss: &[Stmt]) {
        let d = self.depth;
        self.stmts(ss);
        self.depth = d;
    }

    fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Eval(e) => self.expr(self.discard(), e),
            Stmt::Assign(ps, vs) => {
                // gc grows an append in place only in `x = append(x, …)` alone.
                self.single_assign = ps.len() == 1;
                let ks: Vec<Hole> = ps.iter().map(|p| self.addr(p)).collect();
                for (i, v) in vs.iter().enumerate() {
                    let k = if ps.get(i).is_some_and(|p| self_assign(p, v)) {
                        self.discard()
                    } else {
                        ks.get(i).copied().unwrap_or(self.discard())
                    };
                    let dst = ps.get(i);
                    self.expr_to(k, v, dst);
                }
            }
            Stmt::AssignTuple(ps, e) => {
                let ks: Vec<Hole> = ps.iter().map(|p| self.addr(p)).collect();
                self.tuple(&ks, e);
            }
            // Each branch, body or clause starts where gc starts a block of its own: code gc
            // generates whatever the one before it ended with.
            Stmt::If(c, a, b) => {
                self.expr(self.discard(), c);
                let r = self.reachable;
                self.block(a);
                self.reachable = r;
                self.block(b);
            }
            Stmt::Loop {
                cond, body, post, ..
            } => {
                self.depth += 1;
                if let Some(c) = cond {
                    self.expr(self.discard(), c);
                }
                let r = self.reachable;
                self.block(body);
                self.reachable = r;
                self.block(post);
                self.depth -= 1;
            }
            // gc compiles every case's test before the bodies.
            Stmt::Switch { clauses, .. } => {
                for e in clauses.iter().flat_map(|c| &c.conds) {
                    self.expr(self.discard(), e);
                }
                let r = self.reachable;
                for c in clauses {
                    self.reachable = r;
                    self.block(&c.body);
                }
            }
            Stmt::Labeled(b, _) | Stmt::Block(b) => self.stmts(b),
            Stmt::Return(vs) => {
                let i = self.index[&self.cur];
                let rs = self.results[i].clone();
                if vs.len() == rs.len() {
                    for (v, r) in vs.iter().zip(rs) {
                        self.expr(Hole { dst: r, derefs: 0 }, v);
                    }
                } else if let [v] = vs.as_slice() {
                    // One multi-value call returned whole.
                    let ks: Vec<Hole> = rs.iter().map(|&r| Hole { dst: r, derefs: 0 }).collect();
                    self.tuple(&ks, v);
                } else {
                    for v in vs {
                        self.expr(self.unknown(), v);
                    }
                }
            }
            Stmt::Label(l) if self.looping.contains(l) => self.depth += 1,
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Label(_) | Stmt::Goto(_) => {}
            // A closure of the batch deferred or started — a function literal, or memrun's
            // wrapper of `defer f(x)`, which stands for the literal gc's front end makes of it
            // (gc's goDeferStmt): a deferred one at the function's top level (in no loop)
            // lasts until the function returns, no longer — nothing of it escapes —; in a
            // loop, and a goroutine's, it goes to the heap.
            Stmt::Defer(e) | Stmt::Go(e) if matches!(e.kind, K::Closure(f, _) if self.index.contains_key(&f)) =>
            {
                let k = if matches!(s, Stmt::Defer(_)) && self.depth == 0 {
                    self.discard()
                } else {
                    self.heap()
                };
                self.expr(k, e)
            }
            // Otherwise what a deferred call or a new goroutine holds is memrun's own closure
            // (gc keeps a top-level `defer`'s on the stack, a `go`'s on the heap).
            Stmt::Defer(e) | Stmt::DeferTo(_, e) | Stmt::Go(e) => self.expr(self.unknown(), e),
            Stmt::Send(c, v) => {
                self.expr(self.discard(), c);
                self.expr(self.heap(), v);
            }
            Stmt::Decl(l) => {
                let x = self.local(self.cur, *l);
                if self.declared.insert((self.cur, *l)) {
                    self.g.loc(x).loop_depth = self.depth;
                }
            }
        }
    }

    /// Where assigning to place `p` puts the value (gc's `addr`).
    fn addr(&mut self, p: &Place) -> Hole {
        match p {
            Place::Local(l) => {
                let x = self.local(self.cur, *l);
                Hole { dst: x, derefs: 0 }
            }
            Place::Global(_) => self.heap(),
            Place::SliceElem(s, i) => {
                self.expr(self.discard(), i);
                self.expr(
                    Hole {
                        dst: MUTATOR,
                        derefs: 0,
                    },
                    s,
                );
                self.heap()
            }
            Place::Deref(a) => self.addr_of(a),
            Place::MapElem(m, k) => {
                self.expr(self.discard(), m);
                self.expr(self.heap(), k);
                self.heap()
            }
            Place::Blank => self.discard(),
        }
    }

    /// Storing through pointer expression `a` (usually `&x…`): into `x` when it is a local
    /// reached through fields and array elements, else wherever it points (the heap for gc).
    fn addr_of(&mut self, a: &tir::Expr) -> Hole {
        if let K::AddrOf(x) = &a.kind {
            if let Some(h) = self.var_addr(x) {
                return h;
            }
        }
        self.expr(
            Hole {
                dst: MUTATOR,
                derefs: 0,
            },
            a,
        );
        self.heap()
    }

    /// A variable expression rooted at a local through fields and array elements.
    fn var_addr(&mut self, x: &tir::Expr) -> Option<Hole> {
        match &x.kind {
            K::Local(l) => {
                let v = self.local(self.cur, *l);
                Some(Hole { dst: v, derefs: 0 })
            }
            K::Field(y, _) => self.var_addr(y),
            K::ArrayIndex(y, i) => {
                let h = self.var_addr(y)?;
                self.expr(self.discard(), i);
                Some(h)
            }
            K::Deref(p) => Some(self.addr_of(p)),
            K::SliceIndex(s, i) => {
                self.expr(self.discard(), i);
                self.expr(
                    Hole {
                        dst: MUTATOR,
                        derefs: 0,
                    },
                    s,
                );
                Some(self.heap())
            }
            K::Global(_) => Some(self.heap()),
            _ => None,
        }
    }

    /// A multi-value expression whose values go to `ks`.
    fn tuple(&mut self, ks: &[Hole], e: &tir::Expr) {
        match &e.kind {
            K::Call(..) | K::CallValue(..) => self.call(ks, e),
            K::TypeAssert(x, true) => {
                let k = ks.first().copied().unwrap_or(self.discard());
                let k = self.dot_type(k, e.ty, true);
                self.expr(k, x);
            }
            K::MapIndexOk(m, k) => {
                self.expr(self.discard(), m);
                self.expr(self.discard(), k);
            }
            K::Recv(c, _) => self.expr(self.discard(), c),
            K::SelectRecv(..) | K::DecodeRune(..) | K::Select(..) => {
                self.expr(self.discard(), e);
            }
            _ => {
                self.opaque.insert(self.cur);
                self.expr(self.unknown(), e);
            }
        }
    }

    /// The value of a type assertion to `t` (a tuple's first type when `ok`).
    fn dot_type(&self, k: Hole, t: TypeId, ok: bool) -> Hole {
        let t = if ok {
            self.types.tuple_types(t).first().copied().unwrap_or(t)
        } else {
            t
        };
        if self.types.is_interface(t) || direct_iface(self.types, t) {
            k
        } else {
            k.deref()
        }
    }

    fn expr(&mut self, k: Hole, e: &tir::Expr) {
        self.expr_to(k, e, None);
    }

    /// Evaluates `e` into `k`; `dst` is the place it is assigned to, if any.
    fn expr_to(&mut self, k: Hole, e: &tir::Expr, dst: Option<&Place>) {
        crate::compile::deep(|| self.expr_here(k, e, dst))
    }

    fn expr_here(&mut self, mut k: Hole, e: &tir::Expr, dst: Option<&Place>) {
        let types = self.types;
        if k.derefs >= 0
            && !matches!(types.kind(e.ty), TypeKind::Tuple(_))
            && !types.has_pointers(e.ty)
        {
            k = self.discard();
        }
        match &e.kind {
            K::Const(_)
            | K::FuncAddr(_)
            | K::TypeDesc(_)
            | K::Unsupported(_)
            | K::PanicWrap(_)
            | K::Zero
            | K::Global(_)
            | K::Recover => {}
            K::Local(l) => {
                let x = self.local(self.cur, *l);
                self.g.flow(k, x);
            }
            K::Unary(_, x) => self.expr(self.discard(), x),
            K::Binary(_, x, y) => {
                self.expr(self.discard(), x);
                self.expr(self.discard(), y);
            }
            K::Call(..) | K::CallValue(..) => self.call(&[k], e),
            K::CallIface(x, _, args) => {
                // gc may call the method directly once it knows the dynamic type.
                self.expr(self.unknown(), x);
                for a in args {
                    self.expr(self.unknown(), a);
                }
                let u = self.unknown_loc();
                self.g.flow(k, u);
            }
            K::Intrinsic(_, args) => {
                self.opaque.insert(self.cur);
                for a in args {
                    self.expr(self.unknown(), a);
                }
            }
            K::Convert(x) | K::StrIndex(x, _) | K::Len(x) | K::Cap(x) | K::ChanLen(x, _) => {
                self.expr(self.discard(), x);
                if let K::StrIndex(_, i) = &e.kind {
                    self.expr(self.discard(), i);
                }
            }
            K::StrSlice(x, a, b) => {
                self.expr(k, x);
                for y in [a, b].into_iter().flatten() {
                    self.expr(self.discard(), y);
                }
            }
            K::SliceIndex(s, i) => {
                self.expr(k.deref(), s);
                self.expr(self.discard(), i);
            }
            K::SliceSlice(x, a, b, c, _) => {
                self.expr(k, x);
                for y in [a, b, c].into_iter().flatten() {
                    self.expr(self.discard(), y);
                }
            }
            K::ArraySlice(p, a, b, c) => {
                self.expr(k, p);
                for y in [a, b, c].into_iter().flatten() {
                    self.expr(self.discard(), y);
                }
            }
            K::Fmt(f, args) => {
                let printing = !matches!(f, tir::FmtFn::BuiltinPrint | tir::FmtFn::BuiltinPrintln);
                for a in args {
                    match &a.kind {
                        // fmt's `a ...any` leaks its content to the heap.
                        K::Spread(x) if printing => self.expr(self.heap().deref(), x),
                        _ if printing => self.expr(self.heap(), a),
                        _ => self.expr(self.discard(), a),
                    }
                }
            }
            K::Panic(x) => self.expr(self.heap(), x),
            K::Field(x, _) | K::ArrayIndex(x, _) => {
                self.expr(k, x);
                if let K::ArrayIndex(_, i) = &e.kind {
                    self.expr(self.discard(), i);
                }
            }
            K::Deref(p) => self.expr(k.deref(), p),
            K::AddrOf(x) => self.expr(k.addr(), x),
            K::HeapAlloc(x) => {
                let (_, h) = self.spill(k);
                self.expr(h, x);
            }
            K::Composite(es) => {
                let h = if types.slice_elem(e.ty).is_some() {
                    self.spill(k).1
                } else {
                    k
                };
                for (_, x) in es {
                    self.expr(h, x);
                }
            }
            K::MakeSlice(a, b) => {
                self.spill(k);
                self.expr(self.discard(), a);
                if let Some(b) = b {
                    self.expr(self.discard(), b);
                }
            }
            K::Append(s, xs, site) => {
                let elem = types.slice_elem(e.ty).unwrap_or(e.ty);
                self.appendee(k, s, elem);
                for x in xs {
                    self.expr(self.heap(), x);
                }
                let (l, _) = self.spill(k);
                self.g.loc(l).loop_depth = 0;
                // `append(s)` appends nothing: gc compiles it to `s`.
                if xs.is_empty() {
                    return;
                }
                // gc's order pass copies whatever is not a variable into a temporary.
                let key = match &s.kind {
                    K::Local(b) => StoreKey::Local(*b),
                    K::Field(..) | K::ArrayIndex(..) | K::SliceIndex(..) | K::Deref(_) => {
                        StoreKey::Own
                    }
                    _ => StoreKey::Temp(shape_class(types, s.ty)),
                };
                let inplace = self.inplace(dst, s);
                self.sites.push(SiteRec {
                    site: site.clone(),
                    loc: l,
                    func: self.cur,
                    what: SiteKind::Append {
                        key,
                        inplace,
                        elem,
                        nonempty: s.is_fresh_nonempty(),
                    },
                    mutated: false,
                    dst: dst_local(dst),
                    live: self.reachable,
                });
            }
            K::AppendSlice(s, t) => {
                let elem = types.slice_elem(e.ty).unwrap_or(e.ty);
                self.appendee(k, s, elem);
                let tk = if types.slice_elem(t.ty).is_some() && types.has_pointers(elem) {
                    self.heap().deref()
                } else {
                    self.discard()
                };
                self.expr(tk, t);
                let (l, _) = self.spill(k);
                self.g.loc(l).loop_depth = 0;
                let _ = l;
            }
            K::Copy(d, s) => {
                self.expr(
                    Hole {
                        dst: MUTATOR,
                        derefs: 0,
                    },
                    d,
                );
                let elem = types.slice_elem(s.ty);
                let sk = if elem.is_some_and(|t| types.has_pointers(t)) {
                    self.heap().deref()
                } else {
                    self.discard()
                };
                self.expr(sk, s);
            }
            K::SliceToArray(x) => {
                let k = if matches!(types.kind(types.underlying(e.ty)), TypeKind::Pointer(_)) {
                    k
                } else {
                    k.deref()
                };
                self.expr(k, x);
            }
            K::StringToBytes(x, _, site) | K::StringToRunes(x, site) => {
                let (l, _) = self.spill(k);
                let konst = matches!(x.kind, K::Const(_));
                self.expr(self.discard(), x);
                self.sites.push(SiteRec {
                    site: site.clone(),
                    loc: l,
                    func: self.cur,
                    what: SiteKind::Conv {
                        bytes: matches!(e.kind, K::StringToBytes(..)),
                        konst,
                    },
                    mutated: false,
                    dst: dst_local(dst),
                    live: self.reachable,
                });
            }
            K::BytesToString(x) | K::RunesToString(x) => {
                self.spill(k);
                self.expr(self.discard(), x);
            }
            K::MinMax(_, xs) => {
                for x in xs {
                    self.expr(k, x);
                }
            }
            K::Spread(x) => self.expr(self.unknown(), x),
            K::Clear(x) => self.expr(
                Hole {
                    dst: MUTATOR,
                    derefs: 0,
                },
                x,
            ),
            K::Closure(f, outer) => {
                if self.index.contains_key(f) {
                    // Its captured variables are the outer ones themselves; its value holds
                    // their values (captured by value) or their addresses.
                    let (_, h) = self.spill(k);
                    let caps = self.prog.funcs[*f].captures.clone();
                    for c in caps {
                        if let Some(&x) = self.locals.get(&(*f, c)) {
                            let h = if self.captures.by_value(*f, c) {
                                h
                            } else {
                                h.addr()
                            };
                            self.g.flow(h, x);
                        }
                    }
                } else {
                    // memrun's own thunk (a deferred call's, a method value's): what it
                    // captures goes where memrun does not follow.
                    for &o in outer {
                        let x = self.local(self.cur, o);
                        self.g.flow(self.unknown(), x);
                    }
                    let u = self.unknown_loc();
                    self.g.flow(k, u);
                }
            }
            K::BindMethod(_, x) => {
                self.expr(self.unknown(), x);
                let u = self.unknown_loc();
                self.g.flow(k, u);
            }
            K::Box(x) => {
                if types.is_interface(x.ty) || direct_iface(types, x.ty) {
                    self.expr(k, x);
                } else {
                    let (_, h) = self.spill(k);
                    self.expr(h, x);
                }
            }
            K::MakeMap(h) => {
                self.spill(k);
                if let Some(h) = h {
                    self.expr(self.discard(), h);
                }
            }
            K::MapLit(kvs) => {
                self.spill(k);
                for (a, b) in kvs {
                    self.expr(self.heap(), a);
                    self.expr(self.heap(), b);
                }
            }
            K::MapIndex(m, x) | K::MapIndexOk(m, x) | K::Delete(m, x) => {
                self.expr(self.discard(), m);
                self.expr(self.discard(), x);
            }
            K::MakeChan(n) => {
                if let Some(n) = n {
                    self.expr(self.discard(), n);
                }
            }
            K::Recv(c, _) | K::Close(c) => self.expr(self.discard(), c),
            K::Select(cases, _) => {
                for c in cases {
                    if c.send {
                        let v = self.local(self.cur, c.val);
                        self.g.flow(self.heap(), v);
                    }
                }
            }
            K::SelectRecv(..) | K::MapIterNext(_) => {}
            K::MapIterInit(m, _) => self.expr(self.discard(), m),
            K::TypeAssert(x, ok) => {
                let k = self.dot_type(k, e.ty, *ok);
                self.expr(k, x);
            }
            K::TypeIs(x, _) | K::IfaceNilCheck(x) => self.expr(self.discard(), x),
            K::ConvIface(x) | K::MoveToHeap(x, _) | K::Retype(x) | K::DictRecv(x, _) => {
                self.expr(k, x)
            }
            K::TupleConvert(x) | K::TupleVariadic(x, _) => {
                self.opaque.insert(self.cur);
                self.expr(self.unknown(), x);
            }
            K::DecodeRune(x, i) => {
                self.expr(self.discard(), x);
                self.expr(self.discard(), i);
            }
        }
    }

    /// A location that may hold anything (where an unknown call's results come from).
    fn unknown_loc(&mut self) -> LocId {
        self.unknown_source()
    }

    /// A call whose results go to `ks`.
    fn call(&mut self, ks: &[Hole], e: &tir::Expr) {
        let (f, args): (FuncId, &[tir::Expr]) = match &e.kind {
            // A type parameter's method, which gc calls through its dictionary: a function
            // it does not know, whose arguments (the receiver too) go to the heap.
            K::Call(_, args) if tir::Expr::dictionary_call(args) => {
                for a in args {
                    self.expr(self.heap(), a);
                }
                return;
            }
            K::Call(f, args) => (*f, args),
            K::CallValue(fv, args) => match &fv.kind {
                K::Closure(f, _) if self.index.contains_key(f) => {
                    self.called_directly.insert(*f);
                    // Its captured variables, as the literal's own locations.
                    (*f, args)
                }
                // A function value gc cannot resolve (a parameter's, an element's, a
                // field's, a call's): its arguments go to the heap, and it is called — for gc
                // only when its results are used.
                _ if !self.maybe_static(fv) => {
                    let used = ks.iter().any(|k| k.dst != BLANK);
                    let callee = if used {
                        Hole {
                            dst: CALLEE,
                            derefs: 0,
                        }
                    } else {
                        self.discard()
                    };
                    self.expr(callee, fv);
                    for a in args {
                        self.expr(self.heap(), a);
                    }
                    return;
                }
                _ => {
                    self.expr(self.unknown(), fv);
                    for a in args {
                        self.expr(self.unknown(), a);
                    }
                    for &k in ks {
                        let u = self.unknown_loc();
                        self.g.flow(k, u);
                    }
                    return;
                }
            },
            _ => unreachable!("a call"),
        };
        if let Some(&i) = self.index.get(&f) {
            // In the batch: straight into its parameters, out of its results.
            let params = self.prog.funcs[f].params.clone();
            for (a, p) in args.iter().zip(params) {
                let x = self.locals[&(f, p)];
                self.expr(Hole { dst: x, derefs: 0 }, a);
            }
            for (k, &r) in ks.iter().zip(&self.results[i].clone()) {
                self.g.flow(*k, r);
            }
            return;
        }
        let lib = super::library_fact(&self.prog.funcs[f].name);
        // A library function's tags (a parameter gc said nothing of goes where memrun does
        // not follow). One gc may inline is analysed in its caller, where what its tag
        // sends to the heap (`&Buffer{buf: b}` returned: b leaks) may stay on the stack:
        // that goes where memrun does not follow.
        let inlinable = lib.is_some_and(|l| l.inline != Some(false));
        let lib_tags = lib.map(|l| Tags {
            params: l
                .params
                .iter()
                .map(|t| {
                    let mut t = t.clone().unwrap_or(ParamTag {
                        unknown: Some(-1),
                        ..ParamTag::default()
                    });
                    if inlinable {
                        if let Some(d) = t.heap.take() {
                            t.unknown = Some(t.unknown.map_or(d, |u| u.min(d)));
                        }
                    }
                    t
                })
                .collect(),
        });
        let tags = self.tags.get(&f).cloned().or(lib_tags);
        for (j, a) in args.iter().enumerate() {
            if let Some(t) = &tags {
                let mut holes = Vec::new();
                match t.params.get(j) {
                    Some(v) => {
                        if let Some(d) = v.heap {
                            holes.push(self.heap().shift(d));
                        }
                        if let Some(d) = v.unknown {
                            holes.push(self.unknown().shift(d + 1));
                        }
                        for (r, d) in v.results.iter().enumerate() {
                            if let (Some(d), Some(k)) = (d, ks.get(r)) {
                                holes.push(k.shift(*d));
                            }
                        }
                        if let Some(d) = v.mutator {
                            holes.push(Hole {
                                dst: MUTATOR,
                                derefs: d,
                            });
                        }
                        if let Some(d) = v.callee {
                            holes.push(Hole {
                                dst: CALLEE,
                                derefs: d,
                            });
                        }
                    }
                    None => holes.push(self.unknown()),
                }
                let h = self.tee_shifted(&holes);
                self.expr(h, a);
            } else {
                self.expr(self.unknown(), a);
            }
        }
        if tags.is_none() {
            for &k in ks {
                let u = self.unknown_loc();
                self.g.flow(k, u);
            }
        }
    }

    /// A hole feeding several holes that may dereference (a parameter's tag): negative
    /// dereferences cannot be teed, so each is fed separately through its own temporary.
    fn tee_shifted(&mut self, ks: &[Hole]) -> Hole {
        if ks.iter().all(|k| k.derefs >= 0) {
            return self.tee(ks);
        }
        // gc's tags never carry negative dereferences; an unknown leak may.
        let i = self.index[&self.cur];
        let t = self.g.add(i, self.depth);
        for &k in ks {
            self.g.flow(k, t);
        }
        Hole { dst: t, derefs: 0 }
    }

    /// The slice appended to: it may be the result (room to spare), it is written, and its
    /// elements may go to a new backing store on the heap (gc's appendee holes).
    fn appendee(&mut self, k: Hole, s: &tir::Expr, elem: TypeId) {
        let mut holes = vec![
            k,
            Hole {
                dst: MUTATOR,
                derefs: 0,
            },
        ];
        if self.types.has_pointers(elem) {
            holes.push(self.heap().deref());
        }
        let h = self.tee(&holes);
        self.expr(h, s);
    }

    /// Whether gc may know which function a value is: a local assigned a literal, a function
    /// or a method value (gc then calls that directly, or inlines it).
    fn maybe_static(&self, fv: &tir::Expr) -> bool {
        match &fv.kind {
            K::Local(l) => self.facts.func_valued.contains(l),
            K::Global(_) | K::FuncAddr(_) | K::Closure(..) | K::BindMethod(..) => true,
            K::Retype(x) => self.maybe_static(x),
            _ => false,
        }
    }

    /// Whether gc grows `x = append(x, …)` in place: `x` is the same variable as the base and
    /// one gc keeps in memory (its address is taken, or it is in memory, or in a struct or
    /// array too large for registers).
    fn inplace(&self, dst: Option<&Place>, base: &tir::Expr) -> bool {
        if !self.single_assign {
            return false;
        }
        let func = &self.prog.funcs[self.cur];
        match dst {
            // In memory: its address is taken (or a literal captures it by reference), or it
            // is a result of a function with a `defer` (gc's canSSAName).
            Some(Place::Local(d)) => {
                matches!(base.kind, K::Local(b) if b == *d)
                    && (func.heap.contains(d) && !self.captures.by_value(self.cur, *d)
                        || func.named_results.contains(d) && self.facts.defers)
            }
            Some(Place::Deref(a)) => {
                let K::AddrOf(x) = &a.kind else { return false };
                if x.kind != base.kind {
                    return false;
                }
                // gc's canSSA: through fields and array elements to a local.
                match super::root_local(x) {
                    Some(l) => func.heap.contains(&l) || !can_ssa(self.types, func.locals[l]),
                    None => true,
                }
            }
            Some(Place::Global(_) | Place::SliceElem(..) | Place::MapElem(..)) => true,
            Some(Place::Blank) | None => false,
        }
    }

    /// The location of parameter `p` of batch function `f`.
    pub fn param_loc(&self, f: FuncId, p: LocalId) -> LocId {
        self.locals[&(f, p)]
    }

    /// Whether what a site's location holds may be written (gc's attrMutates).
    pub fn mutated(&self, l: LocId) -> bool {
        self.g.attrs(l) & attr::MUTATES != 0
    }

    /// The verdict of a site's location once solved.
    pub fn verdict(&self, l: LocId) -> Verdict {
        let a = self.g.attrs(l);
        if a & attr::ESCAPES != 0 {
            Verdict::Heap
        } else if a & attr::UNKNOWN != 0 {
            Verdict::Unknown
        } else {
            Verdict::Stack
        }
    }
}

/// gc's `ssa.CanSSA`: whether values of `t` can live in registers (at most 4 words, structs of
/// at most 4 such fields, arrays of at most one such element).
fn can_ssa(types: &TypeTable, t: TypeId) -> bool {
    if types.layout(t).size > 32 {
        return false;
    }
    match types.kind(types.underlying(t)) {
        TypeKind::Array(n, e) => *n <= 1 && can_ssa(types, *e),
        TypeKind::Struct(fs) => fs.len() <= 4 && fs.iter().all(|f| can_ssa(types, f.ty)),
        _ => true,
    }
}

/// The local a value is assigned to.
fn dst_local(dst: Option<&Place>) -> Option<LocalId> {
    match dst {
        Some(Place::Local(l)) => Some(*l),
        _ => None,
    }
}

/// The assignments gc's escape analysis ignores (`isSelfAssign`): `*p = (*p)[i:j]` and
/// `p.f = p.f[i:j]` through the same pointer variable; `v.a = v.b` on the same base;
/// `x[i] = x[j]` on the same base with indices that touch no memory.
fn self_assign(p: &Place, v: &tir::Expr) -> bool {
    let dst = match p {
        Place::Deref(a) => match &a.kind {
            K::AddrOf(x) => &**x,
            // `*p = …`
            _ => return slice_self_assign(&deref_of(a), v),
        },
        Place::SliceElem(x, i) => {
            return matches!(&v.kind, K::SliceIndex(y, j)
                if same_safe(x, y) && !affects_memory(i) && !affects_memory(j));
        }
        _ => return false,
    };
    if slice_self_assign(dst, v) {
        return true;
    }
    match (&dst.kind, &v.kind) {
        (K::Field(x, _), K::Field(y, _)) => same_safe(x, y),
        (K::ArrayIndex(x, i), K::ArrayIndex(y, j)) => {
            same_safe(x, y) && !affects_memory(i) && !affects_memory(j)
        }
        _ => false,
    }
}

/// `*p` of pointer expression `a`, to compare with the value side.
fn deref_of(a: &tir::Expr) -> tir::Expr {
    tir::Expr {
        ty: a.ty,
        kind: K::Deref(Box::new(a.clone())),
    }
}

/// gc's `isSliceSelfAssign`: `*p` or `p.f` (p a variable) assigned a reslice of `*p` or
/// `p.g` of the same `p`.
fn slice_self_assign(dst: &tir::Expr, v: &tir::Expr) -> bool {
    let base = |e: &tir::Expr| -> Option<LocalId> {
        let inner = match &e.kind {
            K::Deref(p) => p,
            K::Field(x, _) => match &x.kind {
                K::Deref(p) => p,
                _ => return None,
            },
            _ => return None,
        };
        match inner.kind {
            K::Local(l) => Some(l),
            _ => None,
        }
    };
    let src = match &v.kind {
        K::SliceSlice(y, ..) | K::StrSlice(y, ..) => y,
        // A slice of a pointer to an array (not of an array itself).
        K::ArraySlice(y, ..) if !matches!(y.kind, K::AddrOf(_)) => {
            return matches!((base(dst), &y.kind), (Some(d), K::Local(l)) if d == *l)
        }
        _ => return false,
    };
    base(dst).is_some() && base(dst) == base(src)
}

/// gc's `SameSafeExpr`: the same variable, reached the same way with no effects.
fn same_safe(a: &tir::Expr, b: &tir::Expr) -> bool {
    match (&a.kind, &b.kind) {
        (K::Retype(x), _) => same_safe(x, b),
        (_, K::Retype(y)) => same_safe(a, y),
        (K::Local(x), K::Local(y)) => x == y,
        (K::Const(x), K::Const(y)) => x == y,
        (K::Field(x, i), K::Field(y, j)) => i == j && same_safe(x, y),
        (K::Deref(x), K::Deref(y)) | (K::Unary(_, x), K::Unary(_, y)) => {
            a.kind.same_op(&b.kind) && same_safe(x, y)
        }
        (K::ArrayIndex(x, i), K::ArrayIndex(y, j)) | (K::SliceIndex(x, i), K::SliceIndex(y, j)) => {
            same_safe(x, y) && same_safe(i, j)
        }
        _ => false,
    }
}

/// gc's `mayAffectMemory`: whether evaluating `e` may change memory (calls, allocations…).
fn affects_memory(e: &tir::Expr) -> bool {
    match &e.kind {
        K::Local(_) | K::Const(_) | K::Zero => false,
        K::Binary(op, x, y) if !matches!(op, tir::BinOp::LogAnd | tir::BinOp::LogOr) => {
            affects_memory(x) || affects_memory(y)
        }
        K::SliceIndex(x, i) | K::ArrayIndex(x, i) => affects_memory(x) || affects_memory(i),
        K::Convert(x) | K::Retype(x) | K::Len(x) | K::Cap(x) | K::Unary(_, x) | K::Field(x, _) => {
            affects_memory(x)
        }
        _ => true,
    }
}

/// Whether a `break` in `ss` (not in a function literal) goes to `target`.
fn breaks_to(ss: &[Stmt], target: tir::TargetId) -> bool {
    let mut found = false;
    super::walk_stmts(ss, &mut |s| {
        found |= matches!(s, Stmt::Break(t) if *t == target)
    });
    found
}
