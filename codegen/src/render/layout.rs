//! Items printed as laid-out text straight from the IR, skipping the token round trip.
//!
//! Laying tokens out (a syntax tree parsed from them, printed by prettyplease) is most
//! of a generation's time. The most regular items (the models' serde impls) are
//! printed here instead, line by line, exactly as prettyplease prints their tokens, so
//! that a file reads the same whichever way an item took; tests compare the two for
//! every shape. Only what is certain is printed this way: where prettyplease might
//! break a line, the item goes back to tokens.

use std::fmt::Write as _;

/// prettyplease's right margin: a line no longer than this is never broken.
const MARGIN: usize = 89;

/// The lines of an item, four spaces a level; [`Lines::finish`] gives `None` if one of
/// them might be laid out otherwise.
pub(crate) struct Lines {
    text: String,
    certain: bool,
}

impl Lines {
    pub fn new() -> Self {
        Lines { text: String::with_capacity(1024), certain: true }
    }

    /// A line that must fit within the margin.
    pub fn line(&mut self, depth: usize, line: &str) {
        self.certain &= fits(depth, line);
        self.push(depth, line);
    }

    /// A line whose last character prettyplease prints after its fit check (a match
    /// arm's `,`, the `{` after `let ... else`): it may reach one column further.
    pub fn line_with_tail(&mut self, depth: usize, line: &str) {
        self.certain &= fits_with_tail(depth, line);
        self.push(depth, line);
    }

    /// A line prettyplease has no place to break, however long (a `const` of a string).
    pub fn unbreakable(&mut self, depth: usize, line: &str) {
        self.push(depth, line);
    }

    /// `impl ... for Name {` at the top level: on one line if it fits, else broken
    /// before `for`.
    pub fn impl_header(&mut self, head: &str, name: &str) {
        let header = format!("{head} for {name} {{");
        if fits(0, &header) {
            self.push(0, &header);
        } else {
            self.push(0, head);
            self.line(0, &format!("for {name} {{"));
        }
    }

    /// `function(args)?;` as a statement at `depth`: on one line if it fits, else its
    /// arguments one to a line.
    pub fn call_statement(&mut self, depth: usize, function: &str, args: &[&str]) {
        let call = format!("{function}({})?;", args.join(", "));
        if fits(depth, &call) {
            self.push(depth, &call);
        } else {
            self.broken_args(depth, function, args, ")?;");
        }
    }

    /// `receiver.method(args)?;` as a statement at `depth`: on one line if it fits, else
    /// the method on a line of its own below, its arguments one to a line if that does
    /// not fit either.
    pub fn method_statement(&mut self, depth: usize, receiver: &str, method: &str, args: &[&str]) {
        let call = format!("{method}({})?;", args.join(", "));
        if fits(depth, &format!("{receiver}.{call}")) {
            return self.push(depth, &format!("{receiver}.{call}"));
        }
        self.line(depth, receiver);
        if fits(depth + 1, &format!(".{call}")) {
            self.push(depth + 1, &format!(".{call}"));
        } else {
            self.broken_args(depth + 1, &format!(".{method}"), args, ")?;");
        }
    }

    /// `function(` then each argument on a line of its own, then `close`.
    fn broken_args(&mut self, depth: usize, function: &str, args: &[&str], close: &str) {
        self.line(depth, &format!("{function}("));
        for arg in args {
            self.line(depth + 1, &format!("{arg},"));
        }
        self.push(depth, close);
    }

    /// `#[cfg(...)]` on the item that follows, when it has one.
    pub fn gate(&mut self, gate: Option<&str>) {
        if let Some(gate) = gate {
            self.line(0, gate);
        }
    }

    /// A call as the whole body of a match arm, at `depth`: on the arm's line if it
    /// fits, else in braces, its arguments one to a line if it does not fit there.
    pub fn arm_call(&mut self, depth: usize, pattern: &str, function: &str, args: &[&str]) {
        let call = format!("{function}({})", args.join(", "));
        let arm = format!("{pattern} => {call},");
        if fits_with_tail(depth, &arm) {
            return self.push(depth, &arm);
        }
        self.line(depth, &format!("{pattern} => {{"));
        if fits(depth + 1, &call) {
            self.push(depth + 1, &call);
        } else {
            self.broken_args(depth + 1, function, args, ")");
        }
        self.push(depth, "}");
    }

    /// `function(Name { member: value, ... })` as the value of a block, at `depth`: on
    /// one line when the braces hold at most 34 columns (prettyplease's bound for a
    /// struct literal), else a member to a line.
    pub fn struct_value(&mut self, depth: usize, function: &str, name: &str, members: &[String]) {
        // The width prettyplease measures runs from the name to the closing brace: the
        // name, ` {`, and each member with the space before it and the `,` (or space) after.
        let width = name.len() + " {".len() + members.iter().map(|m| m.len() + 2).sum::<usize>();
        if members.is_empty() {
            self.line(depth, &format!("{function}({name} {{}})"));
        } else if width <= 34 {
            self.line(depth, &format!("{function}({name} {{ {} }})", members.join(", ")));
        } else {
            self.line(depth, &format!("{function}({name} {{"));
            for member in members {
                self.line(depth + 1, &format!("{member},"));
            }
            self.push(depth, "})");
        }
    }

    pub fn finish(self) -> Option<String> {
        self.certain.then_some(self.text)
    }

    fn push(&mut self, depth: usize, line: &str) {
        for _ in 0..depth {
            self.text.push_str("    ");
        }
        self.text.push_str(line);
        self.text.push('\n');
    }
}

fn fits(depth: usize, line: &str) -> bool {
    depth * 4 + line.len() <= MARGIN
}

fn fits_with_tail(depth: usize, line: &str) -> bool {
    depth * 4 + line.len() <= MARGIN + 1
}

/// A string literal as the tokens spell it.
pub(crate) fn literal(value: &str) -> String {
    proc_macro2::Literal::string(value).to_string()
}

/// `#[cfg(...)]` as [`super::cfg_any`] makes it, printed.
pub(crate) fn cfg_any(features: &[String]) -> Option<String> {
    match features {
        [] => None,
        [one] => Some(format!("#[cfg(feature = {})]", literal(one))),
        many => {
            let mut gate = String::from("#[cfg(any(");
            for (i, feature) in many.iter().enumerate() {
                let _ = write!(gate, "{}feature = {}", if i == 0 { "" } else { ", " }, literal(feature));
            }
            gate.push_str("))]");
            Some(gate)
        }
    }
}
