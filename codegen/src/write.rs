//! Stage 4: rendered chunks to formatted files on disk, written only when their bytes
//! change and only after the whole run succeeded.

use std::io;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};

use crate::render::Chunk;

/// One output file, its path relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Formats a generated file, given in chunks of whole items, as Rust source: tokens are
/// laid out, text is taken as it is. An error here is a generator bug: the tokens did
/// not form a Rust file.
pub fn format(chunks: impl IntoIterator<Item = Chunk>) -> Result<String, syn::Error> {
    // In runs of whole items, of about 128 top-level tokens each (a few items): no item's
    // layout depends on another, and the syntax tree of a small run stays in the cache
    // (on GitHub's API, runs of 128 took 8% less time than runs of 512, 15% less than 2048).
    let mut laid_out = String::new();
    let mut run: Vec<TokenTree> = Vec::new();
    for chunk in chunks {
        match chunk {
            Chunk::Tokens(tokens) => {
                run.extend(tokens);
                if run.len() >= 128 {
                    lay_out(&mut run, &mut laid_out)?;
                }
            }
            Chunk::LaidOut(text) => {
                lay_out(&mut run, &mut laid_out)?;
                laid_out.push_str(&text);
            }
            Chunk::Items(source) => {
                lay_out(&mut run, &mut laid_out)?;
                lay_out(&mut lex(&source)?.into_iter().collect(), &mut laid_out)?;
            }
            Chunk::Members(source) => {
                lay_out(&mut run, &mut laid_out)?;
                lay_out_members(lex(&source)?, &mut laid_out)?;
            }
            Chunk::MemberTokens(members) => {
                lay_out(&mut run, &mut laid_out)?;
                lay_out_members(members, &mut laid_out)?;
            }
        }
    }
    lay_out(&mut run, &mut laid_out)?;
    Ok(separate_items(&laid_out))
}

/// Lays out the items of `run`, if any, after `laid_out`.
fn lay_out(run: &mut Vec<TokenTree>, laid_out: &mut String) -> Result<(), syn::Error> {
    if run.is_empty() {
        return Ok(());
    }
    let mut file: syn::File = syn::parse2(run.drain(..).collect())?;
    syn::visit_mut::VisitMut::visit_file_mut(&mut InertDocs, &mut file);
    laid_out.push_str(&prettyplease::unparse(&file));
    Ok(())
}

/// Generated source as tokens; an error is a generator bug.
fn lex(source: &str) -> Result<TokenStream, syn::Error> {
    source.parse().map_err(|err: proc_macro2::LexError| syn::Error::new(err.span(), err))
}

