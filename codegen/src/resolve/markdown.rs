//! Spec text made inert for rustdoc: the text still reads as written, but nothing in
//! it becomes HTML, a link to a Rust item, or a lint. Markdown structure (emphasis,
//! lists, code, links to URLs) is kept.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// `text` with HTML tags escaped (`&lt;script>`), brackets of links to no URL
/// escaped (`\[Foo\]`, which rustdoc would resolve as an item), and bare URLs
/// wrapped as autolinks (`<https://...>`, as rustdoc's `bare_urls` lint wants).
pub fn inert(text: &str) -> String {
    if !text.contains(['<', '[', ':']) {
        return text.to_owned();
    }
    let mut html: Vec<Range<usize>> = Vec::new();
    let mut brackets: Vec<Range<usize>> = Vec::new();
    let mut urls: Vec<Range<usize>> = Vec::new();
    let (mut in_link, mut in_code) = (0usize, false);
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            // Escaped, HTML is text: its brackets and URLs too.
            Event::Html(_) | Event::InlineHtml(_) => {
                urls.extend(bare_urls(text, range.clone()));
                brackets.push(range.clone());
                html.push(range);
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                in_link += 1;
                // rustdoc resolves a destination that could be a path (`Pet`) as an item.
                if link_type == LinkType::Inline && may_name_an_item(&dest_url) {
                    brackets.push(range);
                }
            }
            Event::End(TagEnd::Link) => in_link = in_link.saturating_sub(1),
            // Brackets in text are what is left of links with no destination (`[Pet]`).
            Event::Text(_) if !in_code => {
                if in_link == 0 {
                    urls.extend(bare_urls(text, range.clone()));
                }
                brackets.push(range);
            }
            _ => {}
        }
    }

    let inside = |ranges: &[Range<usize>], at: usize| ranges.iter().any(|r| r.contains(&at));
    let mut out = String::with_capacity(text.len() + 16);
    for (at, c) in text.char_indices() {
        if urls.iter().any(|r| r.start == at) {
            out.push('<');
        }
        match c {
            '<' if inside(&html, at) => out.push_str("&lt;"),
            '[' | ']' if inside(&brackets, at) && !text[..at].ends_with('\\') => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
        if urls.iter().any(|r| r.end == at + c.len_utf8()) {
            out.push('>');
        }
    }
    out
}

/// Whether rustdoc could take a link destination for a Rust path (`Pet`,
/// `crate::views::Pet`) rather than a URL (`https://...`, `mailto:...`, `/docs`, `#top`).
fn may_name_an_item(destination: &str) -> bool {
    let has_scheme = destination.split_once(':').is_some_and(|(scheme, rest)| {
        !rest.starts_with(':')
            && !scheme.is_empty()
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    !has_scheme && !destination.contains('/') && !destination.starts_with(['#', '?'])
}

/// The `http://` and `https://` URLs in a text span, without trailing punctuation.
fn bare_urls(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[span.clone()];
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = ["https://", "http://"].iter().filter_map(|scheme| slice[from..].find(scheme)).min() {
        let start = from + start;
        let length =
            slice[start..].find(|c: char| c.is_whitespace() || "<>\"'`".contains(c)).unwrap_or(slice.len() - start);
        let url = slice[start..start + length].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        if url.len() > "https://".len() {
            found.push(span.start + start..span.start + start + url.len());
        }
        from = start + length.max(1);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn html_is_shown_not_rendered() {
        assert_eq!(
            inert("Bold <b>x</b> and <script>alert(1)</script>"),
            "Bold &lt;b>x&lt;/b> and &lt;script>alert(1)&lt;/script>"
        );
        assert_eq!(inert("<div>\nblock\n</div>"), "&lt;div>\nblock\n&lt;/div>");
        assert_eq!(inert("</div> [[x]]"), r"&lt;/div> \[\[x\]\]");
    }

    #[test]
    fn links_that_rustdoc_would_resolve_as_items_are_plain_text() {
        assert_eq!(inert("See [Pet] or [the pet](Pet)."), r"See \[Pet\] or \[the pet\](Pet).");
        assert_eq!(inert("[[x]] and [a][b]"), r"\[\[x\]\] and \[a\]\[b\]");
        assert_eq!(
            inert("[docs](https://example.com/a) and [top](#top)"),
            "[docs](https://example.com/a) and [top](#top)"
        );
    }

    #[test]
    fn bare_urls_become_autolinks_outside_code_and_links() {
        assert_eq!(inert("Docs: https://example.com/x."), "Docs: <https://example.com/x>.");
        assert_eq!(inert("`https://example.com` <https://example.com>"), "`https://example.com` <https://example.com>");
        assert_eq!(inert("[https://example.com](https://example.com)"), "[https://example.com](https://example.com)");
    }

    #[test]
    fn code_keeps_its_text() {
        assert_eq!(inert("`Vec<T>` and `[x]`\n\n```\n<b>[y]\n```"), "`Vec<T>` and `[x]`\n\n```\n<b>[y]\n```");
    }

    #[test]
    fn paths_in_link_destinations_and_urls_in_html_are_inert_too() {
        assert_eq!(
            inert("[`Pet`](crate::views::Pet) [m](mailto:a@b.c)"),
            r"\[`Pet`\](crate::views::Pet) [m](mailto:a@b.c)"
        );
        let html = r#"See <a href="https://x.org/a">this</a>."#;
        assert_eq!(inert(html), r#"See &lt;a href="<https://x.org/a>">this&lt;/a>."#);
    }
}
