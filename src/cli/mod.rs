//! Command-line interface: one file per subcommand, each with an `execute` that returns the exit code.
//!
//! Output goes through [`write_out`] and [`write_err`], never `println!`,
//! which panics when the reader of a pipe has gone (`rolebook explain | head -1`).

/// `print!` to standard output through [`write_out`]; returns its `Result`.
macro_rules! out {
    ($($t:tt)*) => { $crate::cli::write_out(&format!($($t)*)) };
}

/// `println!` to standard output through [`write_out`]; returns its `Result`.
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::write_out(&format!("{}\n", format_args!($($t)*))) };
}

/// `eprint!` through [`write_err`].
macro_rules! err {
    ($($t:tt)*) => { $crate::cli::write_err(&format!($($t)*)) };
}

/// `eprintln!` through [`write_err`].
macro_rules! errln {
    ($($t:tt)*) => { $crate::cli::write_err(&format!("{}\n", format_args!($($t)*))) };
}

mod build;
mod capacity;
mod check;
mod coverage;
mod diff;
mod explain;
mod export;
mod init;
mod schema;
mod serve;
mod sign;
mod status;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{CommandFactory, Parser, Subcommand};
use rolebook::report::Format;

/// Turns role specs (YAML) into a checked, published handbook.
#[derive(Debug, Parser)]
#[command(
    name = "rolebook",
    version = env!("ROLEBOOK_VERSION"),
    about,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check the handbook against every consistency rule.
    Check(CheckArgs),
    /// Check, then write the handbook site (atomically; untouched on errors).
    Build(BuildArgs),
    /// Report coverage: owned stages, complete handoffs, paid KPIs, deputies, exit criteria.
    Coverage(CoverageArgs),
    /// Per role: hours of work a month against the hours its people have, and where its time goes.
    Capacity(CapacityArgs),
    /// Build, then rebuild on every change to the handbook or its templates.
    Watch(WatchArgs),
    /// Build, serve over HTTP with live reload, and rebuild on every change.
    Serve(ServeArgs),
    /// What changed for each role and process between two handbooks (folders or git revisions).
    Diff(DiffArgs),
    /// Who must read their role again (acknowledgements.yaml), and what changed since they signed.
    Status(StatusArgs),
    /// Write one Word document per role: the job description in the handbook language's form, an acknowledgement sheet, its checklists.
    Export(ExportArgs),
    /// Record that a person signed their role as it is now (and was trained on it): a line of acknowledgements.yaml.
    Sign(SignArgs),
    /// Explain a rule: what it catches, why it matters, how to fix it.
    Explain(ExplainArgs),
    /// Print the JSON Schema of a file kind, or write all of them.
    Schema(SchemaArgs),
    /// Write a small starter handbook that passes `check`.
    Init(InitArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one for every subcommand (`--write DIR`).
    Man(ManArgs),
    /// List the built-in templates and assets, or write them to start a theme from (`--write DIR`).
    Templates(TemplatesArgs),
}

/// Arguments of `man`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook man | man -l -\n  mkdir -p ~/.local/share/man/man1 && rolebook man --write ~/.local/share/man/man1"
)]
pub struct ManArgs {
    /// Write `rolebook.1` and `rolebook-SUBCOMMAND.1` for every subcommand into this folder (created if need be).
    #[arg(long, value_name = "DIR")]
    pub write: Option<std::path::PathBuf>,
}

/// Arguments of `templates`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook templates\n  rolebook templates --write templates   # then edit, and `rolebook build` uses them"
)]
pub struct TemplatesArgs {
    /// Write every built-in template and asset into this folder, to edit; `build` uses a `templates/` folder beside the handbook.
    #[arg(long, value_name = "DIR")]
    pub write: Option<std::path::PathBuf>,
}

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  mkdir -p ~/.local/share/bash-completion/completions && rolebook completions bash > ~/.local/share/bash-completion/completions/rolebook\n  rolebook completions zsh > ~/.zfunc/_rolebook"
)]
pub struct CompletionsArgs {
    /// The shell, e.g. `bash`; install with `rolebook completions bash > /etc/bash_completion.d/rolebook`.
    pub shell: clap_complete::Shell,
}

/// The errors of the command line a head of department meets, in their
/// language: `--lang`, else the terminal's (the handbook's cannot be read yet).
pub mod problem {
    use std::path::Path;

