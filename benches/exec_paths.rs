//! The exec paths run to completion (spawn, exec, wait) at 4 KiB, 2 MiB and 64 MiB images, plus
//! the write cost alone and the exec cost alone of each path. The images are synthetic: a tiny
//! `exit(0)` program with a pseudo-random read-only segment filling the size, really written and
//! really mapped.

use std::ffi::OsString;
use std::io::Write;
use std::os::fd::AsRawFd;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use memrun::bench::image::{size_label, synthetic};
use memrun::exec::{memfd, persistent, spawn_wait, tmpdisk};

const SIZES: [usize; 3] = [4 << 10, 2 << 20, 64 << 20];

fn bench(c: &mut Criterion) {
    let none: [OsString; 0] = [];
    let root = tempfile::tempdir_in(tmpdisk::tmp_root()).unwrap();
    for size in SIZES {
        let image = synthetic(size);
        let label = size_label(size);
        let file = root.path().join(format!("persistent-{label}"));
        persistent::write(&image, &file).unwrap();
        let samples = if size >= 64 << 20 { 10 } else { 40 };

        let mut g = c.benchmark_group("run");
        g.sample_size(samples);
        g.throughput(Throughput::Bytes(size as u64));
        g.bench_with_input(BenchmarkId::new("tmp", &label), &image, |b, img| {
            b.iter(|| tmpdisk::run_in(root.path(), img, &none).unwrap())
        });
        g.bench_with_input(BenchmarkId::new("memfd", &label), &image, |b, img| {
            b.iter(|| memfd::spawn(img, &none).unwrap())
        });
        g.bench_with_input(BenchmarkId::new("file", &label), &file, |b, f| {
            b.iter(|| spawn_wait(f, "bench", &none).unwrap())
        });
        g.finish();

        let mut g = c.benchmark_group("write");
        g.sample_size(samples);
        g.throughput(Throughput::Bytes(size as u64));
        g.bench_with_input(BenchmarkId::new("tmp", &label), &image, |b, img| {
            b.iter(|| {
                let d = tempfile::tempdir_in(root.path()).unwrap();
                let mut f = std::fs::File::create(d.path().join("exe")).unwrap();
                f.write_all(img.bytes()).unwrap();
                drop(f);
                d.close().unwrap();
            })
        });
        g.bench_with_input(BenchmarkId::new("memfd", &label), &image, |b, img| {
            b.iter(|| drop(memfd::create_sealed(img).unwrap()))
        });
        g.bench_with_input(BenchmarkId::new("file", &label), &image, |b, img| {
            let out = root.path().join(format!("atomic-{label}"));
            b.iter(|| persistent::write(img, &out).unwrap())
        });
        g.finish();

        let mut g = c.benchmark_group("exec");
        g.sample_size(samples);
        let sealed = memfd::create_sealed(&image).unwrap();
        let memfd_path = std::path::PathBuf::from(format!("/proc/self/fd/{}", sealed.as_raw_fd()));
        g.bench_with_input(BenchmarkId::new("memfd", &label), &memfd_path, |b, p| {
            b.iter(|| spawn_wait(p, "bench", &none).unwrap())
        });
        g.bench_with_input(BenchmarkId::new("file", &label), &file, |b, f| {
            b.iter(|| spawn_wait(f, "bench", &none).unwrap())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
