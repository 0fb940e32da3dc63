//! The syntax tree of the whole Go 1.27 grammar. Positions are byte offsets into one file.
//!
//! As in gc's own syntax tree, types are expressions: `[]int`, `*T`, `map[K]V` and `List[int]`
//! are [`Expr`]s, because Go's grammar only tells them apart after name resolution (`a[i]` is an
//! index or an instantiation, `*p` a dereference or a pointer type, `T(x)` a call or a
//! conversion). The checker decides what each one denotes.

use super::token::{Op, Pos};

/// A name and where it is written.
pub type Name = (String, Pos);

/// An expression (or a type written where Go's grammar allows either).
#[derive(Debug, Clone)]
pub struct Expr {
    /// Where gc would point an error about this expression.
    pub pos: Pos,
    /// What it is.
    pub kind: ExprKind,
}

/// Expression and type forms.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// Stands in for an expression with a syntax error (already reported).
    Bad,
    /// A name.
    Ident(String),
    /// Integer literal text (underscores removed).
    Int(String),
    /// Floating-point literal text.
    Float(String),
    /// Imaginary literal text (ends in `i`).
    Imag(String),
    /// Rune literal.
    Char(u32),
    /// String literal bytes.
    Str(Vec<u8>),
    /// `T{…}`, or `{…}` with the type elided inside another literal.
    Composite {
        /// The literal's type (None when elided).
        ty: Option<Box<Expr>>,
        /// Elements, each possibly a [`ExprKind::KeyValue`].
        elems: Vec<Expr>,
        /// Position of the closing `}`.
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal.
    KeyValue(Box<Expr>, Box<Expr>),
    /// `func(…) … { … }`.
    FuncLit(Box<FuncSig>, Block),
    /// `(x)`.
    Paren(Box<Expr>),
    /// `x.name` (with the name's position).
    Selector(Box<Expr>, Name),
    /// `x[i]`, or `x[A, B]` (several indices: an instantiation).
    Index(Box<Expr>, Vec<Expr>),
    /// `x[lo:hi]` or `x[lo:hi:max]`.
    Slice {
        /// The sliced operand.
        x: Box<Expr>,
        /// Low bound.
        lo: Option<Box<Expr>>,
        /// High bound.
        hi: Option<Box<Expr>>,
        /// Capacity bound (the 3-index form).
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `x.(type)` (None) only as a type switch guard.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    /// `f(args)`; the flag is a trailing `...`.
    Call(Box<Expr>, Vec<Expr>, bool),
    /// `op x` for `+ - ! ^ & <-` and `~` (in constraints).
    Unary(Op, Box<Expr>),
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    /// `x op y`; in constraints, `A | B` is a union.
    Binary(Op, Box<Expr>, Box<Expr>),
    /// `[N]T`, or `[...]T` (None) in a composite literal.
    ArrayType(Option<Box<Expr>>, Box<Expr>),
    /// `[]T`.
    SliceType(Box<Expr>),
    /// `...T`, the last parameter's type of a variadic function.
    DotsType(Box<Expr>),
    /// `struct { … }`.
    StructType(Vec<Field>),
    /// `func(…) …`.
    FuncType(Box<FuncSig>),
    /// `interface { … }`.
    InterfaceType(Vec<InterfaceElem>),
    /// `map[K]V`.
    MapType(Box<Expr>, Box<Expr>),
    /// `chan T`, `chan<- T`, `<-chan T`.
    ChanType(ChanDir, Box<Expr>),
}

impl Expr {
    /// The expression with any parentheses around it removed.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        e
    }
}

/// Which way a channel type lets values flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChanDir {
    /// `chan T`.
    Both,
    /// `chan<- T`.
    Send,
    /// `<-chan T`.
    Recv,
}

/// A struct field declaration: `A, B T`, an embedded `T` or `*T`, with an optional tag.
#[derive(Debug, Clone)]
pub struct Field {
    /// Declared names (empty for an embedded field).
    pub names: Vec<Name>,
    /// The type (for an embedded field, the embedded type).
    pub ty: Expr,
    /// The tag's bytes.
    pub tag: Option<Vec<u8>>,
}

