//! `codegen generate SPEC --out DIR [--name CRATE]`: a standalone client crate from a spec.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Generation allocates many small tokens and trees on two threads; mimalloc takes a
// quarter less time over it than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(version, about = "Generates typed Rust API clients from OpenAPI specs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes a standalone crate (Cargo.toml and src/) for one spec.
    Generate {
        /// The OpenAPI spec, YAML or JSON.
        spec: PathBuf,
        /// The folder the crate is written into.
        #[arg(long)]
        out: PathBuf,
        /// The crate's name; defaults to the API's title (`Spotify Web API` is
        /// `spotify-web-api`), else the spec's file name.
        #[arg(long)]
        name: Option<String>,
        /// A cargo feature per tag, each compiling that tag's operations only.
        #[arg(long)]
        tag_features: bool,
        /// Method names without the verbose parts of operation ids and summaries
        /// (`get_an_artists_top_tracks` is `artist_top_tracks`).
        #[arg(long)]
        short_names: bool,
        /// Writes into `--out` even when it holds files that codegen did not write.
        #[arg(long)]
        force: bool,
        /// An overlay (Overlay Specification 1.0, 1.1 or 1.2) applied to the spec, after
        /// the one named like it (`SPEC.overlay.yaml`); repeatable, applied in order.
        #[arg(long = "overlay", value_name = "FILE")]
        overlays: Vec<PathBuf>,
        /// A settings file (TOML: `short-method-names`, `[operations]`...), in place of
        /// the one named like the spec (`SPEC.codegen.toml`).
        #[arg(long, value_name = "FILE")]
        settings: Option<PathBuf>,
    },
    /// Reports what NEW changes in the generated Rust API against OLD: operations,
    /// types, members and variants added, removed or changed, each breaking or
    /// compatible, and the semver bump they imply. Both are read with NEW's overlay and
    /// settings file. Exits 0 when nothing breaks, 1 when something does, 2 on an error.
    Diff {
        /// The old version: a file, or `REV:PATH` for a git revision of one
        /// (`HEAD~1:specs/playai.yaml`).
        old: String,
        /// The new version, a file.
        new: PathBuf,
        /// `text` (a line per change) or `json` (`{bump, breaking, compatible}`).
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Sets up a crate to regenerate a client from SPEC at every `cargo build`: the spec
    /// copied to `specs/`, `build.rs`, the dependencies in `Cargo.toml` (its layout
    /// kept) and `src/api.rs` mounted in the crate's root. Overwrites nothing.
    Init {
        /// The OpenAPI spec, YAML or JSON.
        spec: PathBuf,
        /// The crate to set up.
        #[arg(long = "crate", default_value = ".")]
        crate_dir: PathBuf,
        /// The API's module name (`crate::api::NAME`); defaults to the spec's file name.
        #[arg(long)]
        name: Option<String>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Generate { spec, out, name, tag_features, short_names, force, overlays, settings } => {
            let mut config =
                overlays.into_iter().fold(codegen::Config::new().api("api", &spec), codegen::Config::overlay);
            if let Some(settings) = settings {
                config = config.settings(settings);
            }
            let config = config.tag_features(tag_features).short_method_names(short_names);
            generate(config, out, name, force)
        }
        Command::Diff { old, new, format } => diff(&old, &new, &format),
        Command::Init { spec, crate_dir, name } => match codegen::init::init(&spec, &crate_dir, name.as_deref()) {
            Ok(changes) if changes.is_empty() => {
                eprintln!("{} is set up already: nothing to do", crate_dir.display());
                ExitCode::SUCCESS
            }
            Ok(changes) => {
                for change in changes {
                    eprintln!("{change}");
                }
                eprintln!("next: `cargo build` generates the client into OUT_DIR");
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("error: {message}");
                ExitCode::FAILURE
            }
        },
    }
}

fn diff(old: &str, new: &std::path::Path, format: &str) -> ExitCode {
    let old_file = match old_version(old, new) {
        Ok(file) => file,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let result = codegen::Config::new().api("api", new).diff(&old_file.0);
    if old_file.1 {
        let _ = std::fs::remove_file(&old_file.0);
    }
    match result {
        Ok(diff) => {
            match format {
                "json" => println!("{}", diff.to_json()),
                _ => print!("{diff}"),
            }
            if diff.has_breaking() { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
        Err(failure) => {
            eprint!("{failure}");
            ExitCode::from(2)
        }
    }
}

/// The old version's file, and whether it is a copy to remove: a file as it is, or
/// `REV:PATH` read with `git show` into a file beside NEW (so that its relative
/// references resolve as NEW's do).
fn old_version(old: &str, new: &std::path::Path) -> Result<(PathBuf, bool), String> {
    if std::path::Path::new(old).is_file() {
        return Ok((PathBuf::from(old), false));
    }
    let Some((revision, path)) = old.split_once(':') else {
        return Err(format!("{old} is neither a file nor `REV:PATH`"));
    };
    let output = std::process::Command::new("git")
        .args(["show", &format!("{revision}:{path}")])
        .output()
        .map_err(|err| format!("cannot run git: {err}"))?;
    if !output.status.success() {
        return Err(format!("git show {old}: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    let name = new.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let copy = new.with_file_name(format!(".{name}.{}.old", std::process::id()));
    std::fs::write(&copy, output.stdout).map_err(|err| format!("cannot write {}: {err}", copy.display()))?;
    Ok((copy, true))
}

fn generate(mut config: codegen::Config, out: PathBuf, name: Option<String>, force: bool) -> ExitCode {
    if !force && let Err(message) = check_out_dir(&out) {
        eprintln!("error: {message}");
        return ExitCode::FAILURE;
    }
    if let Some(name) = name {
        config = config.crate_name(name);
    }
    match config.write_crate(&out) {
        Ok(report) => {
            for warning in &report.warnings {
                eprintln!("{warning}");
            }
            eprintln!(
                "generated {} ({} file(s) written, {} unchanged)",
                out.display(),
                report.write.written.len(),
                report.write.unchanged.len()
            );
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprint!("{failure}");
            ExitCode::FAILURE
        }
    }
}

/// A folder may be written into when it is new, empty, or a crate this command wrote
/// (its `Cargo.toml` starts with [`codegen::GENERATED_MARKER`]): never over a user's own files.
fn check_out_dir(out: &std::path::Path) -> Result<(), String> {
    let entries = match std::fs::read_dir(out) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(format!("cannot read the output folder {}: {err}", out.display())),
    };
    if entries.count() == 0 {
        return Ok(());
    }
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_default();
    if manifest.starts_with(codegen::GENERATED_MARKER) {
        return Ok(());
    }
    Err(format!(
        "{} is not empty and codegen did not write it (it has no Cargo.toml starting with `{}`); \
         nothing was written. Choose a new or empty folder, or pass --force to write into it anyway",
        out.display(),
        codegen::GENERATED_MARKER
    ))
}