    use rolebook::build::BuildError;
    use rolebook::i18n::say;
    use rolebook::load::LoadError;
    use rolebook::text;

    /// Says problems in one language.
    #[derive(Clone, Copy)]
    pub struct In(pub super::Lang);

    /// Problems in `--lang`, else the terminal's language.
    pub fn said_in(lang: Option<super::Lang>) -> In {
        In(super::or_locale(lang))
    }

    impl In {
        /// Checks `--roles` before a command reads anything.
        pub fn folder(self, path: &Path) -> Result<(), String> {
            if path.is_dir() {
                Ok(())
            } else {
                let path = path.display().to_string();
                Err(say(self.0, &text!("cli-no-folder", path = path)))
            }
        }

        /// A load that failed: a file that could not be read in the
        /// reader's language, anything else as the loader says it.
        pub fn load(self, e: LoadError) -> String {
            self.said(e.message, e.unreadable.as_ref())
        }

        /// [`In::load`] for the pipeline's error; a refusal rolebook words
        /// (the output folder's) in the reader's language too.
        pub fn build(self, e: BuildError) -> String {
            match &e.said {
                Some(text) => say(self.0, text),
                None => self.said(e.message, e.unreadable.as_ref()),
            }
        }

        fn said(
            self,
            english: String,
            unreadable: Option<&(std::path::PathBuf, std::io::ErrorKind)>,
        ) -> String {
            let Some((path, kind)) = unreadable else {
                return english;
            };
            let cause = match kind {
                std::io::ErrorKind::PermissionDenied => "denied",
                std::io::ErrorKind::NotFound => "missing",
                _ => "other",
            };
            let unreadable = text!(
                "cli-unreadable",
                path = path.display().to_string(),
                cause = cause,
                detail = english.rsplit(": ").next().unwrap_or_default()
            );
            say(self.0, &unreadable)
        }
    }
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook diff HEAD~1\n  rolebook diff origin/main --format markdown > comment.md"
)]
pub struct DiffArgs {
    /// The old handbook: a folder, or a git revision (`HEAD~1`, `main`, a tag) of the repository that holds `--roles`.
    pub old: String,
    /// The new handbook, the same way; default: the handbook folder as it is now.
    pub new: Option<String>,
    /// The handbook folder (and, for revisions, its place in the repository).
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = diff::ChangeFormat::Human)]
    pub format: diff::ChangeFormat,
    /// Language of the output; default: the handbook's `language:`.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Arguments of `status`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook status\n  rolebook status --format markdown --roles handbook"
)]
pub struct StatusArgs {
    /// The handbook folder (its acknowledgements.yaml, and its git history).
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = diff::ChangeFormat::Human)]
    pub format: diff::ChangeFormat,
    /// Language of the output; default: the handbook's `language:`.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook check\n  rolebook check --format github --deny-warnings --roles handbook"
)]
pub struct CheckArgs {
    /// The handbook folder.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Fail on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
    /// The day reviews are measured against (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub today: Option<jiff::civil::Date>,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Language of the findings; default: the handbook's `language:`.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// What `build`, `watch` and `serve` share: the handbook, the site they
/// write, and how.
#[derive(Debug, clap::Args)]
pub struct SiteArgs {
    /// The handbook folder.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// The site folder to write.
    #[arg(long, default_value = "site", value_name = "DIR")]
    pub out: PathBuf,
    /// Replace the output folder even when rolebook did not write it (it has
    /// no `.rolebook-site` file, holds a `.git`, or is the current folder).
    #[arg(long)]
    pub force: bool,
    /// Template overrides (default: `templates/` beside the handbook folder, if present).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Compare with the handbook at this git revision (or folder): the site
    /// gets a "What changed" page and marks what changed on the role and
    /// checklist pages (kept fresh on every save by `watch` and `serve`).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Language of the findings; default: the handbook's `language:`.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

impl SiteArgs {
    /// What to build; a missing handbook folder is said in the reader's
    /// language before anything runs.
    pub fn options(&self) -> Result<rolebook::build::BuildOptions, String> {
        problem::said_in(self.lang).folder(&self.roles)?;
        Ok(rolebook::build::BuildOptions {
            roles: self.roles.clone(),
            out: self.out.clone(),
            templates: self.templates.clone(),
            force: self.force,
            since: self.since.clone(),
            lang: self.lang,
            ..Default::default()
        })
    }

