//! Source printed straight from the IR, laid out as prettyplease lays it out.
//!
//! Laying tokens out (a syntax tree parsed from them, printed by prettyplease) is most
//! of a generation's time. The most regular items are printed here as source instead,
//! line by line, each line as prettyplease would print it where that is certain: then
//! the source is final ([`Chunk::LaidOut`]). Where a line might be laid out otherwise
//! (too long for the rules here), the source is lexed and laid out as tokens are
//! ([`Chunk::Items`], or [`Chunk::Members`] for members of an `impl` block), so a file
//! reads the same whichever way an item took; tests compare the two ways on every shape.

use std::fmt::Write as _;

use super::Chunk;

/// prettyplease's right margin: a line no longer than this is never broken.
const MARGIN: usize = 89;

/// The lines of items, four spaces a level, and whether each is laid out as prettyplease
/// would lay it out.
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

    /// A function's signature and the brace that opens its body, `{head}({args}){tail} {`:
    /// on one line if it fits, else an argument to a line.
    pub fn signature(&mut self, depth: usize, head: &str, args: &[String], tail: &str) {
        let line = format!("{head}({}){tail} {{", args.join(", "));
        if fits(depth, &line) {
            return self.push(depth, &line);
        }
        self.line(depth, &format!("{head}("));
        for (i, arg) in args.iter().enumerate() {
            match arg.split_once(": ") {
                // A type too long for the line is broken in its generic arguments.
                Some((name, ty)) => self.generic(depth + 1, &format!("{name}: "), ty, ",", i + 1 == args.len()),
                None => self.line(depth + 1, &format!("{arg},")),
            }
        }
        let close = format!("){tail} {{");
        match tail.strip_prefix(" -> ") {
            // A return type too long for the line is broken in its generic arguments;
            // where the ` {` after it is what does not fit, that is left to prettyplease.
            Some(ty) if !fits(depth, &close) => {
                self.certain &= !fits(depth, &format!("){tail}"));
                self.broken_generic(depth, ") -> ", ty, " {");
            }
            _ => self.line(depth, &close),
        }
    }

    /// `pub fn {name}({receiver}) -> impl Future<Output = {output}> + 'a {` at `depth`,
    /// as prettyplease lays out a method returning a future: on one line if it fits,
    /// else the receiver on a line of its own and the return type on one line if that
    /// fits, else `Output` on its own.
    pub fn future_method(&mut self, depth: usize, name: &str, receiver: &str, output: &str) {
        let returns = format!("-> impl std::future::Future<Output = {output}> + 'a {{");
        let whole = format!("pub fn {name}({receiver}) {returns}");
        if fits(depth, &whole) {
            return self.push(depth, &whole);
        }
        self.line(depth, &format!("pub fn {name}("));
        self.line(depth + 1, &format!("{receiver},"));
        if fits(depth, &format!(") {returns}")) {
            return self.push(depth, &format!(") {returns}"));
        }
        self.line(depth, ") -> impl std::future::Future<");
        self.generic(depth + 1, "Output = ", output, ",", true);
        self.line(depth, "> + 'a {");
    }

    /// `receiver.method(args);` as a statement at `depth`: on one line if it fits, else
    /// the method on a line of its own below, its arguments one to a line if that does
    /// not fit either.
    pub fn method_statement(&mut self, depth: usize, receiver: &str, method: &str, args: &[&str]) {
        let call = format!("{method}({});", args.join(", "));
        if fits(depth, &format!("{receiver}.{call}")) {
            return self.push(depth, &format!("{receiver}.{call}"));
        }
        self.line(depth, receiver);
        if fits(depth + 1, &format!(".{call}")) {
            self.push(depth + 1, &format!(".{call}"));
        } else {
            let args: Vec<Arg> = args.iter().map(|arg| Arg::Expr(arg)).collect();
            self.broken_call(depth + 1, &format!(".{method}"), &args, ");");
        }
    }

    /// `{head}{function}({args}){tail}` at `depth`, a call as a statement, the value of
    /// a `let` or a block's last expression: on one line if it fits, else an argument
    /// to a line, a list that does not fit on its line an item to a line in turn.
    pub fn call(&mut self, depth: usize, head: &str, function: &str, args: &[Arg], tail: &str) {
        let whole = format!("{head}{function}({}){tail}", args_text(args));
        if fits(depth, &whole) {
            return self.push(depth, &whole);
        }
        self.broken_call(depth, &format!("{head}{function}"), args, &format!("){tail}"));
    }

    /// `function(`, each argument on a line of its own, then `close`.
    fn broken_call(&mut self, depth: usize, function: &str, args: &[Arg], close: &str) {
        self.line(depth, &format!("{function}("));
        for (i, arg) in args.iter().enumerate() {
            match arg {
                // A string literal has nowhere to break, however long.
                Arg::Expr(arg) if is_string_literal(arg) => self.push(depth + 1, &format!("{arg},")),
                Arg::Expr(arg) => self.line(depth + 1, &format!("{arg},")),
                Arg::List(items) => {
                    // The `,` after the last argument is printed after prettyplease's
                    // fit check (only a broken list of arguments has it).
                    let list = format!("&[{}],", items.join(", "));
                    let last = i + 1 == args.len();
                    if (last && fits_with_tail(depth + 1, &list)) || fits(depth + 1, &list) {
                        self.push(depth + 1, &list);
                    } else {
                        self.line(depth + 1, "&[");
                        for item in *items {
                            self.line(depth + 2, &format!("{item},"));
                        }
                        self.push(depth + 1, "],");
                    }
                }
            }
        }
        self.line(depth, close);
    }

    /// `{head}: {ty} = {value};` at `depth`, a typed `let`: on one line if it fits,
    /// else the type's generic arguments an argument to a line.
    pub fn typed_let(&mut self, depth: usize, head: &str, ty: &str, value: &str) {
        // prettyplease never breaks after ` = `, so the type is measured to there; a
        // value that may break itself (a method chain) is measured with it.
        let whole = format!("{head}: {ty} = {value};");
        if fits(depth, &format!("{head}: {ty} = ")) {
            return match value {
                "None" | "Default::default()" => self.unbreakable(depth, &whole),
                _ => self.line(depth, &whole),
            };
        }
        let Some((outer, args)) = ty.strip_suffix('>').and_then(|ty| ty.split_once('<')) else {
            return self.line(depth, &whole);
        };
        self.line(depth, &format!("{head}: {outer}<"));
        self.generic_args(depth + 1, args);
        self.line(depth, &format!("> = {value};"));
    }

    /// `{head}{ty}{tail}` at `depth`, a type with generic arguments: on one line if it
    /// fits, else its arguments an argument to a line, each broken in turn. `last`
    /// says whether `tail` is the `,` after the last of a list, which prettyplease
    /// prints after its fit check.
    fn generic(&mut self, depth: usize, head: &str, ty: &str, tail: &str, last: bool) {
        let whole = format!("{head}{ty}{tail}");
        if (last && fits_with_tail(depth, &whole)) || fits(depth, &whole) {
            return self.push(depth, &whole);
        }
        self.broken_generic(depth, head, ty, tail);
    }

    /// `{head}{ty}{tail}` broken in `ty`'s generic arguments, each broken in turn.
    fn broken_generic(&mut self, depth: usize, head: &str, ty: &str, tail: &str) {
        let whole = format!("{head}{ty}{tail}");
        let Some((outer, args)) = ty.strip_suffix('>').and_then(|ty| ty.split_once('<')) else {
            return self.line(depth, &whole);
        };
        self.line(depth, &format!("{head}{outer}<"));
        self.generic_args(depth + 1, args);
        self.line(depth, &format!(">{tail}"));
    }

    /// The generic arguments `args`, an argument to a line at `depth`.
    fn generic_args(&mut self, depth: usize, args: &str) {
        let args = top_level_args(args);
        for (i, arg) in args.iter().enumerate() {
            self.generic(depth, "", arg, ",", i + 1 == args.len());
        }
    }

    /// `{receiver}{links}` at `depth`, a method chain: on one line if it fits, else each
    /// link (`.method(args)`) on a line of its own below the receiver.
    /// The receiver is an identifier, or a call: prettyplease keeps a field access on
    /// a short name (`self.credentials`) with it, and breaks before one on a longer.
    pub fn chain(&mut self, depth: usize, receiver: &str, links: &[String]) {
        let whole = format!("{receiver}{}", links.concat());
        if fits(depth, &whole) {
            return self.push(depth, &whole);
        }
        self.line(depth, receiver);
        for link in links {
            self.line(depth + 1, link);
        }
    }

    /// `{function}({args}){links}` at `depth`, a method chain on a call: as [`Self::chain`]
    /// when the call fits on a line, else the call's arguments an argument to a line
    /// (two levels in, its closing parenthesis one) with the links below it.
    pub fn chain_call(&mut self, depth: usize, function: &str, args: &[Arg], links: &[String]) {
        let receiver = format!("{function}({})", args_text(args));
        if fits(depth, &receiver) {
            return self.chain(depth, &receiver, links);
        }
        self.line(depth, &format!("{function}("));
        for arg in args {
            match arg {
                Arg::Expr(arg) => self.line(depth + 2, &format!("{arg},")),
                Arg::List(items) => self.line(depth + 2, &format!("&[{}],", items.join(", "))),
            }
        }
        self.line(depth + 1, ")");
        for link in links {
            self.line(depth + 1, link);
        }
    }

    /// Source whose layout the rules here do not know (a rare shape): the whole is
    /// laid out by prettyplease.
    pub fn unsure(&mut self, depth: usize, source: &str) {
        self.certain = false;
        self.push(depth, source);
    }

    /// Doc comments of `text`'s lines (see `docs::doc_lines`), as prettyplease writes
    /// doc attributes.
    pub fn docs(&mut self, depth: usize, text: Option<&str>) {
        for line in text.map(crate::render::docs::doc_lines).unwrap_or_default() {
            self.push(depth, &format!("///{}", comment_text(&line)));
        }
    }

    /// One doc attribute of `doc`, a line that starts with a space, as prettyplease
    /// writes it.
    pub fn doc_attr(&mut self, depth: usize, doc: &str) {
        let doc = comment_text(doc);
        // prettyplease would write a doc starting with `/` as a block comment.
        self.certain &= !doc.starts_with('/');
        self.push(depth, &format!("///{doc}"));
    }

    /// `#[cfg(...)]` on the item that follows at `depth`, when it has one.
    pub fn gate(&mut self, depth: usize, gate: Option<&str>) {
        if let Some(gate) = gate {
            self.line(depth, gate);
        }
    }

    /// A call as the whole body of a match arm, at `depth`: on the arm's line if it
    /// fits, else in braces, its arguments one to a line if it does not fit there.
    pub fn arm_call(&mut self, depth: usize, pattern: &str, function: &str, args: &[&str]) {
        let args: Vec<Arg> = args.iter().map(|arg| Arg::Expr(arg)).collect();
        self.arm_call_with(depth, pattern, function, &args);
    }

    /// [`Self::arm_call`] with arguments that may be lists.
    pub fn arm_call_with(&mut self, depth: usize, pattern: &str, function: &str, args: &[Arg]) {
        let call = format!("{function}({})", args_text(args));
        let arm = format!("{pattern} => {call},");
        if fits_with_tail(depth, &arm) {
            return self.push(depth, &arm);
        }
        self.line(depth, &format!("{pattern} => {{"));
        if fits(depth + 1, &call) {
            self.push(depth + 1, &call);
        } else {
            self.broken_call(depth + 1, function, args, ")");
        }
        self.push(depth, "}");
    }

    /// `function(Name { member: value, ... })` as the value of a block, at `depth`: on
    /// one line when the braces hold at most 34 columns (prettyplease's bound for a
    /// struct literal), else a member to a line.
    pub fn struct_value(&mut self, depth: usize, function: &str, name: &str, members: &[String]) {
        self.struct_literal(depth, &format!("{function}("), name, members, ")");
    }

    /// `{head}Name {{ member: value, ... }}{tail}` at `depth`, as [`Self::struct_value`]
    /// lays the literal out.
    pub fn struct_literal(&mut self, depth: usize, head: &str, name: &str, members: &[String], tail: &str) {
        // The width prettyplease measures runs from the name to the closing brace: the
        // name, ` {`, and each member with the space before it and the `,` (or space) after.
        let width = name.len() + " {".len() + members.iter().map(|m| m.len() + 2).sum::<usize>();
        if members.is_empty() {
            self.line(depth, &format!("{head}{name} {{}}{tail}"));
        } else if width <= 34 {
            self.line(depth, &format!("{head}{name} {{ {} }}{tail}", members.join(", ")));
        } else {
            self.line(depth, &format!("{head}{name} {{"));
            for member in members {
                self.line(depth + 1, &format!("{member},"));
            }
            self.push(depth, &format!("}}{tail}"));
        }
    }

    /// The lines' text, and whether it is laid out as prettyplease would lay it out.
    pub fn finish(self) -> (String, bool) {
        let certain = self.is_certain();
        (self.text, certain)
    }

    /// The lines as whole items: laid out, or to be laid out if not certain.
    pub fn items(self) -> Chunk {
        if self.is_certain() { Chunk::LaidOut(self.text) } else { Chunk::Items(self.text) }
    }

    /// An `impl` block, these lines its head (attributes and `impl ... {`), of
    /// `members`: laid out member by member when the head is certain, else the whole
    /// block as source to lay out (prettyplease might break the head).
    pub fn impl_block(self, members: impl IntoIterator<Item = Chunk>) -> Vec<Chunk> {
        let (mut head, certain) = self.finish();
        if certain {
            let mut chunks = vec![Chunk::LaidOut(head)];
            chunks.extend(members);
            chunks.push(Chunk::LaidOut("}\n".to_owned()));
            return chunks;
        }
        for member in members {
            match member.source() {
                Some(source) => head.push_str(source),
                None => head.push_str(&member.tokens_text()),
            }
        }
        head.push_str("}\n");
        vec![Chunk::Items(head)]
    }

    /// The lines as members of an `impl` block: laid out, or to be laid out if not
    /// certain.
    pub fn members(self) -> Chunk {
        if self.is_certain() { Chunk::LaidOut(self.text) } else { Chunk::Members(self.text) }
    }

    fn is_certain(&self) -> bool {
        #[cfg(test)]
        if tests::PRETTYPLEASE_ONLY.get() {
            return false;
        }
        self.certain
    }

    fn push(&mut self, depth: usize, line: &str) {
        for _ in 0..depth {
            self.text.push_str("    ");
        }
        self.text.push_str(line);
        self.text.push('\n');
    }
}

