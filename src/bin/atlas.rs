//! `atlas`: the data tools (`validate`, `who`, `compile`, `questions`); see `crates/atlas-cli`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    atlas_cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
