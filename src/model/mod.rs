//! The handbook as typed data: roles, processes, stages, artifacts. No I/O, no YAML, no HTML.
//!
//! Every id that a rule may point at carries its [`Loc`], so checks that run
//! after parsing can name the exact file, line and column.

pub mod capacity;
pub mod flow;

use rustc_hash::FxHashMap;
use std::path::PathBuf;

use crate::diagnostic::Loc;

/// A value with the place it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub loc: Loc,
}

impl Sp<String> {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

/// One input file, kept for snippets and edit links.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Path relative to the handbook folder, with `/` separators.
    pub rel: String,
    /// Path as the user would type it (handbook folder joined with `rel`).
    pub display: PathBuf,
    /// The text (empty when unreadable).
    pub text: String,
}

pub use crate::i18n::Language;

/// A check severity override from `checks:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Fail.
    Error,
    /// Report.
    Warning,
    /// Do not run.
    Off,
}

/// `theme:` of `handbook.yaml`: an accent colour and files from the
/// handbook folder, read by the loader.
#[derive(Clone, Debug, Default)]
pub struct Theme {
    /// The accent colour, as `#rrggbb`.
    pub accent: Option<String>,
    /// The logo shown on every page and printed sheet.
    pub logo: Option<ThemeFile>,
    /// The browser tab's icon.
    pub favicon: Option<ThemeFile>,
    /// A stylesheet loaded after the built-in one.
    pub css: Option<ThemeFile>,
}

/// A file of the theme: its path under the handbook folder, and its bytes
/// (empty until the loader has read it; left out when it could not be).
#[derive(Clone, Debug)]
pub struct ThemeFile {
    /// The path as written, from the handbook folder.
    pub path: Sp<String>,
    /// The file's content.
    pub bytes: std::sync::Arc<[u8]>,
}

/// Settings from `handbook.yaml`.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// Title of the handbook.
    pub title: String,
    /// The organisation.
    pub organization: Option<String>,
    /// Introduction (Markdown).
    pub description: Option<String>,
    /// Language of the site's words.
    pub language: Language,
    /// Version shown on every page.
    pub version: Option<String>,
    /// Edit link template with `{path}`.
    pub edit_url: Option<String>,
    /// Where the site is published (`base_url:`): the sitemap's and the
    /// not-found page's addresses start with it.
    pub base_url: Option<String>,
    /// How the site looks like the organisation (`theme:`).
    pub theme: Theme,
    /// Build the search index and show the search box.
    pub search: bool,
    /// External roles: id -> name.
    pub external_roles: Vec<(Sp<String>, String)>,
    /// Artifacts: handbook.yaml's, then those of process files, in file order.
    pub artifacts: Vec<Artifact>,
    /// Decision rights, in handbook.yaml's order.
    pub decisions: Vec<Decision>,
    /// Severity overrides.
    pub checks: Vec<(Sp<String>, Level)>,
    /// The working time of one full-time person (`working_time:`).
    pub working_time: WorkingTime,
    /// Who approves the job descriptions (`approved_by:`): a role or an
    /// external role, e.g. the director.
    pub approved_by: Option<Sp<String>>,
    /// `approved:`: who approved the handbook's current revision, when.
    pub approved: Option<Approval>,
    /// `effective:`: the day the current revision is in force from.
    pub effective: Option<jiff::civil::Date>,
    /// `history:`: how many changes from git each role's and process's
    /// page lists (default [`HISTORY_DEFAULT`]; 0 lists none).
    pub history: Option<usize>,
    /// Pages may name the people who hold each role (`publish_people:`).
    pub publish_people: bool,
    /// Points the computed time split may stray from a declared
    /// `time_budget` before `time-budget-drift` speaks (`checks:`), if
    /// other than [`DRIFT_POINTS`].
    pub drift_points: Option<f64>,
    /// Where handbook.yaml's top mapping starts.
    pub loc: Loc,
}

/// Something that moves between stages.
#[derive(Clone, Debug)]
pub struct Artifact {
    /// Its id.
    pub id: Sp<String>,
    /// Human name.
    pub name: String,
    /// What it is for (Markdown).
    pub description: Option<String>,
    /// Where it lives.
    pub kept_in: Option<String>,
    /// Arrives from outside.
    pub external: bool,
    /// What a complete one contains.
    pub fields: Vec<ArtifactField>,
}

