//! Problems found on the way, each tied to the file and place it was found, and
//! sorted by kind so that tools count them without reading their words.

mod position;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use position::Position;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Severity {
    /// Generation went on: the generator repaired or skipped something and says what.
    Warning,
    /// Generation cannot produce correct code.
    Error,
}

/// What a diagnostic is about. The debt a spec leaves (what the generated code
/// cannot say exactly) is the warnings of kind `Repair` and `Unsupported`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A file cannot be read, or is not YAML or JSON.
    Read,
    /// The document is not one the generator reads: no `openapi` field, an
    /// unsupported version, a field of the wrong shape, a rule of OpenAPI broken.
    Document,
    /// A `$ref` that does not resolve, names the wrong kind of component, or points
    /// where the generator may not read.
    Reference,
    /// The spec contradicts itself; the generator read it as the keyword that carries
    /// the data says.
    Repair,
    /// A construct the generated code cannot hold exactly: it is widened (to any JSON
    /// value), ignored or left out.
    Unsupported,
    /// An example that does not fit its own schema: the spec's bug, left out of the
    /// samples test.
    BadExample,
    /// A member the spec's own example shows absent or `null` where its schema says
    /// it cannot be: read as optional or nullable, as the example shows it.
    Evidence,
    /// An option given to the generator that cannot work.
    Config,
    /// An overlay's action that cannot be performed, or selects nothing (the spec
    /// changed under it?).
    Overlay,
    /// The generated files could not be written.
    Write,
    /// The generator's own fault.
    Internal,
}

/// One problem, with the file and JSON pointer where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    pub file: PathBuf,
    /// A JSON pointer (RFC 6901) into the document (empty for the whole file, or a
    /// syntax error, whose place is its `position`).
    pub location: String,
    /// The line and column where `location` is written in `file`: found for every
    /// diagnostic the generator returns (see [`locate`]), but not for a place the file
    /// lacks (a member the generator missed is shown at its parent) or a whole file.
    pub position: Option<Position>,
    pub message: String,
}

impl Diagnostic {
    /// `location` as a person reads it: its keys unescaped, so `/paths/~1pets~1{id}/get`
    /// reads `/paths/pets/{id}/get` (a key that starts with `/`, a path, is not given
    /// a second one).
    pub fn place(&self) -> String {
        let mut place = String::with_capacity(self.location.len());
        for token in self.location.split('/').skip(1) {
            let key = pointer_unescape(token);
            if !key.starts_with('/') {
                place.push('/');
            }
            place.push_str(&key);
        }
        place
    }
}

/// One line, as compilers say it: `warning: spec.yaml:12:7: /paths/pets/get: message`.
/// The line and column, and the place, are left out where there are none.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{label}: ")?;
        // A problem of no file is an option given to the generator.
        if !self.file.as_os_str().is_empty() {
            write!(f, "{}", self.file.display())?;
            if let Some(Position { line, column }) = self.position {
                write!(f, ":{line}:{column}")?;
            }
            write!(f, ": ")?;
        }
        if !self.location.is_empty() {
            write!(f, "{}: ", self.place())?;
        }
        write!(f, "{}", self.message)
    }
}

/// Finds the line and column of each diagnostic's place, reading each file once; a file
/// that cannot be read again leaves its diagnostics without.
pub fn locate(diagnostics: &mut [Diagnostic]) {
    let mut by_file: HashMap<PathBuf, Vec<usize>> = HashMap::new();
    for (i, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.position.is_none() && !diagnostic.location.is_empty() {
            by_file.entry(diagnostic.file.clone()).or_default().push(i);
        }
    }
    for (file, indices) in by_file {
        let Ok(source) = std::fs::read_to_string(&file) else { continue };
        let pointers: Vec<String> = indices.iter().map(|&i| diagnostics[i].location.clone()).collect();
        let found = position::locate(&source, pointers.iter().map(String::as_str));
        for (&i, pointer) in indices.iter().zip(&pointers) {
            diagnostics[i].position = found.get(pointer.as_str()).copied();
        }
    }
}

/// The one sink every stage reports to, so that a broken spec reports all of its
/// problems at once, each once (a schema reached from many places is judged at each).
/// A problem is tied to the file being read when it is found.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    file: PathBuf,
    items: Vec<Diagnostic>,
    said: HashSet<(Severity, PathBuf, String, String)>,
    /// Places of a document written in another file (a component imported from it):
    /// a problem found there is said in that file.
    written_elsewhere: Vec<WrittenElsewhere>,
    /// How many of the first items have been looked for in their files already.
    looked_for: usize,
}

#[derive(Debug, Clone)]
struct WrittenElsewhere {
    /// The document, and the place in it.
    document: PathBuf,
    at: String,
    /// Where it is written.
    file: PathBuf,
    pointer: String,
}

impl Diagnostics {
    /// A sink whose problems are in `file` until said otherwise.
    pub fn new(file: &Path) -> Self {
        Self { file: file.to_path_buf(), ..Self::default() }
    }

