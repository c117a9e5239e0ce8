//! The JSON contract in the repository: `docs/gongwen.schema.json` is the
//! schema generated from the types (`gongwen::json_schema`, feature
//! `schema`), the JSON of every fixture satisfies it, and `docs/json.md`
//! names every field, every enum value and every diagnostic code in it.
//!
//! The schema is checked by a small validator of the JSON Schema keywords
//! that schemars emits for these types (`$ref`, `type`, `properties`,
//! `required`, `items`, `anyOf`, `oneOf`, `const`, `enum`, `minimum`, `format`, and
//! the annotations). It panics on any other keyword, so a schema that
//! starts using one cannot pass unchecked; a full validator (the
//! `jsonschema` crate) would add some forty crates to every test build for
//! these ten keywords. It is also stricter than JSON Schema in one way: a
//! property the schema does not declare is an error (schemars leaves
//! `additionalProperties` open), so the output cannot drift from the
//! schema by adding a field the types do not describe.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/gongwen.schema.json");
const DOC_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/json.md");
const REGENERATE: &str = "cargo run --features schema --example schema > docs/gongwen.schema.json";

fn generated() -> String {
    serde_json::to_string_pretty(&gongwen::json_schema()).unwrap() + "\n"
}

#[test]
fn the_checked_in_schema_is_the_generated_one() {
    let on_disk = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(on_disk == generated(), "docs/gongwen.schema.json is stale: run `{REGENERATE}`");
}

/// Validate `v` against `schema` (resolved in `root`); push one line per
/// violation, with the JSON path.
fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        panic!("{path}: a schema that is not an object: {schema}");
    };
    for (k, s) in obj {
        match k.as_str() {
            // annotations
            "$schema" | "$defs" | "title" | "description" | "default" => {}
            "$ref" => {
                let name = s.as_str().and_then(|r| r.strip_prefix("#/$defs/")).expect("a local $ref");
                let target = &root["$defs"][name];
                assert!(target.is_object(), "{path}: $ref to a missing definition {name}");
                validate(root, target, v, path, errs);
            }
            "type" => {
                let types: Vec<&str> = match s {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().map(|t| t.as_str().expect("a type name")).collect(),
                    _ => panic!("{path}: type {s}"),
                };
                if !types.iter().any(|t| has_type(v, t)) {
                    errs.push(format!("{path}: {} is not of type {}", short(v), types.join("|")));
                }
            }
            "properties" => {
                let Some(fields) = v.as_object() else { continue };
                let declared = s.as_object().expect("properties is an object");
                for (name, value) in fields {
                    match declared.get(name) {
                        Some(sub) => validate(root, sub, value, &format!("{path}.{name}"), errs),
                        None => errs.push(format!("{path}: property {name} is not in the schema")),
                    }
                }
            }
            "required" => {
                let Some(fields) = v.as_object() else { continue };
                for name in s.as_array().expect("required is a list") {
                    let name = name.as_str().expect("a property name");
                    if !fields.contains_key(name) {
                        errs.push(format!("{path}: required property {name} is missing"));
                    }
                }
            }
            "items" => {
                let Some(items) = v.as_array() else { continue };
                for (i, item) in items.iter().enumerate() {
                    validate(root, s, item, &format!("{path}[{i}]"), errs);
                }
            }
            "anyOf" | "oneOf" => {
                let branches = s.as_array().expect("a list of schemas");
                let passing = branches
                    .iter()
                    .filter(|b| {
                        let mut e = Vec::new();
                        validate(root, b, v, path, &mut e);
                        e.is_empty()
                    })
                    .count();
                let ok = if k == "anyOf" { passing >= 1 } else { passing == 1 };
                if !ok {
                    errs.push(format!("{path}: {} matches {passing} of the {k} branches", short(v)));
                }
            }
            "enum" => {
                if !s.as_array().expect("a list of values").contains(v) {
                    errs.push(format!("{path}: {} is none of {s}", short(v)));
                }
            }
            "const" => {
                if v != s {
                    errs.push(format!("{path}: {} is not {s}", short(v)));
                }
            }
            "minimum" => {
                let min = s.as_f64().expect("a number");
                if v.as_f64().is_some_and(|x| x < min) {
                    errs.push(format!("{path}: {v} is below {min}"));
                }
            }
            "format" => match s.as_str() {
                Some("uint32") => {
                    if v.is_number() && v.as_u64().is_none_or(|x| x > u64::from(u32::MAX)) {
                        errs.push(format!("{path}: {v} is not a uint32"));
                    }
                }
                Some("uint") => {
                    if v.is_number() && v.as_u64().is_none() {
                        errs.push(format!("{path}: {v} is not an unsigned integer"));
                    }
                }
                other => panic!("{path}: format {other:?} is not implemented by this validator"),
            },
            other => panic!("{path}: keyword {other} is not implemented by this validator"),
        }
    }
}