/// How often something comes: `120 a month`, `30 a week`, `6 a working day`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    /// How many.
    pub count: f64,
    /// In what time.
    pub per: Per,
}

/// The time a [`Rate`] counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    /// A calendar month.
    Month,
    /// A week.
    Week,
    /// A working day (five a week).
    WorkingDay,
}

/// Working days in an average month: five a week, 52 weeks a year.
pub const WORKING_DAYS_A_MONTH: f64 = 5.0 * 52.0 / 12.0;

impl Rate {
    /// The same rate counted in an average month (a month is 52/12 weeks).
    pub fn a_month(self) -> f64 {
        match self.per {
            Per::Month => self.count,
            Per::Week => self.count * 52.0 / 12.0,
            Per::WorkingDay => self.count * WORKING_DAYS_A_MONTH,
        }
    }
}

/// `working_time:` of `handbook.yaml`: the hours of one full-time person,
/// and the part of them that goes into the work (the rest: meetings,
/// breaks, training).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WorkingTime {
    /// Paid hours, e.g. `40 a week` (the default).
    pub hours: Rate,
    /// The productive part, from 0 to 1 (default 0.85).
    pub productive: f64,
}

impl Default for WorkingTime {
    fn default() -> WorkingTime {
        WorkingTime {
            hours: Rate {
                count: 40.0,
                per: Per::Week,
            },
            productive: 0.85,
        }
    }
}

impl WorkingTime {
    /// The productive hours of one full-time person in an average month.
    pub fn productive_hours_a_month(&self) -> f64 {
        self.hours.a_month() * self.productive
    }
}

/// Today's date in UTC: the day reviews are measured against and people
/// counted on, unless `--today` says otherwise.
pub fn today() -> jiff::civil::Date {
    jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
}

/// The points `time-budget-drift` allows unless `checks:` says otherwise.
pub const DRIFT_POINTS: f64 = 10.0;

/// One person of `people.yaml`: who holds which roles, for how many hours.
#[derive(Clone, Debug)]
pub struct Person {
    /// The name (personal data: pages show it only with `publish_people`).
    pub name: Sp<String>,
    /// Each role held, with the part of the person's hours it takes (0 to 1).
    pub roles: Vec<(Sp<String>, f64)>,
    /// The person's hours, where they differ from `working_time:`.
    pub hours: Option<Rate>,
    /// The first day in the department.
    pub from: Option<jiff::civil::Date>,
    /// The last day in the department.
    pub until: Option<jiff::civil::Date>,
}

impl Person {
    /// True when the person works in the department on `day`.
    pub fn present_on(&self, day: jiff::civil::Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }

    /// The person's part of one full-time person: their hours over `working_time:`'s.
    pub fn full_time(&self, wt: &WorkingTime) -> f64 {
        let full = wt.hours.a_month();
        match self.hours {
            Some(h) if full > 0.0 => h.a_month() / full,
            _ => 1.0,
        }
    }
}

/// `review:` of a role or a process: who looks at it again, and when.
#[derive(Clone, Debug)]
pub struct Review {
    /// The reviewer (a role or an external role).
    pub by: Sp<String>,
    /// The last review.
    pub last: Sp<jiff::civil::Date>,
    /// How often, as written (e.g. `6 months`).
    pub every: String,
    /// The same, as a calendar span.
    pub period: jiff::Span,
}

impl Review {
    /// When the next review falls due.
    pub fn next(&self) -> Option<jiff::civil::Date> {
        self.last.value.checked_add(self.period).ok()
    }
}

/// Who decides one kind of question, by amount.
#[derive(Clone, Debug)]
pub struct Decision {
    /// Its id.
    pub id: Sp<String>,
    /// What is decided.
    pub name: String,
    /// The stage where it comes up.
    pub stage: Option<Sp<String>>,
    /// Unit of the limits.
    pub unit: Option<String>,
    /// The levels, as written.
    pub levels: Vec<DecisionLevel>,
}