    /// [`SiteArgs::options`] for `watch` and `serve`, which check the
    /// output folder before they start (`build` checks it as it runs): one
    /// rolebook must not replace is refused in the reader's language.
    pub fn checked(&self) -> Result<rolebook::build::BuildOptions, String> {
        let opts = self.options()?;
        opts.validate()
            .map_err(|e| problem::said_in(self.lang).build(e))?;
        Ok(opts)
    }
}

/// Arguments of `build`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook build\n  rolebook build --since v2026.1 --out public"
)]
pub struct BuildArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Refuse to build when there are warnings.
    #[arg(long)]
    pub deny_warnings: bool,
    /// The day reviews are measured against (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub today: Option<jiff::civil::Date>,
    /// Colour in findings.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// Arguments of `watch`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook watch\n  rolebook watch --since HEAD --out /tmp/site"
)]
pub struct WatchArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Colour in findings.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// Arguments of `serve`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook serve --open\n  rolebook serve --port 8080 --since HEAD"
)]
pub struct ServeArgs {
    #[command(flatten)]
    pub site: SiteArgs,
    /// Port; default 3000, or the next free one. 0 picks any free port.
    #[arg(long)]
    pub port: Option<u16>,
    /// Address to listen on; loopback unless you mean to share the handbook.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Open the handbook in a browser.
    #[arg(long)]
    pub open: bool,
    /// Seconds a request's headers may take to arrive before the connection
    /// is closed (slow clients cannot hold connections open).
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
}

/// Arguments of `capacity`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook capacity\n  rolebook capacity --volume sales=+20% --absent courier"
)]
pub struct CapacityArgs {
    /// The handbook folder.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// What if a process took N cases a month (`sales=150`), or P% more or
    /// fewer (`sales=+20%`, `sales=-10%`)? The files stay as they are.
    #[arg(long, value_name = "PROCESS=N|+P%")]
    pub volume: Vec<String>,
    /// What if this person of `people.yaml` were away, or one person of
    /// this role (the one with the most hours in it)? Repeat for more.
    #[arg(long, value_name = "PERSON|ROLE")]
    pub absent: Vec<String>,
    /// The day people are counted on (`from`, `until` in `people.yaml`)
    /// and reviews measured against (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub today: Option<jiff::civil::Date>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = capacity::CapacityFormat::Human)]
    pub format: capacity::CapacityFormat,
    /// Language of the table; default: the handbook's `language:`.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Arguments of `coverage`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook coverage\n  rolebook coverage --min 90 --format json"
)]
pub struct CoverageArgs {
    /// The handbook folder.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = coverage::CoverageFormat::Human)]
    pub format: coverage::CoverageFormat,
    /// Fail (exit 1) when the total is below this percentage (0 to 100).
    #[arg(long, value_name = "PERCENT", value_parser = percent)]
    pub min: Option<f64>,
    /// The day reviews are measured against (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub today: Option<jiff::civil::Date>,
    /// Language of what `coverage` says; default: the handbook's `language:`
    /// (the measures' ids stay as they are).
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// A date, `YYYY-MM-DD`.
fn date(s: &str) -> Result<jiff::civil::Date, String> {
    rolebook::load::schema::parse_date(s.trim())
        .ok_or_else(|| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30"))
}

/// A percentage from 0 to 100 (`NaN`, `inf` and `150` are refused).
fn percent(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number from 0 to 100")),
    }
}

/// When to colour output.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Color {
    /// When stderr is a terminal and NO_COLOR is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl Color {
    /// Whether to colour output written to stdout.
    pub fn enabled(self) -> bool {
        self.for_stream(std::io::stdout().is_terminal())
    }

    /// Whether to colour output written to stderr.
    pub fn enabled_stderr(self) -> bool {
        self.for_stream(std::io::stderr().is_terminal())
    }

    fn for_stream(self, is_terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

/// Arguments of `explain`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook explain\n  rolebook explain handoff-missing --lang ru"
)]
pub struct ExplainArgs {
    /// A rule id, e.g. `handoff-missing`; without it, all rules are listed.
    pub rule: Option<String>,
    /// Language of the explanation; default: the `language:` of the
    /// handbook in `--roles`, else the user's (LANGUAGE, LC_ALL,
    /// LC_MESSAGES, LANG) when rolebook speaks it, else English.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
    /// The handbook whose language `explain` speaks when `--lang` is not given.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: std::path::PathBuf,
}

