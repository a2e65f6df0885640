//! Identifier policy: every name the generator emits comes from here.
//!
//! Input names are arbitrary text (`simple-user`, `+1`, `Self`, `日本`); output names
//! are ASCII Rust identifiers in the conventional case, never keywords, and unique
//! within their scope through [`Scope`].

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be identifiers at all, or only as raw identifiers.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "try", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that `r#` cannot escape.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Type names the generated models module uses from outside and must not shadow.
const RESERVED_TYPES: &[&str] = &[
    // The type parameters of the written-out serde impls (`from_object<'de, A>`).
    "A",
    "D",
    "S",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Debug",
    "PartialEq",
    "Eq",
    "Hash",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "From",
    "Into",
    "Serialize",
    "Deserialize",
    "Serializer",
    "Deserializer",
    "Self",
];

/// The names a client module defines or imports, which operations' items and server
/// variables do not take: every item of the support code and the fixed client (see
/// `templates`), the items made for credentials and error bodies, and the root's.
pub fn client_types() -> Vec<&'static str> {
    let made = ["Credentials", "ErrorBody", "Scheme", "ApiResponse", "Error", "Result"];
    made.into_iter().chain(crate::templates::reserved().client_items.iter().map(String::as_str)).collect()
}

/// The methods every `Client` has, which operations' methods do not take: the fixed
/// client's.
pub fn client_methods() -> Vec<&'static str> {
    crate::templates::reserved().client_methods.iter().map(String::as_str).collect()
}

/// The fields and methods of every request builder (`RawRequest`'s fields and the options
/// trait), which parameter setters do not take: the fixed ones, and those made per
/// operation.
pub fn request_members() -> Vec<&'static str> {
    let made = [
        "body",
        "send",
        "send_stream",
        "send_events",
        "build_request",
        "read_response",
        "stream",
        "next_page",
        "credentials",
    ];
    let fixed = crate::templates::reserved().request_members.iter().map(String::as_str);
    made.into_iter().chain(OPERATOR_METHODS.iter().copied()).chain(fixed).collect()
}

/// The methods of the operator traits that take `self` and one value, as a setter
/// does: a setter so named reads as the operator (`a.add(b)`), and clippy says so
/// (`should_implement_trait`).
pub const OPERATOR_METHODS: &[&str] = &["add", "sub", "mul", "div", "rem", "bitand", "bitor", "bitxor", "shl", "shr"];

/// Methods a model struct has, or takes from the traits it implements, that a
/// member's chained setter must not shadow (`x.clone()` would call the setter).
pub const STRUCT_METHODS: &[&str] = &[
    "new",
    "default",
    "clone",
    "clone_from",
    "eq",
    "ne",
    "fmt",
    "hash",
    "serialize",
    "deserialize",
    "from_object",
    "to_owned",
    "to_string",
    "into",
    "try_into",
    "from",
    "borrow",
    "borrow_mut",
    "type_id",
];

/// Splits on anything that is not an ASCII letter or digit, so that case conversion
/// sees word boundaries and nothing else survives into the identifier.
fn ascii_words(raw: &str) -> String {
    raw.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect()
}

/// A number with its sign, the sign in words: `-60` is `("minus", "60")` (GitHub's
/// reactions `+1` and `-1`, apart from each other and from `1`).
fn signed_number(value: &str) -> Option<(&'static str, String)> {
    let number = |sign: char| value.strip_prefix(sign).filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    match (number('-'), number('+')) {
        (Some(number), _) => Some(("minus", ascii_words(number))),
        (_, Some(number)) => Some(("plus", ascii_words(number))),
        _ => None,
    }
}

/// `UpperCamelCase` for types and enum variants; `fallback` when nothing is left.
pub fn camel(raw: &str, fallback: &str) -> String {
    let name = ascii_words(raw).to_upper_camel_case();
    let name = if name.is_empty() { fallback.to_owned() } else { name };
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{name}")
    } else if name == "Self" {
        // The one camel-case keyword, and `r#` cannot escape it.
        "SelfValue".to_owned()
    } else {
        name
    }
}

