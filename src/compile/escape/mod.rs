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
mod capture;
mod deadcode;
pub(crate) use deadcode::{prunable, prune as prune_dead_code};
mod deadlocals;
mod holders;
pub(crate) use holders::{elems_holder, field_holder, holder_of, Holder};
mod graph;
mod inline;
mod inliner;
mod slicepass;

use crate::compile::tir::{self, Alloc, FuncId, LocalId, Program, Stmt};
use crate::compile::types::TypeTable;
use build::{Builder, SiteKind};
use std::collections::{HashMap, HashSet};

/// gc's budget for a stack store (`-d=variablemakethreshold`): 32 bytes.
pub(crate) const STORE_BYTES: u64 = 32;

/// A function of the program to analyse.
pub(crate) struct UserFunc {
    /// The function.
    pub id: FuncId,
    /// Marked `//go:noinline`.
    pub noinline: bool,
    /// The most IR nodes of gc's the tokens of its body make (for the bound of its cost).
    pub tokens: u32,
    /// The checker's hidden variables (a range loop's copy and counter, a switch's tag):
    /// nodes of memrun's own, not of gc's.
    pub hidden: HashSet<LocalId>,
    /// Those of them that hold an operand evaluated early (standing for the program's own
    /// expression, not a lowering's).
    pub hoisted: HashSet<LocalId>,
    /// The checker's index of its file.
    pub file: usize,
    /// Where its named locals are declared (for `MEMRUN_DEBUG_ESCAPE`'s notes).
    pub declared_at: HashMap<LocalId, u32>,
}

/// What the analysis concluded.
#[derive(Default)]
pub(crate) struct Outcome {
    /// Per function, the slice locals whose storage memrun allocates as gc does (their own
    /// sites, fresh values): nothing about them needs refusing.
    pub settled: HashMap<FuncId, HashSet<LocalId>>,
    /// The appends (checker file index, offset) gc certainly grows on the heap, as memrun
    /// does, in functions where memrun knows what gc's slice pass moves (and it does not move
    /// theirs): each grows or not exactly as in gc, by its operand's capacity.
    pub exact_appends: HashSet<(usize, u32)>,
    /// The appends (checker file index, offset) whose every copy gc grows on the heap, as
    /// memrun does, and whose variable no slice pass moves: each grows or not by its
    /// operand's capacity alone, also in a function literal.
    pub heap_grown: HashSet<(usize, u32)>,
    /// The declared functions gc never inlines (each has a frame of its own).
    pub framed: HashSet<FuncId>,
    /// What inlining did: the copies' origins, the functions no longer called.
    pub inlined: inliner::Inlined,
    /// The holders of slices (fields, elements, map values) whose values memrun may not
    /// allocate as gc does.
    pub inexact_holders: HashSet<Holder>,
    /// Per site: (checker file index, offset, gc's `-m` wording), for `MEMRUN_DEBUG_ESCAPE`.
    pub notes: Vec<(usize, u32, &'static str)>,
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
    pub callee: Option<i32>,
    pub unknown: Option<i32>,
}

impl ParamTag {
    /// gc's `leaks.Any`: flows to the heap or a result, is written through or called (or
    /// goes somewhere memrun does not follow).
    fn any(&self) -> bool {
        self.heap.is_some()
            || self.mutator.is_some()
            || self.callee.is_some()
            || self.results.iter().any(Option::is_some)
            || self.unknown.is_some()
    }
}

/// A function's parameter tags.
#[derive(Clone, Default, Debug)]
pub(super) struct Tags {
    pub params: Vec<ParamTag>,
}

/// What gc says of a library function (from `stdtags.txt`, which
/// `scripts/gen-escape-tags.go` makes from gc's `-m` output): whether gc inlines it (at what
/// cost), and each parameter's tag (None: gc's word memrun does not read).
pub(super) struct LibFact {
    /// None: not known (a generic function).
    pub inline: Option<bool>,
    /// gc's inlining cost of a function it can inline.
    pub cost: Option<u32>,
    pub params: Vec<Option<ParamTag>>,
}

/// Whether memrun's library makes the result of the library function named `name` as gc's
/// does: fresh storage of gc's capacity (a `make` of the exact count, which escapes in gc),
/// so the caller's `cap` of it is known. `tests/programs/library_result_caps.go` holds each
/// to gc's answers. `slices.Clip`'s result has its length for capacity, wherever its
/// storage is.
pub(crate) fn exact_library_result(name: &str) -> bool {
    let name = tir::generic_name(name);
    matches!(
        name,
        "slices.Clip"
            | "strings.Split"
            | "strings.SplitN"
            | "strings.SplitAfter"
            | "strings.SplitAfterN"
            | "strings.Fields"
            | "strings.FieldsFunc"
    )
}

/// Whether gc certainly sends the storage passed as parameter `j` of the library function
/// named `name` to the heap: a function it never inlines (whose tag then holds in the
/// caller) that leaks the parameter itself (not only what it points to).
pub(crate) fn library_param_escapes(name: &str, j: usize) -> bool {
    library_fact(name).is_some_and(|f| {
        f.inline == Some(false)
            && f.params
                .get(j)
                .and_then(Option::as_ref)
                .is_some_and(|t| t.heap == Some(0))
    })
}

/// The facts of the library function named `name` (`strings.Join`), if the table has them.
/// (An instance of a generic function, `slices.Sort[[]int,int]`, has its generic's facts; a
/// method, `strings.(*strings.Builder).WriteByte`, is in the table as gc names it,
/// `strings.(*Builder).WriteByte`.)
pub(super) fn library_fact(name: &str) -> Option<&'static LibFact> {
    let name = tir::generic_name(name);
    let method = gc_method_name(name);
    let name = method.as_deref().unwrap_or(name);
    static TABLE: std::sync::OnceLock<HashMap<&'static str, LibFact>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            include_str!("stdtags.txt")
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut words = l.split_whitespace();
                    let name = words.next()?;
                    let (inline, cost) = match words.next()?.strip_prefix("inline=")? {
                        "-" => (Some(false), None),
                        "?" => (None, None),
                        c => (Some(true), Some(c.parse().ok()?)),
                    };
                    let params = words.map(param_tag).collect();
                    Some((
                        name,
                        LibFact {
                            inline,
                            cost,
                            params,
                        },
                    ))
                })
                .collect()
        })
        .get(name)
}