impl Decision {
    /// An amount as its reader would write it, with the decision's unit:
    /// `5%`, `150000`; one too small or too large for plain digits in
    /// scientific notation (`1e-320`, not 320 digits).
    pub fn amount(&self, n: f64) -> String {
        let unit = self.unit.as_deref().unwrap_or_default();
        if n != 0.0 && !(1e-6..1e15).contains(&n.abs()) {
            format!("{n:e}{unit}")
        } else {
            format!("{n}{unit}")
        }
    }
}

/// One decider and the amounts they decide: above `over`, up to `up_to`.
#[derive(Clone, Debug)]
pub struct DecisionLevel {
    /// Role or external role id.
    pub by: Sp<String>,
    /// Lower limit, not included (`None`: from zero).
    pub over: Option<f64>,
    /// Upper limit, included (`None`: no limit).
    pub up_to: Option<f64>,
    /// Where the level is written.
    pub loc: Loc,
}

/// One thing an artifact holds, and when and by whom it is checked.
#[derive(Clone, Debug)]
pub struct ArtifactField {
    /// What it holds (Markdown).
    pub text: String,
    /// The stage that fills it in; `None`: from the start.
    pub filled_at: Option<Sp<String>>,
    /// Roles that check it on receipt; empty: every receiver.
    pub checked_by: Vec<Sp<String>>,
}

/// A process: stages in reading order.
#[derive(Clone, Debug)]
pub struct Process {
    /// Id = file stem.
    pub id: Sp<String>,
    /// Index of its file.
    pub file: u32,
    /// Human name.
    pub name: String,
    /// Markdown.
    pub description: Option<String>,
    /// Explicit start stage.
    pub start: Option<Sp<String>>,
    /// Artifacts declared in the process file (also in `Settings::artifacts`).
    pub artifacts: Vec<Artifact>,
    /// The stages.
    pub stages: Vec<Stage>,
    /// The cases that enter it (`volume:`).
    pub volume: Option<Sp<Rate>>,
    /// Its place in the menu, the index and the print (`order:`; lower
    /// first, then the processes without one, by id).
    pub order: Option<f64>,
    /// Who reviews it, and when.
    pub review: Option<Review>,
    /// `approved:`, where the process has its own.
    pub approved: Option<Approval>,
    /// `effective:`, where the process has its own.
    pub effective: Option<jiff::civil::Date>,
    /// Earlier ids.
    pub renamed_from: Vec<Sp<String>>,
    /// Start of the top mapping.
    pub loc: Loc,
}

impl Process {
    /// The id of the start stage: `start`, or the first stage.
    pub fn start_id(&self) -> Option<&str> {
        self.start
            .as_ref()
            .map(Sp::as_str)
            .or_else(|| self.stages.first().map(|s| s.id.as_str()))
    }
}

/// A stage of a process.
#[derive(Clone, Debug)]
pub struct Stage {
    /// Its id.
    pub id: Sp<String>,
    /// Human name.
    pub name: String,
    /// Markdown.
    pub description: Option<String>,
    /// Artifacts it starts from.
    pub needs: Vec<Sp<String>>,
    /// Artifacts it creates or completes.
    pub produces: Vec<Sp<String>>,
    /// Exit criteria.
    pub done_when: Vec<String>,
    /// Following stages.
    pub next: Vec<Sp<String>>,
    /// The process may end here.
    pub is_final: bool,
    /// What to do when it does not go as planned: (when, then).
    pub exceptions: Vec<(String, String)>,
    /// The owner's working time per case, in minutes (`effort:`).
    pub effort: Option<f64>,
    /// The part of the process's cases that reach it, from 0 to 1 (`share:`; default 1).
    pub share: Option<f64>,
    /// Roles whose work the stage checks, so that its owner must not stand in for them.
    pub independent_of: Vec<Sp<String>>,
    /// Earlier ids.
    pub renamed_from: Vec<Sp<String>>,
    /// Start of the stage's mapping.
    pub loc: Loc,
}

