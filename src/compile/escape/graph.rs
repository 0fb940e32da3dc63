//! The data-flow graph of gc's escape analysis and its solver.
//!
//! A location is a variable or an allocation; an edge says a value flows from one location to
//! another, dereferenced `derefs` times on the way (-1: its address flows). A location whose
//! address reaches the heap, or a location that outlives it, escapes. This is the model gc's
//! `cmd/compile/internal/escape` uses, written afresh for memrun's checked program.

use std::collections::VecDeque;

/// A location of the graph.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub(super) struct LocId(pub u32);

/// Where a value goes: a location, dereferenced `derefs` times first (-1: the value's address).
#[derive(Clone, Copy, Debug)]
pub(super) struct Hole {
    pub dst: LocId,
    pub derefs: i32,
}

impl Hole {
    /// The value's address goes there (`&x`).
    pub fn addr(self) -> Hole {
        Hole {
            derefs: self.derefs - 1,
            ..self
        }
    }

    /// What the value points to goes there (`*p`).
    pub fn deref(self) -> Hole {
        Hole {
            derefs: self.derefs + 1,
            ..self
        }
    }

    /// `n` dereferences more.
    pub fn shift(self, n: i32) -> Hole {
        Hole {
            derefs: self.derefs + n,
            ..self
        }
    }
}

/// The attributes the solver gives a location.
pub(super) mod attr {
    /// Its address reaches the heap.
    pub const ESCAPES: u8 = 1;
    /// Its address reaches a location memrun does not model as gc does: gc's answer is unknown
    /// (unless it also escapes through a path memrun knows).
    pub const UNKNOWN: u8 = 2;
    /// What it points to may be written (gc's attrMutates).
    pub const MUTATES: u8 = 4;
    /// It may be called (gc's attrCalls): a function value whose results are used.
    pub const CALLS: u8 = 8;
}

/// One location.
#[derive(Clone, Debug, Default)]
pub(super) struct Loc {
    /// Loop depth of its declaration (allocations: of the expression).
    pub loop_depth: u32,
    /// The function (of the batch) it belongs to, as an index into the batch's function list.
    pub func: usize,
    /// A parameter of its function.
    pub param: Option<usize>,
    /// A result of its function.
    pub result: Option<usize>,
    /// Flows into it: source, derefs.
    pub edges: Vec<(LocId, i32)>,
    /// Solver output.
    pub attrs: u8,
    /// A parameter's leaks: the fewest derefs with which it reaches the heap, each result, the
    /// unknown location, a mutator (None: never).
    pub leak_heap: Option<i32>,
    pub leak_results: Vec<Option<i32>>,
    pub leak_unknown: Option<i32>,
    pub leak_mutator: Option<i32>,
    pub leak_callee: Option<i32>,
}

/// The graph of one batch (a function with its function literals, or a set of mutually
/// recursive functions).
pub(super) struct Graph {
    pub locs: Vec<Loc>,
    /// Whether function `i` of the batch contains function `j` (a literal inside it, at any
    /// depth): `contains[i][j]`.
    pub contains: Vec<Vec<bool>>,
}

/// The heap: what reaches it escapes.
pub(super) const HEAP: LocId = LocId(0);
/// Values nobody keeps (non-pointer values, discarded results).
pub(super) const BLANK: LocId = LocId(1);
/// Writes through pointers (gc's mutatorLoc): what flows here with derefs 0 is mutated.
pub(super) const MUTATOR: LocId = LocId(2);
/// Where memrun's model ends: what reaches it, gc may treat in ways memrun does not follow.
pub(super) const UNKNOWN: LocId = LocId(3);
/// Function values called with their results used (gc's calleeLoc).
pub(super) const CALLEE: LocId = LocId(4);

impl Graph {
    /// A graph for a batch of `nfuncs` functions, with the fixed locations.
    pub fn new(nfuncs: usize) -> Graph {
        let mut g = Graph {
            locs: Vec::new(),
            contains: vec![vec![false; nfuncs]; nfuncs],
        };
        for a in [
            attr::ESCAPES | attr::MUTATES | attr::CALLS,
            0,
            attr::MUTATES,
            attr::UNKNOWN | attr::MUTATES | attr::CALLS,
            attr::CALLS,
        ] {
            g.locs.push(Loc {
                attrs: a,
                ..Loc::default()
            });
        }
        g
    }

