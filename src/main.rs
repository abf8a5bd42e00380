//! The `holdspace` binary; see `holdspace --help`.

// mimalloc instead of the system allocator: many small, short-lived
// allocations across threads (frames, connections) cost less CPU and leave
// less memory stranded per connection (measured in docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    holdspace::cli::main()
}
