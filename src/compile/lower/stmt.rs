//! Statements: assignments to places, control flow, loops and switches.

use super::*;

impl FnLower<'_, '_, '_> {
    pub(super) fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if self.terminated() {
                self.fresh_block();
            }
            self.stmt(s);
        }
    }

    pub(super) fn store_place(&mut self, p: &Place, vals: &[Value], pre: Vec<Value>) {
        match p {
            Place::Blank => {}
            Place::Local(l) => self.write_local(*l, vals),
            Place::Global(g) => {
                let ty = self.prog().globals[*g].ty;
                let addr = self.global_addr(*g);
                self.store_value(ty, addr, vals);
            }
            Place::SliceElem(s, i) => {
                let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
                let addr = self.slice_elem_at(&pre, i.ty, elem);
                self.store_value(elem, addr, vals);
            }
            Place::Deref(a) => {
                let mut addr = pre[0];
                if let Some((base, kind, steps)) = self.deferred_path(a) {
                    let mut k = 1;
                    match kind {
                        Base::Pointer => self.nil_check(addr),
                        Base::Element => {
                            let ExprKind::SliceIndex(_, j) = &base.kind else {
                                unreachable!("an element base is a slice element")
                            };
                            addr = self.slice_elem_at(&pre[..4], j.ty, base.ty);
                            k = 4;
                        }
                        Base::Variable => {}
                    }
                    for st in steps {
                        match st {
                            Step::Field(off) => addr = self.b.ins().iadd_imm_s(addr, off as i64),
                            Step::Index(i, arr) => {
                                addr = self.array_elem_at(addr, pre[k], i.ty, arr);
                                k += 1;
                            }
                        }
                    }
                } else {
                    self.nil_check(addr);
                }
                let ty = self.types().elem(a.ty).unwrap_or(TypeTable::INVALID);
                self.store_value(ty, addr, vals);
            }
            Place::MapElem(m, _) => self.map_store(m.ty, &pre, vals),
        }
    }

    /// `m[k] op= v` (checked as `m[k] = m[k] op v` over temporaries): the operand first, then
    /// the element found or inserted once, updated in place — one hash, as gc does. False
    /// (nothing emitted) for any other assignment.
    fn map_update(&mut self, places: &[Place], values: &[tir::Expr]) -> bool {
        let (
            [Place::MapElem(m, k)],
            [tir::Expr {
                kind: ExprKind::Binary(op, cur, rhs),
                ty,
            }],
        ) = (places, values)
        else {
            return false;
        };
        let ExprKind::MapIndex(m2, k2) = &cur.kind else {
            return false;
        };
        // gc computes m[k] /= and %= before inserting, so that a division by zero leaves the
        // map untouched; every other operation (a failing shift too) inserts the key first.
        if matches!(op, BinOp::Div | BinOp::Rem) {
            return false;
        }
        // The place read is the place written (its calls already in temporaries): one hash.
        if m != m2.as_ref() || k != k2.as_ref() {
            return false;
        }
        let r = self.expr(rhs);
        let pre = self.map_place_operands(m, k);
        let vp = self.call_rt(Rt::Mapassign, &[pre[0], pre[1]])[0];
        self.check_panic();
        let old = self.load_words(*ty, vp);
        let new = self.binary_values(*op, cur.ty, rhs.ty, &old, &r);
        self.store_words(*ty, vp, &new);
        true
    }

    /// For the address of a place made of fields and array elements of a dereferenced
    /// pointer, a slice's element or a variable (`&(*p).f.a[i]`, `&s[j][i]`, `&arr[i]`): what
    /// it starts from and the steps from there outwards, so that the checks are the
    /// assignment's own.
    fn deferred_path<'e>(&self, a: &'e tir::Expr) -> Option<(&'e tir::Expr, Base, Vec<Step<'e>>)> {
        let ExprKind::AddrOf(e) = &a.kind else {
            return None;
        };
        let mut e: &tir::Expr = e;
        let mut steps = Vec::new();
        loop {
            match &e.kind {
                ExprKind::Deref(p) => break Some((&**p, Base::Pointer, steps)),
                ExprKind::SliceIndex(..) => break Some((e, Base::Element, steps)),
                ExprKind::Local(_) | ExprKind::Global(_) if self.in_memory(e) => {
                    break Some((e, Base::Variable, steps))
                }
                ExprKind::Field(x, i) => {
                    steps.push(Step::Field(self.types().field_offsets(x.ty).0[*i]));
                    e = x;
                }
                ExprKind::ArrayIndex(x, i) => {
                    steps.push(Step::Index(i, x.ty));
                    e = x;
                }
                _ => break None,
            }
        }
        .map(|(base, ptr, mut steps)| {
            steps.reverse();
            (base, ptr, steps)
        })
    }

    /// Evaluates the operands of a place (index and pointer operands; a map and key) before
    /// the right-hand sides, as the spec orders an assignment; their checks come with the
    /// store ([`FnLower::store_place`]).
    pub(super) fn place_operands(&mut self, p: &Place) -> Vec<Value> {
        match p {
            // Their checks are the assignment's own (phase two of the spec's assignment, left
            // to right: `m[k], s[i] = 1, 2` stores m[k] before s[i] is found out of range).
            Place::SliceElem(s, i) => self.slice_and_index(s, i),
            // `*p = v`, `p.f = v`, `arr[i] = v`: the pointer or the variable's address, then
            // each index; else the address.
            Place::Deref(a) => match self.deferred_path(a) {
                Some((base, kind, steps)) => {
                    let mut vals = match (kind, &base.kind) {
                        (Base::Pointer, _) => self.expr(base),
                        (Base::Element, ExprKind::SliceIndex(s, j)) => self.slice_and_index(s, j),
                        _ => vec![self.addr_of(base)],
                    };
                    for st in &steps {
                        if let Step::Index(i, _) = st {
                            vals.push(self.index_i64(i));
                        }
                    }
                    vals
                }
                None => vec![self.expr(a)[0]],
            },
            Place::MapElem(m, k) => self.map_place_operands(m, k),
            _ => Vec::new(),
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        crate::compile::deep(|| self.stmt_here(s))
    }

    pub(super) fn stmt_here(&mut self, s: &Stmt) {
        match s {
            Stmt::Eval(e) => {
                self.hoist(&[e]);
                self.expr(e);
            }
            Stmt::Assign(places, values) if self.map_update(places, values) => {}
            Stmt::Assign(places, values) => {
                let mut refs: Vec<&tir::Expr> = Vec::new();
                for p in places {
                    match p {
                        Place::SliceElem(s, i) | Place::MapElem(s, i) => refs.extend([s, i]),
                        Place::Deref(a) => refs.push(a),
                        _ => {}
                    }
                }
                refs.extend(values.iter());
                self.hoist(&refs);
                // As gc: the right side (and its panics) before the left side's operands and
                // their checks; calls of both already made, in order.
                let vals: Vec<Vec<Value>> = values.iter().map(|v| self.expr(v)).collect();
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                for ((p, v), pr) in places.iter().zip(vals).zip(pre) {
                    self.store_place(p, &v, pr);
                }
            }
            Stmt::AssignTuple(places, call) => {
                // The call first, then the left side's operands (`a[i], j = h()` indexes with
                // i as h left it), as gc.
                let vals = self.expr(call);
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                let ts = self.types().tuple_types(call.ty);
                let parts = self.tuple_parts(&vals, &ts);
                for ((p, part), pr) in places.iter().zip(parts).zip(pre) {
                    self.store_place(p, part, pr);
                }
            }
            Stmt::If(c, t, e) => {
                self.hoist(&[c]);
                let cv = self.expr(c)[0];
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let join = self.b.create_block();
                self.b.ins().brif(cv, then_b, &[], else_b, &[]);
                self.b.switch_to_block(then_b);
                self.stmts(t);
                self.jump_if_open(join);
                self.b.switch_to_block(else_b);
                self.stmts(e);
                self.jump_if_open(join);
                self.b.switch_to_block(join);
            }
            Stmt::Loop {
                cond,
                body,
                post,
                per_iter,
                target,
                ..
            } => {
                let head = self.b.create_block();
                let body_b = self.b.create_block();
                let post_b = self.b.create_block();
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: Some(post_b),
                });
                self.b.ins().jump(head, &[]);
                self.b.switch_to_block(head);
                match cond {
                    Some(c) => {
                        self.hoist(&[c]);
                        let cv = self.expr(c)[0];
                        self.b.ins().brif(cv, body_b, &[], exit, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.b.switch_to_block(body_b);
                self.stmts(body);
                self.jump_if_open(post_b);
                self.b.switch_to_block(post_b);
                for &l in per_iter {
                    self.renew(l);
                }
                self.stmts(post);
                self.jump_if_open(head);
                self.b.switch_to_block(exit);
            }
            Stmt::Switch { clauses, target } => {
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: None,
                });
                let bodies: Vec<Block> = clauses.iter().map(|_| self.b.create_block()).collect();
                let default = clauses.iter().position(|c| c.is_default);
                for (k, c) in clauses.iter().enumerate() {
                    if c.is_default {
                        continue;
                    }
                    for cond in &c.conds {
                        self.hoist(&[cond]);
                        let cv = self.expr(cond)[0];
                        let next = self.b.create_block();
                        self.b.ins().brif(cv, bodies[k], &[], next, &[]);
                        self.b.switch_to_block(next);
                    }
                }
                match default {
                    Some(d) => self.b.ins().jump(bodies[d], &[]),
                    None => self.b.ins().jump(exit, &[]),
                };
                for (k, c) in clauses.iter().enumerate() {
                    self.b.switch_to_block(bodies[k]);
                    self.stmts(&c.body);
                    let to = if c.fallthrough && k + 1 < bodies.len() {
                        bodies[k + 1]
                    } else {
                        exit
                    };
                    self.jump_if_open(to);
                }
                self.b.switch_to_block(exit);
            }
            Stmt::Labeled(body, target) => {
                let exit = self.b.create_block();
                self.targets[*target] = Some(Targets {
                    brk: exit,
                    cont: None,
                });
                self.stmts(body);
                self.jump_if_open(exit);
                self.b.switch_to_block(exit);
            }
            Stmt::Return(vals) => {
                let refs: Vec<&tir::Expr> = vals.iter().collect();
                self.hoist(&refs);
                if self.prog().funcs[self.func].has_defer {
                    self.return_via_exit(vals);
                    return;
                }
                let mut words = Vec::new();
                for v in vals {
                    words.extend(self.expr(v));
                }
                let results = self.prog().funcs[self.func].results.clone();
                let (mut out, mut k, mut j) = (Vec::new(), 0, 0);
                for r in results {
                    if self.is_mem(r) {
                        let size = self.size_of(r);
                        let dst = self.sret[j];
                        self.copy_mem(dst, words[k], size);
                        j += 1;
                        k += 1;
                    } else {
                        let n = self.words(r).len();
                        out.extend_from_slice(&words[k..k + n]);
                        k += n;
                    }
                }
                self.b.ins().return_(&out);
            }
            Stmt::Break(t) => {
                if let Some(tg) = &self.targets[*t] {
                    let to = tg.brk;
                    self.b.ins().jump(to, &[]);
                }
            }
            Stmt::Continue(t) => {
                if let Some(Targets { cont: Some(c), .. }) = &self.targets[*t] {
                    let to = *c;
                    self.b.ins().jump(to, &[]);
                }
            }
            Stmt::Block(b) => self.stmts(b),
            Stmt::Decl(l) => self.declare(*l),
            Stmt::Label(id) => {
                let blk = self.label_block(*id);
                self.jump_if_open(blk);
                self.b.switch_to_block(blk);
            }
            Stmt::Goto(id) => {
                let blk = self.label_block(*id);
                self.b.ins().jump(blk, &[]);
            }
            Stmt::Defer(c) => self.push_defer(None, c),
            Stmt::Go(c) => {
                let f = self.expr(c)[0];
                self.call_rt(Rt::Newproc, &[f]);
            }
            Stmt::Send(ch, v) => {
                let c = self.expr(ch)[0];
                let vals = self.expr(v);
                let slot = self.temp_slot(v.ty);
                self.store_value(v.ty, slot, &vals);
                self.call_rt(Rt::Chansend, &[c, slot]);
                self.check_panic();
            }
            Stmt::DeferTo(l, c) => self.push_defer(Some(unwind::DeferHead::Cell(*l)), c),
        }
    }
}

/// What a place's address starts from.
#[derive(Clone, Copy)]
enum Base {
    /// A pointer, nil-checked at the store.
    Pointer,
    /// A slice's element, bounds-checked at the store.
    Element,
    /// A variable in memory.
    Variable,
}

/// A step of a place's address from its pointer or variable outwards.
enum Step<'e> {
    /// A field at this offset.
    Field(u64),
    /// An element of an array of this type at this index.
    Index(&'e tir::Expr, TypeId),
}
