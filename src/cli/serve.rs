//! `rolebook watch` and `rolebook serve`: rebuild on every saved change; serve with live reload.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use super::{Color, ServeArgs, WatchArgs};
use rolebook::i18n::say;
use rolebook::model::Language;
use rolebook::report::{self, Format};
use rolebook::serve::{Event, Rebuilder, ServeOptions, serve, watch_loop};
use rolebook::text;

/// Prints what a rebuild did; `language` is the reader's until a build
/// names the handbook's.
fn print_event(event: Event<'_>, color: bool, language: Language) {
    let mut err = std::io::stderr().lock();
    let changed = |batch: &rolebook::serve::watch::Batch| batch.specs.len() + batch.templates.len();
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
            let line = match &built.output {
                Some(output) => text!(
                    "rebuilt",
                    count = output.pages,
                    ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
                    after = changed(batch),
                    phases = built.phases.said(built.language)
                ),
                None => text!("not-rebuilt", after = changed(batch)),
            };
            let _ = writeln!(err, "{}", say(built.language, &line));
        }
        Event::Error { message, batch } => {
            let line = text!("rebuild-error", after = changed(batch), message = message);
            let _ = writeln!(err, "{}", say(language, &line));
        }
    }
}

/// Runs `watch`.
pub fn watch(args: &WatchArgs) -> Result<ExitCode, String> {
    let color = args.color.enabled_stderr();
    let opts = args.site.checked()?;
    // Until a build reads the handbook's language: --lang, or the terminal's.
    let language = super::or_locale(args.site.lang);
    let folder = args.site.roles.display().to_string();
    errln!("{}", say(language, &text!("watching", folder = folder)));
    let rebuilder = Rebuilder::new(opts);
    watch_loop(rebuilder, |event, _| print_event(event, color, language))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs `serve`.
pub fn execute(args: &ServeArgs) -> Result<ExitCode, String> {
    let color = Color::Auto.enabled_stderr();
    let opts = ServeOptions {
        build: args.site.checked()?,
        addr: SocketAddr::new(args.bind, args.port.unwrap_or(3000)),
        port_fallback: args.port.is_none(),
        header_timeout: std::time::Duration::from_secs(args.header_timeout),
    };
    let open = args.open;
    let language = super::or_locale(args.site.lang);
    serve(
        opts,
        move |event, _| print_event(event, color, language),
        move |addr| {
            let url = format!("http://{addr}/");
            let _ = outln!("{}", say(language, &text!("serving", url = url.as_str())));
            let _ = std::io::stdout().flush();
            if open {
                open_browser(&url);
            }
        },
    )?;
    errln!("{}", say(language, &text!("stopped")));
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
