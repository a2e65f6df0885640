//! A crate too large for the machine is named and not counted as passed, not compiled.

use std::process::Command;

#[test]
fn a_crate_over_the_line_limit_is_left_uncompiled_and_named() {
    let spec = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/playai.yaml");
    let out = std::env::temp_dir().join(format!("corpus-limits-{}", std::process::id()));
    let run = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(["--summary", "--max-compile-lines", "10", spec, "--out"])
        .arg(&out)
        .output()
        .expect("the corpus command runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(!run.status.success(), "a crate left uncompiled has not passed");
    assert!(stdout.contains("too large to compile here: 1"), "{stdout}");
    assert!(stdout.contains("spec-playai: not compiled:"), "{stdout}");
    assert!(stdout.contains("over --max-compile-lines 10"), "{stdout}");
    // Nothing was compiled: no workspace build output.
    assert!(!out.join("target").exists());
    std::fs::remove_dir_all(&out).unwrap();
}
