//! Types spelt as gc spells them: in compile errors (`[]int`, `map[string]*T`,
//! `func(x int) (string, error)`, `struct{X int}`, names of the package being compiled
//! unqualified) and at run time, as `%T` and panics print them (`main.T`, `struct { X int }`,
//! `interface {}`).

use super::{ChanDir, PkgId, TypeId, TypeKind, TypeTable};
use std::fmt::Write;

/// Which of gc's two spellings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The type checker's, in compile errors: defined types of `local` unqualified.
    Checker {
        /// The package being compiled.
        local: Option<PkgId>,
    },
    /// The runtime's (`reflect`), in `%T` and panic messages: every defined type qualified by
    /// its package name, spaces inside `struct { … }` and `interface { … }`.
    Runtime,
    /// The runtime's inside an instance's type arguments, as gc's linker names them: a local
    /// type with its number (`main.X·2`), unexported struct fields qualified (`main.b`).
    Link,
}

impl TypeTable {
    /// `t` spelt in `style`.
    pub fn display(&self, t: TypeId, style: Style) -> String {
        let mut out = String::new();
        self.write_type(&mut out, t, style);
        out
    }

    /// `t` as compile errors spell it, in the package `local`.
    pub fn name_in(&self, t: TypeId, local: Option<PkgId>) -> String {
        self.display(t, Style::Checker { local })
    }

    fn write_type(&self, out: &mut String, t: TypeId, style: Style) {
        crate::compile::deep(|| self.write_type_here(out, t, style))
    }

