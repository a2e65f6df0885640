//! Spec text to doc attributes. Text is emitted as string literals (escaped by the
//! token printer), one attribute per line, so no description can end a comment or
//! open an item; control characters are dropped and code fences marked as text.

use proc_macro2::TokenStream;
use quote::quote;

/// `text` as inline code in a doc comment (`` `text` ``); a backtick in it becomes a
/// quote, as it would end the code span.
pub fn code(text: &str) -> String {
    format!("`{}`", text.replace('`', "'"))
}

/// `#[doc = ...]` lines for `text`, or nothing.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let lines = doc_lines(text);
    quote! { #( #[doc = #lines] )* }
}

/// How prose names an API: its title, with ` API` after it unless it says API
/// already (`Chatwoot API`, `Origins AI API`, `Spotify Web API with fixes`).
pub fn api_name(title: &str) -> String {
    let title = title.trim().replace(['\r', '\n'], " ");
    let says_api = title.split(|c: char| !c.is_alphanumeric()).any(|word| word.eq_ignore_ascii_case("api"));
    if says_api { title } else { format!("{title} API") }
}

/// Docs the generator writes itself (not the spec's text, which keeps its lines):
/// each paragraph wrapped as [`wrapped`] wraps.
pub fn prose(text: &str) -> TokenStream {
    doc_attrs(Some(&prose_text(text)))
}

/// [`prose`] as the text of docs.
pub fn prose_text(text: &str) -> String {
    let paragraphs: Vec<String> = text.split("\n\n").map(wrapped).collect();
    paragraphs.join("\n\n")
}