/// An element of an interface type.
#[derive(Debug, Clone)]
pub enum InterfaceElem {
    /// `Name(params) results`.
    Method(Name, FuncSig),
    /// An embedded interface or a type-set term (`~int | string`).
    Embed(Expr),
}

/// A parameter, result or type parameter.
#[derive(Debug, Clone)]
pub struct Param {
    /// Name (None for unnamed).
    pub name: Option<Name>,
    /// Type (for a type parameter: its constraint; `...T` is a [`ExprKind::DotsType`]).
    pub ty: Expr,
}

/// A function's signature as written.
#[derive(Debug, Clone)]
pub struct FuncSig {
    /// Position of `func` (or of the parameter list, for methods in interfaces).
    pub pos: Pos,
    /// Parameters.
    pub params: Vec<Param>,
    /// Results.
    pub results: Vec<Param>,
}

/// A `{ … }` block.
#[derive(Debug, Clone)]
pub struct Block {
    /// The statements.
    pub stmts: Vec<Stmt>,
    /// Position of the closing brace (for "missing return").
    pub end: Pos,
}

/// `var a, b T = x, y`.
#[derive(Debug, Clone)]
pub struct VarSpec {
    /// Declared names.
    pub names: Vec<Name>,
    /// Optional type.
    pub ty: Option<Expr>,
    /// Initial values (empty: zero values).
    pub values: Vec<Expr>,
}

/// `const a, b T = x, y` (values repeated from the previous spec when omitted).
#[derive(Debug, Clone)]
pub struct ConstSpec {
    /// Declared names.
    pub names: Vec<Name>,
    /// Optional type.
    pub ty: Option<Expr>,
    /// Values.
    pub values: Vec<Expr>,
    /// The spec's index in its group.
    pub iota: i64,
}

/// `type Name[P C] T` or `type Name = T`.
#[derive(Debug, Clone)]
pub struct TypeSpec {
    /// The declared name.
    pub name: Name,
    /// Type parameters (empty if not generic).
    pub tparams: Vec<Param>,
    /// True for an alias (`=`).
    pub alias: bool,
    /// The type.
    pub ty: Expr,
    /// For a defined type declared in a function: its place among those of its file, from 1
    /// (gc numbers local types in source order to tell them apart in instance names,
    /// `main.Box[main.X·2]`); 0 otherwise.
    pub local: u32,
}

/// A `case` or `default` clause of an expression or type switch.
#[derive(Debug, Clone)]
pub struct Clause {
    /// `None` for `default`; in a type switch, types (and `nil`).
    pub exprs: Option<Vec<Expr>>,
    /// Where the clause starts.
    pub pos: Pos,
    /// The statements.
    pub body: Vec<Stmt>,
}

/// A `case` or `default` clause of a `select`.
#[derive(Debug, Clone)]
pub struct CommClause {
    /// The send or receive (None for `default`).
    pub comm: Option<Box<Stmt>>,
    /// Where the clause starts.
    pub pos: Pos,
    /// The statements.
    pub body: Vec<Stmt>,
}