/// Symbols and what they are called, the longest first so that `>=` reads `Ge`.
const SYMBOLS: &[(&str, &str)] = &[
    (">=", "Ge"),
    ("<=", "Le"),
    ("!=", "Ne"),
    ("<>", "Ne"),
    ("==", "EqEq"),
    ("≥", "Ge"),
    ("≤", "Le"),
    ("≠", "Ne"),
    ("=", "Eq"),
    (">", "Gt"),
    ("<", "Lt"),
    ("!", "Not"),
    ("~", "Tilde"),
    ("*", "Star"),
    ("_", "Underscore"),
    ("+", "Plus"),
    ("-", "Minus"),
    ("/", "Slash"),
    ("\\", "Backslash"),
    (".", "Dot"),
    (",", "Comma"),
    (":", "Colon"),
    (";", "Semicolon"),
    ("?", "Question"),
    ("@", "At"),
    ("#", "Hash"),
    ("$", "Dollar"),
    ("%", "Percent"),
    ("^", "Caret"),
    ("&", "And"),
    ("|", "Pipe"),
    ("'", "Quote"),
    ("\"", "DoubleQuote"),
    ("`", "Backtick"),
    ("(", "OpenParen"),
    (")", "CloseParen"),
    ("[", "OpenBracket"),
    ("]", "CloseBracket"),
    ("{", "OpenBrace"),
    ("}", "CloseBrace"),
    (" ", "Space"),
];

/// The variant name of a string enum value: the value's words in `UpperCamelCase`,
/// a sign before a number said (`-60` is `Minus60`, apart from `60`'s `V60`), and a
/// value of symbols alone spelled by their names (`>=` is `Ge`, `_` is `Underscore`,
/// any other character its code point, `U65E5`).
pub fn enum_variant(value: &str) -> String {
    if value.is_empty() {
        return "Empty".to_owned();
    }
    if value.chars().any(|c| c.is_ascii_alphanumeric()) {
        return match signed_number(value) {
            Some((sign, number)) => format!("{sign} {number}").to_upper_camel_case(),
            None => camel(value, "Empty"),
        };
    }
    let mut name = String::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        match SYMBOLS.iter().find(|(symbol, _)| rest.starts_with(symbol)) {
            Some((symbol, word)) => {
                name.push_str(word);
                rest = &rest[symbol.len()..];
            }
            None => {
                name.push_str(&format!("U{:04X}", u32::from(c)));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    name
}

/// A resource's name in the singular (`calls` is `call`, `policies` `policy`), for
/// a path segment followed by the parameter that picks one of them.
pub fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    let cut = |n: usize| word[..word.len() - n].to_owned();
    if lower.ends_with("ies") && word.len() > 4 {
        format!("{}y", cut(3))
    } else if ["sses", "xes", "ches", "shes", "zzes"].iter().any(|end| lower.ends_with(end)) {
        cut(2)
    } else if lower.ends_with('s') && !["ss", "us", "is"].iter().any(|end| lower.ends_with(end)) && word.len() > 1 {
        cut(1)
    } else {
        word.to_owned()
    }
}

/// The name of the variant that keeps values an enum or tagged union does not list:
/// `Unknown`, unless one of `taken` is named so.
pub fn catch_all<'n>(taken: impl Iterator<Item = &'n str>) -> String {
    let taken: Vec<&str> = taken.collect();
    let candidates = ["Unknown", "Other", "UnknownValue"].map(str::to_owned).into_iter();
    let numbered = (2..).map(|i| format!("Unknown{i}"));
    let mut free = candidates.chain(numbered).filter(|candidate| !taken.contains(&candidate.as_str()));
    free.next().expect("an unbounded list has a free name")
}

/// Whether `name` is a Rust keyword, which an identifier spells as `r#name`.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Whether the models module uses a type of this name from elsewhere, so that it
/// cannot name one of its own.
pub fn is_reserved_type(name: &str) -> bool {
    RESERVED_TYPES.contains(&name)
}

/// A type name in the models module.
pub fn type_name(raw: &str) -> String {
    let name = camel(raw, "Unnamed");
    if RESERVED_TYPES.contains(&name.as_str()) { format!("{name}Type") } else { name }
}

