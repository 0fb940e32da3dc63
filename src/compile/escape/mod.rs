//! gc's escape analysis, as far as it decides where a slice keeps its storage.
//!
//! Since Go 1.25 gc gives an `append` whose result does not escape a 32-byte stack store (so
//! `var s []int; s = append(s, 1)` has capacity 4, not 1), and a `[]byte`/`[]rune` conversion
//! that does not escape a 32-element buffer. Which applies follows from gc's escape analysis
//! — after inlining — and shows in `cap` and in whether a later append shares storage.
//! memrun runs the same analysis on its checked program ([`graph`], [`build`]) and allocates
//! as gc does where the answer is certain: in functions gc never inlines (so that their frame
//! is their own), with every flow of the site modelled as gc models it, and where gc's slice
//! pass (Go 1.27's moves to the heap) cannot apply. Elsewhere a site stays on the heap and
//! the checker's older rules ([`crate::compile::check`]'s `stackslices`) refuse what could
//! show the difference.

mod build;
mod graph;
mod slicepass;

use crate::compile::tir::{self, Alloc, FuncId, LocalId, Program, Stmt};
use crate::compile::types::TypeTable;
use build::{Builder, SiteKind};
use std::collections::{HashMap, HashSet};

/// gc's budget for a stack store (`-d=variablemakethreshold`): 32 bytes.
const STORE_BYTES: u64 = 32;

/// A function of the program to analyse.
pub(crate) struct UserFunc {
    /// The function.
    pub id: FuncId,
    /// Marked `//go:noinline`.
    pub noinline: bool,
}

/// What the analysis concluded.
#[derive(Default)]
pub(crate) struct Outcome {
    /// Functions whose every site has gc's allocation and whose slices get storage only from
    /// those sites and fresh values: nothing in them needs refusing.
    pub exact: HashSet<FuncId>,
    /// Per site: (checker file index, offset, gc's `-m` wording), for `MEMRUN_DEBUG_ESCAPE`.
    pub notes: Vec<(usize, u32, String)>,
}

/// Where a site's storage goes, once solved.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Verdict {
    Heap,
    Stack,
    Unknown,
}

/// A parameter's leaks (gc's escape tag): the fewest dereferences with which it reaches the
/// heap, each result, a mutator, or memrun's unknown location.
#[derive(Clone, Default, Debug)]
pub(super) struct ParamTag {
    pub heap: Option<i32>,
    pub results: Vec<Option<i32>>,
    pub mutator: Option<i32>,
    pub unknown: Option<i32>,
}

impl ParamTag {
    /// gc's `leaks.Any`: flows to the heap or a result (or somewhere memrun does not follow).
    fn any(&self) -> bool {
        self.heap.is_some() || self.results.iter().any(Option::is_some) || self.unknown.is_some()
    }
}

/// A function's parameter tags.
#[derive(Clone, Default, Debug)]
pub(super) struct Tags {
    pub params: Vec<ParamTag>,
}

/// Library functions gc's escape analysis tags as memrun's table says: for each parameter,
/// the dereferences with which it leaks to the heap (None: it does not leak). Taken from gc's
/// `-m` output for Go 1.27; a library function not listed leaves its arguments unknown.
fn library_tags(name: &str) -> Option<Vec<Option<i32>>> {
    let none = |n: usize| Some(vec![None; n]);
    match name {
        "sort.Ints"
        | "sort.Strings"
        | "sort.Float64s"
        | "sort.IntsAreSorted"
        | "sort.StringsAreSorted"
        | "sort.Float64sAreSorted" => none(1),
        "sort.SearchInts" | "sort.SearchStrings" | "sort.SearchFloat64s" => none(2),
        "strings.Join" | "bytes.Equal" | "bytes.Compare" => none(2),
        "strings.Repeat" | "strings.ToUpper" | "strings.ToLower" | "strings.TrimSpace"
        | "strings.Title" => none(1),
        "strconv.Itoa" | "strconv.FormatInt" | "strconv.Atoi" | "strconv.Quote" => none(2),
        "os.Exit" => none(1),
        _ => None,
    }
}

