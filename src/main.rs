//! The `rolebook` command: parses arguments, calls the library, prints, and picks the exit code.
//!
//! Exit codes: 0 nothing that fails, 1 findings that fail, 2 could not run.

#![forbid(unsafe_code)]

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
    let language = args.language();
    match cli::run(args) {
        Ok(code) => code,
        Err(message) => {
            let error = rolebook::i18n::say(language, &rolebook::text!("error"));
            cli::write_err(&format!("{error}: {message}\n"));
            ExitCode::from(2)
        }
    }
}