/// Prose the generator writes (not the spec's text, which keeps its lines), broken
/// into lines of at most `WIDTH` characters where words allow.
pub fn wrapped(text: &str) -> String {
    const WIDTH: usize = 84;
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split(' ') {
        if line_len > 0 && line_len + 1 + word.len() > WIDTH {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word.len();
    }
    out
}

/// Summary and description of an operation, as one doc block.
pub fn summary_and_description(summary: Option<&str>, description: Option<&str>) -> Option<String> {
    match (summary, description) {
        (Some(s), Some(d)) if s.trim() != d.trim() => Some(format!("{s}\n\n{d}")),
        (Some(s), _) => Some(s.to_owned()),
        (None, d) => d.map(str::to_owned),
    }
}

/// The lines of a doc comment, each with its leading space. Lines that markdown folds
/// into the list item or quote above are indented to the item's text (or marked `>`),
/// so that they read the same and rustdoc's lints agree.
pub(crate) fn doc_lines(text: &str) -> Vec<String> {
    let mut in_fence = false;
    let mut continuation = Continuation::None;
    let mut previous_is_text = false;
    text.lines()
        .map(|line| {
            let line: String = line.chars().filter(|c| !c.is_control() || *c == '\t').collect();
            let line = line.trim_end().replace('\t', "    ");
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            // Whether this line is a paragraph's (an item's or a quote's too): text
            // below it continues it unless it can interrupt a paragraph.
            let after_text = std::mem::replace(&mut previous_is_text, false);
            if let Some(info) = trimmed.strip_prefix("```") {
                in_fence = !in_fence;
                continuation = Continuation::None;
                // An unmarked fence would be compiled as a Rust doctest.
                if in_fence && info.trim().is_empty() {
                    return format!(" {}```text", &line[..indent]);
                }
                return format!(" {line}");
            }
            if in_fence || line.is_empty() {
                continuation = Continuation::None;
                return if line.is_empty() { String::new() } else { format!(" {line}") };
            }
            if trimmed.starts_with('#') {
                continuation = Continuation::None;
                return format!(" {line}");
            }
            previous_is_text = true;
            if trimmed.starts_with('>') {
                continuation = Continuation::Quote;
                return format!(" {line}");
            }
            // CommonMark lets only a list starting at 1 interrupt a paragraph: a `2.`
            // below text continues it, unless it is the next item of the list above
            // (one with the same kind of marker).
            if let Some(Marker { width, number, kind }) = list_marker(trimmed) {
                let next_item =
                    matches!(continuation, Continuation::List(above, above_kind) if indent < above && above_kind == kind);
                if !after_text || next_item || number.is_none_or(|number| number == 1) {
                    continuation = Continuation::List(indent + width, kind);
                    return format!(" {line}");
                }
            }
            match continuation {
                Continuation::Quote => format!(" > {trimmed}"),
                // A paragraph continues whatever its indentation; the lints want exactly the item's.
                Continuation::List(width, _) => format!(" {}{trimmed}", " ".repeat(width)),
                _ => format!(" {line}"),
            }
        })
        .collect()
}

/// What a line directly below a list item or a quote continues.
enum Continuation {
    None,
    /// A list item whose text starts this many columns in, and its marker's kind.
    List(usize, u8),
    Quote,
}

/// A list item's marker (`- `, `* `, `+ `, `1. `, `2) `).
struct Marker {
    /// The marker's width with the spaces after it.
    width: usize,
    /// An ordered marker's number.
    number: Option<u32>,
    /// The bullet, or the delimiter after the number: items with another start
    /// another list.
    kind: u8,
}

fn list_marker(line: &str) -> Option<Marker> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let (marker, number, kind) = match line.as_bytes() {
        [bullet @ (b'-' | b'*' | b'+'), b' ', ..] => (1, None, *bullet),
        _ if (1..10).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) => {
            (digits + 1, line[..digits].parse().ok(), line.as_bytes()[digits])
        }
        _ => return None,
    };
    let spaces = line[marker..].chars().take_while(|c| *c == ' ').count();
    (spaces > 0).then_some(Marker { width: marker + spaces, number, kind })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_separate_literals_and_fences_are_text() {
        let lines = doc_lines("First *line*\r\n\n```\nlet x = 1;\n```\n*/ \u{0}end");
        assert_eq!(lines, [" First *line*", "", " ```text", " let x = 1;", " ```", " */ end"]);
    }

    #[test]
    fn own_prose_is_wrapped_between_words() {
        let text = "word ".repeat(40);
        let lines = wrapped(text.trim_end());
        assert!(lines.lines().all(|line| line.len() <= 84 && !line.starts_with(' ')), "{lines}");
        assert_eq!(lines.replace('\n', " "), text.trim_end());
        assert_eq!(wrapped("one [`link`](super::x) two"), "one [`link`](super::x) two");
    }

    #[test]
    fn lazy_continuations_are_indented_or_quoted() {
        let lines = doc_lines("*   one\nmore\n12. two\n  more\n- three\n     more\n> quoted\nmore\n\nafter");
        let expected = [
            " *   one",
            "     more",
            // A list of another kind cannot interrupt the item's text, and only one
            // starting at 1 could: the line continues it.
            "     12. two",
            "     more",
            " - three",
            "   more",
            " > quoted",
            " > more",
            "",
            " after",
        ];
        assert_eq!(lines, expected);
    }

    #[test]
    fn only_a_list_starting_at_one_interrupts_a_paragraph() {
        // As an Azure description has it, once its continuation lines are aligned.
        let lines =
            doc_lines("  1. Secret.\n     2. Key.\n     Vault IDs may differ.\n\nText\n1. one\n2. two\n   more");
        let expected = [
            "   1. Secret.",
            "      2. Key.",
            "      Vault IDs may differ.",
            "",
            " Text",
            " 1. one",
            " 2. two",
            "    more",
        ];
        assert_eq!(lines, expected);
        // Another kind of marker would start another list, which a `2` cannot.
        assert_eq!(doc_lines("- a\n2. b\n1) c\n2. d"), [" - a", "   2. b", " 1) c", "    2. d"]);
    }
}
