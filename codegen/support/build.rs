//! Turns on every `needs = "..."` flag the support files use, so that all of their
//! items are compiled and tested together.

use std::collections::BTreeSet;

fn main() {
    let mut flags = BTreeSet::new();
    let folders = ["src", "src/api"].map(|folder| std::fs::read_dir(folder).expect("the support files"));
    for file in folders.into_iter().flatten() {
        let path = file.expect("a support file").path();
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("a support file");
        for (_, rest) in text.match_indices("needs = \"").map(|(at, _)| text.split_at(at + 9)) {
            flags.insert(rest[..rest.find('"').expect("a closed flag name")].to_owned());
        }
    }
    let values: Vec<String> = flags.iter().map(|flag| format!("\"{flag}\"")).collect();
    println!("cargo::rustc-check-cfg=cfg(needs, values({}))", values.join(", "));
    for flag in flags {
        println!("cargo::rustc-cfg=needs=\"{flag}\"");
    }
}