/// Runs the analysis over `funcs` (the program's own functions, checked) and writes each
/// site's allocation.
pub(crate) fn analyze(prog: &mut Program, funcs: &[UserFunc]) -> Outcome {
    let mut out = Outcome::default();
    let declared: Vec<FuncId> = funcs
        .iter()
        .map(|f| f.id)
        .filter(|&f| !prog.funcs[f].checking)
        .collect();
    let noinline: HashSet<FuncId> = funcs.iter().filter(|f| f.noinline).map(|f| f.id).collect();
    let is_declared: HashSet<FuncId> = declared.iter().copied().collect();
    // Function literals, with their enclosing function and captured outer locals.
    let mut literal_parent: HashMap<FuncId, (FuncId, Vec<LocalId>)> = HashMap::new();
    let mut owner: HashMap<FuncId, FuncId> = HashMap::new();
    let mut calls: HashMap<FuncId, Vec<FuncId>> = HashMap::new();
    for &f in &declared {
        let mut todo = vec![f];
        while let Some(g) = todo.pop() {
            owner.insert(g, f);
            let mut found = Vec::new();
            walk_body(&prog.funcs[g].body, &mut |e| match &e.kind {
                tir::ExprKind::Closure(c, outer) => found.push((*c, outer.clone())),
                tir::ExprKind::Call(h, _) if is_declared.contains(h) => {
                    calls.entry(f).or_default().push(*h)
                }
                _ => {}
            });
            for (c, outer) in found {
                if literal_parent.insert(c, (g, outer)).is_none() {
                    todo.push(c);
                }
            }
        }
    }
    let tags = HashMap::new();
    let mut tags: HashMap<FuncId, Tags> = tags;
    let mut sites = Vec::new();
    for scc in sccs(&declared, &calls) {
        let mut batch = scc.clone();
        let mut i = 0;
        while i < batch.len() {
            let g = batch[i];
            let mut kids: Vec<FuncId> = literal_parent
                .iter()
                .filter(|(_, (p, _))| *p == g)
                .map(|(&c, _)| c)
                .collect();
            kids.sort();
            batch.extend(kids);
            i += 1;
        }
        let lib = library_tags;
        let mut b = Builder::new(prog, batch.clone(), &literal_parent, &tags, &lib);
        b.run();
        b.g.solve();
        let mut new_tags = Vec::new();
        for &f in &scc {
            let func = &prog.funcs[f];
            let mut t = Tags::default();
            for &p in &func.params {
                let loc = b.param_loc(f, p);
                let l = &b.g.locs[loc.0 as usize];
                let mut pt = ParamTag {
                    heap: l.leak_heap,
                    results: l.leak_results.clone(),
                    mutator: l.leak_mutator,
                    unknown: l.leak_unknown,
                };
                if b.opaque.contains(&f) {
                    pt.unknown = Some(-1);
                }
                // gc drops result leaks the heap leak subsumes.
                if let Some(h) = pt.heap {
                    for r in pt.results.iter_mut() {
                        if r.is_some_and(|d| d >= h) {
                            *r = None;
                        }
                    }
                }
                t.params.push(pt);
            }
            new_tags.push((f, t));
        }
        let recs = std::mem::take(&mut b.sites);
        for s in recs {
            let mut v = b.verdict(s.loc);
            let top = owner.get(&s.func).copied().unwrap_or(s.func);
            if b.opaque.contains(&s.func) && v != Verdict::Heap {
                v = Verdict::Unknown;
            }
            let mut s = s;
            s.mutated = b.mutated(s.loc);
            sites.push((s, v, top));
        }
        drop(b);
        tags.extend(new_tags);
    }
    // Which functions have a frame of their own: gc never inlines them.
    let framed: HashSet<FuncId> = declared
        .iter()
        .copied()
        .filter(|&f| {
            Some(f) == prog.main
                || prog.init_funcs.contains(&f)
                || noinline.contains(&f)
                || prog.funcs[f].has_defer
                || prog.funcs[f].has_recover
        })
        .collect();
    let own_frame = |f: FuncId| framed.contains(&f);
    // gc's slice pass, in those functions: the variables it moves take their appends'
    // allocation from it.
    let mut uncertain: HashSet<FuncId> = HashSet::new();
    let mut commits: Vec<(FuncId, slicepass::Commit, LocalId, u32)> = Vec::new();
    let mut by_site: HashMap<*const tir::SiteData, (usize, bool)> = HashMap::new();
    let mut framed_sorted: Vec<FuncId> = framed.iter().copied().collect();
    framed_sorted.sort();
    for &f in &framed_sorted {
        match slicepass::run(prog, f, &tags, &framed) {
            Ok(cs) => {
                for c in cs {
                    let elem = prog.types.slice_elem(prog.funcs[f].locals[c.var]);
                    let size = elem.map_or(0, |e| prog.types.layout(e).size);
                    if size == 0 {
                        // No store for zero-size elements: nothing moves.
                        continue;
                    }
                    let area = prog.funcs[f].locals.push(TypeTable::UINTPTR);
                    let k = (STORE_BYTES / size) as u32;
                    for (j, s) in c.appends.iter().enumerate() {
                        by_site.insert(s.id(), (commits.len(), j == 0));
                    }
                    commits.push((f, c, area, k));
                }
            }
            Err(()) => {
                uncertain.insert(f);
            }
        }
    }
    let mut next_flag: HashMap<FuncId, Vec<(Option<LocalId>, LocalId)>> = HashMap::new();
    let mut bad: HashSet<FuncId> = HashSet::new();
    for (s, v, top) in &sites {
        let d = s.site.data();
        let word = match &s.what {
            SiteKind::Conv { .. } => "conversion",
            SiteKind::Append { .. } => "append",
        };
        let literal = s.func != *top;
        let exact = *v != Verdict::Unknown && !literal && own_frame(*top);
        let moved = by_site.get(&s.site.id()).map(|&(c, first)| {
            let (_, c, area, k) = &commits[c];
            if c.cap_used {
                Alloc::Buf { k: *k, area: *area }
            } else if first {
                Alloc::Store { k: *k, flag: *area }
            } else {
                Alloc::Heap
            }
        });
        let alloc = match (&s.what, v) {
            _ if moved.is_some() => moved,
            (SiteKind::Conv { konst: true, .. }, Verdict::Heap) => Some(Alloc::Exact),
            (_, Verdict::Heap) => Some(Alloc::Heap),
            (_, Verdict::Unknown) => None,
            _ if !exact => None,
            // A constant's bytes: exactly as many as it has, wherever they are.
            (SiteKind::Conv { konst: true, .. }, Verdict::Stack) => Some(Alloc::Exact),
            // Never written: gc makes the slice point at the string's own bytes.
            (SiteKind::Conv { bytes: true, .. }, Verdict::Stack) if !s.mutated => {
                Some(Alloc::Exact)
            }
            (SiteKind::Conv { .. }, Verdict::Stack) => Some(Alloc::Buffer),
            (SiteKind::Append { base, dst_ok, elem }, Verdict::Stack) => {
                let size = prog.types.layout(*elem).size;
                let inplace = !dst_ok;
                if size == 0 || size > STORE_BYTES || inplace {
                    Some(Alloc::Heap)
                } else {
                    // Only the first append to a local (in code order) gets the store.
                    let flags = next_flag.entry(*top).or_default();
                    match base {
                        Some(b) if flags.iter().any(|(x, _)| *x == Some(*b)) => Some(Alloc::Heap),
                        _ => {
                            let flag = prog.funcs[*top].locals.push(TypeTable::UINTPTR);
                            flags.push((*base, flag));
                            Some(Alloc::Store {
                                k: (STORE_BYTES / size) as u32,
                                flag,
                            })
                        }
                    }
                }
            }
        };
        match alloc {
            Some(a) => s.site.set_alloc(a),
            None => {
                bad.insert(*top);
            }
        }
        let msg = match v {
            Verdict::Heap => format!("{word} escapes to heap"),
            Verdict::Stack => format!("{word} does not escape"),
            Verdict::Unknown => format!("{word}: memrun does not know"),
        };
        out.notes.push((d.file, d.pos, msg));
    }
    // The moves to the heap, before the points where the storage gets another holder.
    let mut moves: HashMap<FuncId, HashMap<usize, Vec<Stmt>>> = HashMap::new();
    for (f, c, area, k) in &commits {
        let ty = prog.funcs[*f].locals[c.var];
        let s = tir::Expr {
            ty,
            kind: tir::ExprKind::Local(c.var),
        };
        let mv = tir::Move {
            area: *area,
            k: *k,
            preserve: c.cap_used,
        };
        let moved = tir::Expr {
            ty,
            kind: tir::ExprKind::MoveToHeap(Box::new(s), mv),
        };
        moves
            .entry(*f)
            .or_default()
            .entry(c.transition)
            .or_default()
            .push(Stmt::Assign(vec![tir::Place::Local(c.var)], vec![moved]));
    }
    for (f, mut at) in moves {
        slicepass::insert_before(&mut prog.funcs[f].body, &mut at);
    }
    for &f in &declared {
        if own_frame(f) && !bad.contains(&f) && !uncertain.contains(&f) && closed(prog, f) {
            out.exact.insert(f);
        }
    }
    out
}