/// A statement.
#[derive(Debug, Clone)]
pub enum Stmt {
    /// An expression statement.
    Expr(Expr),
    /// `ch <- v` (the position of the arrow).
    Send(Expr, Expr, Pos),
    /// `a, b := x, y` (the position of `:=`).
    Define(Vec<Name>, Vec<Expr>, Pos),
    /// `a, b = x, y` or `a op= x` (the position of the operator).
    Assign(Vec<Expr>, Op, Vec<Expr>, Pos),
    /// `x++` (true) / `x--`.
    IncDec(Expr, bool, Pos),
    /// `var …`.
    Var(Vec<VarSpec>),
    /// `const …`.
    Const(Vec<ConstSpec>),
    /// `type …` (with the position of `type`).
    Type(Vec<TypeSpec>, Pos),
    /// `{ … }` (with the position of `{`).
    Block(Vec<Stmt>, Pos),
    /// `if init; cond { } else …`.
    If {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Expr,
        /// Then block.
        then: Vec<Stmt>,
        /// Position of the then block's `{`.
        lbrace: Pos,
        /// Else branch (a block or another `if`).
        els: Option<Box<Stmt>>,
        /// Position.
        pos: Pos,
    },
    /// All three-clause, condition-only and infinite loops.
    For {
        /// Position of the body's `{`.
        lbrace: Pos,
        /// Init.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Option<Expr>,
        /// Post statement.
        post: Option<Box<Stmt>>,
        /// Body.
        body: Vec<Stmt>,
        /// Label, if the loop is labelled.
        label: Option<String>,
        /// Position.
        pos: Pos,
    },
    /// `for k, v := range x` (or `=`).
    Range {
        /// Position of the body's `{`.
        lbrace: Pos,
        /// Key and value targets.
        key: Option<Expr>,
        /// Value target.
        value: Option<Expr>,
        /// Targets beyond two (an error the checker reports).
        extra: Vec<Expr>,
        /// True for `:=`.
        define: bool,
        /// The ranged expression.
        expr: Expr,
        /// Body.
        body: Vec<Stmt>,
        /// Label.
        label: Option<String>,
        /// Position.
        pos: Pos,
    },
    /// Expression and tagless switch.
    Switch {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Tag (None for `switch {`).
        tag: Option<Expr>,
        /// Clauses.
        clauses: Vec<Clause>,
        /// Label.
        label: Option<String>,
        /// Position.
        pos: Pos,
    },
    /// `switch [init;] [v :=] x.(type) { … }`.
    TypeSwitch {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// The variable bound in each clause.
        bind: Option<Name>,
        /// The operand `x` of `x.(type)`.
        x: Expr,
        /// Clauses (their expressions are types).
        clauses: Vec<Clause>,
        /// Position.
        pos: Pos,
    },
    /// `select { … }`.
    Select(Vec<CommClause>, Pos),
    /// `go f(x)`.
    Go(Expr, Pos),
    /// `defer f(x)`.
    Defer(Expr, Pos),
    /// `return …`.
    Return(Vec<Expr>, Pos),
    /// `break [label]`.
    Break(Option<Name>, Pos),
    /// `continue [label]`.
    Continue(Option<Name>, Pos),
    /// `goto label`.
    Goto(Name, Pos),
    /// `fallthrough`.
    Fallthrough(Pos),
    /// `label: stmt`.
    Labeled(Name, Box<Stmt>),
    /// `;` alone.
    Empty,
}

/// `func (recv) name[T any](params) results { body }`.
#[derive(Debug, Clone)]
pub struct FuncDecl {
    /// Position of `func`.
    pub pos: Pos,
    /// The receiver of a method.
    pub recv: Option<Param>,
    /// Name and position.
    pub name: Name,
    /// Type parameters (empty if not generic).
    pub tparams: Vec<Param>,
    /// Parameters and results.
    pub sig: FuncSig,
    /// Body (None for a declaration without body).
    pub body: Option<Block>,
    /// Given a directive that keeps gc from inlining it (`//go:noinline`, among those gc
    /// attaches to it): gc never inlines it.
    pub noinline: bool,
    /// The most IR nodes gc makes of the body's tokens (its implicit nodes aside): a measure
    /// of its size that bounds gc's inlining cost from above.
    pub body_tokens: u32,
}

/// A top-level declaration.
#[derive(Debug, Clone)]
pub enum Decl {
    /// A function or method.
    Func(Box<FuncDecl>),
    /// `var`.
    Var(Vec<VarSpec>),
    /// `const`.
    Const(Vec<ConstSpec>),
    /// `type` (with the position of `type`).
    Type(Vec<TypeSpec>, Pos),
}

/// An import.
#[derive(Debug, Clone)]
pub struct Import {
    /// The import path.
    pub path: String,
    /// Optional local name (`.` and `_` included).
    pub alias: Option<String>,
    /// Position of the path.
    pub pos: Pos,
}

/// A parsed file.
#[derive(Debug, Clone)]
pub struct File {
    /// Package name and position.
    pub package: Name,
    /// Imports.
    pub imports: Vec<Import>,
    /// Declarations.
    pub decls: Vec<Decl>,
    /// How many defined types its functions declare.
    pub local_types: u32,
}
