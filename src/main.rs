//! Entry point of the web app. Trunk builds this binary for wasm32; see `ui::start`.

#[cfg(target_arch = "wasm32")]
fn main() {
    frontier_atlas::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "frontier-atlas is a web app: build and serve it with `scripts/serve.sh` (Trunk, wasm32).\n\
         For the data tools run `cargo run --bin atlas -- --help`."
    );
    std::process::exit(2);
}