/// Whether every slice local of `f` gets its storage from `f` itself: appends, fresh values,
/// conversions, reslices — never from a parameter, a call, memory or an outer function.
fn closed(prog: &Program, f: FuncId) -> bool {
    let func = &prog.funcs[f];
    let types = &prog.types;
    let is_slice = |l: LocalId| types.slice_elem(func.locals[l]).is_some();
    if func.params.iter().any(|&p| is_slice(p)) || func.captures.iter().any(|&c| is_slice(c)) {
        return false;
    }
    let mut ok = true;
    walk_stmts(&func.body, &mut |s| {
        let mut check = |p: &tir::Place, v: Option<&tir::Expr>| {
            if let tir::Place::Local(l) = p {
                if is_slice(*l) {
                    ok &= v.is_some_and(own_storage);
                }
            }
        };
        match s {
            Stmt::Assign(ps, vs) => {
                for (i, p) in ps.iter().enumerate() {
                    check(p, vs.get(i));
                }
            }
            Stmt::AssignTuple(ps, _) => {
                for p in ps {
                    check(p, None);
                }
            }
            _ => {}
        }
    });
    // A function literal may hold its slices (through captures).
    let mut literal = false;
    walk_body(&func.body, &mut |e| {
        if matches!(e.kind, tir::ExprKind::Closure(..)) {
            literal = true;
        }
    });
    ok && !literal
}

