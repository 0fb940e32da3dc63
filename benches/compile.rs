//! Compile speed of the built-in compiler (in-process, no exec): hello world, and a generated
//! 10,000-line straight-line program (reported as lines per second).

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
