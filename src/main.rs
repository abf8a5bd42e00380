//! The `holdspace` binary; see `holdspace --help`.

fn main() -> std::process::ExitCode {
    holdspace::cli::main()
}