    /// A new location.
    pub fn add(&mut self, func: usize, loop_depth: u32) -> LocId {
        self.locs.push(Loc {
            func,
            loop_depth,
            ..Loc::default()
        });
        LocId(self.locs.len() as u32 - 1)
    }

    /// Location `l`, to amend.
    pub fn loc(&mut self, l: LocId) -> &mut Loc {
        &mut self.locs[l.0 as usize]
    }

    /// A value of location `src` flows into hole `k`.
    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.dst == BLANK {
            return;
        }
        if k.dst == src && k.derefs >= 0 {
            return;
        }
        if k.dst == HEAP && k.derefs < 0 {
            self.loc(src).attrs |= attr::ESCAPES | attr::MUTATES;
            return;
        }
        self.loc(k.dst).edges.push((src, k.derefs));
    }

    /// Whether location `l` outlives location `other` (gc's `outlives`).
    fn outlives(&self, l: LocId, other: LocId) -> bool {
        let a = &self.locs[l.0 as usize];
        let b = &self.locs[other.0 as usize];
        if a.attrs & (attr::ESCAPES | attr::UNKNOWN) != 0 {
            return true;
        }
        if l == MUTATOR || l == BLANK || l == CALLEE {
            return false;
        }
        if a.result.is_some() {
            // Results outlive everything, except the locals of a literal called directly in
            // their own function (whose results memrun never loses track of).
            return !(self.contains[a.func][b.func] && a.func != b.func);
        }
        if a.func == b.func && a.loop_depth < b.loop_depth {
            return true;
        }
        a.func != b.func && self.contains[a.func][b.func]
    }

    /// Solves the graph: every location's attributes, every parameter's leaks.
    pub fn solve(&mut self) {
        let n = self.locs.len();
        let mut todo: VecDeque<LocId> = (0..n as u32).map(LocId).collect();
        let mut queued = vec![true; n];
        let mut derefs = vec![0i32; n];
        let mut seen = vec![u32::MAX; n];
        let mut gen = 0u32;
        while let Some(root) = todo.pop_front() {
            queued[root.0 as usize] = false;
            gen += 1;
            let root_attrs = self.locs[root.0 as usize].attrs;
            seen[root.0 as usize] = gen;
            derefs[root.0 as usize] = 0;
            let mut walk = VecDeque::from([root]);
            let mut in_walk = vec![false; n];
            in_walk[root.0 as usize] = true;
            while let Some(l) = walk.pop_front() {
                let li = l.0 as usize;
                in_walk[li] = false;
                let mut d = derefs[li];
                let mut new = 0u8;
                if d < 0 {
                    d = 0;
                    if self.outlives(root, l) {
                        new |= attr::MUTATES;
                        if root_attrs & attr::ESCAPES != 0 {
                            new |= attr::ESCAPES;
                        } else if root_attrs & attr::UNKNOWN != 0 || root == UNKNOWN {
                            new |= attr::UNKNOWN;
                        } else {
                            // A result or an outer variable outliving it: to the heap.
                            new |= attr::ESCAPES;
                        }
                    }
                }
                if d == 0 {
                    new |= root_attrs & (attr::MUTATES | attr::CALLS);
                }
                if self.locs[li].param.is_some() {
                    let out = self.outlives(root, l);
                    let ra = &self.locs[root.0 as usize];
                    let escaping = ra.attrs & attr::ESCAPES != 0;
                    let unknown = ra.attrs & attr::UNKNOWN != 0;
                    let to_result = ra.result.filter(|_| ra.func == self.locs[li].func);
                    let mutates = ra.attrs & attr::MUTATES != 0;
                    let calls = ra.attrs & attr::CALLS != 0;
                    let lp = &mut self.locs[li];
                    let min = |o: &mut Option<i32>| *o = Some(o.map_or(d, |x| x.min(d)));
                    if out {
                        match to_result {
                            // gc's tags hold 5 results; a later one counts as the heap.
                            Some(r) if !escaping && !unknown && r < 5 => {
                                if lp.leak_results.len() <= r {
                                    lp.leak_results.resize(r + 1, None);
                                }
                                min(&mut lp.leak_results[r]);
                            }
                            _ if unknown && !escaping => min(&mut lp.leak_unknown),
                            _ => min(&mut lp.leak_heap),
                        }
                    }
                    if mutates {
                        min(&mut lp.leak_mutator);
                    }
                    if calls {
                        min(&mut lp.leak_callee);
                    }
                }
                if new & !self.locs[li].attrs != 0 {
                    self.locs[li].attrs |= new;
                    if !queued[li] {
                        queued[li] = true;
                        if self.locs[li].attrs & attr::ESCAPES != 0 {
                            todo.push_front(l);
                        } else {
                            todo.push_back(l);
                        }
                    }
                    if self.locs[li].attrs & attr::ESCAPES != 0 && l != root {
                        continue;
                    }
                }
                for k in 0..self.locs[li].edges.len() {
                    let (src, ed) = self.locs[li].edges[k];
                    let si = src.0 as usize;
                    if self.locs[si].attrs & attr::ESCAPES != 0 {
                        continue;
                    }
                    let nd = d + ed;
                    if seen[si] != gen || derefs[si] > nd {
                        seen[si] = gen;
                        derefs[si] = nd;
                        if !in_walk[si] {
                            in_walk[si] = true;
                            walk.push_back(src);
                        }
                    }
                }
            }
        }
    }

    /// What the solver found of location `l` (see [`attr`]).
    pub fn attrs(&self, l: LocId) -> u8 {
        self.locs[l.0 as usize].attrs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s := &a; global = s`: a's address reaches the heap through s.
    #[test]
    fn an_address_stored_in_the_heap_escapes() {
        let mut g = Graph::new(1);
        let a = g.add(0, 0);
        let s = g.add(0, 0);
        g.flow(Hole { dst: s, derefs: -1 }, a);
        g.flow(
            Hole {
                dst: HEAP,
                derefs: 0,
            },
            s,
        );
        g.solve();
        assert_ne!(g.attrs(a) & attr::ESCAPES, 0);
        assert_eq!(g.attrs(s) & attr::ESCAPES, 0);
    }

    /// `s := &a; x := *s; global = x`: only what a holds goes to the heap.
    #[test]
    fn a_dereferenced_value_does_not_move_its_container() {
        let mut g = Graph::new(1);
        let a = g.add(0, 0);
        let s = g.add(0, 0);
        let x = g.add(0, 0);
        g.flow(Hole { dst: s, derefs: -1 }, a);
        g.flow(Hole { dst: x, derefs: 1 }, s);
        g.flow(
            Hole {
                dst: HEAP,
                derefs: 0,
            },
            x,
        );
        g.solve();
        assert_eq!(g.attrs(a) & attr::ESCAPES, 0);
    }

    /// An allocation in a loop whose address goes to a variable declared outside escapes
    /// (the variable outlives it); a parameter stored to the heap leaks with 0 derefs.
    #[test]
    fn outliving_variables_and_parameter_leaks() {
        let mut g = Graph::new(1);
        let outer = g.add(0, 0);
        let inner = g.add(0, 1);
        g.flow(
            Hole {
                dst: outer,
                derefs: -1,
            },
            inner,
        );
        let p = g.add(0, 0);
        g.loc(p).param = Some(0);
        g.flow(
            Hole {
                dst: HEAP,
                derefs: 0,
            },
            p,
        );
        g.solve();
        assert_ne!(g.attrs(inner) & attr::ESCAPES, 0);
        assert_eq!(g.locs[p.0 as usize].leak_heap, Some(0));
    }

    /// What reaches the unknown location by address has no answer, unless the heap has it.
    #[test]
    fn unknown_reach_is_not_an_answer() {
        let mut g = Graph::new(1);
        let a = g.add(0, 0);
        g.flow(
            Hole {
                dst: UNKNOWN,
                derefs: -1,
            },
            a,
        );
        g.solve();
        assert_ne!(g.attrs(a) & attr::UNKNOWN, 0);
        assert_eq!(g.attrs(a) & attr::ESCAPES, 0);
    }
}
