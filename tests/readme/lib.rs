//! The README's Rust examples, compiled by `cargo test -p readme --doc`: an example
//! that no longer compiles against the generated crate fails CI.

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct Readme;
