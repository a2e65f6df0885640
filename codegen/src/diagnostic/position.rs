//! Where a JSON pointer is written in a YAML or JSON file, as a line and column.
//!
//! The loaded document keeps no positions (the parsers that read it fast give none),
//! so the file is read again, only when there are diagnostics to show. JSON is read
//! with serde_json: each object or array on the way to a wanted place is read into
//! its members' raw text, slices of the file whose offsets are their places. Anything
//! else (or JSON serde_json refuses) is read with `saphyr-parser`, an event parser that
//! marks each node's line and column, in one pass that steps over the subtrees no
//! pointer goes into. serde_json takes a tenth of the time on a large file (0.45 s for
//! the YAML parser on GitHub's 13 MB description).

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser};
use serde_json::value::RawValue;

use super::pointer_push;

/// Where a place is written in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Position {
    /// From 1.
    pub line: usize,
    /// From 1, in characters (not bytes), as compilers count.
    pub column: usize,
}

/// Where each of `pointers` is written in `source`: the place itself, or else the
/// deepest place on the way to it that the file has (a pointer into what the
/// generator made of the file, a Swagger 2.0 document's `components` say, is shown
/// where it came from). A member of a mapping is where its key is. A pointer with
/// nowhere but the document's root to show is left out, as is every pointer when
/// `source` is not YAML (the file changed since?).
pub fn locate<'p>(source: &str, pointers: impl IntoIterator<Item = &'p str>) -> HashMap<&'p str, Position> {
    let pointers: Vec<(&str, Vec<String>)> = pointers.into_iter().map(|p| (p, written_as(p))).collect();
    let wanted = pointers.iter().flat_map(|(_, candidates)| candidates).flat_map(|p| prefixes(p)).collect();
    let found = walk_json(source, &wanted).unwrap_or_else(|| walk_yaml(source, &wanted));
    let mut located = HashMap::new();
    for (pointer, candidates) in &pointers {
        let deepest = candidates
            .iter()
            .flat_map(|candidate| prefixes(candidate).filter(|p| !p.is_empty()).find_map(|p| found.get(p)))
            .max_by_key(|(depth, _)| *depth);
        if let Some((_, position)) = deepest {
            located.insert(*pointer, *position);
        }
    }
    located
}

/// The pointer, and where the same place is written in a Swagger 2.0 file, which the
/// generator reads as OpenAPI 3.0 (`/components/schemas` was `/definitions`, a
/// response's `content/<media type>/schema` its `schema`). Only the candidate the
/// file has is found.
fn written_as(pointer: &str) -> Vec<String> {
    const MOVED: [(&str, &str); 4] = [
        ("/components/schemas/", "/definitions/"),
        ("/components/parameters/", "/parameters/"),
        ("/components/responses/", "/responses/"),
        ("/components/securitySchemes/", "/securityDefinitions/"),
    ];
    let moved = MOVED
        .iter()
        .find_map(|(now, was)| pointer.strip_prefix(now).map(|rest| format!("{was}{rest}")))
        .unwrap_or_else(|| pointer.to_owned());
    // A response's `content/<media type>/schema...` was its `schema...`; a member
    // named `content` elsewhere is itself.
    let tokens: Vec<&str> = moved.split('/').collect();
    let mut swagger2 = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let in_response = i >= 2 && tokens[i - 2] == "responses";
        if tokens[i] == "content" && in_response {
            i += 2;
            continue;
        }
        swagger2.push(tokens[i]);
        i += 1;
    }
    let swagger2 = swagger2.join("/");
    if swagger2 == pointer { vec![swagger2] } else { vec![pointer.to_owned(), swagger2] }
}

/// `p` and every pointer on the way to it, deepest first, down to the root `""`.
fn prefixes(p: &str) -> impl Iterator<Item = &str> {
    let mut end = Some(p.len());
    std::iter::from_fn(move || {
        let here = &p[..end?];
        end = here.rfind('/');
        Some(here)
    })
}

/// A mapping or sequence being read, at a place some pointer goes into.
struct Frame {
    pointer: String,
    depth: usize,
    kind: FrameKind,
}

enum FrameKind {
    /// The key read and not yet given its value, and where it is written.
    Mapping {
        key: Option<(String, Position)>,
    },
    Sequence {
        next: usize,
    },
}

