//! The order of package-level variable initialisation, as the spec gives it: step by step,
//! the variable earliest in declaration order with no dependency on an uninitialised one,
//! where a variable depends on what its initializer references — variables, and through the
//! bodies of the functions and methods it references (transitively), theirs. Variables are
//! resolved on demand while the checker goes, so the statements come in the order they were
//! met; they are put in the spec's order once every body is checked. A dependency cycle that
//! goes through a function is gc's "initialization cycle" (a direct one, `var x = x`, is
//! reported where the variable is resolved). As in gc, a method of a generic type's instance
//! is no dependency (gc does not record references to them).

use super::*;
use std::collections::VecDeque;

/// What an initializer or a function body references.
#[derive(Default)]
struct Refs {
    globals: Vec<GlobalId>,
    funcs: Vec<FuncId>,
}

impl Refs {
    /// What function `f`'s body references (methods of generic types left out, as gc).
    fn of_body(prog: &tir::Program, generic_methods: &HashSet<FuncId>, f: FuncId) -> Refs {
        let mut r = Refs::default();
        r.stmts(&prog.funcs[f].body);
        r.funcs.retain(|f| !generic_methods.contains(f));
        r
    }

    fn stmts(&mut self, stmts: &[tir::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &tir::Stmt) {
        crate::compile::deep(|| self.stmt_here(s))
    }

    fn stmt_here(&mut self, s: &tir::Stmt) {
        use tir::Stmt as S;
        match s {
            S::Eval(e) | S::Defer(e) | S::Go(e) | S::DeferTo(_, e) => self.expr(e),
            S::Assign(ps, vs) => {
                ps.iter().for_each(|p| self.place(p));
                vs.iter().for_each(|v| self.expr(v));
            }
            S::AssignTuple(ps, e) => {
                ps.iter().for_each(|p| self.place(p));
                self.expr(e);
            }
            S::If(c, a, b) => {
                self.expr(c);
                self.stmts(a);
                self.stmts(b);
            }
            S::Loop {
                cond, body, post, ..
            } => {
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.stmts(body);
                self.stmts(post);
            }
            S::Switch { clauses, .. } => {
                for c in clauses {
                    c.conds.iter().for_each(|e| self.expr(e));
                    self.stmts(&c.body);
                }
            }
            S::Labeled(b, _) | S::Block(b) => self.stmts(b),
            S::Return(vs) => vs.iter().for_each(|v| self.expr(v)),
            S::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            S::Break(_) | S::Continue(_) | S::Label(_) | S::Goto(_) | S::Decl(_) => {}
        }
    }

    fn place(&mut self, p: &tir::Place) {
        match p {
            tir::Place::Global(g) => self.globals.push(*g),
            tir::Place::SliceElem(a, b) | tir::Place::MapElem(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            tir::Place::Deref(e) => self.expr(e),
            tir::Place::Local(_) | tir::Place::Blank => {}
        }
    }

    fn expr(&mut self, e: &tir::Expr) {
        crate::compile::deep(|| self.expr_here(e))
    }

    fn expr_here(&mut self, e: &tir::Expr) {
        use tir::ExprKind as K;
        match &e.kind {
            K::Global(g) => self.globals.push(*g),
            K::FuncAddr(f) | K::Closure(f, _) => self.funcs.push(*f),
            K::Call(f, _) | K::BindMethod(f, _) => self.funcs.push(*f),
            _ => {}
        }
        e.kind.for_each_operand(&mut |x| self.expr(x));
    }
}

/// A node of the dependency graph: a variable (its initializer) or a function (its body).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    Var(GlobalId),
    Func(FuncId),
}

impl Checker<'_> {
    /// Puts the program's variable initialisation (`prog.init`) in the spec's order, and
    /// reports cycles through functions.
    pub(super) fn order_initialisation(&mut self) {
        let init = std::mem::take(&mut self.prog.init);
        let pkgs = std::mem::take(&mut self.prog.init_pkgs);
        // Each statement: the variables it initialises, what it references, and where its
        // first variable is declared (the declaration order).
        let mut defines: HashMap<GlobalId, usize> = HashMap::new();
        let mut stmt_refs: Vec<Refs> = Vec::new();
        let mut order: Vec<usize> = Vec::new();
        let decl_index: HashMap<GlobalId, usize> = self
            .globals
            .iter()
            .enumerate()
            .filter_map(|(i, g)| Some((g.id?, i)))
            .collect();
        for (k, s) in init.iter().enumerate() {
            let (places, rhs): (&[tir::Place], Vec<&tir::Expr>) = match s {
                tir::Stmt::Assign(ps, vs) => (ps, vs.iter().collect()),
                tir::Stmt::AssignTuple(ps, e) => (ps, vec![e]),
                _ => (&[], Vec::new()),
            };
            let mut first = usize::MAX;
            for p in places {
                if let tir::Place::Global(g) = p {
                    defines.insert(*g, k);
                    first = first.min(decl_index.get(g).copied().unwrap_or(usize::MAX));
                }
            }
            let mut r = Refs::default();
            rhs.into_iter().for_each(|e| r.expr(e));
            r.funcs.retain(|f| !self.generic_methods.contains(f));
            stmt_refs.push(r);
            order.push(first);
        }
        // The variables each statement depends on, through the functions it references.
        let mut func_refs: HashMap<FuncId, Refs> = HashMap::new();
        let mut deps: Vec<HashSet<usize>> = Vec::new();
        for r in &stmt_refs {
            let mut seen: HashSet<FuncId> = HashSet::new();
            let mut todo: Vec<FuncId> = r.funcs.clone();
            let mut vars: Vec<GlobalId> = r.globals.clone();
            while let Some(f) = todo.pop() {
                if !seen.insert(f) {
                    continue;
                }
                let fr = func_refs
                    .entry(f)
                    .or_insert_with(|| Refs::of_body(&self.prog, &self.generic_methods, f));
                vars.extend(fr.globals.iter().copied());
                todo.extend(fr.funcs.iter().copied());
            }
            deps.push(
                vars.iter()
                    .filter_map(|g| defines.get(g).copied())
                    .collect(),
            );
        }
        // Step by step, the earliest declared statement whose dependencies are done.
        // (A queue of the ready ones by declaration order, each statement counting the
        // dependencies it still waits for: linear in the graph, however they are declared.)
        let n = init.len();
        let mut waiting: Vec<usize> = (0..n)
            .map(|k| deps[k].iter().filter(|&&d| d != k).count())
            .collect();
        let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (k, ds) in deps.iter().enumerate() {
            for &d in ds.iter().filter(|&&d| d != k) {
                dependents[d].push(k);
            }
        }
        let mut ready: std::collections::BinaryHeap<std::cmp::Reverse<(usize, usize)>> = (0..n)
            .filter(|&k| waiting[k] == 0)
            .map(|k| std::cmp::Reverse((order[k], k)))
            .collect();
        let mut done = vec![false; n];
        let mut sequence = Vec::with_capacity(n);
        while sequence.len() < n {
            let k = match ready.pop() {
                Some(std::cmp::Reverse((_, k))) => k,
                None => {
                    // A cycle: reported, then its earliest declared statement goes first.
                    let mut stuck: Vec<usize> = (0..n).filter(|&k| !done[k]).collect();
                    stuck.sort_by_key(|&k| (order[k], k));
                    self.report_init_cycle(&stuck, &init, &stmt_refs, &mut func_refs);
                    stuck[0]
                }
            };
            if done[k] {
                continue;
            }
            done[k] = true;
            sequence.push(k);
            for &m in &dependents[k] {
                waiting[m] = waiting[m].saturating_sub(1);
                if waiting[m] == 0 && !done[m] {
                    ready.push(std::cmp::Reverse((order[m], m)));
                }
            }
        }
        // A statement that depends on itself through a function is a cycle too.
        let self_dependent: Vec<usize> = (0..n).filter(|&k| deps[k].contains(&k)).collect();
        for k in self_dependent {
            self.report_init_cycle(&[k], &init, &stmt_refs, &mut func_refs);
        }
        let mut slots: Vec<Option<(tir::Stmt, String)>> =
            init.into_iter().zip(pkgs).map(Some).collect();
        for k in sequence {
            if let Some((s, p)) = slots[k].take() {
                self.prog.init.push(s);
                self.prog.init_pkgs.push(p);
            }
        }
    }

