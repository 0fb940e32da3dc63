//! Go's tokens: keywords and operators as enums, so a misspelt operator is a compile error in
//! memrun rather than a silent mismatch.

/// A byte position in one file.
pub type Pos = u32;

/// Token kinds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tok {
    /// Identifier.
    Ident(String),
    /// Integer literal text (underscores removed).
    Int(String),
    /// Floating-point literal text (underscores removed).
    Float(String),
    /// Imaginary literal text (underscores removed, with its `i`).
    Imag(String),
    /// Rune literal value.
    Char(u32),
    /// String literal value (escapes decoded; may hold invalid UTF-8 from `\x` escapes).
    Str(Vec<u8>),
    /// Keyword.
    Kw(Kw),
    /// Operator or punctuation (never `;`, which is [`Tok::Semi`]).
    Op(Op),
    /// `;` written or inserted (`true` when inserted at a newline or EOF).
    Semi(bool),
    /// End of file.
    Eof,
}

/// A token and where it starts.
#[derive(Debug, Clone)]
pub struct Token {
    /// Kind and payload.
    pub tok: Tok,
    /// Byte offset.
    pub pos: Pos,
}

macro_rules! spelled {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident = $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vm])* $v,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$v,)*];

            /// How Go spells it.
            pub fn text(self) -> &'static str {
                match self {
                    $($name::$v => $s,)*
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.text())
            }
        }
    };
}

spelled! {
    /// Go's 25 keywords.
    Kw {
        /// `break`
        Break = "break",
        /// `case`
        Case = "case",
        /// `chan`
        Chan = "chan",
        /// `const`
        Const = "const",
        /// `continue`
        Continue = "continue",
        /// `default`
        Default = "default",
        /// `defer`
        Defer = "defer",
        /// `else`
        Else = "else",
        /// `fallthrough`
        Fallthrough = "fallthrough",
        /// `for`
        For = "for",
        /// `func`
        Func = "func",
        /// `go`
        Go = "go",
        /// `goto`
        Goto = "goto",
        /// `if`
        If = "if",
        /// `import`
        Import = "import",
        /// `interface`
        Interface = "interface",
        /// `map`
        Map = "map",
        /// `package`
        Package = "package",
        /// `range`
        Range = "range",
        /// `return`
        Return = "return",
        /// `select`
        Select = "select",
        /// `struct`
        Struct = "struct",
        /// `switch`
        Switch = "switch",
        /// `type`
        Type = "type",
        /// `var`
        Var = "var",
    }
}

spelled! {
    /// Go's operators and punctuation (but `;`).
    Op {
        /// `+`
        Add = "+",
        /// `-`
        Sub = "-",
        /// `*`
        Mul = "*",
        /// `/`
        Div = "/",
        /// `%`
        Rem = "%",
        /// `&`
        And = "&",
        /// `|`
        Or = "|",
        /// `^`
        Xor = "^",
        /// `<<`
        Shl = "<<",
        /// `>>`
        Shr = ">>",
        /// `&^`
        AndNot = "&^",
        /// `+=`
        AddAssign = "+=",
        /// `-=`
        SubAssign = "-=",
        /// `*=`
        MulAssign = "*=",
        /// `/=`
        DivAssign = "/=",
        /// `%=`
        RemAssign = "%=",
        /// `&=`
        AndAssign = "&=",
        /// `|=`
        OrAssign = "|=",
        /// `^=`
        XorAssign = "^=",
        /// `<<=`
        ShlAssign = "<<=",
        /// `>>=`
        ShrAssign = ">>=",
        /// `&^=`
        AndNotAssign = "&^=",
        /// `&&`
        LogAnd = "&&",
        /// `||`
        LogOr = "||",
        /// `<-`
        Arrow = "<-",
        /// `++`
        Inc = "++",
        /// `--`
        Dec = "--",
        /// `==`
        Eq = "==",
        /// `<`
        Lt = "<",
        /// `>`
        Gt = ">",
        /// `=`
        Assign = "=",
        /// `!`
        Not = "!",
        /// `~`
        Tilde = "~",
        /// `!=`
        Ne = "!=",
        /// `<=`
        Le = "<=",
        /// `>=`
        Ge = ">=",
        /// `:=`
        Define = ":=",
        /// `...`
        Ellipsis = "...",
        /// `(`
        LParen = "(",
        /// `)`
        RParen = ")",
        /// `[`
        LBrack = "[",
        /// `]`
        RBrack = "]",
        /// `{`
        LBrace = "{",
        /// `}`
        RBrace = "}",
        /// `,`
        Comma = ",",
        /// `.`
        Dot = ".",
        /// `:`
        Colon = ":",
    }
}

impl Kw {
    /// The keyword spelt `word`, if it is one.
    pub fn from_word(word: &str) -> Option<Kw> {
        Kw::ALL.iter().copied().find(|k| k.text() == word)
    }
}