/// An argument of a call [`Lines`] prints ([`Lines::call`], [`Lines::chain_call`],
/// [`Lines::arm_call_with`]): never a struct, tuple, array or closure alone, which
/// prettyplease lays out by rules of their own.
pub(crate) enum Arg<'a> {
    /// An expression, never broken.
    Expr(&'a str),
    /// `&[items]`, an item to a line when it does not fit on one.
    List(&'a [String]),
}

/// The arguments on one line.
pub(crate) fn args_text(args: &[Arg]) -> String {
    let mut text = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        match arg {
            Arg::Expr(arg) => text.push_str(arg),
            Arg::List(items) => {
                text.push_str("&[");
                text.push_str(&items.join(", "));
                text.push(']');
            }
        }
    }
    text
}

/// Whether `source` is one string literal, `"..."`.
fn is_string_literal(source: &str) -> bool {
    let Some(inner) = source.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) else { return false };
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '"' if !escaped => return false,
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
    }
    !escaped
}

/// The generic arguments of a type, `String, Vec<(A, B)>`, split at the commas
/// between them.
fn top_level_args(args: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for (i, c) in args.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(args[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(args[start..].trim());
    parts
}

/// A doc's text as prettyplease writes it in a comment, after `write` dropped what a
/// comment must not hold (control characters, newlines among them, and bidi controls):
/// its trailing spaces trimmed.
fn comment_text(doc: &str) -> String {
    let mut doc: String = doc.chars().filter(|c| !crate::write::is_unsafe_in_comment(*c)).collect();
    doc.truncate(doc.trim_end_matches(' ').len());
    doc
}

fn fits(depth: usize, line: &str) -> bool {
    line.len() <= space(depth)
}

fn fits_with_tail(depth: usize, line: &str) -> bool {
    line.len() <= space(depth) + 1
}

/// The columns a line at `depth` has: to the margin, and never fewer than
/// prettyplease's `MIN_SPACE`, however deep.
fn space(depth: usize) -> usize {
    MARGIN.saturating_sub(depth * 4).max(60)
}

/// Source the generator printed, as tokens: only for source that always lexes (fixed
/// text, identifiers, type paths and literals spelled by their tokens).
pub(crate) fn lexed(source: &str) -> proc_macro2::TokenStream {
    source.parse().expect("generated source lexes")
}

/// `name`, an identifier the generator made (a type's, a variant's), checked to be one
/// before it goes into source, as its token would have been: a name never carries
/// punctuation into the code.
pub(crate) fn checked_ident(name: &str) -> &str {
    // ASCII, as naming and the settings file's checks make every name; a path's
    // `crate` or `super` is one too.
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_";
    assert!(identifier, "a generated name is an identifier: {name:?}");
    name
}

/// A path of such identifiers (`schemars::JsonSchema`), each checked.
pub(crate) fn checked_path(path: &str) -> String {
    path.split("::").map(checked_ident).collect::<Vec<_>>().join("::")
}

/// A string literal as the tokens spell it.
pub(crate) fn literal(value: &str) -> String {
    proc_macro2::Literal::string(value).to_string()
}

/// `#[cfg(...)]` for an item compiled with any of `features`; none when always compiled.
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    thread_local! {
        /// Whether every chunk of lines is left to prettyplease, to compare a whole
        /// generation with the lines' own layout.
        pub(crate) static PRETTYPLEASE_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Whether `lines` came out laid out; if so, as prettyplease lays out their source.
    fn laid_out_as_prettyplease(lines: Lines) -> bool {
        let (source, laid_out) = match lines.items() {
            Chunk::LaidOut(text) => (text.clone(), Chunk::LaidOut(text)),
            Chunk::Items(source) => {
                crate::write::format([Chunk::Items(source)]).expect("the source lexes and parses");
                return false;
            }
            _ => unreachable!(),
        };
        let expected = crate::write::format([Chunk::Items(source.clone())]).unwrap();
        assert_eq!(crate::write::format([laid_out]).unwrap(), expected, "{source}");
        true
    }

    impl Lines {
        fn items_text(self) -> String {
            self.text
        }
    }

    /// `body` in a function of an impl block: its lines at depth 2.
    fn in_function(body: impl FnOnce(&mut Lines)) -> Lines {
        let mut lines = Lines::new();
        lines.line(0, "impl X {");
        lines.line(1, "fn f() {");
        body(&mut lines);
        lines.line(1, "}");
        lines.line(0, "}");
        lines
    }

    /// Runs `case` for names of every length to 90, across each rule's margin; each
    /// rule must lay out some of them itself and leave the longest to prettyplease.
    fn sweep(case: impl Fn(&str) -> Lines) {
        let laid_out = (1..=90).filter(|&len| laid_out_as_prettyplease(case(&"n".repeat(len)))).count();
        assert!((10..90).contains(&laid_out), "{laid_out} of 90 laid out: {}", case("n").items_text());
    }

    #[test]
    #[should_panic(expected = "a generated name is an identifier")]
    fn a_name_that_is_no_identifier_never_reaches_source() {
        checked_ident("Pet {} fn evil() {}");
    }

    /// A function of an impl block, its head printed by `head` and its body `todo!()`.
    fn in_impl(head: impl FnOnce(&mut Lines)) -> Lines {
        let mut lines = Lines::new();
        lines.line(0, "impl X {");
        head(&mut lines);
        lines.line(2, "todo!()");
        lines.line(1, "}");
        lines.line(0, "}");
        lines
    }

    #[test]
    fn heads_of_impls_and_functions_lay_out_as_prettyplease() {
        sweep(|name| {
            let mut lines = Lines::new();
            lines.impl_header("impl<'de> Deserialize<'de>", &name.to_uppercase());
            lines.line(1, "fn f() {}");
            lines.line(0, "}");
            lines
        });
        for receiver in ["self", "mut self"] {
            sweep(|name| in_impl(|lines| lines.future_method(1, "send", receiver, &format!("R{name}"))));
        }
        for output in ["Result<T>", "Result<ApiResponse<Vec<types::T>, THeaders>>"] {
            sweep(|name| in_impl(|lines| lines.future_method(1, "send", "self", &output.replace('T', name))));
        }
        for args in [vec![], vec!["a: i64".to_owned()], vec!["a: impl Into<String>".to_owned(), "b: B".to_owned()]] {
            sweep(|name| {
                let args: Vec<String> = std::iter::once("&self".to_owned()).chain(args.iter().cloned()).collect();
                in_impl(|lines| lines.signature(1, &format!("pub fn {name}"), &args, " -> Request<'_>"))
            });
        }
        // Types broken in their generic arguments, as an argument and as what is returned.
        for returned in ["Result<ApiResponse<Vec<types::T>, THeaders>>", "Result<ApiResponse<T>>"] {
            sweep(|name| {
                let args = ["status: reqwest::StatusCode".to_owned(), "body: Vec<u8>".to_owned()];
                let returned = format!(" -> {}", returned.replace('T', name));
                in_impl(|lines| lines.signature(1, "fn read_response", &args, &returned))
            });
        }
        for page in ["T", "ApiResponse<Vec<types::T>, THeaders>", "ApiResponse<Vec<T>>"] {
            sweep(|name| {
                let args = ["request: Self".to_owned(), format!("page: {}", page.replace('T', name))];
                in_impl(|lines| lines.signature(1, "fn next_page", &args, " -> Result<(Vec<X>, Option<Self>)>"))
            });
        }
    }

    #[test]
    fn statements_and_match_arms_lay_out_as_prettyplease() {
        sweep(|name| in_function(|lines| lines.method_statement(2, "object", "optional", &["\"n\"", name])));
        sweep(|name| {
            in_function(|lines| {
                lines.line(2, "match key {");
                lines.arm_call(3, &literal(name), "support::read_value", &["&mut object", &format!("&mut {name}")]);
                lines.line(3, "_ => {}");
                lines.line(2, "}");
            })
        });
        for pattern in ["400", "400 | 401 | 404..=410", "_ if !status.is_success()"] {
            sweep(|name| {
                in_function(|lines| {
                    lines.line(2, "match status.as_u16() {");
                    let error = format!("ErrorBody::{name}(decode(status, &body)?)");
                    lines.arm_call(3, pattern, "api_error", &["status", "headers", "&body", &error]);
                    lines.line(3, "_ => Err(unexpected(status, headers, &body)),");
                    lines.line(2, "}");
                })
            });
        }
        sweep(|name| {
            in_function(|lines| {
                lines.line_with_tail(2, &format!("let Some({name}) = {name} else {{"));
                lines.line(3, "return;");
                lines.line(2, "};");
            })
        });
        for ty in ["Option<T>", "Option<Option<T>>", "std::collections::BTreeMap<String, T>", "Vec<(i64, T)>"] {
            sweep(|name| {
                let ty = ty.replace('T', &name.to_uppercase());
                in_function(|lines| lines.typed_let(2, "let mut member_field", &ty, "None"))
            });
        }
        // A value that may break: a method chain.
        sweep(|name| {
            let value = format!("page.body.{name}.unwrap_or_default()");
            in_function(|lines| lines.typed_let(2, "let items", "Vec<Message>", &value))
        });
    }

    #[test]
    fn calls_their_lists_and_method_chains_lay_out_as_prettyplease() {
        for (head, tail) in [("let url = ", ";"), ("request = ", "?;"), ("", "")] {
            sweep(|name| {
                let parts = [literal(name), "&id".to_owned(), literal("/b")];
                in_function(|lines| lines.call(2, head, "join_url", &[Arg::Expr("&base"), Arg::List(&parts)], tail))
            });
            sweep(|name| {
                let args = [Arg::Expr("&self.client.http"), Arg::Expr(name), Arg::Expr("url")];
                in_function(|lines| lines.call(2, head, "new_request", &args, tail))
            });
        }
        sweep(|name| {
            let pairs: Vec<String> = (0..3).map(|i| format!("(\"{name}{i}\", &self.a, Style::Json)")).collect();
            let args = [Arg::Expr("request"), Arg::List(&pairs)];
            in_function(|lines| lines.call(2, "request = ", "with_query", &args, "?;"))
        });
        // A list that is not the last argument.
        sweep(|name| {
            let parts = [literal(name), "&id".to_owned()];
            let args = [Arg::Expr("&self.server"), Arg::List(&parts), Arg::Expr("200")];
            in_function(|lines| lines.call(2, "", "MockOperation::new", &args, ""))
        });
        sweep(|name| {
            in_function(|lines| {
                lines.line(2, "let url = match &self.options.page_url {");
                lines.line(3, "Some(url) => url.clone(),");
                lines.arm_call_with(3, "None", "join_url", &[Arg::Expr("&base"), Arg::List(&[literal(name)])]);
                lines.line(2, "};");
            })
        });
        sweep(|name| {
            let links = [".as_ref()".to_owned(), format!(".authorize(request, &[&[Scheme::{name}]])")];
            in_function(|lines| lines.chain(2, "self.credentials", &links))
        });
        sweep(|name| {
            let receiver = format!("MockOperation::new(&self.server, {})", literal(name));
            in_function(|lines| lines.chain(2, &receiver, &[".paged(Paging::Own)".to_owned()]))
        });
        // A field of a name longer than `self` is a link of its own.
        sweep(|name| {
            let links = [format!(".{name}"), ".unwrap_or(1)".to_owned(), format!(".map(|n| request.{name}(n))")];
            in_function(|lines| lines.chain(2, "request", &links))
        });
        sweep(|name| {
            let parts = [literal(name), "&id".to_owned()];
            let args = [Arg::Expr("&self.server"), Arg::Expr("\"GET\""), Arg::List(&parts), Arg::Expr("200")];
            in_function(|lines| lines.chain_call(2, "MockOperation::new", &args, &[".paged(Paging::Link)".to_owned()]))
        });
    }

    #[test]
    fn literals_struct_values_and_docs_lay_out_as_prettyplease() {
        // A literal has nowhere to break: every length is laid out here.
        let field = |name: &str| {
            in_function(|lines| {
                lines.line(2, "X {");
                lines.call(3, "id: ", "Some", &[Arg::Expr(&literal(name))], ",");
                lines.unbreakable(3, &format!("path: {},", literal(&name.repeat(2))));
                lines.line(3, "idempotent: Idempotent::Yes,");
                lines.line(2, "}");
            })
        };
        assert!((1..=90).all(|len| laid_out_as_prettyplease(field(&"n".repeat(len)))));
        for members in 1..3 {
            sweep(|name| {
                let members: Vec<String> = (0..members)
                    .map(|i| format!("m{i}: response_header(status, &headers, {})?", literal(name)))
                    .collect();
                in_function(|lines| lines.struct_literal(2, "let declared = ", "Headers", &members, ";"))
            });
        }
        assert!(laid_out_as_prettyplease(in_function(|lines| lines.struct_value(2, "Ok", "Self", &[]))));
        for members in 1..4 {
            sweep(|name| {
                let members: Vec<String> = (0..members).map(|i| format!("{name}{i}: x")).collect();
                in_function(|lines| lines.struct_value(2, "Ok", "Self", &members))
            });
        }
        // Doc lines as prettyplease writes doc attributes: a right-to-left override
        // dropped, the spaces it leaves at the end trimmed.
        let mut docs = Lines::new();
        docs.docs(0, Some("A \u{202E}right\n\n```\ncode\n```\nend \u{202E}"));
        docs.line(0, "struct S;");
        assert!(laid_out_as_prettyplease(docs));
    }
}