/// A language of rolebook's own texts: `--lang TAG`, one of `locales/`.
pub type Lang = rolebook::model::Language;

/// Reads `--lang`: the tag of a language rolebook has a file for (which
/// `--help` and the shell completions list).
fn lang() -> impl clap::builder::TypedValueParser<Value = Lang> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(rolebook::i18n::TAGS)
        .map(|tag| Lang::from_tag(&tag).unwrap_or_default())
}

/// `--lang`, else the user's language as the system says it (sys-locale:
/// LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix, the UI language on macOS
/// and Windows) when rolebook speaks it, else English.
pub fn or_locale(lang: Option<Lang>) -> Lang {
    lang.or_else(|| sys_locale::get_locale().and_then(|l| Lang::of_locale(&l)))
        .unwrap_or_default()
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook export --format docx --out hr\n  rolebook export --format docx --roles examples/agency-ru --out /tmp/hr-ru"
)]
pub struct ExportArgs {
    /// The document format.
    #[arg(long, value_parser = ["docx"], default_value = "docx")]
    pub format: String,
    /// The handbook folder.
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// The folder to write `ROLE.docx` into (created if need be).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The day the approval's day in force is measured against (YYYY-MM-DD); default: today (UTC).
    #[arg(long, value_name = "DATE", value_parser = date)]
    pub today: Option<jiff::civil::Date>,
    /// The language of the messages; the documents are in the handbook's.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Arguments of `sign`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook sign \"Anna Petrova\" courier\n  rolebook sign \"Anna Petrova\" courier --trained-by \"Olga Smirnova\" --self-check --date 2026-12-01"
)]
pub struct SignArgs {
    /// The person, by name as HR writes it.
    pub person: String,
    /// The role's id (an earlier id is taken for the role it became).
    pub role: String,
    /// The handbook folder (its acknowledgements.yaml is written, or created).
    #[arg(long, default_value = "roles", value_name = "DIR")]
    pub roles: PathBuf,
    /// Who trained the person on this version: the line records `trained: {date, by}`.
    #[arg(long, value_name = "NAME")]
    pub trained_by: Option<String>,
    /// The person also passed the role's self-check: the line records `self_check:`.
    #[arg(long)]
    pub self_check: bool,
    /// The day to record, YYYY-MM-DD; default: today.
    #[arg(long, value_parser = date, value_name = "DATE")]
    pub date: Option<jiff::civil::Date>,
    /// The language of the messages; default: the handbook's.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  rolebook schema role\n  rolebook schema --write roles")]
pub struct SchemaArgs {
    /// Which file kind: handbook, process, role, acknowledgements or people.
    #[arg(value_parser = ["handbook", "process", "role", "acknowledgements", "people"])]
    pub kind: Option<String>,
    /// Write the schema file of every file kind into DIR/.schema/ (e.g. `--write roles`).
    #[arg(long, value_name = "DIR", conflicts_with = "kind")]
    pub write: Option<PathBuf>,
    /// Language of the fields' descriptions (what an editor shows for a
    /// key); default: the `language:` of the handbook in `--write`, else the
    /// terminal's when rolebook speaks it, else English.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// The `language:` of the handbook in `roles`, when it has a `handbook.yaml`.
pub fn handbook_language(roles: &Path) -> Option<Lang> {
    let bytes = std::fs::read(roles.join("handbook.yaml")).ok()?;
    let loaded = rolebook::load::load_files(roles, vec![("handbook.yaml".into(), Ok(bytes))]);
    Some(loaded.handbook.settings.language)
}

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  rolebook init handbook\n  rolebook init handbook --lang ru && rolebook check --roles handbook"
)]
pub struct InitArgs {
    /// Where to write the handbook.
    #[arg(default_value = "roles")]
    pub dir: PathBuf,
    /// Write into a folder that already holds other YAML files (which the
    /// handbook would then read as roles or processes).
    #[arg(long)]
    pub force: bool,
    /// Language of the starter handbook (its specs and `language:`) and of
    /// what `init` says; default: the user's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    /// when rolebook speaks it, else English.
    #[arg(long, value_parser = lang(), value_name = "TAG")]
    pub lang: Option<Lang>,
}

