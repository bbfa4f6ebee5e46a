//! `rolebook watch` and `rolebook serve`: rebuild on every saved change; serve with live reload.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use super::{Color, Lang, ServeArgs, WatchArgs};
use rolebook::build::BuildOptions;
use rolebook::report::{self, Format};
use rolebook::serve::{Event, Rebuilder, ServeOptions, serve, watch_loop};

fn print_event(event: Event<'_>, color: bool) {
    let mut err = std::io::stderr().lock();
    let changed = |batch: &rolebook::serve::watch::Batch| {
        let n = batch.specs.len() + batch.templates.len();
        if n == 0 {
            String::new()
        } else {
            format!(" after {n} change{}", if n == 1 { "" } else { "s" })
        }
    };
    match event {
        Event::Rebuilt {
            built,
            elapsed,
            batch,
        } => {
            if !built.report.findings.is_empty() {
                let _ = write!(
                    err,
                    "{}",
                    report::render(
                        &built.loaded.handbook,
                        &built.report,
                        Format::Human,
                        color,
                        built.language
                    )
                );
            }
            match &built.output {
                Some(output) => {
                    let _ = writeln!(
                        err,
                        "built {} files in {} ms{} ({})",
                        output.pages,
                        elapsed.as_millis(),
                        changed(batch),
                        built.phases
                    );
                }
                None => {
                    let _ = writeln!(
                        err,
                        "not rebuilt{}: fix the findings above; the last good site stays in place",
                        changed(batch)
                    );
                }
            }
        }
        Event::Error { message, batch } => {
            let _ = writeln!(
                err,
                "error{}: {message}; the last good site stays in place",
                changed(batch)
            );
        }
    }
}

/// What `watch` and `serve` rebuild, once its folders are checked: a
/// missing handbook folder or an output folder rolebook must not replace
/// is said in the reader's language before anything runs.
fn options(
    roles: &std::path::Path,
    out: &std::path::Path,
    templates: Option<&std::path::Path>,
    force: bool,
    lang: Option<Lang>,
) -> Result<BuildOptions, String> {
    super::problem::folder(roles)?;
    let opts = BuildOptions {
        roles: roles.to_path_buf(),
        out: out.to_path_buf(),
        templates: templates.map(std::path::Path::to_path_buf),
        deny_warnings: false,
        force,
        lang: lang.map(Lang::language),
        ..BuildOptions::default()
    };
    opts.validate().map_err(super::problem::build)?;
    Ok(opts)
}

/// Runs `watch`.
pub fn watch(args: &WatchArgs) -> Result<ExitCode, String> {
    let color = args.color.enabled_stderr();
    let opts = options(
        &args.roles,
        &args.out,
        args.templates.as_deref(),
        args.force,
        args.lang,
    )?;
    errln!("watching {} (Ctrl-C to stop)", args.roles.display());
    let rebuilder = Rebuilder::new(opts);
    watch_loop(rebuilder, |event, _| print_event(event, color))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `serve`.
pub fn execute(args: &ServeArgs) -> Result<ExitCode, String> {
    let color = Color::Auto.enabled_stderr();
    let opts = ServeOptions {
        build: options(
            &args.roles,
            &args.out,
            args.templates.as_deref(),
            args.force,
            args.lang,
        )?,
        addr: SocketAddr::new(args.bind, args.port.unwrap_or(3000)),
        port_fallback: args.port.is_none(),
    };
    let open = args.open;
    serve(
        opts,
        move |event, _| print_event(event, color),
        move |addr| {
            let url = format!("http://{addr}/");
            let _ = outln!("serving the handbook at {url} (Ctrl-C to stop)");
            let _ = std::io::stdout().flush();
            if open {
                open_browser(&url);
            }
        },
    )?;
    errln!("stopped");
    Ok(ExitCode::SUCCESS)
}

fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(program).arg(url).spawn() {
        errln!("could not open a browser ({program}: {e}); open {url} yourself");
    }
}
