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
    /// The generated code that names the crate, when not all of it does: a crate
    /// needs it only when its code does ([`dependencies_named`]).
    pub only_for: Option<&'static str>,
    /// The generated crate's cargo feature that brings the crate in: optional else.
    pub feature: Option<&'static str>,
}

/// What generated code compiles against: every API all but the entries with
/// `only_for`, which only the code of APIs that use them names.
pub const RUNTIME_DEPENDENCIES: &[Dependency] = &[
    // For signatures in base64, the version reqwest already brings.
    Dependency::new("base64", "0.22.1").only_for(WEBHOOKS).behind(WEBHOOKS_FEATURE),
    Dependency::new("bytes", "1.12.2"),
    Dependency::new("chrono", "0.4.45").without_defaults(&["serde", "std"]),
    Dependency::new("futures-util", "0.3.34").without_defaults(&["std"]),
    // HMAC-SHA256 with a constant-time check, and no dependencies of its own: the
    // one the Standard Webhooks crate uses.
    Dependency::new("hmac-sha256", "1.1.15").only_for(WEBHOOKS).behind(WEBHOOKS_FEATURE),
    Dependency::new("percent-encoding", "2.3.2"),
    Dependency::new("reqwest", "0.12").without_defaults(&["multipart", "rustls-tls", "stream"]),
    Dependency::new("serde", "1.0.229").with(&["derive"]),
    Dependency::new("serde_json", "1.0.154").with(&["preserve_order"]),
    Dependency::new("serde_path_to_error", "0.1.20"),
    Dependency::new("serde_urlencoded", "0.7.1"),
    // The server-sent events format, kept out of our code: it parses every line end,
    // comments and multi-line data as the WHATWG standard says, in one pass over the
    // bytes (the parser of the official Rust MCP SDK).
    Dependency::new("sse-stream", "0.3.0").only_for("operations that answer server-sent events"),
    // The Standard Webhooks reference implementation (Svix's, who wrote the standard).
    Dependency::new("standardwebhooks", "1.0.1").only_for(WEBHOOKS).behind(WEBHOOKS_FEATURE),
    Dependency::new("tokio", "1.54.1").with(&["time"]),
    // Spans and events of requests, for whatever subscriber the user runs.
    Dependency::new("tracing", "0.1.44").without_defaults(&["std"]).only_for(TRACING).behind(TRACING_FEATURE),
    Dependency::new("uuid", "1.29.3").with(&["serde"]),
    // The mock server of typed mocks: in-process, checks expected counts when dropped.
    Dependency::new("wiremock", "0.6.5").only_for(MOCK).behind(MOCK_FEATURE),
];

/// The generated code that checks webhooks' signatures.
const WEBHOOKS: &str = "the webhooks module, which checks signatures";

/// The cargo feature of a generated crate that compiles its `webhooks` modules in.
pub const WEBHOOKS_FEATURE: &str = "webhooks";

/// The generated code that traces requests.
const TRACING: &str = "the spans and events of requests";

/// The cargo feature of a generated crate that traces its requests.
pub const TRACING_FEATURE: &str = "tracing";

/// The generated code of typed mocks.
const MOCK: &str = "the mock module, for tests";

/// The cargo feature of a generated crate that compiles its `mock` modules in.
pub const MOCK_FEATURE: &str = "mock";

/// The cargo features generated code may be gated by, beyond its tags'.
pub const OPTIONAL_FEATURES: [&str; 3] = [MOCK_FEATURE, TRACING_FEATURE, WEBHOOKS_FEATURE];

impl Dependency {
    const fn new(name: &'static str, version: &'static str) -> Self {
        Self { name, version, default_features: true, features: &[], only_for: None, feature: None }
    }

    const fn behind(self, feature: &'static str) -> Self {
        Self { feature: Some(feature), ..self }
    }

    const fn only_for(self, code: &'static str) -> Self {
        Self { only_for: Some(code), ..self }
    }