/// `snake_case` for fields, parameters and methods. A keyword `r#` can escape is kept
/// as it is (render makes it a raw identifier, see [`is_keyword`]); one it cannot
/// (`self`) gets a `_`.
pub fn snake(raw: &str, fallback: &str) -> String {
    let name = match signed_number(raw) {
        Some((sign, number)) => format!("{sign} {number}").to_snake_case(),
        None => ascii_words(raw).to_snake_case(),
    };
    let name = if name.is_empty() { fallback.to_owned() } else { name };
    if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit() || c == '_') {
        // `_1` would say nothing (clippy's `just_underscores_and_digits`): Zalando's
        // star ratings `1` to `5` are `field_1` to `field_5`.
        format!("{fallback}_{name}")
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{name}")
    } else if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}

/// A crate name (`kebab-case`, ASCII) from an API's title or a file name: `Spotify
/// Web API` is `spotify-web-api`, `My API.v2` is `my-api-v2`. Runs of other characters
/// are one dash, so the crate's identifier (`my_api_v2`) has no `__` for rustc to
/// warn about; a name that would start with a digit starts with `api-`. `None` when
/// the text has no ASCII letter or digit.
pub fn crate_name(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let name = words.join("-");
    match name.chars().next()? {
        first if first.is_ascii_digit() => Some(format!("api-{name}")),
        _ => Some(name),
    }
}

/// A crate name from an API's title: its head, before what qualifies it (`Spotify
/// Web API with fixes and improvements from sonallux` is `spotify-web-api`).
pub fn crate_name_of_title(title: &str) -> Option<String> {
    const QUALIFIERS: [&str; 8] = [" with ", " for ", " from ", " by ", " - ", " (", ": ", " \u{2013} "];
    let lower = title.to_ascii_lowercase();
    let head = QUALIFIERS.iter().filter_map(|q| lower.find(q)).min().map_or(title, |end| &title[..end]);
    crate_name(head).or_else(|| crate_name(title))
}