/// A role: one job in the conveyor.
#[derive(Clone, Debug)]
pub struct Role {
    /// Id = file stem.
    pub id: Sp<String>,
    /// Index of its file.
    pub file: u32,
    /// Job title.
    pub title: String,
    /// One line.
    pub summary: Option<String>,
    /// Markdown.
    pub purpose: Option<String>,
    /// Role or external role.
    pub reports_to: Option<Sp<String>>,
    /// Stand-in.
    pub deputy: Option<Sp<String>>,
    /// Stages it is accountable for.
    pub owns: Vec<Sp<String>>,
    /// Stages it takes part in.
    pub supports: Vec<Sp<String>>,
    /// Stages it hears about.
    pub informed: Vec<Sp<String>>,
    /// Duties beyond its stages.
    pub duties: Vec<String>,
    /// Work it must not take on.
    pub not_responsible_for: Vec<String>,
    /// What the holder answers for materially (`liability:`).
    pub liability: Vec<String>,
    /// Its checklists print each owned stage on a sheet of its own
    /// (`sheet_per_stage:`), for stages that are separate errands.
    pub sheet_per_stage: bool,
    /// Rights.
    pub rights: Vec<String>,
    /// Qualification.
    pub qualification: Vec<String>,
    /// KPIs.
    pub kpis: Vec<Kpi>,
    /// Pay.
    pub pay: Option<Pay>,
    /// Time budget: key -> percent, in file order.
    pub time_budget: Option<Sp<TimeBudget>>,
    /// How many people hold the role (`headcount:`; may be a part, 0.5).
    pub headcount: Option<Sp<f64>>,
    /// Handoffs after its stages.
    pub handoffs: Vec<Handoff>,
    /// Its own checklists.
    pub checklists: Vec<Checklist>,
    /// Its checklists and duties that take time each week or month.
    pub recurring: Vec<Recurring>,
    /// Who reviews it, and when.
    pub review: Option<Review>,
    /// `approved:`, where the role has its own.
    pub approved: Option<Approval>,
    /// `effective:`, where the role has its own.
    pub effective: Option<jiff::civil::Date>,
    /// `onboarding:`.
    pub onboarding: Onboarding,
    /// Earlier ids.
    pub renamed_from: Vec<Sp<String>>,
    /// Start of the top mapping.
    pub loc: Loc,
    /// Where `owns:` is written (or the top mapping).
    pub owns_loc: Loc,
}

/// Work a role does again and again besides its stages: a checklist or a
/// duty with an `effort:` and a frequency.
#[derive(Clone, Debug, PartialEq)]
pub struct Recurring {
    /// The checklist's name or the duty's text.
    pub what: String,
    /// Minutes each time.
    pub minutes: f64,
    /// Times a month.
    pub a_month: f64,
}

/// A time budget: stage id (or `other`) -> percent, in file order.
pub type TimeBudget = Vec<(Sp<String>, i64)>;

/// A key performance indicator.
#[derive(Clone, Debug)]
pub struct Kpi {
    /// Id, unique within the role.
    pub id: Sp<String>,
    /// What is measured.
    pub name: String,
    /// Target.
    pub target: Option<String>,
    /// Source of the figure.
    pub measured_by: Option<String>,
    /// Artifact it pays for.
    pub outcome: Option<Sp<String>>,
}

/// Pay of a role.
#[derive(Clone, Debug)]
pub struct Pay {
    /// Fixed part (Markdown).
    pub fixed: Option<String>,
    /// Variable parts.
    pub variable: Vec<VariablePay>,
    /// A worked example (Markdown).
    pub example: Option<String>,
    /// Where `pay:` is.
    pub loc: Loc,
}

/// One variable part of pay.
#[derive(Clone, Debug)]
pub struct VariablePay {
    /// KPI id.
    pub kpi: Sp<String>,
    /// How it turns into money (Markdown).
    pub rule: String,
}

/// What one role hands to the next after a stage.
#[derive(Clone, Debug)]
pub struct Handoff {
    /// A stage the role owns.
    pub after: Sp<String>,
    /// The receiving role.
    pub to: Sp<String>,
    /// Artifacts handed over.
    pub passes: Vec<Sp<String>>,
    /// Where `passes:` is written.
    pub passes_loc: Loc,
    /// By when.
    pub deadline: Option<String>,
    /// How.
    pub channel: Option<String>,
    /// Receiver's first actions.
    pub actions: Vec<String>,
    /// Read-back.
    pub confirm: Option<String>,
    /// What the client is told.
    pub tell_client: Option<String>,
    /// Start of the handoff mapping.
    pub loc: Loc,
}