    const fn with(self, features: &'static [&'static str]) -> Self {
        Self { features, ..self }
    }

    const fn without_defaults(self, features: &'static [&'static str]) -> Self {
        Self { default_features: false, features, ..self }
    }

    /// The entry as one `Cargo.toml` line: `serde = { version = "1", features = ["derive"] }`.
    /// One behind a feature is `optional = true`.
    pub fn toml_line(&self) -> String {
        if self.default_features && self.features.is_empty() && self.feature.is_none() {
            return format!("{} = \"{}\"", self.name, self.version);
        }
        let mut table = format!("{} = {{ version = \"{}\"", self.name, self.version);
        if self.feature.is_some() {
            table.push_str(", optional = true");
        }
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

/// The entries of [`RUNTIME_DEPENDENCIES`] that the generated Rust `files` name
/// (`reqwest::...`), in its order.
pub fn dependencies_named(files: &[crate::GeneratedFile]) -> Vec<Dependency> {
    RUNTIME_DEPENDENCIES.iter().filter(|d| is_named(files, d)).copied().collect()
}

/// Whether the generated Rust `files` name `dependency` (`reqwest::...`).
fn is_named(files: &[crate::GeneratedFile], dependency: &Dependency) -> bool {
    let path = format!("{}::", dependency.name.replace('-', "_"));
    let rust = files.iter().filter(|file| file.path.extension().is_some_and(|ext| ext == "rs"));
    rust.into_iter().any(|file| file.contents.contains(&path))
}

/// What a crate of the generated `files` lists: every entry that all generated code
/// needs, and those that only some code names if these files name them.
pub fn dependencies_of(files: &[crate::GeneratedFile]) -> Vec<Dependency> {
    RUNTIME_DEPENDENCIES.iter().filter(|d| d.only_for.is_none() || is_named(files, d)).copied().collect()
}

/// The cargo features that bring in some of `dependencies`, each with the line that
/// declares it in `[features]`: `webhooks = ["dep:base64", "dep:hmac-sha256"]`.
pub fn features_toml(dependencies: &[Dependency]) -> Vec<(&'static str, String)> {
    let mut features: Vec<&'static str> = dependencies.iter().filter_map(|d| d.feature).collect();
    features.sort_unstable();
    features.dedup();
    let line = |feature: &str| {
        let deps: Vec<String> =
            dependencies.iter().filter(|d| d.feature == Some(feature)).map(|d| format!("\"dep:{}\"", d.name)).collect();
        format!("{feature} = [{}]", deps.join(", "))
    };
    features.into_iter().map(|feature| (feature, line(feature))).collect()
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
        assert!(lines.contains("\nbytes = \"1.12.2\"\n"), "{lines}");
        assert!(lines.contains("standardwebhooks = { version = \"1.0.1\", optional = true }\n"), "{lines}");
        assert!(
            lines.contains(
                "reqwest = { version = \"0.12\", default-features = false, features = [\"multipart\", \"rustls-tls\", \"stream\"] }\n"
            ),
            "{lines}"
        );
        assert!(lines.contains("serde = { version = \"1.0.229\", features = [\"derive\"] }\n"), "{lines}");
    }

    #[test]
    fn a_feature_brings_in_its_optional_crates() {
        let features = features_toml(RUNTIME_DEPENDENCIES);
        let line = "webhooks = [\"dep:base64\", \"dep:hmac-sha256\", \"dep:standardwebhooks\"]";
        let mock = "mock = [\"dep:wiremock\"]".to_owned();
        let tracing = "tracing = [\"dep:tracing\"]".to_owned();
        assert_eq!(features, [(MOCK_FEATURE, mock), (TRACING_FEATURE, tracing), (WEBHOOKS_FEATURE, line.to_owned())]);
        let features: Vec<&str> = features.iter().map(|(feature, _)| *feature).collect();
        assert_eq!(features, OPTIONAL_FEATURES);
        let plain: Vec<Dependency> = RUNTIME_DEPENDENCIES.iter().filter(|d| d.feature.is_none()).copied().collect();
        assert!(features_toml(&plain).is_empty());
    }
}