/// The position of every place in `wanted` that a JSON file has, with its depth; None
/// when `source` is not JSON.
fn walk_json(source: &str, wanted: &HashSet<&str>) -> Option<HashMap<String, (usize, Position)>> {
    let lines = Lines::of(source);
    let root = source.trim_start();
    let mut found = HashMap::new();
    // Each place to look into: its pointer, depth, raw text, and where it is written.
    let mut places = vec![(String::new(), 0, root, lines.position(source.len() - root.len()))];
    while let Some((pointer, depth, text, position)) = places.pop() {
        found.insert(pointer.clone(), (depth, position));
        let (members, array): (Vec<(String, &RawValue)>, bool) = match text.as_bytes().first() {
            Some(b'{') => (serde_json::from_str::<HashMap<String, &RawValue>>(text).ok()?.into_iter().collect(), false),
            Some(b'[') => {
                let items = serde_json::from_str::<Vec<&RawValue>>(text).ok()?;
                (items.into_iter().enumerate().map(|(i, item)| (i.to_string(), item)).collect(), true)
            }
            _ if depth == 0 => return None,
            _ => continue,
        };
        for (name, member) in members {
            let child = pointer_push(&pointer, &name);
            if wanted.contains(child.as_str()) {
                let offset = member.get().as_ptr() as usize - source.as_ptr() as usize;
                // A member of an object is where its key is.
                let at = if array { offset } else { key_start(source, offset)? };
                places.push((child, depth + 1, member.get(), lines.position(at)));
            }
        }
    }
    Some(found)
}

/// Where the key of the member whose value starts at `value` starts: its opening quote,
/// the first one before the `:` that no odd run of backslashes escapes.
fn key_start(source: &str, value: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let before = |end: usize| bytes[..end].iter().rposition(|b| !b" \t\r\n".contains(b));
    let colon = before(value).filter(|&i| bytes[i] == b':')?;
    let mut quote = before(colon).filter(|&i| bytes[i] == b'"')?;
    loop {
        quote = bytes[..quote].iter().rposition(|&b| b == b'"')?;
        let backslashes = bytes[..quote].iter().rev().take_while(|&&b| b == b'\\').count();
        if backslashes % 2 == 0 {
            return Some(quote);
        }
    }
}

/// Where each line of a file starts, to turn a byte offset into a line and column.
struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    fn of(source: &'s str) -> Self {
        let breaks = source.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1);
        Lines { source, starts: std::iter::once(0).chain(breaks).collect() }
    }

    fn position(&self, offset: usize) -> Position {
        let line = self.starts.partition_point(|&start| start <= offset);
        let column = self.source[self.starts[line - 1]..offset].chars().count() + 1;
        Position { line, column }
    }
}

/// The position of every place in `wanted` that a YAML file has, with its depth.
fn walk_yaml(source: &str, wanted: &HashSet<&str>) -> HashMap<String, (usize, Position)> {
    let mut found = HashMap::new();
    let mut frames: Vec<Frame> = Vec::new();
    // Nesting left in a subtree being stepped over, and whether that subtree is a key.
    let mut skipping = 0usize;
    let mut skipping_key = false;
    for event in Parser::new_from_str(source) {
        let Ok((event, span)) = event else { break };
        let opens = matches!(event, Event::MappingStart(..) | Event::SequenceStart(..));
        let closes = matches!(event, Event::MappingEnd | Event::SequenceEnd);
        if skipping > 0 {
            skipping = if opens { skipping + 1 } else { skipping - usize::from(closes) };
            if skipping == 0 && !skipping_key {
                value_done(&mut frames);
            }
            continue;
        }
        if closes {
            frames.pop();
            value_done(&mut frames);
            continue;
        }
        if matches!(event, Event::DocumentEnd) {
            break; // Only the first document of a stream is read.
        }
        if !opens && !matches!(event, Event::Scalar(..) | Event::Alias(..)) {
            continue;
        }
        let here = Position { line: span.start.line(), column: span.start.col() + 1 };
        let (pointer, depth, position) = match frames.last_mut() {
            None => (String::new(), 0, here),
            Some(Frame { pointer, depth, kind: FrameKind::Mapping { key } }) => match key.take() {
                None => {
                    // A key: a mapping or sequence as a key names nothing a pointer reaches.
                    let name = if let Event::Scalar(name, ..) = &event { name.to_string() } else { String::new() };
                    *key = Some((name, here));
                    (skipping, skipping_key) = (usize::from(opens), true);
                    continue;
                }
                Some((name, at)) => (pointer_push(pointer, &name), *depth + 1, at),
            },
            Some(Frame { pointer, depth, kind: FrameKind::Sequence { next } }) => {
                (pointer_push(pointer, &next.to_string()), *depth + 1, here)
            }
        };
        let is_wanted = wanted.contains(pointer.as_str());
        if is_wanted {
            found.insert(pointer.clone(), (depth, position));
        }
        match (opens, is_wanted) {
            (false, _) => value_done(&mut frames),
            (true, false) => (skipping, skipping_key) = (1, false),
            (true, true) => {
                let kind = match event {
                    Event::MappingStart(..) => FrameKind::Mapping { key: None },
                    _ => FrameKind::Sequence { next: 0 },
                };
                frames.push(Frame { pointer, depth, kind });
            }
        }
    }
    found
}

