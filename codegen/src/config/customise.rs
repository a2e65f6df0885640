//! The tables of a settings file that change the generated code rather than choose
//! what is generated: `[rename]`, `[types]`, `[dependencies]`, and the declarations
//! a spec lacks (`[pagination]`, `[streams]`). Each is checked here for what can be
//! told without the spec (a name that is no identifier, a path that is none); what
//! it names in the spec is checked when it is applied (`resolve::customise`).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// `[rename]`: new names for what the generator named, each keyed by the name it gave
/// (as the generated docs show it). A name that names nothing, or a new name that
/// another item of the same scope has, is an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Renames {
    /// Types: `AgentStatsResponse = "AgentStats"`.
    pub types: BTreeMap<String, String>,
    /// Client methods, by their name or their operation's `operationId`:
    /// `list_all_agents = "agents"`. The operation's items follow (`AgentsRequest`).
    pub operations: BTreeMap<String, String>,
    /// Struct fields, as `"Type.field"`: `"Agent.avatar_url" = "avatar"`.
    pub fields: BTreeMap<String, String>,
    /// Enum and union variants, as `"Type.Variant"`: `"CallStatus.InProgress" = "Live"`.
    pub variants: BTreeMap<String, String>,
}

/// `[types]`: Rust types of the user's choosing, extra derives, and members kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct TypeSettings {
    /// Types replaced by a Rust path, by type or schema name: `Money =
    /// "rust_decimal::Decimal"`. The type becomes an alias of the path.
    pub replace: BTreeMap<String, String>,
    /// Every schema of a `format`, whatever its type, read as a Rust path: `decimal =
    /// "rust_decimal::Decimal"`.
    pub formats: BTreeMap<String, String>,
    /// Traits derived besides the generated ones, by type name (`"*"`: every type):
    /// `Hash`, `Eq`, `PartialOrd`, `Ord`, or a path (`schemars::JsonSchema`). The types
    /// a type holds derive them too.
    pub derive: BTreeMap<String, Vec<String>>,
    /// Structs that keep the members the spec does not declare, in a map written
    /// back as they came: `true` for all, or a list of type names.
    pub keep_unknown_members: KeepUnknown,
}

/// Which structs keep the members the spec does not declare.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum KeepUnknown {
    All(bool),
    Types(Vec<String>),
}

impl Default for KeepUnknown {
    fn default() -> Self {
        KeepUnknown::All(false)
    }
}

/// `[streams]` entries, by `operationId`: what the operation's `x-stream-end-marker`
/// and `x-stream-flag` would say; `false` for none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct StreamDeclaration {
    pub end_marker: Option<Value>,
    pub flag: Option<Value>,
}

/// The traits a type may derive beyond its own, besides paths: those the compiler
/// checks member by member, which the generator checks before it asks.
pub const STD_DERIVES: [&str; 4] = ["Eq", "Hash", "PartialOrd", "Ord"];

/// Why `path` is not a Rust path of identifiers (`rust_decimal::Decimal`,
/// `crate::money::Money`), if it is not. Generic arguments are not taken: name an
/// alias for them.
pub fn path_problem(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.split("::").collect();
    for (i, segment) in segments.iter().enumerate() {
        let identifier = segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && segment.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && *segment != "_";
        if !identifier {
            return Some(format!("`{segment}` is not an identifier (a path such as `rust_decimal::Decimal`)"));
        }
        let leading = i == 0 && ["crate", "self", "super"].contains(segment);
        if crate::naming::is_keyword(segment) && !leading && *segment != "super" {
            return Some(format!("`{segment}` is a keyword"));
        }
    }
    None
}

/// Why `name` cannot name a Rust item, if it cannot.
pub fn identifier_problem(name: &str) -> Option<String> {
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_";
    match () {
        _ if !identifier => Some(format!("`{name}` is not an identifier")),
        _ if crate::naming::is_keyword(name) || ["self", "Self", "super", "crate"].contains(&name) => {
            Some(format!("`{name}` is a keyword"))
        }
        _ => None,
    }
}