/// Names already used in one scope (a module, a struct, an enum); later claims of a
/// taken name get a numeric suffix, so the first in spec order keeps the plain name.
#[derive(Debug, Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    pub fn with_reserved(names: &[&str]) -> Self {
        Self { taken: names.iter().map(|n| n.to_string()).collect() }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Gives back a name claimed for a definition that turned out not to be needed.
    pub fn release(&mut self, name: &str) {
        self.taken.remove(name);
    }

    /// Takes `name`, or the first free `name2`, `name3`, ... (`name_2` for snake case).
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let separator = if name.contains(|c: char| c.is_ascii_uppercase()) { "" } else { "_" };
        // `self_` and `self_` again make `self_2`, not `self__2`.
        let base = name.trim_end_matches('_');
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .expect("an unbounded range always has a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_upper_camel() {
        assert_eq!(type_name("simple-user"), "SimpleUser");
        assert_eq!(type_name("agent_conversation_metrics"), "AgentConversationMetrics");
        assert_eq!(type_name("AgentStatsResource"), "AgentStatsResource");
        assert_eq!(type_name("nullable-simple-user"), "NullableSimpleUser");
    }

    #[test]
    fn std_names_are_not_shadowed() {
        assert_eq!(type_name("Result"), "ResultType");
        assert_eq!(type_name("string"), "StringType");
        assert_eq!(type_name("self"), "SelfValue");
    }

    #[test]
    fn keywords_become_raw_or_suffixed() {
        assert_eq!(snake("type", "f"), "type");
        assert_eq!(snake("async", "f"), "async");
        assert_eq!(snake("gen", "f"), "gen");
        assert!(is_keyword("gen") && is_keyword("type") && !is_keyword("types"));
        assert_eq!(snake("self", "f"), "self_");
        assert_eq!(snake("Self", "f"), "self_");
        assert_eq!(snake("super", "f"), "super_");
        assert_eq!(snake("crate", "f"), "crate_");
    }

    #[test]
    fn leading_digits_are_prefixed() {
        assert_eq!(snake("2fa_enabled", "f"), "_2fa_enabled");
        assert_eq!(snake("1", "field"), "field_1");
        assert_eq!((snake("+1", "field"), snake("-1", "field")), ("plus_1".to_owned(), "minus_1".to_owned()));
        assert_eq!(snake("2024-01", "tag"), "tag_2024_01");
        assert_eq!(camel("1", "Empty"), "V1");
        assert_eq!(camel("200 OK", "Empty"), "V200Ok");
    }

    #[test]
    fn odd_characters_and_empty_names() {
        assert_eq!(snake("X-Page-Size", "f"), "x_page_size");
        assert_eq!(snake("@odata.count", "f"), "odata_count");
        assert_eq!(snake("", "field"), "field");
        assert_eq!(snake("日本", "field"), "field");
        assert_eq!(camel("", "Empty"), "Empty");
        assert_eq!(camel("+1", "Empty"), "V1");
        assert_eq!(camel("a\"b*/c", "Empty"), "ABC");
        assert_eq!(snake("GET /api/v1/agents/{agentId}", "op"), "get_api_v1_agents_agent_id");
    }

    #[test]
    fn enum_values_of_symbols_and_signs_say_what_they_are() {
        let names: Vec<String> = ["=", ">", "<", "≥", ">=", "≤", "<=", "≠", "!=", "~", "*", "_", "__"]
            .iter()
            .map(|value| enum_variant(value))
            .collect();
        let expected = [
            "Eq",
            "Gt",
            "Lt",
            "Ge",
            "Ge",
            "Le",
            "Le",
            "Ne",
            "Ne",
            "Tilde",
            "Star",
            "Underscore",
            "UnderscoreUnderscore",
        ];
        assert_eq!(names, expected);
        assert_eq!(enum_variant("-60"), "Minus60");
        assert_eq!(enum_variant("60"), "V60");
        assert_eq!(enum_variant("+1"), "Plus1");
        assert_eq!(enum_variant("in-progress"), "InProgress");
        assert_eq!(enum_variant(""), "Empty");
        assert_eq!(enum_variant("日本"), "U65E5U672C");
    }

    #[test]
    fn resources_are_singular_before_their_parameter() {
        let pairs =
            [("calls", "call"), ("policies", "policy"), ("boxes", "box"), ("addresses", "address"), ("sizes", "size")];
        for (plural, one) in pairs {
            assert_eq!(singular(plural), one);
        }
        for same in ["status", "data", "analysis", "access"] {
            assert_eq!(singular(same), same);
        }
    }

    #[test]
    fn collisions_get_numbered_in_order() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim(camel("add", "E")), "Add");
        assert_eq!(scope.claim(camel("Add", "E")), "Add2");
        assert_eq!(scope.claim(camel("ADD", "E")), "Add3");
        let mut fields = Scope::with_reserved(&["client"]);
        assert_eq!(fields.claim(snake("client", "f")), "client_2");
        assert_eq!(fields.claim(snake("fooBar", "f")), "foo_bar");
        assert_eq!(fields.claim(snake("foo_bar", "f")), "foo_bar_2");
        assert_eq!(fields.claim(snake("type", "f")), "type");
        assert_eq!(fields.claim(snake("type", "f")), "type_2");
        assert_eq!(fields.claim(snake("self", "f")), "self_");
        assert_eq!(fields.claim(snake("self", "f")), "self_2", "never `self__2`");
    }

    #[test]
    fn crate_names_come_from_titles() {
        assert_eq!(crate_name("Spotify Web API").as_deref(), Some("spotify-web-api"));
        assert_eq!(crate_name("My API.v2").as_deref(), Some("my-api-v2"));
        assert_eq!(crate_name("3D  Secure").as_deref(), Some("api-3d-secure"));
        assert_eq!(crate_name("Überblick Ω").as_deref(), Some("berblick"));
        assert_eq!(crate_name("Ω"), None);
        let spotify = "Spotify Web API with fixes and improvements from sonallux";
        assert_eq!(crate_name_of_title(spotify).as_deref(), Some("spotify-web-api"));
        assert_eq!(crate_name_of_title("Ω (beta)").as_deref(), Some("beta"));
    }
}
