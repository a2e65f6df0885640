//! The crates generated code calls, in one place: a standalone crate's `Cargo.toml`
//! is written from this list, and this repository's workspace manifest, from which
//! every crate here that compiles generated code takes its dependencies, is checked
//! against it (`codegen/tests/dependencies.rs`).

/// A crate generated code calls, as an entry of `[dependencies]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dependency {
    pub name: &'static str,
    /// A semver requirement, as `Cargo.toml` writes it.
    pub version: &'static str,
    /// Whether the crate's default features are on.
    pub default_features: bool,
    pub features: &'static [&'static str],
}

/// What every generated API compiles against.
pub const RUNTIME_DEPENDENCIES: &[Dependency] = &[
    Dependency::new("bytes", "1.12.2"),
    Dependency::new("chrono", "0.4.45").without_defaults(&["serde", "std"]),
    Dependency::new("futures-util", "0.3.34").without_defaults(&["std"]),
    Dependency::new("percent-encoding", "2.3.2"),
    Dependency::new("reqwest", "0.12").without_defaults(&["multipart", "rustls-tls", "stream"]),
    Dependency::new("serde", "1.0.229").with(&["derive"]),
    Dependency::new("serde_json", "1.0.154").with(&["preserve_order"]),
    Dependency::new("serde_path_to_error", "0.1.20"),
    Dependency::new("serde_urlencoded", "0.7.1"),
    Dependency::new("tokio", "1.54.1").with(&["time"]),
    Dependency::new("uuid", "1.29.3").with(&["serde"]),
];

impl Dependency {
    const fn new(name: &'static str, version: &'static str) -> Self {
        Self { name, version, default_features: true, features: &[] }
    }

    const fn with(self, features: &'static [&'static str]) -> Self {
        Self { features, ..self }
    }

    const fn without_defaults(self, features: &'static [&'static str]) -> Self {
        Self { default_features: false, features, ..self }
    }

    /// The entry as one `Cargo.toml` line: `serde = { version = "1", features = ["derive"] }`.
    pub fn toml_line(&self) -> String {
        if self.default_features && self.features.is_empty() {
            return format!("{} = \"{}\"", self.name, self.version);
        }
        let mut table = format!("{} = {{ version = \"{}\"", self.name, self.version);
        if !self.default_features {
            table.push_str(", default-features = false");
        }
        if !self.features.is_empty() {
            let features: Vec<String> = self.features.iter().map(|f| format!("\"{f}\"")).collect();
            table.push_str(&format!(", features = [{}]", features.join(", ")));
        }
        table.push_str(" }");
        table
    }
}

/// `dependencies` as the lines of a `[dependencies]` table, one each.
pub fn dependencies_toml(dependencies: &[Dependency]) -> String {
    dependencies.iter().map(|dependency| dependency.toml_line() + "\n").collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_written_as_cargo_writes_them() {
        let lines = dependencies_toml(RUNTIME_DEPENDENCIES);
        assert!(lines.starts_with("bytes = \"1.12.2\"\n"), "{lines}");
        assert!(
            lines.contains(
                "reqwest = { version = \"0.12\", default-features = false, features = [\"multipart\", \"rustls-tls\", \"stream\"] }\n"
            ),
            "{lines}"
        );
        assert!(lines.contains("serde = { version = \"1.0.229\", features = [\"derive\"] }\n"), "{lines}");
    }
}
