//! Which of a spec's operations become methods: by tag, path glob or `operationId`,
//! from a settings file's `[operations]` table. The types no kept operation needs are
//! left out with them (see `resolve`), so that a crate that keeps 3 of a spec's 1,000
//! operations compiles 3.

use serde::Deserialize;

/// The `[operations]` table of a settings file. With any `tags`, `paths` or `ids`, an
/// operation is kept when it matches one of them; then one that matches an `exclude-`
/// list is left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct OperationSelection {
    /// Operations with any of these tags.
    pub tags: Vec<String>,
    /// Operations of a path that matches any of these globs: `*` one segment's
    /// characters, `**` any, so `/repos/*/*/issues/**` (a path as the spec writes it,
    /// `{owner}` and all).
    pub paths: Vec<String>,
    /// Operations of these `operationId`s.
    pub ids: Vec<String>,
    pub exclude_tags: Vec<String>,
    pub exclude_paths: Vec<String>,
    pub exclude_ids: Vec<String>,
}

/// One operation, as a selection sees it.
pub struct Candidate<'a> {
    pub path: &'a str,
    pub id: Option<&'a str>,
    pub tags: &'a [String],
}

impl OperationSelection {
    /// Whether it leaves any operation out.
    pub fn selects(&self) -> bool {
        *self != Self::default()
    }

    /// Whether `operation` is kept.
    pub fn keeps(&self, operation: &Candidate<'_>) -> bool {
        let included = (self.tags.is_empty() && self.paths.is_empty() && self.ids.is_empty())
            || matches(&self.tags, &self.paths, &self.ids, operation);
        included && !matches(&self.exclude_tags, &self.exclude_paths, &self.exclude_ids, operation)
    }

    /// Each entry of the lists that matches none of `operations`, with its list's
    /// key: a settings file that names what the spec lacks (the spec changed?).
    pub fn unmatched<'s>(&'s self, operations: &[Candidate<'_>]) -> Vec<(&'static str, &'s str)> {
        let mut unmatched = Vec::new();
        for (key, tags) in [("tags", &self.tags), ("exclude-tags", &self.exclude_tags)] {
            let found = |tag: &String| operations.iter().any(|op| op.tags.contains(tag));
            unmatched.extend(tags.iter().filter(|tag| !found(tag)).map(|tag| (key, tag.as_str())));
        }
        for (key, globs) in [("paths", &self.paths), ("exclude-paths", &self.exclude_paths)] {
            let found = |glob: &String| operations.iter().any(|op| path_matches(glob, op.path));
            unmatched.extend(globs.iter().filter(|glob| !found(glob)).map(|glob| (key, glob.as_str())));
        }
        for (key, ids) in [("ids", &self.ids), ("exclude-ids", &self.exclude_ids)] {
            let found = |id: &String| operations.iter().any(|op| op.id == Some(id.as_str()));
            unmatched.extend(ids.iter().filter(|id| !found(id)).map(|id| (key, id.as_str())));
        }
        unmatched
    }

    /// Each glob that is not one, with why.
    pub fn invalid_globs(&self) -> Vec<(&str, String)> {
        let globs = self.paths.iter().chain(&self.exclude_paths);
        globs.filter_map(|glob| glob::Pattern::new(glob).err().map(|err| (glob.as_str(), err.to_string()))).collect()
    }
}

fn matches(tags: &[String], paths: &[String], ids: &[String], operation: &Candidate<'_>) -> bool {
    tags.iter().any(|tag| operation.tags.contains(tag))
        || paths.iter().any(|glob| path_matches(glob, operation.path))
        || operation.id.is_some_and(|id| ids.iter().any(|wanted| wanted == id))
}

/// `path` against `glob`, a separator matched only by a separator, but by `**` (the
/// `glob` crate's rules for file paths, which a URL path's segments follow).
fn path_matches(glob: &str, path: &str) -> bool {
    let options = glob::MatchOptions { case_sensitive: true, require_literal_separator: true, ..Default::default() };
    glob::Pattern::new(glob).is_ok_and(|pattern| pattern.matches_with(path, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate<'a>(path: &'a str, id: &'a str, tags: &'a [String]) -> Candidate<'a> {
        Candidate { path, id: Some(id), tags }
    }

    #[test]
    fn a_selection_keeps_what_it_names_but_what_it_excludes() {
        let issues = vec!["issues".to_owned()];
        let none: Vec<String> = Vec::new();
        let selection = OperationSelection {
            tags: vec!["issues".to_owned()],
            paths: vec!["/repos/*/*/pulls/**".to_owned()],
            ids: vec!["meta/root".to_owned()],
            exclude_ids: vec!["issues/lock".to_owned()],
            ..Default::default()
        };
        assert!(selection.keeps(&candidate("/repos/{owner}/{repo}/issues", "issues/list", &issues)));
        assert!(!selection.keeps(&candidate("/repos/{owner}/{repo}/issues/{n}/lock", "issues/lock", &issues)));
        assert!(selection.keeps(&candidate("/repos/{owner}/{repo}/pulls/{n}/files", "pulls/files", &none)));
        assert!(!selection.keeps(&candidate("/repos/{owner}/{repo}", "repos/get", &none)), "`*` is one segment");
        assert!(selection.keeps(&candidate("/", "meta/root", &none)));
        assert!(OperationSelection::default().keeps(&candidate("/", "any", &none)));
        let unmatched = selection.unmatched(&[candidate("/", "meta/root", &none)]);
        assert_eq!(unmatched, [("tags", "issues"), ("paths", "/repos/*/*/pulls/**"), ("exclude-ids", "issues/lock")]);
    }
}