/// A value whose storage is the function's own: fresh, converted, appended, or a local's.
fn own_storage(e: &tir::Expr) -> bool {
    use tir::ExprKind as K;
    match &e.kind {
        K::Zero
        | K::Const(_)
        | K::Composite(_)
        | K::MakeSlice(..)
        | K::StringToBytes(..)
        | K::StringToRunes(..)
        | K::Local(_) => true,
        K::Append(x, ..) | K::AppendSlice(x, _) | K::SliceSlice(x, ..) | K::MoveToHeap(x, _) => {
            own_storage(x)
        }
        K::ArraySlice(p, ..) => matches!(&p.kind, K::AddrOf(a) if matches!(a.kind, K::Local(_))),
        _ => false,
    }
}

/// Calls `f` on every expression of a body (not inside function literals' bodies).
fn walk_body(ss: &[Stmt], f: &mut dyn FnMut(&tir::Expr)) {
    fn expr(e: &tir::Expr, f: &mut dyn FnMut(&tir::Expr)) {
        crate::compile::deep(|| {
            f(e);
            e.kind.for_each_operand(&mut |x| expr(x, f));
        })
    }
    walk_stmts(ss, &mut |s| s.for_each_expr(&mut |e| expr(e, f)));
}

/// Calls `f` on every statement, nested ones included.
fn walk_stmts(ss: &[Stmt], f: &mut dyn FnMut(&Stmt)) {
    for s in ss {
        f(s);
        s.for_each_block(&mut |b| walk_stmts(b, f));
    }
}

/// Strongly connected components of the call graph, callees before callers (Tarjan).
fn sccs(nodes: &[FuncId], edges: &HashMap<FuncId, Vec<FuncId>>) -> Vec<Vec<FuncId>> {
    struct T<'a> {
        edges: &'a HashMap<FuncId, Vec<FuncId>>,
        index: HashMap<FuncId, usize>,
        low: HashMap<FuncId, usize>,
        stack: Vec<FuncId>,
        on: HashSet<FuncId>,
        out: Vec<Vec<FuncId>>,
    }
    fn visit(t: &mut T, v: FuncId) {
        let i = t.index.len();
        t.index.insert(v, i);
        t.low.insert(v, i);
        t.stack.push(v);
        t.on.insert(v);
        for &w in t.edges.get(&v).map(Vec::as_slice).unwrap_or(&[]) {
            if !t.index.contains_key(&w) {
                crate::compile::deep(|| visit(t, w));
                let lw = t.low[&w];
                let lv = t.low.get_mut(&v).expect("visited");
                *lv = (*lv).min(lw);
            } else if t.on.contains(&w) {
                let iw = t.index[&w];
                let lv = t.low.get_mut(&v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if t.low[&v] == t.index[&v] {
            let mut c = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(&w);
                c.push(w);
                if w == v {
                    break;
                }
            }
            c.sort();
            t.out.push(c);
        }
    }
    let mut t = T {
        edges,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on: HashSet::new(),
        out: Vec::new(),
    };
    for &n in nodes {
        if !t.index.contains_key(&n) {
            visit(&mut t, n);
        }
    }
    t.out
}
