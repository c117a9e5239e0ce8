//! Print the JSON Schema of gongwen's output (`gongwen::json_schema`).
//!
//! ```text
//! cargo run --features schema --example schema > docs/gongwen.schema.json
//! ```
//!
//! `tests/schema.rs` checks that the checked-in file equals this output and
//! that the JSON of every fixture satisfies it.

fn main() {
    let schema = gongwen::json_schema();
    println!("{}", serde_json::to_string_pretty(&schema).expect("a JSON value serialises"));
}
