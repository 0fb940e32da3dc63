//! Compile speed of the built-in compiler (in-process, no exec): hello world, a generated
//! 10,000-line straight-line program (reported as lines per second), and the shapes that must
//! scale linearly (issue 9): one long expression, deep nesting, many functions — each at two
//! sizes ten times apart, front end alone, so the ratio of the medians shows the growth.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use memrun::compile::{compile, SourceFile};

const HELLO: &str = include_str!("../examples/hello.go");

/// `lines` statements of integer arithmetic and string building in one function.
fn generated(lines: usize) -> String {
    let mut s = String::from(
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\ty := 2\n\ts := \"\"\n",
    );
    for i in 0..lines {
        match i % 4 {
            0 => s.push_str(&format!("\tx = x*{} + y ^ {}\n", i % 13 + 1, i)),
            1 => s.push_str(&format!("\ty += x >> {} & 0xff\n", i % 7)),
            2 => s.push_str("\tif x > y {\n\t\tx -= y\n\t}\n"),
            _ => s.push_str(&format!("\ts = s[len(s)/2:] + \"{}\"\n", i % 10)),
        }
    }
    s.push_str("\tfmt.Println(x, y, len(s))\n}\n");
    s
}

fn bench(c: &mut Criterion) {
    let hello = [SourceFile::new("hello.go", HELLO)];
    c.bench_function("compile/hello", |b| b.iter(|| compile(&hello).unwrap()));

    let src = generated(10_000);
    let lines = src.lines().count() as u64;
    let big = [SourceFile::new("gen.go", src)];
    let mut g = c.benchmark_group("compile/generated");
    g.sample_size(10);
    g.throughput(Throughput::Elements(lines));
    g.bench_function("10k-lines", |b| b.iter(|| compile(&big).unwrap()));
    // Lexing, parsing and type checking only: the part memrun does not delegate to Cranelift.
    g.bench_function("10k-lines-front-end", |b| {
        b.iter(|| memrun::compile::check(&big).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("compile/scaling");
    g.sample_size(10);
    for n in [10_000, 100_000] {
        let sum = [SourceFile::new(
            "sum.go",
            shaped(&format!("\tx = {}\n", vec!["x"; n].join(" + "))),
        )];
        g.bench_function(format!("sum-{n}-terms"), |b| {
            b.iter(|| memrun::compile::check(&sum).unwrap())
        });
    }
    for n in [1_000, 10_000] {
        let nested = "if x > 0 {\n".repeat(n) + "x++\n" + &"}\n".repeat(n);
        let nested = [SourceFile::new("nested.go", shaped(&nested))];
        g.bench_function(format!("nested-ifs-{n}"), |b| {
            b.iter(|| memrun::compile::check(&nested).unwrap())
        });
        let unary = [SourceFile::new(
            "unary.go",
            shaped(&format!("\tx = {}x\n", "- ".repeat(n))),
        )];
        g.bench_function(format!("unary-{n}"), |b| {
            b.iter(|| memrun::compile::check(&unary).unwrap())
        });
    }
    for n in [2_000, 20_000] {
        let mut src = String::from("package main\n\nimport \"fmt\"\n\n");
        for i in 0..n {
            src.push_str(&format!("func f{i}(x int) int {{ return x + {i} }}\n"));
        }
        src.push_str("func main() {\n\ts := 0\n");
        for i in 0..n {
            src.push_str(&format!("\ts = f{i}(s)\n"));
        }
        src.push_str("\tfmt.Println(s)\n}\n");
        let funcs = [SourceFile::new("funcs.go", src)];
        g.bench_function(format!("funcs-{n}-front-end"), |b| {
            b.iter(|| memrun::compile::check(&funcs).unwrap())
        });
        g.bench_function(format!("funcs-{n}-whole"), |b| {
            b.iter(|| compile(&funcs).unwrap())
        });
    }
    g.finish();
}

/// A program whose `main` runs `body` between `x := 1` and printing `x`.
fn shaped(body: &str) -> String {
    format!(
        "package main\n\nimport \"fmt\"\n\nfunc main() {{\n\tx := 1\n{body}\tfmt.Println(x)\n}}\n"
    )
}

criterion_group!(benches, bench);
criterion_main!(benches);