/// Set once the reader of standard output has gone.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Writes to standard output. When its reader has gone (a closed pipe), the
/// rest of the output is dropped quietly and the command keeps its exit code,
/// so `rolebook check | head` still fails on errors; any other failure (a
/// full disk behind a redirection) is an error that names standard output.
pub fn write_out(text: &str) -> Result<(), String> {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// Writes to standard error; a failure has nowhere to be reported, so it is ignored.
pub fn write_err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

impl Cli {
    /// The language the command's own errors are said in: its `--lang`,
    /// else the terminal's.
    pub fn language(&self) -> Lang {
        or_locale(match &self.command {
            Command::Check(a) => a.lang,
            Command::Build(a) => a.site.lang,
            Command::Watch(a) => a.site.lang,
            Command::Serve(a) => a.site.lang,
            Command::Diff(a) => a.lang,
            Command::Status(a) => a.lang,
            Command::Sign(a) => a.lang,
            Command::Export(a) => a.lang,
            Command::Explain(a) => a.lang,
            Command::Init(a) => a.lang,
            Command::Schema(a) => a.lang,
            Command::Coverage(a) => a.lang,
            Command::Capacity(a) => a.lang,
            _ => None,
        })
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Check(args) => check::execute(&args),
        Command::Build(args) => build::execute(&args),
        Command::Coverage(args) => coverage::execute(&args),
        Command::Capacity(args) => capacity::execute(&args),
        Command::Watch(args) => serve::watch(&args),
        Command::Serve(args) => serve::execute(&args),
        Command::Diff(args) => diff::execute(&args),
        Command::Status(args) => status::execute(&args),
        Command::Sign(args) => sign::execute(&args),
        Command::Export(args) => export::execute(&args),
        Command::Explain(args) => explain::execute(&args),
        Command::Schema(args) => schema::execute(&args),
        Command::Init(args) => init::execute(&args),
        Command::Completions(args) => {
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut Cli::command(), "rolebook", &mut script);
            out!("{}", String::from_utf8_lossy(&script))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man(args) => {
            let pages = man_pages(Cli::command())?;
            match &args.write {
                Some(dir) => write_files(dir, &pages, or_locale(None)),
                None => {
                    let top = pages.last().map(|(_, p)| p.as_str()).unwrap_or_default();
                    out!("{top}")?;
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
        Command::Templates(args) => {
            let files: Vec<(String, String)> = rolebook::render::TEMPLATES
                .iter()
                .chain(rolebook::render::ASSETS)
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect();
            match &args.write {
                Some(dir) => write_files(dir, &files, or_locale(None)),
                None => {
                    for (name, _) in &files {
                        outln!("{name}")?;
                    }
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}

/// The manual page of `cmd` and of each of its subcommands, by file name
/// (`rolebook-check.1`), the subcommands first and `rolebook.1` last.
fn man_pages(cmd: clap::Command) -> Result<Vec<(String, String)>, String> {
    fn collect(cmd: clap::Command, out: &mut Vec<(String, String)>) -> Result<(), String> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            collect(sub, out)?;
        }
        let man = clap_mangen::Man::new(cmd);
        let mut page = Vec::new();
        man.render(&mut page)
            .map_err(|e| format!("cannot render the manual page: {e}"))?;
        out.push((
            man.get_filename(),
            String::from_utf8_lossy(&page).into_owned(),
        ));
        Ok(())
    }
    let mut cmd = cmd.disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(cmd, &mut out)?;
    Ok(out)
}

/// Writes `files` under `dir` (never through a symbolic link) and names each.
fn write_files(
    dir: &std::path::Path,
    files: &[(String, String)],
    language: rolebook::model::Language,
) -> Result<ExitCode, String> {
    let links = rolebook::starter::links(dir, files);
    if !links.is_empty() {
        let files = links.join(", ");
        return Err(rolebook::i18n::say(
            language,
            &rolebook::text!("write-refuses-link", files = files),
        ));
    }
    for path in rolebook::starter::write_all(dir, files)? {
        let path = path.display().to_string();
        let wrote = rolebook::text!("wrote-file", path = path);
        outln!("{}", rolebook::i18n::say(language, &wrote))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_app() {
        Cli::command().debug_assert();
    }
}
