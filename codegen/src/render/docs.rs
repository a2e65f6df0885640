//! Spec text to doc attributes. Text is emitted as string literals (escaped by the
//! token printer), one attribute per line, so no description can end a comment or
//! open an item; control characters are dropped and code fences marked as text.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = ...]` lines for `text`, or nothing.
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let lines = doc_lines(text);
    quote! { #( #[doc = #lines] )* }
}

/// Summary and description of an operation, as one doc block.
pub fn summary_and_description(summary: Option<&str>, description: Option<&str>) -> Option<String> {
    match (summary, description) {
        (Some(s), Some(d)) if s.trim() != d.trim() => Some(format!("{s}\n\n{d}")),
        (Some(s), _) => Some(s.to_owned()),
        (None, d) => d.map(str::to_owned),
    }
}

fn doc_lines(text: &str) -> Vec<String> {
    let mut in_fence = false;
    text.lines()
        .map(|line| {
            let line: String = line.chars().filter(|c| !c.is_control() || *c == '\t').collect();
            let line = line.trim_end();
            let trimmed = line.trim_start();
            if let Some(info) = trimmed.strip_prefix("```") {
                in_fence = !in_fence;
                // An unmarked fence would be compiled as a Rust doctest.
                if in_fence && info.trim().is_empty() {
                    return format!(" {}```text", &line[..line.len() - trimmed.len()]);
                }
            }
            if line.is_empty() { String::new() } else { format!(" {line}") }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_separate_literals_and_fences_are_text() {
        let lines = doc_lines("First *line*\r\n\n```\nlet x = 1;\n```\n*/ \u{0}end");
        assert_eq!(lines, [" First *line*", "", " ```text", " let x = 1;", " ```", " */ end"]);
    }
}
