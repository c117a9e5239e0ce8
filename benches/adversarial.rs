//! Hostile inputs at 1×, 2× and 4× size: the time per byte should stay flat
//! (linear growth). `cargo bench --bench adversarial`; the same inputs are
//! checked without timing in `tests/adversarial.rs` (work units).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

/// A named generator of an input of about `n` bytes.
type Input = (&'static str, fn(usize) -> String);

fn inputs() -> Vec<Input> {
    vec![
        ("open_parens", |n| "(".repeat(n)),
        ("section_markers", |n| "一、".repeat(n / 6)),
        ("line_without_punctuation", |n| "推".repeat(n / 3)),
        ("nested_levels", |n| "（一）\n1.\n（1）\n①\n".repeat(n / 25)),
        ("at_signs", |n| "@".repeat(n)),
        ("unclosed_brackets", |n| "《（".repeat(n / 6)),
        ("control_characters", |n| {
            (0u32..0x20).chain(0x7F..0xA0).filter_map(char::from_u32).collect::<String>().repeat(n / 97 + 1)
        }),
        ("unclosed_comments", |n| "<!--".repeat(n / 4)),
        ("clauses", |n| "（一）推进。（公安部、发展改革委等负责。以下任务均需各省级有关部门落实）\n".repeat(n / 120)),
        ("seed_repeated", |n| {
            let seed = include_str!("../fixtures/00-ndrc-2022-urbanization-key-tasks.txt");
            seed.repeat(n / seed.len() + 1)
        }),
    ]
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10).measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    for (name, make) in inputs() {
        for scale in [1usize, 2, 4] {
            let text = make(scale << 20); // 1, 2, 4 MiB
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{scale}MiB")), &text, |b, t| {
                b.iter(|| black_box(gongwen::parse(black_box(t)).is_ok()))
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
