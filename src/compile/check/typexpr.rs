//! Types as written: resolving type expressions of the syntax tree into the type table, and
//! naming the constructs memrun does not compile yet.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn resolve_type(&mut self, t: &ast::Expr) -> Option<TypeId> {
        crate::compile::deep(|| self.resolve_type_here(t))
    }

    pub(super) fn resolve_type_here(&mut self, t: &ast::Expr) -> Option<TypeId> {
        let pos = t.pos;
        match &t.kind {
            AK::Ident(n) => match self.lookup(n) {
                Some(Entity::TypeName(t)) => Some(t),
                Some(_) => {
                    self.report(pos, TypeError::NotAType { n: n.to_string() });
                    None
                }
                None => {
                    if matches!(n.as_str(), "float64" | "float32") {
                        self.unsupported(pos, "floating-point numbers");
                    } else if matches!(n.as_str(), "complex64" | "complex128") {
                        self.unsupported(pos, "complex numbers");
                    } else if matches!(n.as_str(), "error" | "any") {
                        self.unsupported(pos, "interfaces");
                    } else {
                        self.report(pos, TypeError::Undefined { n: n.to_string() });
                    }
                    None
                }
            },
            AK::Paren(x) => self.resolve_type(x),
            AK::SliceType(e) => {
                let et = self.resolve_type(e)?;
                if et != T::STRING && !self.files[self.file].library {
                    self.unsupported(pos, "slices");
                    return None;
                }
                Some(self.types.slice(et))
            }
            AK::Selector(x, (sel, _)) if matches!(x.kind, AK::Ident(_)) => {
                let what = format!("the type {}.{sel}", expr_string(x));
                self.unsupported(pos, &what);
                None
            }
            AK::Bad => None,
            _ => {
                match unsupported_form(t) {
                    Some(what) => self.unsupported(pos, what),
                    None => self.report(pos, TypeError::NotAType { n: expr_string(t) }),
                }
                None
            }
        }
    }
}

/// What a construct that memrun parses but does not compile yet is called in its "memrun: …
/// is not supported yet" diagnostic; None for the forms the checker handles itself.
pub(super) fn unsupported_form(e: &ast::Expr) -> Option<&'static str> {
    Some(match &e.kind {
        // A literal of a type memrun does not compile is named by its type (`maps`).
        AK::Composite { ty: Some(t), .. } => unsupported_form(t).unwrap_or("composite literals"),
        AK::Composite { ty: None, .. } => "composite literals",
        AK::FuncLit(..) => "function literals",
        AK::TypeAssert(..) => "type assertions",
        AK::Imag(_) => "complex numbers",
        AK::Unary(Op::And, _) | AK::Star(_) => "pointers",
        AK::Unary(Op::Arrow, _) | AK::ChanType(..) => "channels",
        AK::ArrayType(..) => "arrays",
        AK::MapType(..) => "maps",
        AK::FuncType(_) => "function types",
        AK::StructType(_) => "structs",
        AK::InterfaceType(_) => "interfaces",
        AK::DotsType(_) => "variadic functions",
        AK::Slice { max: Some(_), .. } => "3-index slices",
        AK::Index(_, ix) if ix.len() != 1 => "generic instantiation",
        _ => return None,
    })
}
