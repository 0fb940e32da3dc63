//! Expressions and types spelt back as gc quotes them in messages (`a + b`, `[]int{…}`,
//! `func(x int) {…}`, `map[string]*T`).

use super::ast::*;
use std::fmt::Write;

/// Renders an expression the way gc quotes it in messages.
pub fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e);
    out
}

fn write_expr(out: &mut String, e: &Expr) {
    crate::compile::deep(|| write_expr_here(out, e))
}

fn write_list(out: &mut String, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, x);
    }
}

fn write_expr_here(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => out.push_str("BadExpr"),
        ExprKind::Ident(s) | ExprKind::Int(s) | ExprKind::Float(s) | ExprKind::Imag(s) => {
            out.push_str(s)
        }
        ExprKind::Char(c) => match char::from_u32(*c) {
            Some(ch) if !ch.is_control() && ch != '\'' && ch != '\\' => {
                let _ = write!(out, "'{ch}'");
            }
            _ => {
                let _ = write!(out, "'\\x{c:02x}'");
            }
        },
        ExprKind::Str(s) => {
            let _ = write!(out, "{:?}", String::from_utf8_lossy(s));
        }
        ExprKind::Composite { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(out, t);
            }
            out.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue(k, v) => {
            write_expr(out, k);
            out.push_str(": ");
            write_expr(out, v);
        }
        ExprKind::FuncLit(sig, _) => {
            out.push_str("func");
            write_sig(out, sig);
            out.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x);
            out.push(')');
        }
        ExprKind::Selector(x, (n, _)) => {
            write_expr(out, x);
            out.push('.');
            out.push_str(n);
        }
        ExprKind::Index(x, i) => {
            write_expr(out, x);
            out.push('[');
            write_list(out, i);
            out.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(out, x);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, lo);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, hi);
            }
            if let Some(max) = max {
                out.push(':');
                write_expr(out, max);
            }
            out.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(out, x);
            out.push_str(".(");
            match t {
                Some(t) => write_expr(out, t),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call(f, args, dots) => {
            write_expr(out, f);
            out.push('(');
            write_list(out, args);
            if *dots {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Unary(op, x) => {
            out.push_str(op.text());
            write_expr(out, x);
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x);
        }
        ExprKind::Binary(op, a, b) => {
            write_expr(out, a);
            let _ = write!(out, " {op} ");
            write_expr(out, b);
        }
        ExprKind::ArrayType(len, elem) => {
            out.push('[');
            match len {
                Some(l) => write_expr(out, l),
                None => out.push_str("..."),
            }
            out.push(']');
            write_expr(out, elem);
        }
        ExprKind::SliceType(elem) => {
            out.push_str("[]");
            write_expr(out, elem);
        }
        ExprKind::DotsType(elem) => {
            out.push_str("...");
            write_expr(out, elem);
        }
        ExprKind::StructType(fields) => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                for (k, (n, _)) in f.names.iter().enumerate() {
                    out.push_str(if k > 0 { ", " } else { "" });
                    out.push_str(n);
                }
                if !f.names.is_empty() {
                    out.push(' ');
                }
                write_expr(out, &f.ty);
            }
            out.push('}');
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_sig(out, sig);
        }
        ExprKind::InterfaceType(elems) => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method((n, _), sig) => {
                        out.push_str(n);
                        write_sig(out, sig);
                    }
                    InterfaceElem::Embed(t) => write_expr(out, t),
                }
            }
            out.push('}');
        }
        ExprKind::MapType(k, v) => {
            out.push_str("map[");
            write_expr(out, k);
            out.push(']');
            write_expr(out, v);
        }
        ExprKind::ChanType(dir, elem) => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem);
        }
    }
}

fn write_params(out: &mut String, ps: &[Param]) {
    for (i, p) in ps.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if let Some((n, _)) = &p.name {
            out.push_str(n);
            out.push(' ');
        }
        write_expr(out, &p.ty);
    }
}

fn write_sig(out: &mut String, sig: &FuncSig) {
    out.push('(');
    write_params(out, &sig.params);
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [Param { name: None, ty }] => {
            out.push(' ');
            write_expr(out, ty);
        }
        rs => {
            out.push_str(" (");
            write_params(out, rs);
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_value(src: &str) -> String {
        let p = crate::compile::syntax::parse(format!("package p\nvar x = {src}").as_bytes());
        let Some(Decl::Var(specs)) = p.file.and_then(|f| f.decls.into_iter().next()) else {
            panic!("{src}")
        };
        expr_string(&specs[0].values[0])
    }

    #[test]
    fn spells_as_gc_quotes() {
        for s in [
            "a + b * c",
            "f(x, y...)",
            "[]int{}",
            "map[string]*T{}",
            "func(x int) (string, error) {…}",
            "x.(T)",
            "s[1:2:3]",
            "<-ch",
            "(<-chan int)(nil)",
            "[...]int{}",
            "struct{a, b int}{}",
        ] {
            let src = s.replace('…', "");
            assert_eq!(first_value(&src), s);
        }
        // A literal with elements is shortened, as gc does.
        assert_eq!(first_value("[]int{1, 2}"), "[]int{…}");
    }
}
