//! Diagnostics as data: a position and a message, rendered at the edge in gc's plain format
//! `file:line:col: message`, or with a caret-underlined snippet on a terminal.

use std::fmt;

/// One compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in bytes, as gc counts.
    pub col: u32,
    /// The message, worded like gc's.
    pub msg: String,
    /// True when the program is valid Go that memrun does not compile yet.
    pub unsupported: bool,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.msg)
    }
}

/// gc stops listing after this many errors and prints `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// All errors of one compilation, sorted by position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// True when any error is a "not supported yet" one (so `--toolchain auto` may fall back).
    pub fn unsupported(&self) -> bool {
        self.0.iter().any(|d| d.unsupported)
    }

    /// Sorts by file and position and drops exact duplicates, as gc does.
    pub fn sort(&mut self) {
        self.0
            .sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
        self.0
            .dedup_by(|a, b| a.file == b.file && a.line == b.line && a.msg == b.msg);
    }

    /// Renders with a source snippet and caret under each error (for terminals).
    pub fn render_snippets(&self, source_of: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        for d in self.0.iter().take(MAX_ERRORS) {
            out.push_str(&d.to_string());
            out.push('\n');
            if let Some(text) = source_of(&d.file) {
                if let Some(line) = text.lines().nth(d.line.saturating_sub(1) as usize) {
                    let col = (d.col.max(1) - 1) as usize;
                    let pad: String = line
                        .chars()
                        .take(col)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    out.push_str(&format!("    {line}\n    {pad}^\n"));
                }
            }
        }
        if let Some(d) = self.stopped_at() {
            out.push_str(&format!(
                "{}:{}:{}: too many errors\n",
                d.file, d.line, d.col
            ));
        }
        out
    }
}

impl Diagnostics {
    /// Where gc stops: its tenth error ends the compilation, and `too many errors` is
    /// reported at that error's position (even when there are exactly ten).
    fn stopped_at(&self) -> Option<&Diagnostic> {
        (self.0.len() >= MAX_ERRORS).then(|| &self.0[MAX_ERRORS - 1])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().take(MAX_ERRORS).enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        if let Some(d) = self.stopped_at() {
            write!(f, "\n{}:{}:{}: too many errors", d.file, d.line, d.col)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag(line: u32, col: u32, msg: &str) -> Diagnostic {
        Diagnostic {
            file: "a.go".into(),
            line,
            col,
            msg: msg.into(),
            unsupported: false,
        }
    }

    #[test]
    fn snippet_puts_the_caret_under_the_column() {
        let d = Diagnostics(vec![diag(2, 3, "undefined: y")]);
        let src = "package main\n\tx y\n";
        let out = d.render_snippets(&|_| Some(src.into()));
        assert_eq!(out, "a.go:2:3: undefined: y\n    \tx y\n    \t ^\n");
    }

    #[test]
    fn stops_after_ten_like_gc() {
        let d = Diagnostics((1..=12).map(|i| diag(i, 1, "e")).collect());
        let text = d.to_string();
        assert_eq!(text.lines().count(), 11);
        assert!(text.ends_with("a.go:10:1: too many errors"));
    }
}
