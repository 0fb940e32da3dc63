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

    pub(super) fn store_place(
        &mut self,
        p: &Place,
        vals: &[Value],
        pre: Option<(Vec<Value>, Vec<Value>)>,
    ) {
        match p {
            Place::Blank => {}
            Place::Local(l) => {
                for (v, x) in self.vars[*l].clone().into_iter().zip(vals) {
                    self.b.def_var(v, *x);
                }
            }
            Place::Global(g) => {
                let ty = self.prog().globals[*g].ty;
                let addr = self.global_addr(*g);
                self.store_words(ty, addr, vals);
            }
            Place::SliceElem(s, _) => {
                let (sv, iv) = pre.expect("slice operands evaluated");
                let elem = self.types().slice_elem(s.ty).unwrap_or(TypeTable::INVALID);
                let addr = self.elem_addr(&sv, iv[0], elem);
                self.store_words(elem, addr, vals);
            }
        }
    }

    /// Evaluates the operands of a place (slice and index, bounds-checked) before assignment.
    pub(super) fn place_operands(&mut self, p: &Place) -> Option<(Vec<Value>, Vec<Value>)> {
        if let Place::SliceElem(s, i) = p {
            let sv = self.expr(s);
            let iv = self.index_i64(i);
            self.bounds_check(iv, sv[1]);
            return Some((sv, vec![iv]));
        }
        None
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        crate::compile::deep(|| self.stmt_here(s))
    }

    pub(super) fn stmt_here(&mut self, s: &Stmt) {
        match s {
            Stmt::Eval(e) => {
                self.expr(e);
            }
            Stmt::Assign(places, values) => {
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                let vals: Vec<Vec<Value>> = values.iter().map(|v| self.expr(v)).collect();
                for ((p, v), pr) in places.iter().zip(vals).zip(pre) {
                    self.store_place(p, &v, pr);
                }
            }
            Stmt::AssignTuple(places, call) => {
                let pre: Vec<_> = places.iter().map(|p| self.place_operands(p)).collect();
                let vals = self.expr(call);
                let ts = self.types().tuple_types(call.ty);
                let mut k = 0;
                for ((p, t), pr) in places.iter().zip(ts).zip(pre) {
                    let n = self.words(t).len();
                    self.store_place(p, &vals[k..k + n], pr);
                    k += n;
                }
            }
            Stmt::If(c, t, e) => {
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
                target,
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
                let mut out = Vec::new();
                for v in vals {
                    out.extend(self.expr(v));
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
        }
    }
}
