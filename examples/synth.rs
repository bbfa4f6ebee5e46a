//! Writes a large, consistent handbook: `cargo run --release --example synth -- --roles 1000 --out DIR`.
//!
//! The generator is `rolebook::synth`; its output passes `rolebook check --deny-warnings`.

use std::path::PathBuf;
use std::process::ExitCode;

use rolebook::synth::generate;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut roles = 1000;
    let mut out = PathBuf::from("synth");
    let mut i = 0;
    while i < args.len() {
        match (args[i].as_str(), args.get(i + 1)) {
            ("--roles", Some(n)) => match n.parse() {
                Ok(n) => roles = n,
                Err(_) => {
                    eprintln!("--roles takes a number, got `{n}`");
                    return ExitCode::from(2);
                }
            },
            ("--out", Some(d)) => out = PathBuf::from(d),
            _ => {
                eprintln!("usage: synth --roles N --out DIR");
                return ExitCode::from(2);
            }
        }
        i += 2;
    }
    if out.exists() {
        eprintln!("{} exists; choose a new folder", out.display());
        return ExitCode::from(2);
    }
    match generate(roles, &out) {
        Ok(n) => {
            println!("wrote a handbook of {n} roles to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", out.display());
            ExitCode::from(2)
        }
    }
}