    /// gc's "initialization cycle for x" with the references that lead back to x, for the
    /// first of `stmts` (in declaration order) that is on a cycle.
    fn report_init_cycle(
        &mut self,
        stmts: &[usize],
        init: &[tir::Stmt],
        stmt_refs: &[Refs],
        func_refs: &mut HashMap<FuncId, Refs>,
    ) {
        // Every variable a statement initialises (a tuple assignment has several).
        let stmt_of: HashMap<GlobalId, usize> = init
            .iter()
            .enumerate()
            .flat_map(|(k, s)| {
                let places: &[tir::Place] = match s {
                    tir::Stmt::Assign(ps, _) | tir::Stmt::AssignTuple(ps, _) => ps,
                    _ => &[],
                };
                places.iter().filter_map(move |p| match p {
                    tir::Place::Global(g) => Some((*g, k)),
                    _ => None,
                })
            })
            .collect();
        // Each variable of each statement, in order.
        let starts: Vec<GlobalId> = stmts
            .iter()
            .flat_map(|&k| {
                let mut vs: Vec<GlobalId> = stmt_of
                    .iter()
                    .filter(|(_, &s)| s == k)
                    .map(|(&g, _)| g)
                    .collect();
                vs.sort();
                vs
            })
            .collect();
        for start in starts {
            // Breadth first from the variable's references back to it.
            let mut prev: HashMap<Node, Node> = HashMap::new();
            let mut queue: VecDeque<Node> = VecDeque::new();
            let generic_methods = &self.generic_methods;
            let edges = |n: Node, fr: &mut HashMap<FuncId, Refs>, prog: &tir::Program| {
                let r: Vec<Node> = match n {
                    Node::Var(g) => match stmt_of.get(&g) {
                        Some(&s) => stmt_refs[s]
                            .globals
                            .iter()
                            .map(|&g| Node::Var(g))
                            .chain(stmt_refs[s].funcs.iter().map(|&f| Node::Func(f)))
                            .collect(),
                        None => Vec::new(),
                    },
                    Node::Func(f) => {
                        let r = fr
                            .entry(f)
                            .or_insert_with(|| Refs::of_body(prog, generic_methods, f));
                        r.globals
                            .iter()
                            .map(|&g| Node::Var(g))
                            .chain(r.funcs.iter().map(|&f| Node::Func(f)))
                            .collect()
                    }
                };
                r
            };
            let origin = Node::Var(start);
            queue.push_back(origin);
            let mut found = false;
            'search: while let Some(n) = queue.pop_front() {
                for m in edges(n, func_refs, &self.prog) {
                    if m == origin {
                        prev.insert(m, n);
                        found = true;
                        break 'search;
                    }
                    if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(m) {
                        e.insert(n);
                        queue.push_back(m);
                    }
                }
            }
            if !found {
                continue;
            }
            // The path origin → … → origin, in order.
            let mut path = vec![origin];
            let mut cur = prev[&origin];
            while cur != origin {
                path.push(cur);
                cur = prev[&cur];
            }
            path.push(origin);
            path.reverse();
            // A direct self-reference is reported where the variable is resolved.
            if path.len() == 2 {
                return;
            }
            // Function literals and thunks are their enclosing function's.
            let named: Vec<(String, Pos, usize)> = path
                .iter()
                .filter_map(|&n| self.init_node_name(n))
                .collect();
            let Some((name, pos, file)) = named.first().cloned() else {
                return;
            };
            let mut notes = String::new();
            for w in named.windows(2) {
                let ((from, at, _), (to, _, _)) = (&w[0], &w[1]);
                notes.push_str(&related(*at, &format!("{from} refers to {to}")));
            }
            self.report_in(file, pos, TypeError::InitCycle { name, notes });
            return;
        }
    }

    /// A variable's or function's name as gc's cycle notes print it, where it is declared.
    fn init_node_name(&self, n: Node) -> Option<(String, Pos, usize)> {
        match n {
            Node::Var(g) => {
                let pg = self.globals.iter().find(|p| p.id == Some(g))?;
                let (name, pos) = pg.spec.names.get(pg.index)?.clone();
                Some((name, pos, pg.file))
            }
            Node::Func(f) => {
                if let Some((file, _, decl)) = self.func_decls.iter().find(|d| d.1 == f) {
                    return Some((decl.name.0.clone(), decl.name.1, *file));
                }
                // An instance of a generic function: the function.
                let (file, decl) = self.generic_of_instance(f)?;
                Some((decl.name.0.clone(), decl.name.1, file))
            }
        }
    }
}