/// A value of the innermost mapping or sequence is read: the next is another member.
fn value_done(frames: &mut [Frame]) {
    match frames.last_mut().map(|frame| &mut frame.kind) {
        Some(FrameKind::Mapping { key }) => *key = None,
        Some(FrameKind::Sequence { next }) => *next += 1,
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(source: &str, pointer: &str) -> Option<(usize, usize)> {
        locate(source, [pointer]).get(pointer).map(|p| (p.line, p.column))
    }

    const YAML: &str = "openapi: 3.0.3\npaths:\n  /pets/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n        - name: q\n";

    #[test]
    fn a_mapping_member_is_where_its_key_is() {
        assert_eq!(at(YAML, "/paths/~1pets~1{id}/get"), Some((4, 5)));
        assert_eq!(at(YAML, "/openapi"), Some((1, 1)));
    }

    #[test]
    fn sequence_items_are_counted() {
        assert_eq!(at(YAML, "/paths/~1pets~1{id}/get/parameters/1"), Some((8, 11)));
        assert_eq!(at(YAML, "/paths/~1pets~1{id}/get/parameters/1/name"), Some((8, 11)));
        assert_eq!(at(YAML, "/paths/~1pets~1{id}/get/parameters/0/in"), Some((7, 11)));
    }

    #[test]
    fn a_place_the_file_lacks_is_shown_at_the_deepest_place_it_has() {
        assert_eq!(at(YAML, "/paths/~1pets~1{id}/get/responses/200"), Some((4, 5)));
        assert_eq!(at(YAML, "/components/schemas/Pet"), None, "only the root is on the way");
    }

    #[test]
    fn json_is_read_too_with_columns_in_characters() {
        let json = "{\n  \"info\": {\"title\": \"é\", \"version\": \"1\"},\n  \"paths\": {}\n}";
        assert_eq!(at(json, "/info/version"), Some((2, 26)), "é is one character, two bytes");
        assert_eq!(at(json, "/paths"), Some((3, 3)));
    }

    #[test]
    fn json_places_are_where_the_yaml_parser_finds_them() {
        let json = "{\r\n \"a\\\"b\": [1, {\"c~/d\" :\n  {\"é\": \"\\\"\", \"x\": [[], {}]}}],\n\t\"\": {\"k\": null}, \"e\": \"é\"}";
        let pointers = [
            "/a\"b",
            "/a\"b/0",
            "/a\"b/1",
            "/a\"b/1/c~0~1d",
            "/a\"b/1/c~0~1d/é",
            "/a\"b/1/c~0~1d/x/1",
            "/",
            "//k",
            "/e",
            "/missing",
        ];
        let wanted = pointers.iter().flat_map(|p| prefixes(p)).collect();
        let by_json = walk_json(json, &wanted).expect("the file is JSON");
        assert_eq!(by_json, walk_yaml(json, &wanted));
        assert_eq!(by_json.len(), 11, "every place on the way to a pointer but the missing one");
        assert_eq!(by_json["/a\"b/1/c~0~1d/é"], (4, Position { line: 3, column: 4 }));
    }

    #[test]
    fn text_that_is_not_json_is_read_as_yaml() {
        let wanted = ["", "/a"].into_iter().collect();
        assert_eq!(walk_json("{a: 1}", &wanted), None);
        assert_eq!(walk_json("a: 1", &wanted), None);
        assert_eq!(at("{a: 1}", "/a"), Some((1, 2)));
    }

    #[test]
    fn swagger_2_places_are_found_where_they_were_written() {
        let swagger = "swagger: '2.0'\ndefinitions:\n  Pet:\n    type: object\npaths:\n  /p:\n    get:\n      responses:\n        '200':\n          schema:\n            type: string\n";
        assert_eq!(at(swagger, "/components/schemas/Pet/type"), Some((4, 5)));
        assert_eq!(at(swagger, "/paths/~1p/get/responses/200/content/application~1json/schema/type"), Some((11, 13)));
        // A member named `content` is not a response's content.
        let message = "swagger: '2.0'\ndefinitions:\n  Msg:\n    properties:\n      content: {type: string}\n      type: {type: string}\n";
        assert_eq!(at(message, "/components/schemas/Msg/properties/content"), Some((5, 7)));
    }

    #[test]
    fn keys_that_are_not_scalars_and_bad_input_do_not_derail_the_walk() {
        assert_eq!(at("? [a, b]\n: 1\nc: {d: 2}\n", "/c/d"), Some((3, 5)));
        assert_eq!(at("a: [1, 2\nb: 3", "/b"), None);
        assert_eq!(at("a: *nothing\nb: 1\n", "/b"), None, "an alias to no anchor is an error");
    }
}
