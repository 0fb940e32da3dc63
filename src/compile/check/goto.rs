//! `goto`: labels as jump targets, and the spec's two rules, checked on the syntax tree of a
//! function body before it is checked: a goto must not jump over a variable declaration in the
//! label's block, nor into a block.

use super::*;

/// A block of a function body: its id, and where it starts (for messages).
type BlockPath = Vec<(usize, Pos)>;

/// What the walk over a body finds.
#[derive(Default)]
pub(super) struct GotoFacts {
    /// Labels: name → (blocks from the body down to the label's, index in its block, pos).
    labels: HashMap<String, (BlockPath, usize)>,
    /// Gotos: label, blocks down to the goto's, the index of the goto's statement in each
    /// of those blocks, position of the label name.
    gotos: Vec<(String, BlockPath, Vec<usize>, Pos)>,
    /// Declarations per block: (index in block, name, position).
    decls: HashMap<usize, Vec<(usize, String, Pos)>>,
    next_block: usize,
}

impl GotoFacts {
    fn walk_list(&mut self, stmts: &[ast::Stmt], path: &mut BlockPath, idx: &mut Vec<usize>) {
        let block = path.last().map_or(0, |b| b.0);
        for (i, s) in stmts.iter().enumerate() {
            idx.push(i);
            self.walk(s, block, i, path, idx);
            idx.pop();
        }
    }

    fn nested(
        &mut self,
        stmts: &[ast::Stmt],
        start: Pos,
        path: &mut BlockPath,
        idx: &mut Vec<usize>,
    ) {
        self.next_block += 1;
        path.push((self.next_block, start));
        self.walk_list(stmts, path, idx);
        path.pop();
    }

    fn walk(
        &mut self,
        s: &ast::Stmt,
        block: usize,
        i: usize,
        path: &mut BlockPath,
        idx: &mut Vec<usize>,
    ) {
        crate::compile::deep(|| self.walk_here(s, block, i, path, idx))
    }

    fn walk_here(
        &mut self,
        s: &ast::Stmt,
        block: usize,
        i: usize,
        path: &mut BlockPath,
        idx: &mut Vec<usize>,
    ) {
        match s {
            ast::Stmt::Labeled((name, _), inner) => {
                self.labels.entry(name.clone()).or_insert((path.clone(), i));
                self.walk(inner, block, i, path, idx);
            }
            ast::Stmt::Goto((name, npos), _) => {
                self.gotos
                    .push((name.clone(), path.clone(), idx.clone(), *npos));
            }
            ast::Stmt::Define(names, _, pos) => {
                for (n, _) in names {
                    if n != "_" {
                        self.decls
                            .entry(block)
                            .or_default()
                            .push((i, n.clone(), *pos));
                    }
                }
            }
            ast::Stmt::Var(specs) => {
                for spec in specs {
                    for (n, p) in &spec.names {
                        if n != "_" {
                            self.decls
                                .entry(block)
                                .or_default()
                                .push((i, n.clone(), *p));
                        }
                    }
                }
            }
            ast::Stmt::Block(b, start) => self.nested(b, *start, path, idx),
            ast::Stmt::If {
                then, els, lbrace, ..
            } => {
                self.nested(then, *lbrace, path, idx);
                match els.as_deref() {
                    Some(ast::Stmt::Block(b, start)) => self.nested(b, *start, path, idx),
                    // `else if`: its blocks are the ones gc names (the implicit block
                    // around it holds no label).
                    Some(e) => self.walk(e, block, i, path, idx),
                    None => {}
                }
            }
            ast::Stmt::For { body, lbrace, .. } | ast::Stmt::Range { body, lbrace, .. } => {
                self.nested(body, *lbrace, path, idx)
            }
            ast::Stmt::Switch { clauses, .. } | ast::Stmt::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.nested(&c.body, c.pos, path, idx);
                }
            }
            ast::Stmt::Select(clauses, _) => {
                for c in clauses {
                    self.nested(&c.body, c.pos, path, idx);
                }
            }
            _ => {}
        }
    }
}

impl<'a> Checker<'a> {
    /// Checks the gotos of a function body against its labels (before the body is checked).
    pub(super) fn check_gotos(&mut self, body: &[ast::Stmt]) {
        let mut facts = GotoFacts::default();
        let mut path = vec![(0, 0)];
        facts.walk_list(body, &mut path, &mut Vec::new());
        for (name, gpath, gidx, pos) in &facts.gotos {
            let Some((lpath, li)) = facts.labels.get(name) else {
                self.report(*pos, TypeError::GotoLabelNotDefined { l: name.clone() });
                continue;
            };
            // The label's block must enclose the goto.
            let shared = lpath
                .iter()
                .zip(gpath.iter())
                .take_while(|(a, b)| a.0 == b.0)
                .count();
            if shared < lpath.len() {
                let at = errors::at(lpath[shared].1);
                self.report(
                    *pos,
                    TypeError::GotoIntoBlock {
                        l: name.clone(),
                        at,
                    },
                );
                continue;
            }
            // A forward jump must not skip a declaration in the label's block.
            let lblock = lpath.last().map_or(0, |b| b.0);
            let gi = gidx.get(lpath.len() - 1).copied().unwrap_or(0);
            if *li > gi {
                if let Some((_, x, at)) = facts
                    .decls
                    .get(&lblock)
                    .and_then(|ds| ds.iter().find(|(k, _, _)| *k > gi && *k < *li))
                {
                    let (x, at) = (x.clone(), errors::at(*at));
                    self.report(
                        *pos,
                        TypeError::GotoOverDecl {
                            l: name.clone(),
                            x,
                            at,
                        },
                    );
                }
            }
        }
        self.goto_names = facts.gotos.iter().map(|g| g.0.clone()).collect();
    }

    /// The label id of `name` in this function (for `goto` and labelled statements).
    pub(super) fn label_id(&mut self, name: &str) -> tir::LabelId {
        if let Some(&id) = self.label_ids.get(name) {
            return id;
        }
        let id = tir::LabelId::new(self.label_ids.len());
        self.label_ids.insert(name.to_string(), id);
        id
    }

    /// Labels that a goto uses count as used.
    pub(super) fn mark_goto_labels(&mut self) {
        let names = std::mem::take(&mut self.goto_names);
        for t in self.targets.values_mut() {
            if t.label.as_ref().is_some_and(|l| names.contains(l)) {
                t.used = true;
            }
        }
        self.label_ids.clear();
    }
}