impl Renames {
    /// Each problem with a key or a new name that the spec cannot cure.
    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let tables = [("types", &self.types), ("operations", &self.operations)];
        for (table, renames) in tables {
            for (old, new) in renames {
                problems.extend(identifier_problem(new).map(|why| format!("[rename.{table}] {old}: {why}")));
            }
        }
        for (table, renames) in [("fields", &self.fields), ("variants", &self.variants)] {
            for (key, new) in renames {
                if !key.contains('.') {
                    problems.push(format!("[rename.{table}] `{key}` is not `Type.member`"));
                }
                problems.extend(identifier_problem(new).map(|why| format!("[rename.{table}] {key}: {why}")));
            }
        }
        problems
    }
}

impl TypeSettings {
    /// Each path that is none and each derive that cannot be asked for.
    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (table, paths) in [("replace", &self.replace), ("formats", &self.formats)] {
            for (key, path) in paths {
                problems.extend(path_problem(path).map(|why| format!("[types.{table}] {key}: {why}")));
            }
        }
        for (ty, derives) in &self.derive {
            for derive in derives {
                let problem = if STD_DERIVES.contains(&derive.as_str()) {
                    None
                } else if ["Debug", "Clone", "PartialEq", "Default", "Copy"].contains(&derive.as_str())
                    || derive.starts_with("serde::")
                {
                    Some(format!("`{derive}` is derived where it can be already, and cannot be asked for"))
                } else if !derive.contains("::") {
                    Some(format!(
                        "`{derive}` is not one of {} nor a path such as `schemars::JsonSchema`",
                        STD_DERIVES.join(", ")
                    ))
                } else {
                    path_problem(derive)
                };
                problems.extend(problem.map(|why| format!("[types.derive] {ty}: {why}")));
            }
        }
        problems
    }
}

/// Each problem with a `[dependencies]` entry: a name that is no crate's, a version
/// requirement that a manifest could not hold.
pub fn dependency_problems(dependencies: &BTreeMap<String, String>) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, version) in dependencies {
        let crate_name = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !crate_name {
            problems.push(format!("[dependencies] `{name}` is not a crate name"));
        } else if super::RUNTIME_DEPENDENCIES.iter().any(|runtime| runtime.name == name) {
            problems.push(format!("[dependencies] `{name}` is a crate the generated code depends on already"));
        }
        let requirement =
            !version.is_empty() && version.chars().all(|c| c.is_ascii_alphanumeric() || " .,*^~=<>-+".contains(c));
        if !requirement {
            problems.push(format!("[dependencies] {name}: `{version}` is not a version requirement such as \"1.36\""));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_identifiers_joined_by_double_colons() {
        assert_eq!(path_problem("rust_decimal::Decimal"), None);
        assert_eq!(path_problem("crate::money::Money"), None);
        assert!(path_problem("Vec<u8>").unwrap().contains("not an identifier"));
        assert!(path_problem("::a::B").is_some());
        assert!(path_problem("a::fn").unwrap().contains("keyword"));
        assert!(path_problem("x;}fn evil(){").is_some());
    }

    #[test]
    fn new_names_must_be_identifiers_and_derives_known_or_paths() {
        let renames = Renames {
            types: [("A".to_owned(), "My Type".to_owned())].into(),
            fields: [("field".to_owned(), "ok".to_owned())].into(),
            ..Default::default()
        };
        let problems = renames.problems();
        assert!(problems[0].contains("`My Type` is not an identifier"), "{problems:?}");
        assert!(problems[1].contains("`field` is not `Type.member`"), "{problems:?}");
        let types = TypeSettings {
            derive: [("A".to_owned(), vec!["Hash".to_owned(), "Clone".to_owned(), "Serialize".to_owned()])].into(),
            ..Default::default()
        };
        let problems = types.problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("`Clone` is derived"));
        assert!(problems[1].contains("nor a path"));
    }
}