/// A role's own checklist.
#[derive(Clone, Debug)]
pub struct Checklist {
    /// Name.
    pub name: String,
    /// When.
    pub when: Option<String>,
    /// Items.
    pub items: Vec<String>,
    /// Where `items:` is written (or the checklist mapping).
    pub items_loc: Loc,
}

/// The whole handbook as loaded. Roles and processes are sorted by id.
#[derive(Clone, Debug, Default)]
pub struct Handbook {
    /// The handbook folder.
    pub root: PathBuf,
    /// Every file read, indexed by [`Loc::file`].
    pub files: Vec<SourceFile>,
    /// handbook.yaml.
    pub settings: Settings,
    /// Processes, sorted by id.
    pub processes: Vec<std::sync::Arc<Process>>,
    /// Roles, sorted by id.
    pub roles: Vec<std::sync::Arc<Role>>,
    /// `acknowledgements.yaml`: who signed what, in file order.
    pub signatures: Vec<Signature>,
    /// `people.yaml`, where the handbook keeps one: who holds each role.
    pub people: Option<Vec<Person>>,
    /// The Markdown pages of `pages/` (a welcome, a glossary, a FAQ), by
    /// file name.
    pub pages: Vec<FreePage>,
}

/// A Markdown page of `pages/`: `pages/ID.md`.
#[derive(Clone, Debug)]
pub struct FreePage {
    /// The file's stem.
    pub id: String,
    /// Its first `# ` heading, or else its id.
    pub title: String,
    /// The Markdown after that heading.
    pub body: String,
    /// Index into [`Handbook::files`].
    pub file: u32,
}

/// How many earlier changes a page lists when `history:` is not set.
pub const HISTORY_DEFAULT: usize = 10;

/// `approved:` of the handbook, a role or a process.
#[derive(Clone, Debug, PartialEq)]
pub struct Approval {
    /// A role's or an external role's id.
    pub by: Sp<String>,
    /// When.
    pub date: jiff::civil::Date,
}

/// `onboarding:` of a role: items written for a new holder, beyond what the
/// handbook derives for each period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Onboarding {
    /// The first day.
    pub day: Vec<String>,
    /// The first week.
    pub week: Vec<String>,
    /// The first month.
    pub month: Vec<String>,
}

/// `trained:` of a signature.
#[derive(Clone, Debug, PartialEq)]
pub struct Trained {
    /// When.
    pub date: jiff::civil::Date,
    /// By whom (a name, as written).
    pub by: String,
}

/// One person's signature under a role's job description.
#[derive(Clone, Debug)]
pub struct Signature {
    /// Who.
    pub person: String,
    /// For which role.
    pub role: Sp<String>,
    /// A fingerprint or a version.
    pub signed: String,
    /// When.
    pub date: Option<jiff::civil::Date>,
    /// Who trained them on what they signed, and when.
    pub trained: Option<Trained>,
    /// When they passed the role's self-check on what they signed.
    pub self_check: Option<jiff::civil::Date>,
}

/// What an id names: ids of roles, of processes and of stages are three
/// namespaces, and so are their earlier ids (`renamed_from`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A role's id.
    Role,
    /// A process's id.
    Process,
    /// A stage's id.
    Stage,
}

impl Kind {
    /// The word messages select on: `role`, `process`, `stage`.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Role => "role",
            Kind::Process => "process",
            Kind::Stage => "stage",
        }
    }
}

impl Handbook {
    /// Every `renamed_from` entry of its roles, processes and stages, as
    /// (what it names, earlier id, id now), in that order.
    pub fn renames(&self) -> impl Iterator<Item = (Kind, &Sp<String>, &str)> {
        let roles = self
            .roles
            .iter()
            .map(|r| (Kind::Role, &r.id, &r.renamed_from));
        let processes = self
            .processes
            .iter()
            .map(|p| (Kind::Process, &p.id, &p.renamed_from));
        let stages = self
            .processes
            .iter()
            .flat_map(|p| &p.stages)
            .map(|s| (Kind::Stage, &s.id, &s.renamed_from));
        roles
            .chain(processes)
            .chain(stages)
            .flat_map(|(kind, now, before)| before.iter().map(move |old| (kind, old, now.as_str())))
    }