/// Lays out members of an `impl` block after `laid_out`, as they are laid out in one:
/// in a block of their own, whose first and last lines are left out.
fn lay_out_members(members: TokenStream, laid_out: &mut String) -> Result<(), syn::Error> {
    if members.is_empty() {
        return Ok(());
    }
    let mut block = String::new();
    lay_out(&mut quote::quote!(impl Members { #members }).into_iter().collect(), &mut block)?;
    let inner = block.strip_prefix("impl Members {\n").and_then(|rest| rest.strip_suffix("}\n"));
    let inner =
        inner.ok_or_else(|| syn::Error::new(proc_macro2::Span::call_site(), "members laid out unlike a block"))?;
    laid_out.push_str(inner);
    Ok(())
}

/// Every doc attribute, wherever it was made, passes here: the printer writes docs as
/// `///` comments, raw, so characters a comment must not hold are dropped. Control
/// characters, and the bidi controls that make source read differently from what it
/// is (rustc refuses them).
struct InertDocs;

impl syn::visit_mut::VisitMut for InertDocs {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        let syn::Meta::NameValue(doc) = &mut attr.meta else { return };
        if !doc.path.is_ident("doc") {
            return;
        }
        if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) = &mut doc.value {
            let value = text.value();
            if value.chars().any(is_unsafe_in_comment) {
                let clean: String = value.chars().filter(|c| !is_unsafe_in_comment(*c)).collect();
                *text = syn::LitStr::new(&clean, text.span());
            }
        }
    }
}

pub(crate) fn is_unsafe_in_comment(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// prettyplease puts items back to back; a blank line between items (at module
/// and impl level) and after the module docs reads as hand-written code does.
fn separate_items(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 16);
    let mut previous: Option<&str> = None;
    for line in source.lines() {
        if previous.is_some_and(|previous| blank_between(previous, line)) {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Appends `text`, separated as [`separate_items`] does, to `out`, the text of the
/// same file before it: the parts of a file separated apart join as the whole would.
pub fn join_separated(out: &mut String, text: &str) {
    let last = out.strip_suffix('\n').unwrap_or(out).rsplit('\n').next();
    let first = text.lines().next();
    if let (Some(last), Some(first)) = (last, first)
        && !out.is_empty()
        && blank_between(last, first)
    {
        out.push('\n');
    }
    out.push_str(text);
}

/// Whether a blank line goes between `previous` and `line`: before an item that
/// follows another at module or impl level, and after the module docs.
fn blank_between(previous: &str, line: &str) -> bool {
    const ITEM_STARTS: &[&str] = &[
        "///",
        "#[",
        "pub ",
        "pub(",
        "fn ",
        "async fn ",
        "impl",
        "const ",
        "enum ",
        "struct ",
        "type ",
        "mod ",
        "use ",
    ];
    let (indent, prev_indent) = (indent_of(line), indent_of(previous));
    let (text, prev_text) = (&line[indent..], &previous[prev_indent..]);
    let after_module_docs = prev_text.starts_with("//!") && !text.starts_with("//!");
    if indent > 4 {
        return after_module_docs;
    }
    let prev_is_doc_or_attr = prev_text.starts_with("//") || prev_text.starts_with("#[");
    let after_item =
        indent == prev_indent && !prev_is_doc_or_attr && (previous.ends_with('}') || previous.ends_with(';'));
    let starts_item = ITEM_STARTS.iter().any(|s| text.starts_with(s));
    let use_after_use = text.starts_with("use ") && prev_text.starts_with("use ");
    (after_item && starts_item && !use_after_use) || after_module_docs
}

/// The length of the whitespace `line` starts with: every line of a file is read here,
/// so spaces are counted as bytes, and only other whitespace is read as characters.
fn indent_of(line: &str) -> usize {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    match line.as_bytes().get(spaces) {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => spaces,
        None => spaces,
        Some(_) => line.len() - line.trim_start().len(),
    }
}

/// What a write changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    pub written: Vec<PathBuf>,
    pub unchanged: Vec<PathBuf>,
    /// Files an earlier run wrote that this one no longer makes.
    pub removed: Vec<PathBuf>,
}

/// The list of the files a run wrote, kept in the output folder so that the next run
/// removes those it no longer makes, and nothing else.
pub const MANIFEST: &str = ".generated-files";

/// Writes each file whose bytes differ from what is on disk, through a temporary
/// file and a rename, so a reader never sees half a file; then removes the files the
/// last run listed in [`MANIFEST`] that this one does not make.
pub fn write_files(out_dir: &Path, files: &[GeneratedFile]) -> io::Result<WriteReport> {
    let mut report = WriteReport::default();
    let before = std::fs::read_to_string(out_dir.join(MANIFEST)).unwrap_or_default();
    for file in files {
        let path = out_dir.join(&file.path);
        if std::fs::read(&path).is_ok_and(|existing| existing == file.contents.as_bytes()) {
            report.unchanged.push(file.path.clone());
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = path.with_file_name(format!(".{file_name}.tmp"));
        std::fs::write(&temp, &file.contents)?;
        std::fs::rename(&temp, &path)?;
        report.written.push(file.path.clone());
    }
    let made: Vec<String> = files.iter().map(|file| manifest_line(&file.path)).collect();
    for stale in before.lines().filter(|line| !line.is_empty() && !made.iter().any(|m| m == line)) {
        // Only plain relative paths: the manifest is ours, but it is a file anyone can edit.
        let path = Path::new(stale);
        if path.components().all(|c| matches!(c, std::path::Component::Normal(_))) {
            match std::fs::remove_file(out_dir.join(path)) {
                Ok(()) => report.removed.push(path.to_owned()),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {}
                Err(err) => return Err(err),
            }
        }
    }
    let manifest: String = made.iter().map(|line| format!("{line}\n")).collect();
    if before != manifest {
        std::fs::write(out_dir.join(MANIFEST), manifest)?;
    }
    Ok(report)
}

/// A path as the manifest lists it: `/`-separated on every system.
fn manifest_line(path: &Path) -> String {
    let parts: Vec<_> = path.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_separated_but_doc_lines_stay_together() {
        let source = "use a;\nuse b;\nstruct A;\n/// x;\n/// y\nstruct B;\nimpl B {\n    fn f() {}\n    fn g() {}\n}\n";
        let expected =
            "use a;\nuse b;\n\nstruct A;\n\n/// x;\n/// y\nstruct B;\n\nimpl B {\n    fn f() {}\n\n    fn g() {}\n}\n";
        assert_eq!(separate_items(source), expected);
    }

    #[test]
    fn parts_separated_apart_join_as_the_whole_is_separated() {
        let source = "//! m\nuse a;\nuse b;\nstruct A;\n/// x;\nstruct B;\nimpl B {\n    fn f() {}\n    fn g() {}\n}\n";
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        for split in 0..=lines.len() {
            let (head, tail) = (lines[..split].concat(), lines[split..].concat());
            let mut joined = separate_items(&head);
            join_separated(&mut joined, &separate_items(&tail));
            assert_eq!(joined, separate_items(source), "split before line {split}");
        }
    }

    #[test]
    fn unchanged_files_are_not_rewritten() {
        let dir = std::env::temp_dir().join(format!("codegen-write-{}", std::process::id()));
        let files = [GeneratedFile { path: "a/b.rs".into(), contents: "fn x() {}\n".into() }];
        let first = write_files(&dir, &files).unwrap();
        assert_eq!(first.written.len(), 1);
        let modified = std::fs::metadata(dir.join("a/b.rs")).unwrap().modified().unwrap();
        let second = write_files(&dir, &files).unwrap();
        assert_eq!(second.unchanged.len(), 1);
        assert_eq!(std::fs::metadata(dir.join("a/b.rs")).unwrap().modified().unwrap(), modified);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn files_a_run_no_longer_makes_are_removed_and_no_others() {
        let dir = std::env::temp_dir().join(format!("codegen-stale-{}", std::process::id()));
        let file = |path: &str| GeneratedFile { path: path.into(), contents: "x\n".into() };
        write_files(&dir, &[file("lib.rs"), file("a/support.rs"), file("a/mod.rs")]).unwrap();
        std::fs::write(dir.join("a/notes.md"), "mine").unwrap();
        let second = write_files(&dir, &[file("lib.rs"), file("a/mod.rs")]).unwrap();
        assert_eq!(second.removed, [PathBuf::from("a/support.rs")]);
        assert!(!dir.join("a/support.rs").exists() && dir.join("a/notes.md").exists());
        // A manifest edited to point outside the folder removes nothing there.
        std::fs::write(dir.join(MANIFEST), "../outside.rs\n/etc/x\nlib.rs\na/mod.rs\n").unwrap();
        let third = write_files(&dir, &[file("lib.rs"), file("a/mod.rs")]).unwrap();
        assert!(third.removed.is_empty());
        assert_eq!(std::fs::read_to_string(dir.join(MANIFEST)).unwrap(), "lib.rs\na/mod.rs\n");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