impl Op {
    /// The binary operator's precedence (5 binds tightest), or None for other tokens.
    pub fn precedence(self) -> Option<u8> {
        Some(match self {
            Op::LogOr => 1,
            Op::LogAnd => 2,
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => 3,
            Op::Add | Op::Sub | Op::Or | Op::Xor => 4,
            Op::Mul | Op::Div | Op::Rem | Op::Shl | Op::Shr | Op::And | Op::AndNot => 5,
            _ => return None,
        })
    }

    /// For `op=`, the binary `op` it applies; None for other tokens (`=` included).
    pub fn assign_base(self) -> Option<Op> {
        Some(match self {
            Op::AddAssign => Op::Add,
            Op::SubAssign => Op::Sub,
            Op::MulAssign => Op::Mul,
            Op::DivAssign => Op::Div,
            Op::RemAssign => Op::Rem,
            Op::AndAssign => Op::And,
            Op::OrAssign => Op::Or,
            Op::XorAssign => Op::Xor,
            Op::ShlAssign => Op::Shl,
            Op::ShrAssign => Op::Shr,
            Op::AndNotAssign => Op::AndNot,
            _ => return None,
        })
    }

    /// The operator spelt at the start of `text` (longest match), if any. By its first bytes:
    /// the lexer calls this for every operator token.
    pub fn munch(text: &[u8]) -> Option<Op> {
        let at = |i: usize| text.get(i).copied().unwrap_or(0);
        let (c0, c1, c2) = (at(0), at(1), at(2));
        Some(match (c0, c1) {
            (b'+', b'=') => Op::AddAssign,
            (b'+', b'+') => Op::Inc,
            (b'+', _) => Op::Add,
            (b'-', b'=') => Op::SubAssign,
            (b'-', b'-') => Op::Dec,
            (b'-', _) => Op::Sub,
            (b'*', b'=') => Op::MulAssign,
            (b'*', _) => Op::Mul,
            (b'/', b'=') => Op::DivAssign,
            (b'/', _) => Op::Div,
            (b'%', b'=') => Op::RemAssign,
            (b'%', _) => Op::Rem,
            (b'&', b'^') if c2 == b'=' => Op::AndNotAssign,
            (b'&', b'^') => Op::AndNot,
            (b'&', b'=') => Op::AndAssign,
            (b'&', b'&') => Op::LogAnd,
            (b'&', _) => Op::And,
            (b'|', b'=') => Op::OrAssign,
            (b'|', b'|') => Op::LogOr,
            (b'|', _) => Op::Or,
            (b'^', b'=') => Op::XorAssign,
            (b'^', _) => Op::Xor,
            (b'<', b'<') if c2 == b'=' => Op::ShlAssign,
            (b'<', b'<') => Op::Shl,
            (b'<', b'=') => Op::Le,
            (b'<', b'-') => Op::Arrow,
            (b'<', _) => Op::Lt,
            (b'>', b'>') if c2 == b'=' => Op::ShrAssign,
            (b'>', b'>') => Op::Shr,
            (b'>', b'=') => Op::Ge,
            (b'>', _) => Op::Gt,
            (b'=', b'=') => Op::Eq,
            (b'=', _) => Op::Assign,
            (b'!', b'=') => Op::Ne,
            (b'!', _) => Op::Not,
            (b':', b'=') => Op::Define,
            (b':', _) => Op::Colon,
            (b'.', b'.') if c2 == b'.' => Op::Ellipsis,
            (b'.', _) => Op::Dot,
            (b'~', _) => Op::Tilde,
            (b'(', _) => Op::LParen,
            (b')', _) => Op::RParen,
            (b'[', _) => Op::LBrack,
            (b']', _) => Op::RBrack,
            (b'{', _) => Op::LBrace,
            (b'}', _) => Op::RBrace,
            (b',', _) => Op::Comma,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn munch_takes_the_longest_operator() {
        assert_eq!(Op::munch(b"&^=x"), Some(Op::AndNotAssign));
        assert_eq!(Op::munch(b"<-x"), Some(Op::Arrow));
        assert_eq!(Op::munch(b"<<=1"), Some(Op::ShlAssign));
        assert_eq!(Op::munch(b"..."), Some(Op::Ellipsis));
        assert_eq!(Op::munch(b".."), Some(Op::Dot));
        assert_eq!(Op::munch(b"~int"), Some(Op::Tilde));
        assert_eq!(Op::munch(b";"), None);
        assert_eq!(Op::munch(b"@"), None);
    }

    #[test]
    fn munch_agrees_with_every_spelling() {
        for o in Op::ALL {
            assert_eq!(Op::munch(o.text().as_bytes()), Some(*o), "{o:?}");
            let mut followed = o.text().as_bytes().to_vec();
            followed.push(b'x');
            assert_eq!(Op::munch(&followed), Some(*o), "{o:?} then x");
        }
    }

    #[test]
    fn every_spelling_is_distinct() {
        let mut seen = std::collections::HashSet::new();
        for o in Op::ALL {
            assert!(seen.insert(o.text()), "{o:?}");
        }
        for k in Kw::ALL {
            assert!(seen.insert(k.text()), "{k:?}");
            assert_eq!(Kw::from_word(k.text()), Some(*k));
        }
        assert_eq!(Kw::from_word("int"), None);
    }
}
