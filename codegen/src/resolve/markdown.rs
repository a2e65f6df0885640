//! Spec text made inert for rustdoc: the text still reads as written, but nothing in
//! it becomes HTML, a link to a Rust item, or a lint. Markdown structure (emphasis,
//! lists, code, links to URLs) is kept.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// `text` with HTML tags escaped (`&lt;script>`), brackets of links to no URL
/// escaped (`\[Foo\]`, which rustdoc would resolve as an item), and bare URLs
/// wrapped as autolinks (`<https://...>`, as rustdoc's `bare_urls` lint wants).
pub fn inert(text: &str) -> String {
    if !text.contains(['<', '[', ':']) && !text.contains("\n ") {
        return text.to_owned();
    }
    let mut html: Vec<Range<usize>> = Vec::new();
    let mut brackets: Vec<Range<usize>> = Vec::new();
    let mut urls: Vec<Range<usize>> = Vec::new();
    let mut replaced: Vec<(Range<usize>, String)> = Vec::new();
    // The URL of each `<a>` open at this point (`None`: shown as text only).
    let mut html_links: Vec<Option<String>> = Vec::new();
    let (mut in_link, mut in_code, mut markdown_links) = (0usize, false, 0usize);
    // The column where the text of each open list item starts.
    let mut items: Vec<usize> = Vec::new();
    for (event, range) in Parser::new_ext(text, Options::empty()).into_offset_iter() {
        match event {
            Event::Start(Tag::Item) => items.push(item_text_column(text, range.start)),
            Event::End(TagEnd::Item) => {
                items.pop();
            }
            // A line that continues an item's paragraph starts where the item's text
            // does: the indentation is not the text's, and rustdoc's lints want it so.
            Event::SoftBreak if !in_code => {
                if let Some(&column) = items.last() {
                    let rest = &text[range.end..];
                    let indent = rest.len() - rest.trim_start_matches(' ').len();
                    let quoted = rest.trim_start_matches(' ').starts_with('>');
                    if indent != column && !quoted {
                        replaced.push((range.end..range.end + indent, " ".repeat(column)));
                    }
                }
            }
            // Links and emphasis in HTML become Markdown; other HTML is escaped into
            // text, its brackets and URLs too.
            Event::InlineHtml(tag) if !in_code => match as_markdown(&tag, &mut html_links) {
                Some(markdown) => {
                    in_link = html_links.iter().filter(|url| url.is_some()).count() + markdown_links;
                    // A line break takes the spaces after it: the next line starts flush.
                    let mut range = range;
                    if markdown == "\n" {
                        range.end += text[range.end..].len() - text[range.end..].trim_start_matches(' ').len();
                    }
                    replaced.push((range, markdown));
                }
                None => {
                    urls.extend(bare_urls(text, range.clone()));
                    brackets.push(range.clone());
                    html.push(range);
                }
            },
            Event::Html(_) | Event::InlineHtml(_) => {
                urls.extend(bare_urls(text, range.clone()));
                brackets.push(range.clone());
                html.push(range);
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                in_link += 1;
                markdown_links += 1;
                // rustdoc resolves a destination that could be a path (`Pet`) as an item.
                if link_type == LinkType::Inline && may_name_an_item(&dest_url) {
                    brackets.push(range);
                } else if link_type == LinkType::Inline && is_relative(&dest_url) {
                    replaced.extend(link_to_text(text, range));
                }
            }
            Event::End(TagEnd::Link) => {
                in_link = in_link.saturating_sub(1);
                markdown_links = markdown_links.saturating_sub(1);
            }
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
    let mut skip_to = 0;
    for (at, c) in text.char_indices() {
        if at < skip_to {
            continue;
        }
        if let Some((range, markdown)) = replaced.iter().find(|(range, _)| range.start == at) {
            out.push_str(markdown);
            // An empty range inserts: the character there still follows.
            if !range.is_empty() {
                skip_to = range.end;
                continue;
            }
        }
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

/// The column where the text of the list item whose marker is at `start` begins: past
/// the marker (`-`, `*`, `+`, `1.`, `1)`) and the one to four spaces after it.
fn item_text_column(text: &str, start: usize) -> usize {
    let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
    let line = &text[line_start..];
    let marker_at = line.len() - line.trim_start_matches(' ').len();
    let after_indent = &line[marker_at..];
    let marker = match after_indent.chars().next() {
        Some('-' | '*' | '+') => 1,
        _ => {
            let digits = after_indent.len() - after_indent.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits + 1
        }
    };
    let after_marker = after_indent.get(marker..).unwrap_or_default();
    let spaces = after_marker.len() - after_marker.trim_start_matches(' ').len();
    // Five spaces or more start indented code: the text begins one space after the marker.
    marker_at + marker + if (1..=4).contains(&spaces) { spaces } else { 1 }
}

/// The Markdown for an inline HTML tag of links, emphasis or line breaks (`<a
/// href="https://...">` is `[`, its `</a>` is `](https://...)`; `<b>` is `**`), keeping
/// the open links in `links`; `None` for any other tag. A link to anything but an
/// `http(s)` URL keeps its text only.
fn as_markdown(tag: &str, links: &mut Vec<Option<String>>) -> Option<String> {
    let lower = tag.trim().to_ascii_lowercase();
    let name = lower.trim_start_matches('<').trim_end_matches('>').trim_end_matches('/').trim();
    let markdown = match name {
        "b" | "/b" | "strong" | "/strong" => "**",
        "i" | "/i" | "em" | "/em" => "*",
        "br" => "\n",
        "/a" => {
            return Some(match links.pop()? {
                Some(url) => format!("]({url})"),
                None => String::new(),
            });
        }
        _ if name.starts_with("a ") || name == "a" => {
            let url = href(tag).filter(|url| url.starts_with("https://") || url.starts_with("http://"));
            let url = url.map(|url| url.replace(' ', "%20").replace('(', "%28").replace(')', "%29"));
            let open = if url.is_some() { "[" } else { "" };
            links.push(url);
            return Some(open.to_owned());
        }
        _ => return None,
    };
    Some(markdown.to_owned())
}

/// The `href` of an `<a ...>` tag, quoted with `"` or `'`.
fn href(tag: &str) -> Option<&str> {
    let at = tag.to_ascii_lowercase().find("href=")? + "href=".len();
    let rest = &tag[at..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim())
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

/// What removes the brackets and destination of the link at `range`, keeping its
/// text: a path on the vendor's site (`/docs/models`) leads nowhere from the
/// generated docs.
fn link_to_text(text: &str, range: Range<usize>) -> Vec<(Range<usize>, String)> {
    let link = &text[range.clone()];
    match link.rfind("](") {
        Some(close) if link.starts_with('[') => {
            vec![(range.start..range.start + 1, String::new()), (range.start + close..range.end, String::new())]
        }
        _ => Vec::new(),
    }
}

/// Whether a link destination that names no Rust item is relative to the page it
/// was written on (`/docs/models`, `../guide`), rather than a URL or an anchor.
fn is_relative(destination: &str) -> bool {
    let has_scheme = destination.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    !has_scheme && !destination.starts_with('#') && !destination.is_empty()
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
    fn a_list_item_continues_where_its_text_starts() {
        let text = "Keys:\n- **a**: one\n      more of a.\n  - nested\n        deeper\n- b\nlazy line";
        assert_eq!(inert(text), "Keys:\n- **a**: one\n  more of a.\n  - nested\n    deeper\n- b\n  lazy line");
        // Text outside lists, and code, keeps its spaces.
        assert_eq!(inert("One\n   two"), "One\n   two");
        assert_eq!(inert("- item\n\n      code"), "- item\n\n      code");
    }

    #[test]
    fn html_is_shown_not_rendered() {
        assert_eq!(inert("Run <script>alert(1)</script>"), "Run &lt;script>alert(1)&lt;/script>");
        assert_eq!(inert("<div>\nblock\n</div>"), "&lt;div>\nblock\n&lt;/div>");
        assert_eq!(inert("</div> [[x]]"), r"&lt;/div> \[\[x\]\]");
    }

    #[test]
    fn html_links_and_emphasis_become_markdown() {
        assert_eq!(
            inert(r#"See <a href="https://example.com/a b">the <b>docs</b> [v2]</a>, <i>now</i>.<br/>Next"#),
            r"See [the **docs** \[v2\]](https://example.com/a%20b), *now*.
Next"
        );
        // A link to anything but a web URL keeps its text; an unclosed one is text too.
        assert_eq!(inert("<a href='/docs'>docs</a> and <a>x</a> and </a>"), "docs and x and &lt;/a>");
        assert_eq!(inert("<A HREF=\"http://x.io\">X</A>"), "[X](http://x.io)");
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
    fn links_to_paths_on_the_vendors_site_keep_only_their_text() {
        assert_eq!(
            inert("Use the [List models](/docs/api-reference/models/list) API, or [this](../guide)."),
            "Use the List models API, or this."
        );
        assert_eq!(inert("[`code` and *words*](/a/b)"), "`code` and *words*");
        assert_eq!(inert("[docs](https://example.com/a) [top](#top)"), "[docs](https://example.com/a) [top](#top)");
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
        let html = r#"See <span title="https://x.org/a">this</span>."#;
        assert_eq!(inert(html), r#"See &lt;span title="<https://x.org/a>">this&lt;/span>."#);
    }
}