    fn write_type_here(&self, out: &mut String, t: TypeId, style: Style) {
        let runtime = matches!(style, Style::Runtime | Style::Link);
        if let Some(alias) = self.alias_name(t) {
            // reflect knows no aliases: `byte` is `uint8`, `any` is `interface {}`.
            if !runtime {
                out.push_str(alias);
                return;
            }
        }
        match self.kind(t) {
            TypeKind::Basic(b) => out.push_str(basic_name(*b)),
            TypeKind::Named(n) => {
                if let Some(pkg) = n.pkg {
                    let qualify = match style {
                        Style::Checker { local } => local != Some(pkg),
                        Style::Runtime | Style::Link => true,
                    };
                    if qualify {
                        out.push_str(&self.package_info(pkg).name);
                        out.push('.');
                    }
                }
                out.push_str(&n.name);
                if !n.targs.is_empty() {
                    // reflect spells type arguments without spaces (main.Pair[string,int]),
                    // as the linker names them.
                    let inner = if runtime { Style::Link } else { style };
                    out.push('[');
                    for (i, t) in n.targs.iter().enumerate() {
                        if i > 0 && i == n.outer_targs && runtime {
                            out.push(';');
                        } else if i > 0 {
                            out.push_str(if runtime { "," } else { ", " });
                        }
                        self.write_type(out, *t, inner);
                    }
                    out.push(']');
                }
                if let (Style::Link, Some(k)) = (style, n.local) {
                    let _ = write!(out, "·{k}");
                }
            }
            TypeKind::Pointer(e) => {
                out.push('*');
                self.write_type(out, *e, style);
            }
            TypeKind::Array(n, e) => {
                let _ = write!(out, "[{n}]");
                self.write_type(out, *e, style);
            }
            TypeKind::Slice(e) => {
                out.push_str("[]");
                self.write_type(out, *e, style);
            }
            TypeKind::Map(k, v) => {
                out.push_str("map[");
                self.write_type(out, *k, style);
                out.push(']');
                self.write_type(out, *v, style);
            }
            TypeKind::Chan(dir, e) => {
                out.push_str(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)`: without parentheses it would read as `chan<- chan int`.
                let paren = *dir == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if paren {
                    out.push('(');
                }
                self.write_type(out, *e, style);
                if paren {
                    out.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                out.push_str(if runtime { "struct {" } else { "struct{" });
                for (i, f) in fields.iter().enumerate() {
                    out.push_str(match (i, runtime) {
                        (0, true) => " ",
                        (0, false) => "",
                        _ => "; ",
                    });
                    if !f.embedded {
                        if let (Style::Link, Some(p)) = (style, f.pkg) {
                            out.push_str(&self.package_info(p).name);
                            out.push('.');
                        }
                        out.push_str(&f.name);
                        out.push(' ');
                    }
                    self.write_type(out, f.ty, style);
                    if let Some(tag) = &f.tag {
                        let _ = write!(out, " {tag:?}");
                    }
                }
                if runtime && !fields.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            TypeKind::Signature(_) => {
                out.push_str("func");
                self.write_signature(out, t, style);
            }
            TypeKind::Interface(i) => {
                if runtime {
                    out.push_str(if i.methods.is_empty() {
                        "interface {"
                    } else {
                        "interface { "
                    });
                } else {
                    out.push_str("interface{");
                }
                let mut first = true;
                let mut sep = |out: &mut String| {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                };
                if !runtime && !i.embeds.is_empty() {
                    // The checker spells an interface as written: embedded ones by name.
                    for &e in &i.embeds {
                        sep(out);
                        self.write_type(out, e, style);
                    }
                } else {
                    for m in &i.methods {
                        sep(out);
                        // The runtime qualifies an unexported method by its package.
                        if let (true, Some(p)) = (runtime, m.pkg) {
                            out.push_str(&self.package_info(p).name);
                            out.push('.');
                        }
                        out.push_str(&m.name);
                        self.write_signature(out, m.sig, style);
                    }
                    if i.comparable {
                        sep(out);
                        out.push_str("comparable");
                    }
                    for union in &i.unions {
                        sep(out);
                        for (k, term) in union.iter().enumerate() {
                            if k > 0 {
                                out.push_str(" | ");
                            }
                            if term.tilde {
                                out.push('~');
                            }
                            self.write_type(out, term.ty, style);
                        }
                    }
                }
                if runtime && !i.methods.is_empty() {
                    out.push(' ');
                }
                out.push('}');
            }
            TypeKind::Tuple(ts) => {
                out.push('(');
                self.write_list(out, ts, style);
                out.push(')');
            }
            TypeKind::TypeParam(p) => out.push_str(&p.name),
        }
    }

    fn write_list(&self, out: &mut String, ts: &[TypeId], style: Style) {
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_type(out, *t, style);
        }
    }

    /// `(params) results` of a signature.
    fn write_signature(&self, out: &mut String, sig: TypeId, style: Style) {
        let TypeKind::Signature(s) = self.kind(sig) else {
            return;
        };
        let runtime = matches!(style, Style::Runtime | Style::Link);
        let write_params =
            |out: &mut String, types: &[TypeId], names: &[String], variadic: bool| {
                for (i, t) in types.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if let Some(n) = names.get(i).filter(|_| !runtime) {
                        out.push_str(n);
                        out.push(' ');
                    }
                    if variadic && i + 1 == types.len() {
                        out.push_str("...");
                        let elem = self.elem(*t).unwrap_or(*t);
                        self.write_type(out, elem, style);
                    } else {
                        self.write_type(out, *t, style);
                    }
                }
            };
        out.push('(');
        write_params(out, &s.params, &s.param_names, s.variadic);
        out.push(')');
        let named = !runtime && !s.result_names.is_empty();
        match s.results.len() {
            0 => {}
            1 if !named => {
                out.push(' ');
                self.write_type(out, s.results[0], style);
            }
            _ => {
                out.push_str(" (");
                write_params(out, &s.results, &s.result_names, false);
                out.push(')');
            }
        }
    }
}

/// A basic type's name.
fn basic_name(b: super::Basic) -> &'static str {
    use super::{Basic, Untyped};
    match b {
        Basic::Invalid => "invalid type",
        Basic::Bool => "bool",
        Basic::Int(k) => k.name(),
        Basic::Float32 => "float32",
        Basic::Float64 => "float64",
        Basic::Complex64 => "complex64",
        Basic::Complex128 => "complex128",
        Basic::String => "string",
        Basic::UnsafePointer => "unsafe.Pointer",
        Basic::Untyped(u) => match u {
            Untyped::Bool => "untyped bool",
            Untyped::Int => "untyped int",
            Untyped::Rune => "untyped rune",
            Untyped::Float => "untyped float",
            Untyped::Complex => "untyped complex",
            Untyped::String => "untyped string",
            Untyped::Nil => "untyped nil",
        },
    }
}