    /// The problems found from now on are in `file`.
    pub fn reading(&mut self, file: &Path) {
        self.file = file.to_path_buf();
    }

    /// Runs `read` with its problems tied to `file`, then goes back to the file before.
    pub(crate) fn in_file<T>(&mut self, file: &Path, read: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.file, file.to_path_buf());
        let result = read(self);
        self.file = outer;
        result
    }

    /// The place `at` of the file being read is written in `file`, at `pointer`.
    pub(crate) fn written_at(&mut self, at: &str, file: &Path, pointer: &str) {
        let place = WrittenElsewhere {
            document: self.file.clone(),
            at: at.to_owned(),
            file: file.to_path_buf(),
            pointer: pointer.to_owned(),
        };
        self.written_elsewhere.push(place);
    }

    pub(crate) fn warn(&mut self, kind: DiagnosticKind, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, kind, location.into(), message.into());
    }

    pub(crate) fn error(&mut self, kind: DiagnosticKind, location: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, kind, location.into(), message.into());
    }

    /// An error at a line and column of the file being read, not at a place of its
    /// document: the file is no YAML or JSON there.
    pub(crate) fn syntax_error(&mut self, position: Option<Position>, message: String) {
        self.items.push(Diagnostic {
            severity: Severity::Error,
            kind: DiagnosticKind::Read,
            file: self.file.clone(),
            location: String::new(),
            position,
            message,
        });
    }

    fn push(&mut self, severity: Severity, kind: DiagnosticKind, location: String, message: String) {
        let (file, location) = self.where_written(location);
        if !self.said.insert((severity, file.clone(), location.clone(), message.clone())) {
            return;
        }
        self.items.push(Diagnostic { severity, kind, file, location, position: None, message });
    }

    /// The file and pointer where a place of the file being read is written.
    fn where_written(&self, location: String) -> (PathBuf, String) {
        let elsewhere = self.written_elsewhere.iter().find(|place| {
            place.document == self.file
                && location.strip_prefix(&place.at).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        });
        match elsewhere {
            Some(place) => (place.file.clone(), format!("{}{}", place.pointer, &location[place.at.len()..])),
            None => (self.file.clone(), location),
        }
    }

    /// The file problems are tied to now.
    pub fn file(&self) -> &Path {
        &self.file
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// How many errors there are so far.
    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// Every problem so far, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }

    /// Every problem, each with the line and column of its place ([`locate`]): what a
    /// person is shown. Reading the files again costs a fifth of a second on a
    /// 13 MB spec, so tools that count problems take [`Diagnostics::into_vec`].
    pub fn into_located(self) -> Vec<Diagnostic> {
        let mut items = self.items;
        locate(&mut items[self.looked_for..]);
        items
    }

    /// Runs `work` while another core finds where the problems so far are written, as
    /// [`Self::into_located`] does, which then looks only for those found since.
    pub(crate) fn locating_while<T>(&mut self, work: impl FnOnce(&mut Self) -> T) -> T {
        let start = self.looked_for;
        let so_far = self.items[start..].to_vec();
        let count = so_far.len();
        if count == 0 {
            return work(self);
        }
        std::thread::scope(|scope| {
            let locating = std::thread::Builder::new().spawn_scoped(scope, move || {
                let mut so_far = so_far;
                locate(&mut so_far);
                so_far
            });
            let result = work(self);
            // Where no thread could be had, the end looks for them all.
            if let Some(located) = locating.ok().and_then(|locating| locating.join().ok()) {
                for (item, located) in self.items[start..start + count].iter_mut().zip(located) {
                    item.position = located.position;
                }
                self.looked_for = start + count;
            }
            result
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Problems found before the work are located beside it, those found during it at
    /// the end: each where a single look at the end would put it.
    #[test]
    fn problems_located_beside_other_work_are_where_the_end_would_put_them() {
        let file = std::env::temp_dir().join(format!("located-{}.yaml", std::process::id()));
        std::fs::write(&file, "openapi: 3.0.3\npaths:\n  /a:\n    get: {}\n  /b:\n    get: {}\n").unwrap();
        let mut diags = Diagnostics::new(&file);
        diags.warn(DiagnosticKind::Document, "/paths/~1a/get", "before");
        diags.warn(DiagnosticKind::Document, "/paths", "before too");
        let mut at_the_end = diags.clone();
        diags.locating_while(|diags| diags.warn(DiagnosticKind::Document, "/paths/~1b/get", "during"));
        at_the_end.warn(DiagnosticKind::Document, "/paths/~1b/get", "during");
        let (beside, at_the_end) = (diags.into_located(), at_the_end.into_located());
        std::fs::remove_file(&file).unwrap();
        let lines: Vec<Option<usize>> = beside.iter().map(|d| d.position.map(|p| p.line)).collect();
        assert_eq!(lines, [Some(4), Some(2), Some(6)]);
        assert_eq!(beside, at_the_end);
    }
}