    /// The id a role has now, given `id` or one of its earlier ids.
    pub fn role_now<'a>(&'a self, id: &'a str) -> &'a str {
        self.renames()
            .find(|(kind, old, _)| *kind == Kind::Role && old.as_str() == id)
            .map_or(id, |(_, _, now)| now)
    }
}

/// Lookups built once from a [`Handbook`]: who owns what, where each stage is.
///
/// Hashed (rules look ids up a hundred thousand times at 1,000 roles), so
/// iteration order is arbitrary: whoever lists keys sorts them.
#[derive(Debug, Default)]
pub struct Index<'a> {
    /// Stage id -> (process index, stage index); first definition wins.
    pub stages: FxHashMap<&'a str, (usize, usize)>,
    /// Role id -> role index; first wins.
    pub roles: FxHashMap<&'a str, usize>,
    /// Artifact id -> artifact index; first wins.
    pub artifacts: FxHashMap<&'a str, usize>,
    /// Stage id -> owning role indices, in role order.
    pub owners: FxHashMap<&'a str, Vec<usize>>,
    /// External role ids.
    pub external: FxHashMap<&'a str, &'a str>,
    /// (What it names, earlier id (`renamed_from`)) -> the id now; first wins.
    pub renamed: FxHashMap<(Kind, &'a str), &'a str>,
}

impl<'a> Index<'a> {
    /// Builds the lookups: the stages on one core, the roles on the other.
    pub fn new(hb: &'a Handbook) -> Index<'a> {
        let (stages, (roles, owners)) = rayon::join(
            || {
                let count = hb.processes.iter().map(|p| p.stages.len()).sum();
                let mut stages = FxHashMap::with_capacity_and_hasher(count, Default::default());
                for (pi, p) in hb.processes.iter().enumerate() {
                    for (si, s) in p.stages.iter().enumerate() {
                        stages.entry(s.id.as_str()).or_insert((pi, si));
                    }
                }
                stages
            },
            || {
                let mut roles =
                    FxHashMap::with_capacity_and_hasher(hb.roles.len(), Default::default());
                let count = hb.roles.iter().map(|r| r.owns.len()).sum();
                let mut owners: FxHashMap<&str, Vec<usize>> =
                    FxHashMap::with_capacity_and_hasher(count, Default::default());
                for (ri, r) in hb.roles.iter().enumerate() {
                    roles.entry(r.id.as_str()).or_insert(ri);
                    for s in &r.owns {
                        let owners = owners.entry(s.as_str()).or_default();
                        if !owners.contains(&ri) {
                            owners.push(ri);
                        }
                    }
                }
                (roles, owners)
            },
        );
        let mut ix = Index {
            stages,
            roles,
            owners,
            ..Index::default()
        };
        for (ai, a) in hb.settings.artifacts.iter().enumerate() {
            ix.artifacts.entry(a.id.as_str()).or_insert(ai);
        }
        for (id, name) in &hb.settings.external_roles {
            ix.external.entry(id.as_str()).or_insert(name.as_str());
        }
        for (kind, old, now) in hb.renames() {
            ix.renamed.entry((kind, old.as_str())).or_insert(now);
        }
        ix
    }

    /// The stage with that id.
    pub fn stage(&self, hb: &'a Handbook, id: &str) -> Option<&'a Stage> {
        let (p, s) = *self.stages.get(id)?;
        Some(&hb.processes[p].stages[s])
    }

    /// The single owner of a stage, if it has exactly one.
    pub fn owner(&self, id: &str) -> Option<usize> {
        match self.owners.get(id).map(Vec::as_slice) {
            Some([one]) => Some(*one),
            _ => None,
        }
    }

    /// The artifact with that id.
    pub fn artifact(&self, hb: &'a Handbook, id: &str) -> Option<&'a Artifact> {
        Some(&hb.settings.artifacts[*self.artifacts.get(id)?])
    }
}