/// A library method's name as gc spells it, if `name` is one: memrun qualifies the
/// receiver's type (`path/pkg.(*pkg.T).M`, `path/pkg.pkg.T.M`), gc does not.
fn gc_method_name(name: &str) -> Option<String> {
    // The package path ends at the first dot after its last slash.
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    let dot = slash + name[slash..].find('.')?;
    let (path, rest) = (&name[..dot], &name[dot + 1..]);
    let last = &path[slash..];
    let qualified = format!("{last}.");
    if let Some(t) = rest
        .strip_prefix("(*")
        .and_then(|r| r.strip_prefix(&qualified))
    {
        Some(format!("{path}.(*{t}"))
    } else {
        rest.strip_prefix(&qualified).map(|t| format!("{path}.{t}"))
    }
}

/// A parameter's word in `stdtags.txt`: `-`, or `hD`, `rN:D`, `mD`, `cD` joined by `+`; `?`
/// unknown.
fn param_tag(word: &str) -> Option<ParamTag> {
    let mut t = ParamTag::default();
    if word == "-" {
        return Some(t);
    }
    for part in word.split('+') {
        if let Some(d) = part.strip_prefix('h') {
            t.heap = Some(d.parse().ok()?);
        } else if let Some(d) = part.strip_prefix('m') {
            t.mutator = Some(d.parse().ok()?);
        } else if let Some(d) = part.strip_prefix('c') {
            t.callee = Some(d.parse().ok()?);
        } else if let Some(rest) = part.strip_prefix('r') {
            let (n, d) = rest.split_once(':')?;
            let n: usize = n.parse().ok()?;
            if t.results.len() <= n {
                t.results.resize(n + 1, None);
            }
            t.results[n] = Some(d.parse().ok()?);
        } else {
            return None;
        }
    }
    Some(t)
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
    // What gc's front end drops, memrun drops too (from these functions and their literals).
    let mut todo = declared.clone();
    let mut pruned = HashSet::new();
    while let Some(g) = todo.pop() {
        if !pruned.insert(g) {
            continue;
        }
        deadcode::prune(&mut prog.funcs[g].body);
        walk_body(&prog.funcs[g].body, &mut |e| {
            if let tir::ExprKind::Closure(c, _) = &e.kind {
                todo.push(*c);
            }
        });
    }
    // gc's inlining costs, on the bodies before inlining (callees first).
    let (order, literal_parent, _) = call_graph(prog, &declared);
    // What gc never inlines, whatever its cost: `//go:noinline`, and what its front end left
    // of defer, recover and goroutines (none in dead code).
    let hairy: HashSet<FuncId> = declared
        .iter()
        .copied()
        .filter(|&f| noinline.contains(&f) || never_inlined(&prog.funcs[f]))
        .collect();
    let tokens = funcs.iter().map(|f| (f.id, f.tokens)).collect();
    let hidden = funcs
        .iter()
        .map(|f| (f.id, (&f.hidden, &f.hoisted)))
        .collect();
    let mut costs = inline::Costs::new(prog, tokens, hidden, &hairy);
    for scc in &order {
        costs.scc(scc);
    }
    let over_budget: HashSet<FuncId> = declared
        .iter()
        .copied()
        .filter(|&f| costs.over_budget(f))
        .collect();
    let debug = std::env::var_os("MEMRUN_DEBUG_ESCAPE").is_some();
    if debug {
        for &f in &over_budget {
            eprintln!("memrun: not inlinable: {}", prog.funcs[f].name);
        }
        for &f in &declared {
            if let Some((lo, hi, t, x)) = costs.bounds(f) {
                let size = costs.size(f).unwrap_or(u32::MAX);
                let name = &prog.funcs[f].name;
                eprintln!("memrun: cost of {name}: {lo}..{hi} {t} {x}, nodes at most {size}");
            }
        }
    }
    // What gc certainly inlines into a function not big; what of it memrun copies.
    let gc_inlines: HashSet<FuncId> = declared
        .iter()
        .copied()
        .filter(|&f| costs.certainly_inlined(f))
        .collect();
    let inlinable: HashSet<FuncId> = gc_inlines
        .iter()
        .copied()
        .filter(|&f| inliner::copyable(prog, f))
        .collect();
    let small: HashSet<FuncId> = declared
        .iter()
        .copied()
        .filter(|&f| costs.surely_small(f))
        .collect();
    // The literals of declared functions memrun can copy, with an upper bound of gc's cost.
    let mut literal_costs: HashMap<FuncId, u32> = HashMap::new();
    let mut literals: Vec<FuncId> = literal_parent
        .iter()
        .filter(|(&g, (parent, _))| declared.contains(parent) && inliner::copyable_literal(prog, g))
        .map(|(&g, _)| g)
        .collect();
    literals.sort();
    for g in literals {
        literal_costs.insert(g, costs.literal_upper(g));
    }
    drop(costs);
    let mut inlined = inliner::Inlined::default();
    let mut inline_set = HashSet::new();
    for scc in &order {
        for &f in scc {
            // gc inlines at most cost 20 into a function of 5,000 nodes or more.
            if small.contains(&f) {
                inliner::inline_into(prog, f, &inline_set, &literal_costs, &mut inlined);
            }
        }
        if let [f] = scc[..] {
            let mut recursive = false;
            walk_body(&prog.funcs[f].body, &mut |e| {
                recursive |= matches!(e.kind, tir::ExprKind::Call(g, _) if g == f);
            });
            if inlinable.contains(&f) && !recursive {
                inline_set.insert(f);
            }
        }
    }
    // gc's dead-locals pass, after inlining (it skips function literals): a variable that
    // held a literal only to call it is gone with it.
    for &f in &declared {
        deadlocals::prune(&mut prog.funcs[f], &prog.types);
    }
    if debug {
        // As gc's `-m=2` says where the literal stands ("can inline main.func1").
        for &g in &inlined.literals {
            if let Some((file, pos)) = prog.funcs[g].literal_at {
                out.notes.push((file, pos, "inlined literal"));
            }
        }
    }
    let copied: HashSet<FuncId> = inline_set.union(&inlined.literals).copied().collect();
    inlined.dead = unreferenced(prog, &copied);
    // (Or their address: a function memrun's code calls as a value.)
    let mut valued = HashSet::new();
    let mut note = |e: &tir::Expr| match &e.kind {
        tir::ExprKind::Closure(t, outer) => valued.extend(inliner::declared_value(prog, *t, outer)),
        tir::ExprKind::FuncAddr(g) => {
            valued.insert(*g);
        }
        _ => {}
    };
    walk_body(&prog.init, &mut note);
    for (f, func) in prog.funcs.iter() {
        if !func.checking && !func.external && !inlined.dead.contains(&f) {
            walk_body(&func.body, &mut note);
        }
    }
    inlined.valued = valued;
    // A variable only literals gc inlined captured is no longer captured.
    let mut released: HashMap<FuncId, HashSet<LocalId>> = HashMap::new();
    for &(_, (host, l)) in &inlined.aliases {
        released.entry(host).or_default().insert(l);
    }
    for (host, mut vars) in released {
        let func = &mut prog.funcs[host];
        walk_body(&func.body, &mut |e| match &e.kind {
            tir::ExprKind::Closure(_, outer) => {
                for l in outer {
                    vars.remove(l);
                }
            }
            tir::ExprKind::AddrOf(x) => {
                if let Some(l) = root_local(x) {
                    vars.remove(&l);
                }
            }
            _ => {}
        });
        func.heap.retain(|l| !vars.contains(l));
    }
    let (order, literal_parent, owner) = call_graph(prog, &declared);
    let not_inlined: HashSet<FuncId> = hairy.union(&over_budget).copied().collect();
    let captures = capture::captures(prog, &declared, &literal_parent, &not_inlined);
    if debug {
        // As gc's `-m=2` words it, at the variable's declaration (in a declared function).
        let by_id: HashMap<FuncId, &UserFunc> = funcs.iter().map(|f| (f.id, f)).collect();
        for (&(g, l), c) in &captures.vars {
            let Some((f, &pos)) = by_id
                .get(&g)
                .and_then(|f| Some((f, f.declared_at.get(&l)?)))
            else {
                continue;
            };
            let msg = match (c.sure, c.by_value) {
                (false, _) => "capturing: memrun does not know",
                (true, true) => "capturing by value",
                (true, false) => "capturing by reference",
            };
            out.notes.push((f.file, pos, msg));
        }
    }
    let mut tags: HashMap<FuncId, Tags> = HashMap::new();
    let mut sites = Vec::new();
    for scc in order {
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
        let mut b = Builder::new(prog, batch.clone(), &literal_parent, &tags, &captures);
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
                    callee: l.leak_callee,
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
                || hairy.contains(&f)
                || over_budget.contains(&f)
        })
        .collect();
    // gc's slice pass, in those functions: the variables it moves take their appends'
    // allocation from it. A function where memrun cannot tell what it moves, or moves a
    // variable whose storage is not the function's own, keeps the older rules.
    let mut settled_in: HashMap<FuncId, HashSet<LocalId>> = HashMap::new();
    let mut commits: Vec<(FuncId, slicepass::Commit, LocalId, u32)> = Vec::new();
    let mut by_site: HashMap<*const tir::SiteData, (usize, bool)> = HashMap::new();
    let mut temp_sites: HashMap<(FuncId, build::StoreKey), usize> = HashMap::new();
    // (An append that escapes takes no store: gc's getBackingStoreInfoForAppend.)
    for (s, v, top) in &sites {
        if let SiteKind::Append {
            key: k @ build::StoreKey::Temp(_),
            ..
        } = s.what
        {
            if *v != Verdict::Heap {
                *temp_sites.entry((*top, k)).or_default() += 1;
            }
        }
    }
    // Appends in a loop's post statement: gc moves it to the top of the body where a
    // variable of the loop's own is captured or its address taken (its loopvar rewrite,
    // after inlining), so which append comes first there is not code order; memrun does not
    // follow the move. (Captured also where memrun copied a literal capturing it.)
    let mut in_post: HashSet<*const tir::SiteData> = HashSet::new();
    let site_funcs: HashSet<FuncId> = sites.iter().map(|(s, _, _)| s.func).collect();
    for &f in &site_funcs {
        let func = &prog.funcs[f];
        let mut shared: HashSet<LocalId> = inlined
            .aliases
            .iter()
            .filter(|(_, (host, _))| *host == f)
            .map(|(_, (_, l))| *l)
            .collect();
        walk_body(&func.body, &mut |e| match &e.kind {
            tir::ExprKind::Closure(_, outer) => shared.extend(outer.iter().copied()),
            tir::ExprKind::AddrOf(x) => {
                if let tir::ExprKind::Local(l) = x.kind {
                    shared.insert(l);
                }
            }
            _ => {}
        });
        walk_stmts(&func.body, &mut |st| {
            if let Stmt::Loop { post, per_iter, .. } = st {
                if per_iter.iter().any(|l| shared.contains(l)) {
                    walk_body(post, &mut |e| {
                        if let tir::ExprKind::Append(_, _, site) = &e.kind {
                            in_post.insert(site.id());
                        }
                    });
                }
            }
        });
    }
    let live: HashMap<*const tir::SiteData, bool> = sites
        .iter()
        .map(|(s, _, _)| (s.site.id(), s.live))
        .collect();
    let mut framed_sorted: Vec<FuncId> = framed.iter().copied().collect();
    framed_sorted.sort();
    for &f in &framed_sorted {
        let Ok(cs) = slicepass::run(prog, f, &tags, &framed, &gc_inlines, small.contains(&f))
        else {
            if debug {
                eprintln!("memrun: slice pass unsure in {}", prog.funcs[f].name);
            }
            continue;
        };
        // Locals a site of unknown allocation (or one memrun does not reproduce) assigns.
        let unsure: HashSet<LocalId> = sites
            .iter()
            .filter(|(s, v, top)| {
                // gc reuses its temporaries of one type across statements in an order memrun
                // does not follow: with two appends to such temporaries of one type, which
                // store each takes is not known (it matters not to one never empty, which
                // claims the store but never uses it).
                let temp = match s.what {
                    SiteKind::Append {
                        key: k @ build::StoreKey::Temp(_),
                        nonempty,
                        ..
                    } => {
                        *v != Verdict::Heap
                            && !nonempty
                            && temp_sites.get(&(f, k)).is_some_and(|&n| n > 1)
                    }
                    _ => false,
                };
                let post = in_post.contains(&s.site.id());
                *top == f && (*v == Verdict::Unknown || s.func != f || temp || post)
            })
            .filter_map(|(s, _, _)| s.dst)
            .collect();
        let settled = settled(prog, f, &unsure, &captures);
        if cs.iter().any(|c| !settled.contains(&c.var)) {
            if debug {
                eprintln!(
                    "memrun: slice pass moves an unsettled local in {}",
                    prog.funcs[f].name
                );
            }
            continue;
        }
        for c in cs {
            let elem = prog.types.slice_elem(prog.funcs[f].locals[c.var]);
            let size = elem.map_or(0, |e| prog.types.layout(e).size);
            if size == 0 {
                // No store for zero-size elements: nothing moves.
                continue;
            }
            let area = prog.funcs[f].locals.push(TypeTable::UINTPTR);
            let k = (STORE_BYTES / size) as u32;
            // The store goes to the first append gc compiles (not one after a jump).
            let first = c
                .appends
                .iter()
                .position(|a| live.get(&a.id()) != Some(&false));
            for (j, s) in c.appends.iter().enumerate() {
                by_site.insert(s.id(), (commits.len(), Some(j) == first));
            }
            commits.push((f, c, area, k));
        }
        settled_in.insert(f, settled);
    }
    // gc gives its store to the first append to a variable (in code order) that qualifies.
    let mut store_taken: HashSet<(FuncId, build::StoreKey)> = HashSet::new();
    // The sites gc certainly allocates on the heap, as memrun does (or exactly, constants).
    let mut heap_sites: HashSet<*const tir::SiteData> = HashSet::new();
    let mut append_ok: HashMap<(usize, u32), bool> = HashMap::new();
    let mut heap_grown: HashMap<(usize, u32), bool> = HashMap::new();
    for (s, v, top) in &sites {
        let d = s.site.data();
        let word = match &s.what {
            SiteKind::Conv { .. } => "conversion",
            SiteKind::Append { .. } => "append",
        };
        let literal = s.func != *top;
        // memrun allocates as gc does where its slice is one memrun follows exactly.
        let exact = *v != Verdict::Unknown
            && !literal
            && settled_in
                .get(top)
                .is_some_and(|set| s.dst.is_some_and(|l| set.contains(&l)));
        let moved = by_site.get(&s.site.id()).map(|&(c, first)| {
            let (_, c, area, k) = &commits[c];
            // An append gc makes in place takes no store or buffer.
            let inplace = matches!(s.what, SiteKind::Append { inplace: true, .. });
            if inplace {
                Alloc::Heap
            } else if c.cap_used {
                Alloc::Buf { k: *k, area: *area }
            } else if first {
                Alloc::Store { k: *k, flag: *area }
            } else {
                Alloc::Heap
            }
        });
        let alloc = match (&s.what, v) {
            _ if moved.is_some() => moved,
            (SiteKind::Conv { konst: true, .. }, _) => Some(Alloc::Exact),
            (_, Verdict::Heap | Verdict::Unknown) => Some(Alloc::Heap),
            // Never written: gc makes the slice point at the string's own bytes.
            (SiteKind::Conv { bytes: true, .. }, Verdict::Stack) if !s.mutated && exact => {
                Some(Alloc::Exact)
            }
            (SiteKind::Conv { .. }, Verdict::Stack) if exact => Some(Alloc::Buffer),
            (SiteKind::Conv { .. }, Verdict::Stack) => Some(Alloc::Heap),
            (
                SiteKind::Append {
                    key, inplace, elem, ..
                },
                Verdict::Stack,
            ) => {
                let size = prog.types.layout(*elem).size;
                // No store for what is not compiled, what grows in place, elements too big
                // or of no size; the first append to a variable takes its store.
                let eligible = size != 0 && size <= STORE_BYTES && !*inplace && s.live;
                let first =
                    eligible && (*key == build::StoreKey::Own || store_taken.insert((*top, *key)));
                if !first || !exact {
                    Some(Alloc::Heap)
                } else {
                    let flag = prog.funcs[*top].locals.push(TypeTable::UINTPTR);
                    Some(Alloc::Store {
                        k: (STORE_BYTES / size) as u32,
                        flag,
                    })
                }
            }
        };
        if let Some(a) = alloc {
            s.site.set_alloc(a);
        }
        let plain = moved.is_none()
            && match alloc {
                Some(Alloc::Heap) => *v == Verdict::Heap,
                Some(Alloc::Exact) => matches!(s.what, SiteKind::Conv { konst: true, .. }),
                _ => false,
            };
        if plain {
            heap_sites.insert(s.site.id());
        }
        if let SiteKind::Append { .. } = s.what {
            let ok = plain && !literal && settled_in.contains_key(top);
            *append_ok.entry((d.file, d.pos)).or_insert(true) &= ok;
            // A captured variable's, only where memrun is sure how gc captures it (no
            // literal of it inlined, where gc's slice pass could then follow it).
            let sure = s
                .dst
                .and_then(|l| captures.of(s.func, l))
                .map_or(!literal, |c| c.sure);
            *heap_grown.entry((d.file, d.pos)).or_insert(true) &= plain && sure;
        }
        let msg = match (word, v) {
            ("append", Verdict::Heap) => "append escapes to heap",
            ("append", Verdict::Stack) => "append does not escape",
            ("append", Verdict::Unknown) => "append: memrun does not know",
            (_, Verdict::Heap) => "conversion escapes to heap",
            (_, Verdict::Stack) => "conversion does not escape",
            (_, Verdict::Unknown) => "conversion: memrun does not know",
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
    out.inexact_holders = holders::inexact_holders(prog, &heap_sites, &settled_in, &inlined.dead);
    out.settled = settled_in;
    out.framed = framed;
    out.heap_grown = true_everywhere(heap_grown);
    out.exact_appends = true_everywhere(append_ok);
    out.inlined = inlined;
    out
}

/// The sites (checker file index, offset) true of every copy.
fn true_everywhere(m: HashMap<(usize, u32), bool>) -> HashSet<(usize, u32)> {
    m.into_iter()
        .filter(|&(_, ok)| ok)
        .map(|(k, _)| k)
        .collect()
}

/// The slice locals of `f` whose storage is `f`'s own: appends, fresh values, conversions,
/// reslices of such locals — never a parameter's, a call's, memory's or an outer function's
/// (the older rules judge those), nor a local whose address is taken, nor one a literal
/// assigns or that memrun cannot tell how gc captures (one literals only read has all its
/// assignments here).
fn settled(
    prog: &Program,
    f: FuncId,
    unsure: &HashSet<LocalId>,
    captures: &capture::Captures,
) -> HashSet<LocalId> {
    let func = &prog.funcs[f];
    let types = &prog.types;
    let mut cand: HashSet<LocalId> = func
        .locals
        .iter()
        .filter(|&(l, &t)| {
            types.slice_elem(t).is_some()
                && !func.params.contains(&l)
                && !func.captures.contains(&l)
                && (!func.heap.contains(&l)
                    || captures
                        .of(f, l)
                        .is_some_and(|c| c.sure && !c.written_elsewhere))
                && !unsure.contains(&l)
        })
        .map(|(l, _)| l)
        .collect();
    let mut assigns: Vec<(LocalId, Option<&tir::Expr>)> = Vec::new();
    walk_stmts(&func.body, &mut |s| match s {
        Stmt::Assign(ps, vs) => {
            for (i, p) in ps.iter().enumerate() {
                if let tir::Place::Local(l) = p {
                    assigns.push((*l, vs.get(i)));
                }
            }
        }
        Stmt::AssignTuple(ps, _) => {
            for p in ps {
                if let tir::Place::Local(l) = p {
                    assigns.push((*l, None));
                }
            }
        }
        _ => {}
    });
    loop {
        let before = cand.len();
        for (l, v) in &assigns {
            if cand.contains(l) && !v.is_some_and(|v| own_storage(v, &cand)) {
                cand.remove(l);
            }
        }
        if cand.len() == before {
            return cand;
        }
    }
}

/// A value whose storage is the function's own: fresh, converted, appended, or one of the
/// locals `own`.
/// A site (an append, a conversion) may only be the value itself, so that its allocation is
/// the assignment's.
fn own_storage(e: &tir::Expr, own: &HashSet<LocalId>) -> bool {
    use tir::ExprKind as K;
    match &e.kind {
        K::StringToBytes(..) | K::StringToRunes(..) => true,
        K::Append(x, ..) | K::AppendSlice(x, _) => own_base(x, own),
        _ => own_base(e, own),
    }
}

/// Storage that is fresh or a local's of `own`, through reslices, with no site in it.
fn own_base(e: &tir::Expr, own: &HashSet<LocalId>) -> bool {
    use tir::ExprKind as K;
    match &e.kind {
        K::Zero | K::Const(_) | K::Composite(_) | K::MakeSlice(..) => true,
        // A constant's conversion has its exact length for capacity, wherever it is.
        K::StringToBytes(x, ..) | K::StringToRunes(x, _) => matches!(x.kind, K::Const(_)),
        K::Local(l) => own.contains(l),
        K::SliceSlice(x, ..) | K::MoveToHeap(x, _) | K::Retype(x) => own_base(x, own),
        K::ArraySlice(p, ..) => matches!(&p.kind, K::AddrOf(a) if matches!(a.kind, K::Local(_))),
        _ => false,
    }
}

/// The call graph of `declared` (their literals' calls counted as theirs): its strongly
/// connected components (callees first), each literal's enclosing function and captured
/// outer locals, and each literal's declared function.
#[allow(clippy::type_complexity)]
fn call_graph(
    prog: &Program,
    declared: &[FuncId],
) -> (
    Vec<Vec<FuncId>>,
    HashMap<FuncId, (FuncId, Vec<LocalId>)>,
    HashMap<FuncId, FuncId>,
) {
    let is_declared: HashSet<FuncId> = declared.iter().copied().collect();
    // Function literals, with their enclosing function and captured outer locals.
    let mut literal_parent: HashMap<FuncId, (FuncId, Vec<LocalId>)> = HashMap::new();
    let mut owner: HashMap<FuncId, FuncId> = HashMap::new();
    let mut calls: HashMap<FuncId, Vec<FuncId>> = HashMap::new();
    for &f in declared {
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
    let order = sccs(declared, &calls);
    (order, literal_parent, owner)
}

/// Those of `fs` nothing refers to any more (no call, function value, method value or
/// method table; not `main` or an `init`).
fn unreferenced(prog: &Program, fs: &HashSet<FuncId>) -> HashSet<FuncId> {
    let mut live: HashSet<FuncId> = HashSet::new();
    live.extend(prog.main);
    live.extend(prog.init_funcs.iter().copied());
    live.extend(prog.entry);
    for table in prog.method_tables.values() {
        live.extend(table.iter().map(|m| m.wrapper));
    }
    let mut forwarded = Vec::new();
    // A reference from `f` (None: package initialisation) to another function.
    let mut note = |from: Option<FuncId>, e: &tir::Expr| {
        if let tir::ExprKind::Call(g, _)
        | tir::ExprKind::FuncAddr(g)
        | tir::ExprKind::Closure(g, _)
        | tir::ExprKind::BindMethod(g, _) = &e.kind
        {
            if from != Some(*g) {
                live.insert(*g);
            }
        }
    };
    walk_body(&prog.init, &mut |e| note(None, e));
    for (f, func) in prog.funcs.iter() {
        if func.checking || func.external {
            continue;
        }
        walk_body(&func.body, &mut |e| note(Some(f), e));
        if let Some((e, _)) = &func.forward_defer_iface {
            walk_expr(e, &mut |e| note(Some(f), e));
        }
        if let Some(g) = func.forward_defer {
            forwarded.push(g);
        }
    }
    live.extend(forwarded);
    fs.iter().copied().filter(|f| !live.contains(f)).collect()
}

/// Calls `f` on `e` and every expression in it.
pub(crate) fn walk_expr(e: &tir::Expr, f: &mut dyn FnMut(&tir::Expr)) {
    crate::compile::deep(|| {
        f(e);
        e.kind.for_each_operand(&mut |x| walk_expr(x, f));
    })
}

/// Whether function `f` is a function literal of the program (`main.f.func1`), not a closure
/// memrun makes: a deferred call's wrapper (`main.f.deferwrap1`), a function or method
/// value's thunk.
fn program_literal(prog: &Program, f: FuncId) -> bool {
    let name = &prog.funcs[f].name;
    name.rsplit('.').next().is_some_and(|last| {
        last.len() > 4 && last.starts_with("func") && last[4..].bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether gc never inlines `func` whatever its cost: it defers (also from a range-over-function
/// body), recovers or starts goroutines.
fn never_inlined(func: &tir::Func) -> bool {
    let mut found = func.defer_cell.is_some()
        || any_stmt(&func.body, &|s| {
            matches!(s, Stmt::Defer(_) | Stmt::DeferTo(..) | Stmt::Go(_))
        });
    walk_body(&func.body, &mut |e| {
        found |= matches!(e.kind, tir::ExprKind::Recover);
    });
    found
}

/// Whether any statement of a body (nested ones included) satisfies `p`.
fn any_stmt(ss: &[Stmt], p: &dyn Fn(&Stmt) -> bool) -> bool {
    let mut found = false;
    walk_stmts(ss, &mut |s| found |= p(s));
    found
}

/// The local an addressable expression is part of (through fields and array elements).
fn root_local(x: &tir::Expr) -> Option<LocalId> {
    match &x.kind {
        tir::ExprKind::Local(l) => Some(*l),
        tir::ExprKind::Field(y, _) | tir::ExprKind::ArrayIndex(y, _) => root_local(y),
        _ => None,
    }
}

/// Calls `f` on every expression of a body (not inside function literals' bodies).
pub(crate) fn walk_body(ss: &[Stmt], f: &mut dyn FnMut(&tir::Expr)) {
    walk_stmts(ss, &mut |s| s.for_each_expr(&mut |e| walk_expr(e, f)));
}

/// Calls `f` on every statement, nested ones included.
pub(crate) fn walk_stmts<'a>(ss: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in ss {
        f(s);
        s.for_each_block(&mut |b| crate::compile::deep(|| walk_stmts(b, f)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_facts_come_from_gc() {
        let join = library_fact("strings.Join").expect("strings.Join is in the table");
        assert_eq!(join.inline, Some(false));
        let elems = join.params[0].as_ref().expect("gc tags elems");
        assert_eq!(elems.results, vec![Some(1)]);
        assert_eq!(elems.heap, None);
        // sort.Ints keeps nothing but writes through its slice.
        let ints = library_fact("sort.Ints").expect("sort.Ints is in the table");
        let x = ints.params[0].as_ref().expect("tagged");
        assert_eq!((x.heap, x.mutator), (None, Some(0)));
        // An instance has its generic's facts: not known.
        let sort = library_fact("slices.Sort[[]int,int]").expect("slices.Sort is listed");
        assert_eq!(sort.inline, None);
        assert!(library_fact("nosuch.Func").is_none());
    }

    #[test]
    fn parameter_words() {
        assert!(param_tag("-").is_some_and(|t| !t.any()));
        assert!(param_tag("m0+c0").is_some_and(|t| t.mutator == Some(0) && t.callee == Some(0)));
        let t = param_tag("h1+r0:0").expect("a tag");
        assert_eq!((t.heap, t.results), (Some(1), vec![Some(0)]));
        // Methods are found under gc's names.
        assert_eq!(
            gc_method_name("strings.(*strings.Builder).WriteByte").as_deref(),
            Some("strings.(*Builder).WriteByte")
        );
        assert_eq!(
            gc_method_name("encoding/base64.base64.CorruptInputError.Error").as_deref(),
            Some("encoding/base64.CorruptInputError.Error")
        );
        assert_eq!(gc_method_name("strings.Join"), None);
        let write = library_fact("strings.(*strings.Builder).WriteByte").expect("in the table");
        assert_eq!(write.cost, Some(30));
        assert!(param_tag("?").is_none());
    }
}
