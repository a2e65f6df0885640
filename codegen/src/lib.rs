//! Generates typed async Rust clients from OpenAPI specs (Swagger 2.0, OpenAPI 3.0
//! and 3.1).
//!
//! The pipeline, one stage per module, one data type between each:
//!
//! ```text
//! load     spec file            -> load::Document  (parsed, Swagger 2.0 and 3.1 brought to one model)
//! resolve  Document             -> ir::Api         (every decision: types, names, wire formats)
//! samples  Document, ir::Api    -> ir::Sample list (the examples, checked, typed by the IR)
//! features ir::Api              -> ir::Api         (optional: a cargo feature per tag)
//! render   ir::Api, samples     -> token streams   (prints what the IR says; no policy of its own)
//! write    tokens               -> formatted files (written only when their bytes change)
//! ```
//!
//! Where each concern lives:
//!
//! - `config/`: what the user asks for ([`Config`]), one options struct per stage,
//!   and the crates generated code depends on (`dependencies`); `product` runs the
//!   pipeline for a library or a standalone crate and makes the files around it.
//! - `diagnostic/`: the one sink every stage reports to, each problem with its file,
//!   JSON pointer and [`DiagnosticKind`]; `position` finds a pointer's line and column
//!   when the problems are shown.
//! - `spec`: what the document's keywords say, read by resolve and samples alike.
//! - `load/`: parsing (`yaml`, `deserialise`), other files (`external`), references
//!   into the document (`local_refs`), Swagger 2.0 (`swagger2`), 3.1 to one model
//!   (`normalise`) and the repairs of self-contradicting schemas (`repair`).
//! - `resolve/`: schemas (`node`) to types (`schema`, `keywords`, `composition` for `allOf`,
//!   `alternatives` for `oneOf`/`anyOf` and their tags, `unions`, `inheritance`),
//!   operations (`operation`, `parameters`, `bodies`, `responses`, `pagination`,
//!   `security`, `servers`; `fields` finds paths down a body), recursion (`cycles`).
//! - `samples/`: the JSON the generated tests decode: examples matched to their
//!   types (`declared`), checked against their schemas (`validate`), and instances
//!   made from schemas (`synthesise`).
//! - `ir/`: the API (`mod`), its types (`types`) and operations (`operation`).
//! - `naming`: the one vocabulary of generated names, and the names the fixed code
//!   takes (read from the templates), which generated items avoid.
//! - `render/` mirrors the generated files: `types/` prints `types.rs` and
//!   `serde_impls.rs` (`structs`, `enums`, `unions`), `client/` prints `client.rs` by
//!   part (`shell`, `auth`, `request`, `params`, `bodies`, `response`, `pagination`),
//!   `support` chooses the support code, `library` prints a library's `lib.rs`,
//!   `start` the "Start here" example that an API's docs and a crate's README open
//!   with, `examples` the samples test.
//! - `templates`: fixed code, plain Rust in the `client-support` crate beside this
//!   one, compiled and unit-tested there with every flag on: the support code every
//!   client calls (retries, transport, parameter styles, error types, redaction), and
//!   in `api/` the fixed part of each API's `client.rs` and samples test. Render
//!   prints the items an API needs, chosen by their `#[cfg(needs = "...")]`.
//!
//! Render and write run on a thread per core, each taking the next share of a file (48
//! of its operations or types), a few items at a time: a large file is never held as
//! tokens all at once.
//!
//! From a build script:
//!
//! ```no_run
//! codegen::Config::new()
//!     .api("playai", "specs/playai.yaml")
//!     .feature_gates(true)
//!     .write_library("generated")
//!     .unwrap();
//! ```

mod build_script;
mod config;
mod diagnostic;
mod diff;
mod features;
#[cfg(feature = "cli")]
pub mod init;
mod ir;
mod load;
mod naming;
pub mod pipeline;
mod product;
mod render;
mod resolve;
mod samples;
mod spec;
mod templates;
mod thread;
mod write;

pub use config::{
    Config, Dependency, OperationSelection, RUNTIME_DEPENDENCIES, ResolveOptions, SampleKinds, dependencies_named,
    dependencies_toml, features_toml,
};
pub use diagnostic::{Diagnostic, DiagnosticKind, Position, Severity, locate};
pub use diff::{Bump, Change, Diff};
pub use features::TagFeature;
pub use product::{ApiSummary, Failure, GENERATED_MARKER, Generated, Report};
pub use write::{GeneratedFile, WriteReport};