fn has_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "number" => v.is_number(),
        "integer" => v.is_u64() || v.is_i64(),
        other => panic!("type {other} is not implemented by this validator"),
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 { s.chars().take(60).collect::<String>() + "…" } else { s }
}

fn errors(schema: &Value, json: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    validate(schema, schema, json, "$", &mut errs);
    errs
}

/// The output of every fixture (`fixtures/*.txt` and `fixtures/wide/`)
/// satisfies the checked-in schema, and together they use every property
/// the schema declares.
#[test]
fn every_fixture_satisfies_the_schema() {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA_PATH).unwrap()).unwrap();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let paths = common::all_fixture_paths();
    assert!(paths.len() > 100, "fixtures found: {}", paths.len());
    let mut failures = Vec::new();
    for p in &paths {
        let bytes = std::fs::read(p).unwrap();
        // a fixture in another encoding is read as the CLI's lossy fallback
        // would be: its output must satisfy the schema all the same
        let text = String::from_utf8_lossy(&bytes);
        let doc = gongwen::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let json: Value = serde_json::from_str(&doc.to_json()).unwrap();
        collect_keys(&json, &mut seen);
        let errs = errors(&schema, &json);
        if !errs.is_empty() {
            failures.push(format!("{}:\n  {}", p.display(), errs[..errs.len().min(5)].join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} fixtures break the schema:\n{}", failures.len(), failures.join("\n"));
    // every declared property occurs somewhere in the fixtures' output
    let declared: BTreeSet<String> = schema["$defs"]
        .as_object()
        .unwrap()
        .values()
        .chain([&schema])
        .filter_map(|d| d["properties"].as_object())
        .flat_map(|p| p.keys().cloned())
        .collect();
    let unused: Vec<_> = declared.difference(&seen).collect();
    assert!(unused.is_empty(), "properties no fixture's output has: {unused:?}");
}

fn collect_keys(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.insert(k.clone());
                collect_keys(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_keys(x, out)),
        _ => {}
    }
}

/// The validator itself: it rejects what it must.
#[test]
fn the_validator_rejects_wrong_output() {
    let schema = gongwen::json_schema();
    let doc = gongwen::parse("标题\n一、总体要求\n（一）推进改革。（公安部负责）\n").unwrap();
    let good: Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(errors(&schema, &good), Vec::<String>::new());
    let broken = |f: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        f(&mut v);
        errors(&schema, &v)
    };
    // a missing key, a wrong type, an unknown enum value, an undeclared key,
    // a negative offset, a number too large for a u32
    let e = broken(&|v| {
        v.as_object_mut().unwrap().remove("title");
    });
    assert!(e.iter().any(|e| e.contains("required property title")), "{e:?}");
    let e = broken(&|v| v["sections"][0]["level"] = Value::from("1"));
    assert!(e.iter().any(|e| e.contains("$.sections[0].level")), "{e:?}");
    let e = broken(&|v| v["sections"][0]["kind"] = Value::from("paragraph"));
    assert!(e.iter().any(|e| e.contains("$.sections[0].kind")), "{e:?}");
    let e = broken(&|v| v["sections"][0]["children"][0]["extra"] = Value::from(1));
    assert!(e.iter().any(|e| e.contains("property extra is not in the schema")), "{e:?}");
    let e = broken(&|v| v["span"]["start"] = Value::from(-1));
    assert!(!e.is_empty());
    let e = broken(&|v| v["sections"][0]["number"] = Value::from(u64::from(u32::MAX) + 1));
    assert!(e.iter().any(|e| e.contains("uint32")), "{e:?}");
    let e = broken(&|v| v["sections"][0]["children"][0]["responsibilities"][0]["agencies"][0]["role"] = Value::Null);
    assert!(!e.is_empty());
}

/// `docs/json.md` names every type, field and enum value of the schema and
/// every diagnostic code, so it cannot fall behind the output silently.
#[test]
fn docs_json_md_names_everything_in_the_schema() {
    let doc = std::fs::read_to_string(DOC_PATH).unwrap();
    let schema = gongwen::json_schema();
    let words: BTreeSet<&str> =
        doc.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).filter(|w| !w.is_empty()).collect();
    let mut missing = Vec::new();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if !words.contains(name.as_str()) {
            missing.push(format!("type {name}"));
        }
        for field in def["properties"].as_object().into_iter().flat_map(|p| p.keys()) {
            if !words.contains(field.as_str()) {
                missing.push(format!("field {name}.{field}"));
            }
        }
        for value in def["oneOf"].as_array().into_iter().flatten().filter_map(|b| b["const"].as_str()) {
            if !words.contains(value) {
                missing.push(format!("value {name} {value}"));
            }
        }
    }
    for field in schema["properties"].as_object().unwrap().keys() {
        if !words.contains(field.as_str()) {
            missing.push(format!("field Document.{field}"));
        }
    }
    for code in gongwen::codes::ALL {
        if !words.contains(code) {
            missing.push(format!("diagnostic code {code}"));
        }
    }
    assert!(missing.is_empty(), "docs/json.md does not name: {missing:?}");
}
