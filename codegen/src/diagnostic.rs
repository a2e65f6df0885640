//! Problems found in a spec, each tied to the place it was found.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Generation went on: the generator repaired or skipped something and says what.
    Warning,
    /// Generation cannot produce correct code.
    Error,
}

/// One problem, with the file and JSON pointer where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    /// A JSON pointer (RFC 6901) into the document, or a `line N` note for syntax errors.
    pub location: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        let at = if self.location.is_empty() { "/" } else { &self.location };
        write!(f, "{label}: {}: {at}: {}", self.file.display(), self.message)
    }
}

/// Collects problems so that a broken spec reports all of them at once, each once
/// (a schema reached from many places is judged at each).
#[derive(Debug, Clone)]
pub struct Diagnostics {
    file: PathBuf,
    items: Vec<Diagnostic>,
    said: HashSet<(Severity, String, String)>,
}

impl Diagnostics {
    pub fn new(file: &Path) -> Self {
        Self { file: file.to_path_buf(), items: Vec::new(), said: HashSet::new() }
    }

    pub fn warn(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, location.into(), message.into());
    }

    pub fn error(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, location.into(), message.into());
    }

    fn push(&mut self, severity: Severity, location: String, message: String) {
        if !self.said.insert((severity, location.clone(), message.clone())) {
            return;
        }
        self.items.push(Diagnostic { severity, file: self.file.clone(), location, message });
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/`.
pub fn pointer_push(pointer: &str, token: &str) -> String {
    // One allocation: pointers are made for every schema, diagnosed or not.
    let mut pushed = String::with_capacity(pointer.len() + token.len() + 1);
    pushed.push_str(pointer);
    pushed.push('/');
    for c in token.chars() {
        match c {
            '~' => pushed.push_str("~0"),
            '/' => pushed.push_str("~1"),
            c => pushed.push(c),
        }
    }
    pushed
}

/// One JSON pointer token as the key it stands for: the reverse of `pointer_push`'s escaping.
pub fn pointer_unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}
