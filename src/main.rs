//! The `rolebook` command: parses arguments, calls the library, prints, and picks the exit code.
//!
//! Exit codes: 0 nothing that fails, 1 findings that fail, 2 could not run.

mod cli;

// Thousands of pages are built from many small strings on two threads;
// mimalloc avoids glibc's fragmentation and lock contention there (measured
// in BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(message) => {
            cli::write_err(&format!("error: {message}\n"));
            ExitCode::from(2)
        }
    }
}

/// Asks Linux for ordinary 4 KiB pages from here on. mimalloc asks for
/// transparent huge pages (2 MiB), and the kernel then zeroes and keeps a
/// whole 2 MiB page for each region touched: a build's many short-lived
/// strings (the search index's above all) kept about 40 MB more resident at
/// 1,000 roles (262-265 against 221-227 MB, the same time; BENCHMARKS.md).
/// `check` keeps them: it allocates once and exits, and is faster with them.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process and takes
    // no pointers; on an old kernel it fails and nothing changes.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
