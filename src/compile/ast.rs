//! The syntax tree the parser builds: positions are byte offsets into one file.

use super::lexer::Pos;

/// An expression.
#[derive(Debug, Clone)]
pub struct Expr {
    /// Where gc would point an error about this expression.
    pub pos: Pos,
    /// What it is.
    pub kind: ExprKind,
}

/// Expression forms.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A name.
    Ident(String),
    /// Integer literal text.
    Int(String),
    /// Float literal text.
    Float(String),
    /// Rune literal.
    Char(u32),
    /// String literal bytes.
    Str(Vec<u8>),
    /// `op x`.
    Unary(&'static str, Box<Expr>),
    /// `x op y`.
    Binary(&'static str, Box<Expr>, Box<Expr>),
    /// `f(args)`; the flag is a trailing `...`.
    Call(Box<Expr>, Vec<Expr>, bool),
    /// `x.name` (with the name's position).
    Selector(Box<Expr>, String, Pos),
    /// `x[i]`.
    Index(Box<Expr>, Box<Expr>),
    /// `x[lo:hi]`.
    Slice(Box<Expr>, Option<Box<Expr>>, Option<Box<Expr>>),
    /// `(x)`.
    Paren(Box<Expr>),
    /// A type used as an expression (conversion callee such as `[]byte`).
    Type(TypeExpr),
    /// Syntax memrun parses but does not compile yet; the string names it.
    Unsupported(String),
}

/// A type as written.
#[derive(Debug, Clone)]
pub enum TypeExpr {
    /// A named type (`int`, `string`).
    Name(String, Pos),
    /// `[]T`.
    Slice(Box<TypeExpr>, Pos),
    /// Something memrun does not compile yet.
    Unsupported(String, Pos),
}

impl TypeExpr {
    /// Position of the type.
    pub fn pos(&self) -> Pos {
        match self {
            TypeExpr::Name(_, p) | TypeExpr::Slice(_, p) | TypeExpr::Unsupported(_, p) => *p,
        }
    }
}

/// A name and where it is declared.
pub type Name = (String, Pos);

/// `var a, b T = x, y`.
#[derive(Debug, Clone)]
pub struct VarSpec {
    /// Declared names.
    pub names: Vec<Name>,
    /// Optional type.
    pub ty: Option<TypeExpr>,
    /// Initial values (empty: zero values).
    pub values: Vec<Expr>,
}

/// `const a, b T = x, y` (values repeated from the previous spec when omitted).
#[derive(Debug, Clone)]
pub struct ConstSpec {
    /// Declared names.
    pub names: Vec<Name>,
    /// Optional type.
    pub ty: Option<TypeExpr>,
    /// Values.
    pub values: Vec<Expr>,
    /// The spec's index in its group.
    pub iota: i64,
}

/// A `case` or `default` clause.
#[derive(Debug, Clone)]
pub struct Clause {
    /// `None` for `default`.
    pub exprs: Option<Vec<Expr>>,
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
    /// `a, b := x, y`.
    Define(Vec<Name>, Vec<Expr>, Pos),
    /// `a, b = x, y` or `a op= x`.
    Assign(Vec<Expr>, &'static str, Vec<Expr>, Pos),
    /// `x++` (true) / `x--`.
    IncDec(Expr, bool, Pos),
    /// `var …`.
    Var(Vec<VarSpec>),
    /// `const …`.
    Const(Vec<ConstSpec>),
    /// `{ … }`.
    Block(Vec<Stmt>),
    /// `if init; cond { } else …`.
    If {
        /// Init statement.
        init: Option<Box<Stmt>>,
        /// Condition.
        cond: Expr,
        /// Then block.
        then: Vec<Stmt>,
        /// Else branch (a block or another `if`).
        els: Option<Box<Stmt>>,
        /// Position.
        pos: Pos,
    },
    /// All three-clause, condition-only and infinite loops.
    For {
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
        /// Key and value targets.
        key: Option<Expr>,
        /// Value target.
        value: Option<Expr>,
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
    /// `return …`.
    Return(Vec<Expr>, Pos),
    /// `break [label]`.
    Break(Option<Name>, Pos),
    /// `continue [label]`.
    Continue(Option<Name>, Pos),
    /// `fallthrough`.
    Fallthrough(Pos),
    /// `label: stmt` (for labels on non-loops).
    Labeled(Name, Box<Stmt>),
    /// `;` alone.
    Empty,
    /// A statement memrun does not compile yet.
    Unsupported(Pos, String),
}

/// A parameter or result.
#[derive(Debug, Clone)]
pub struct Param {
    /// Name (None for unnamed).
    pub name: Option<Name>,
    /// Type.
    pub ty: TypeExpr,
}

/// `func name(params) results { body }`.
#[derive(Debug, Clone)]
pub struct FuncDecl {
    /// Name and position.
    pub name: Name,
    /// Parameters.
    pub params: Vec<Param>,
    /// Results.
    pub results: Vec<Param>,
    /// Body (None for a declaration without body).
    pub body: Option<Vec<Stmt>>,
    /// Position of the closing brace (for "missing return").
    pub end: Pos,
}

/// A top-level declaration.
#[derive(Debug, Clone)]
pub enum Decl {
    /// A function.
    Func(FuncDecl),
    /// `var`.
    Var(Vec<VarSpec>),
    /// `const`.
    Const(Vec<ConstSpec>),
    /// Something memrun does not compile yet.
    Unsupported(Pos, String),
}

/// An import.
#[derive(Debug, Clone)]
pub struct Import {
    /// The import path.
    pub path: String,
    /// Optional local name.
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
}
