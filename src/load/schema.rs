//! The handbook format as data: one table per object, used both to validate files and to print the JSON Schema.
//!
//! Keeping the shapes in one place means `rolebook schema` can never drift
//! from what the loader accepts: both read [`HANDBOOK`], [`PROCESS`] and
//! [`ROLE`].

use serde_json::{Map, Value as Json, json};

use super::yaml::{Node, ScalarKind, Value};
use crate::diagnostic::{Finding, Loc, Text, did_you_mean};
use crate::i18n::{Language, english, say};
use crate::rules::{RULES, Rule};
use crate::text;

/// Every field name of the format, written once: the tables below and the
/// loader that reads the model (`super::Reader`) both name fields through
/// these, so a misspelt name does not compile instead of dropping a field.
#[allow(missing_docs, reason = "each constant is its own field name")]
pub mod key {
    pub const ACTIONS: &str = "actions";
    pub const AFTER: &str = "after";
    pub const ARTIFACTS: &str = "artifacts";
    pub const CHANNEL: &str = "channel";
    pub const CHECKED_BY: &str = "checked_by";
    pub const CHECKLISTS: &str = "checklists";
    pub const CHECKS: &str = "checks";
    pub const CONFIRM: &str = "confirm";
    pub const BY: &str = "by";
    pub const DATE: &str = "date";
    pub const DEADLINE: &str = "deadline";
    pub const DECISIONS: &str = "decisions";
    pub const DEPUTY: &str = "deputy";
    pub const DESCRIPTION: &str = "description";
    pub const DONE_WHEN: &str = "done_when";
    pub const DUTIES: &str = "duties";
    pub const EDIT_URL: &str = "edit_url";
    pub const BASE_URL: &str = "base_url";
    pub const THEME: &str = "theme";
    pub const ACCENT: &str = "accent";
    pub const LOGO: &str = "logo";
    pub const FAVICON: &str = "favicon";
    pub const CSS: &str = "css";
    pub const EXTERNAL: &str = "external";
    pub const EXTERNAL_ROLES: &str = "external_roles";
    pub const FIELDS: &str = "fields";
    pub const FILLED_AT: &str = "filled_at";
    pub const FINAL: &str = "final";
    pub const FIXED: &str = "fixed";
    pub const HANDOFFS: &str = "handoffs";
    pub const EVERY: &str = "every";
    pub const EXAMPLE: &str = "example";
    pub const EXCEPTIONS: &str = "exceptions";
    pub const ID: &str = "id";
    pub const LAST: &str = "last";
    pub const LEVELS: &str = "levels";
    pub const OVER: &str = "over";
    pub const STAGE: &str = "stage";
    pub const THEN: &str = "then";
    pub const UNIT: &str = "unit";
    pub const UP_TO: &str = "up_to";
    pub const INFORMED: &str = "informed";
    pub const ITEMS: &str = "items";
    pub const KEPT_IN: &str = "kept_in";
    pub const KPI: &str = "kpi";
    pub const KPIS: &str = "kpis";
    pub const LANGUAGE: &str = "language";
    pub const MEASURED_BY: &str = "measured_by";
    pub const NAME: &str = "name";
    pub const NEEDS: &str = "needs";
    pub const NEXT: &str = "next";
    pub const NOT_RESPONSIBLE_FOR: &str = "not_responsible_for";
    pub const ORGANIZATION: &str = "organization";
    pub const OUTCOME: &str = "outcome";
    pub const OWNS: &str = "owns";
    pub const PASSES: &str = "passes";
    pub const PERSON: &str = "person";
    pub const PAY: &str = "pay";
    pub const PRODUCES: &str = "produces";
    pub const PURPOSE: &str = "purpose";
    pub const QUALIFICATION: &str = "qualification";
    pub const REPORTS_TO: &str = "reports_to";
    pub const RENAMED_FROM: &str = "renamed_from";
    pub const REVIEW: &str = "review";
    pub const RIGHTS: &str = "rights";
    pub const RULE: &str = "rule";
    pub const ROLE: &str = "role";
    pub const SEARCH: &str = "search";
    pub const SIGNATURES: &str = "signatures";
    pub const SIGNED: &str = "signed";
    pub const STAGES: &str = "stages";
    pub const START: &str = "start";
    pub const SUMMARY: &str = "summary";
    pub const SUPPORTS: &str = "supports";
    pub const TARGET: &str = "target";
    pub const TEXT: &str = "text";
    pub const TELL_CLIENT: &str = "tell_client";
    pub const TIME_BUDGET: &str = "time_budget";
    pub const VOLUME: &str = "volume";
    pub const EFFORT: &str = "effort";
    pub const SHARE: &str = "share";
    pub const HEADCOUNT: &str = "headcount";
    pub const WORKING_TIME: &str = "working_time";
    pub const HOURS: &str = "hours";
    pub const PRODUCTIVE: &str = "productive";
    pub const PEOPLE: &str = "people";
    pub const INDEPENDENT_OF: &str = "independent_of";
    pub const ORDER: &str = "order";
    pub const LIABILITY: &str = "liability";
    pub const SHEET_PER_STAGE: &str = "sheet_per_stage";
    pub const APPROVED_BY: &str = "approved_by";
    pub const APPROVED: &str = "approved";
    pub const EFFECTIVE: &str = "effective";
    pub const HISTORY: &str = "history";
    pub const ONBOARDING: &str = "onboarding";
    pub const DAY: &str = "day";
    pub const WEEK: &str = "week";
    pub const MONTH: &str = "month";
    pub const TRAINED: &str = "trained";
    pub const SELF_CHECK: &str = "self_check";
    pub const ROLES: &str = "roles";
    pub const FROM: &str = "from";
    pub const UNTIL: &str = "until";
    pub const PUBLISH_PEOPLE: &str = "publish_people";
    pub const LEVEL: &str = "level";
    pub const POINTS: &str = "points";
    pub const TITLE: &str = "title";
    pub const TO: &str = "to";
    pub const VARIABLE: &str = "variable";
    pub const VERSION: &str = "version";
    pub const WHEN: &str = "when";
}

/// The one rule with a threshold under `checks:` (`points:`).
pub const THRESHOLD_RULE: &str = "time-budget-drift";

/// The shape a value must have.
#[derive(Debug)]
pub enum Ty {
    /// One line of plain text (any scalar).
    Text,
    /// Markdown text (any scalar).
    Markdown,
    /// A link: http, https, mailto or relative (the `unsafe-link` rule).
    Url,
    /// An id: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
    Id,
    /// `true` or `false`.
    Bool,
    /// A whole number from 0 to 100.
    Percent,
    /// A number, zero or more.
    Number,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A colour: `#RGB` or `#RRGGBB`.
    Color,
    /// A period: a whole number of days, weeks, months or years, e.g. `6 months`.
    Period,
    /// How many in what time: `120 a month`, `30 a week`, `6 a working day`.
    Rate,
    /// A time of work: `45 min`, `1.5 h`, `2 hours`.
    Effort,
    /// A part of a whole: `35%` (or the number 35), from 0 to 100.
    Share,
    /// How often: `working day`, `week`, `month`, `2 weeks`, `3 a week`.
    Every,
    /// One of a few words.
    Enum(&'static [&'static str]),
    /// A list of values of one shape.
    List(&'static Ty),
    /// A mapping with known keys.
    Obj(&'static Obj),
    /// A mapping whose keys are ids, each with a value of one shape.
    IdMap(&'static Ty),
    /// `checks:`: rule id -> error | warning | off.
    RuleMap,
    /// Markdown on its own, or a mapping with the object's keys (its
    /// `text` and what qualifies it).
    TextOr(&'static Obj),
    /// A person's roles: a list of role ids (the person's hours split
    /// evenly), or a mapping of role id to the share of their hours.
    RoleShares,
}

/// One key of an object.
#[derive(Debug)]
pub struct Field {
    /// The key.
    pub name: &'static str,
    /// The shape of its value.
    pub ty: Ty,
    /// Whether it must be present.
    pub required: bool,
}

/// A mapping with known keys.
#[derive(Debug)]
pub struct Obj {
    /// A name for messages, e.g. "handoff".
    pub name: &'static str,
    /// Its keys.
    pub fields: &'static [Field],
}

impl Obj {
    /// What `field` of this object means, to be worded in the reader's
    /// language: message `doc-OBJECT-KEY` of `locales/LANG.ftl` (e.g.
    /// `doc-role-deputy`), which editors show from the JSON Schema and the
    /// manual's tables and the help of a missing key quote.
    pub fn meaning(&self, field: &Field) -> Text {
        let object = self.name.replace(' ', "-").to_lowercase();
        Text {
            id: format!("doc-{object}-{}", field.name).into(),
            args: Vec::new(),
        }
    }
}

const fn f(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: false,
    }
}

const fn req(name: &'static str, ty: Ty) -> Field {
    Field {
        name,
        ty,
        required: true,
    }
}

const IDS: Ty = Ty::List(&Ty::Id);
const MARKDOWN_LIST: Ty = Ty::List(&Ty::Markdown);

/// An artifact in `handbook.yaml`.
pub static ARTIFACT: Obj = Obj {
    name: "artifact",
    fields: &[
        req(key::NAME, Ty::Text),
        f(key::DESCRIPTION, Ty::Markdown),
        f(key::KEPT_IN, Ty::Text),
        f(key::EXTERNAL, Ty::Bool),
        f(key::FIELDS, Ty::List(&Ty::TextOr(&ARTIFACT_FIELD))),
    ],
};

/// One field of an artifact, in its long form.
pub static ARTIFACT_FIELD: Obj = Obj {
    name: "artifact field",
    fields: &[
        req(key::TEXT, Ty::Markdown),
        f(key::FILLED_AT, Ty::Id),
        f(key::CHECKED_BY, IDS),
    ],
};

/// `handbook.yaml`.
pub static HANDBOOK: Obj = Obj {
    name: "handbook",
    fields: &[
        req(key::TITLE, Ty::Text),
        f(key::ORGANIZATION, Ty::Text),
        f(key::DESCRIPTION, Ty::Markdown),
        f(key::LANGUAGE, Ty::Enum(crate::i18n::TAGS)),
        f(key::VERSION, Ty::Text),
        f(key::EDIT_URL, Ty::Url),
        f(key::BASE_URL, Ty::Url),
        f(key::THEME, Ty::Obj(&THEME)),
        f(key::SEARCH, Ty::Bool),
        f(key::EXTERNAL_ROLES, Ty::IdMap(&Ty::Text)),
        f(key::ARTIFACTS, Ty::IdMap(&Ty::Obj(&ARTIFACT))),
        f(key::DECISIONS, Ty::IdMap(&Ty::Obj(&DECISION))),
        f(key::CHECKS, Ty::RuleMap),
        f(key::WORKING_TIME, Ty::Obj(&WORKING_TIME)),
        f(key::PUBLISH_PEOPLE, Ty::Bool),
        f(key::APPROVED_BY, Ty::Id),
        f(key::APPROVED, Ty::Obj(&APPROVAL)),
        f(key::EFFECTIVE, Ty::Date),
        f(key::HISTORY, Ty::Number),
    ],
};

/// `approved:` of the handbook, a role or a process: who approved it, when.
pub static APPROVAL: Obj = Obj {
    name: "approval",
    fields: &[req(key::BY, Ty::Id), req(key::DATE, Ty::Date)],
};

/// `onboarding:` of a role: what a new holder does beyond what the
/// handbook derives, for the first day, week and month.
pub static ONBOARDING: Obj = Obj {
    name: "onboarding",
    fields: &[
        f(key::DAY, MARKDOWN_LIST),
        f(key::WEEK, MARKDOWN_LIST),
        f(key::MONTH, MARKDOWN_LIST),
    ],
};

/// `trained:` of a signature: who trained the person on that version, when.
pub static TRAINING: Obj = Obj {
    name: "training",
    fields: &[req(key::DATE, Ty::Date), req(key::BY, Ty::Text)],
};

/// A rule's setting under `checks:` in its long form.
pub static RULE_SETTING: Obj = Obj {
    name: "rule setting",
    fields: &[
        f(key::LEVEL, Ty::Enum(&["error", "warning", "off"])),
        f(key::POINTS, Ty::Number),
    ],
};

/// `people.yaml`: who holds which role.
pub static PEOPLE: Obj = Obj {
    name: "people file",
    fields: &[req(key::PEOPLE, Ty::List(&Ty::Obj(&PERSON)))],
};

/// One person in `people.yaml`.
pub static PERSON: Obj = Obj {
    name: "person",
    fields: &[
        req(key::NAME, Ty::Text),
        req(key::ROLES, Ty::RoleShares),
        f(key::HOURS, Ty::Rate),
        f(key::FROM, Ty::Date),
        f(key::UNTIL, Ty::Date),
    ],
};

/// `working_time:` of `handbook.yaml`.
pub static WORKING_TIME: Obj = Obj {
    name: "working time",
    fields: &[f(key::HOURS, Ty::Rate), f(key::PRODUCTIVE, Ty::Share)],
};

/// `theme:` of `handbook.yaml`: how the site looks like the organisation.
pub static THEME: Obj = Obj {
    name: "theme",
    fields: &[
        f(key::ACCENT, Ty::Color),
        f(key::LOGO, Ty::Text),
        f(key::FAVICON, Ty::Text),
        f(key::CSS, Ty::Text),
    ],
};

/// `#RGB` or `#RRGGBB` as `#rrggbb`.
pub fn parse_color(text: &str) -> Option<String> {
    let hex = text.trim().strip_prefix('#')?;
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    match hex.len() {
        6 => Some(format!("#{}", hex.to_ascii_lowercase())),
        3 => Some(hex.chars().fold(String::from("#"), |mut s, c| {
            s.push(c.to_ascii_lowercase());
            s.push(c.to_ascii_lowercase());
            s
        })),
        _ => None,
    }
}

/// A decision right in `handbook.yaml`.
pub static DECISION: Obj = Obj {
    name: "decision",
    fields: &[
        req(key::NAME, Ty::Text),
        f(key::STAGE, Ty::Id),
        f(key::UNIT, Ty::Text),
        req(key::LEVELS, Ty::List(&Ty::Obj(&DECISION_LEVEL))),
    ],
};

/// One level of a decision right.
pub static DECISION_LEVEL: Obj = Obj {
    name: "decision level",
    fields: &[
        req(key::BY, Ty::Id),
        f(key::OVER, Ty::Number),
        f(key::UP_TO, Ty::Number),
    ],
};

/// What to do when a stage does not go as planned.
pub static EXCEPTION: Obj = Obj {
    name: "exception",
    fields: &[req(key::WHEN, Ty::Text), req(key::THEN, Ty::Markdown)],
};

/// A stage of a process.
pub static STAGE: Obj = Obj {
    name: "stage",
    fields: &[
        req(key::ID, Ty::Id),
        req(key::NAME, Ty::Text),
        f(key::DESCRIPTION, Ty::Markdown),
        f(key::NEEDS, IDS),
        f(key::PRODUCES, IDS),
        f(key::DONE_WHEN, MARKDOWN_LIST),
        f(key::NEXT, IDS),
        f(key::FINAL, Ty::Bool),
        f(key::EXCEPTIONS, Ty::List(&Ty::Obj(&EXCEPTION))),
        f(key::RENAMED_FROM, IDS),
        f(key::EFFORT, Ty::Effort),
        f(key::SHARE, Ty::Share),
        f(key::INDEPENDENT_OF, IDS),
    ],
};

/// `processes/<id>.yaml`.
pub static PROCESS: Obj = Obj {
    name: "process",
    fields: &[
        req(key::NAME, Ty::Text),
        f(key::DESCRIPTION, Ty::Markdown),
        f(key::START, Ty::Id),
        req(key::STAGES, Ty::List(&Ty::Obj(&STAGE))),
        f(key::VOLUME, Ty::Rate),
        f(key::ORDER, Ty::Number),
        f(key::REVIEW, Ty::Obj(&REVIEW)),
        f(key::RENAMED_FROM, IDS),
        f(key::ARTIFACTS, Ty::IdMap(&Ty::Obj(&ARTIFACT))),
        f(key::APPROVED, Ty::Obj(&APPROVAL)),
        f(key::EFFECTIVE, Ty::Date),
    ],
};

/// A KPI of a role.
pub static KPI: Obj = Obj {
    name: "KPI",
    fields: &[
        req(key::ID, Ty::Id),
        req(key::NAME, Ty::Text),
        f(key::TARGET, Ty::Text),
        f(key::MEASURED_BY, Ty::Text),
        f(key::OUTCOME, Ty::Id),
    ],
};

/// A variable part of pay.
pub static VARIABLE_PAY: Obj = Obj {
    name: "variable pay item",
    fields: &[req(key::KPI, Ty::Id), req(key::RULE, Ty::Markdown)],
};

/// `pay:` of a role.
pub static PAY: Obj = Obj {
    name: "pay",
    fields: &[
        f(key::FIXED, Ty::Markdown),
        f(key::VARIABLE, Ty::List(&Ty::Obj(&VARIABLE_PAY))),
        f(key::EXAMPLE, Ty::Markdown),
    ],
};

/// A handoff from a role's stage to the next owner.
pub static HANDOFF: Obj = Obj {
    name: "handoff",
    fields: &[
        req(key::AFTER, Ty::Id),
        req(key::TO, Ty::Id),
        req(key::PASSES, IDS),
        f(key::DEADLINE, Ty::Text),
        f(key::CHANNEL, Ty::Text),
        f(key::ACTIONS, MARKDOWN_LIST),
        f(key::CONFIRM, Ty::Markdown),
        f(key::TELL_CLIENT, Ty::Markdown),
    ],
};

/// A checklist of a role.
pub static CHECKLIST: Obj = Obj {
    name: "checklist",
    fields: &[
        req(key::NAME, Ty::Text),
        f(key::WHEN, Ty::Text),
        req(key::ITEMS, MARKDOWN_LIST),
        f(key::EFFORT, Ty::Effort),
        f(key::EVERY, Ty::Every),
    ],
};

/// A duty of a role in its long form.
pub static DUTY: Obj = Obj {
    name: "duty",
    fields: &[
        req(key::TEXT, Ty::Markdown),
        f(key::EFFORT, Ty::Effort),
        f(key::EVERY, Ty::Every),
    ],
};

/// `<role-id>.yaml`.
pub static ROLE: Obj = Obj {
    name: "role",
    fields: &[
        req(key::TITLE, Ty::Text),
        f(key::SUMMARY, Ty::Text),
        f(key::PURPOSE, Ty::Markdown),
        f(key::REPORTS_TO, Ty::Id),
        f(key::DEPUTY, Ty::Id),
        f(key::OWNS, IDS),
        f(key::SUPPORTS, IDS),
        f(key::INFORMED, IDS),
        f(key::DUTIES, Ty::List(&Ty::TextOr(&DUTY))),
        f(key::NOT_RESPONSIBLE_FOR, MARKDOWN_LIST),
        f(key::LIABILITY, MARKDOWN_LIST),
        f(key::RIGHTS, MARKDOWN_LIST),
        f(key::QUALIFICATION, MARKDOWN_LIST),
        f(key::KPIS, Ty::List(&Ty::Obj(&KPI))),
        f(key::PAY, Ty::Obj(&PAY)),
        f(key::TIME_BUDGET, Ty::IdMap(&Ty::Percent)),
        f(key::HEADCOUNT, Ty::Number),
        f(key::HANDOFFS, Ty::List(&Ty::Obj(&HANDOFF))),
        f(key::SHEET_PER_STAGE, Ty::Bool),
        f(key::CHECKLISTS, Ty::List(&Ty::Obj(&CHECKLIST))),
        f(key::REVIEW, Ty::Obj(&REVIEW)),
        f(key::RENAMED_FROM, IDS),
        f(key::ONBOARDING, Ty::Obj(&ONBOARDING)),
        f(key::APPROVED, Ty::Obj(&APPROVAL)),
        f(key::EFFECTIVE, Ty::Date),
    ],
};

/// `acknowledgements.yaml`: who signed which role's job description.
pub static ACKNOWLEDGEMENTS: Obj = Obj {
    name: "acknowledgements file",
    fields: &[req(key::SIGNATURES, Ty::List(&Ty::Obj(&SIGNATURE)))],
};

/// One signature in `acknowledgements.yaml`.
pub static SIGNATURE: Obj = Obj {
    name: "signature",
    fields: &[
        req(key::PERSON, Ty::Text),
        req(key::ROLE, Ty::Id),
        req(key::SIGNED, Ty::Text),
        f(key::DATE, Ty::Date),
        f(key::TRAINED, Ty::Obj(&TRAINING)),
        f(key::SELF_CHECK, Ty::Date),
    ],
};

/// `review:` of a role or a process.
pub static REVIEW: Obj = Obj {
    name: "review",
    fields: &[
        req(key::BY, Ty::Id),
        req(key::LAST, Ty::Date),
        req(key::EVERY, Ty::Period),
    ],
};

/// True when `id` follows the id rule.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A `YYYY-MM-DD` date of the format (jiff reads it).
pub fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let shaped = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    shaped.then(|| text.parse().ok()).flatten()
}

/// A review period, `N days|weeks|months|years`, as a calendar span (jiff
/// reads it; anything finer than a day is refused).
pub fn parse_period(text: &str) -> Option<jiff::Span> {
    let span: jiff::Span = text.trim().parse().ok()?;
    let whole_days = span.get_hours() == 0
        && span.get_minutes() == 0
        && span.get_seconds() == 0
        && span.get_milliseconds() == 0
        && span.get_microseconds() == 0
        && span.get_nanoseconds() == 0;
    (whole_days && span.is_positive()).then_some(span)
}

/// How often something recurs, in times a month: `working day` (or
/// `day`), `week`, `month`, a period (`2 weeks`, `3 months`) or a rate
/// (`3 a week`).
pub fn parse_every(text: &str) -> Option<f64> {
    use crate::model::WORKING_DAYS_A_MONTH;
    let t = text.trim().to_lowercase();
    if let Some(rate) = parse_rate(&t) {
        return Some(rate.a_month());
    }
    match t.as_str() {
        "working day" | "day" => return Some(WORKING_DAYS_A_MONTH),
        "week" => return Some(52.0 / 12.0),
        "month" => return Some(1.0),
        _ => {}
    }
    let span = parse_period(&t)?;
    let months = f64::from(span.get_years()) * 12.0
        + f64::from(span.get_months())
        + f64::from(span.get_weeks()) * 12.0 / 52.0
        + f64::from(span.get_days()) * 12.0 / 365.0;
    (months > 0.0).then(|| 1.0 / months)
}

/// How often a checklist's `when:` says it is used, where the words are
/// plain (every working day, a weekday, every week, every month; in the
/// languages of `locales/`), in times a month; `None` where they are not
/// (`First working day`, `After each order`), and `every:` must say.
pub fn plain_when(text: &str) -> Option<f64> {
    use crate::model::WORKING_DAYS_A_MONTH;
    let lower = text.trim().to_lowercase();
    let head = lower.split(',').next().unwrap_or_default().trim();
    let head = head.trim_end_matches('.');
    let head = [
        "every ",
        "each ",
        "on ",
        "каждый ",
        "каждую ",
        "каждое ",
        "по ",
    ]
    .iter()
    .find_map(|p| head.strip_prefix(p))
    .unwrap_or(head);
    const DAILY: &[&str] = &[
        "daily",
        "day",
        "working day",
        "morning",
        "start of the day",
        "end of the day",
        "ежедневно",
        "день",
        "рабочий день",
        "утро",
        "в начале дня",
        "в конце дня",
        "начало дня",
        "конец дня",
    ];
    const WEEKLY: &[&str] = &[
        "weekly",
        "week",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mondays",
        "tuesdays",
        "wednesdays",
        "thursdays",
        "fridays",
        "еженедельно",
        "неделю",
        "понедельник",
        "вторник",
        "среду",
        "среда",
        "четверг",
        "пятницу",
        "пятница",
        "субботу",
        "суббота",
        "воскресенье",
        "понедельникам",
        "вторникам",
        "средам",
        "четвергам",
        "пятницам",
    ];
    const MONTHLY: &[&str] = &["monthly", "month", "ежемесячно", "месяц"];
    if DAILY.contains(&head) {
        Some(WORKING_DAYS_A_MONTH)
    } else if WEEKLY.contains(&head) {
        Some(52.0 / 12.0)
    } else if MONTHLY.contains(&head) {
        Some(1.0)
    } else {
        None
    }
}

/// A rate, `N a month`, `N a week` or `N a working day` (N a number, zero or more).
pub fn parse_rate(text: &str) -> Option<crate::model::Rate> {
    use crate::model::{Per, Rate};
    let (count, per) = text.trim().split_once(" a ")?;
    let count: f64 = count
        .trim()
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
    let per = match per.trim() {
        "month" => Per::Month,
        "week" => Per::Week,
        "working day" => Per::WorkingDay,
        _ => return None,
    };
    Some(Rate { count, per })
}

/// A time of work in minutes: `45 min`, `1.5 h`, `2 hours`, `1h 30m` (what
/// jiff reads as a span of hours and minutes), more than zero.
pub fn parse_effort(text: &str) -> Option<f64> {
    let span: jiff::Span = text.trim().parse().ok()?;
    let minutes = span.total(jiff::Unit::Minute).ok()?;
    let calendar = span.get_years() != 0
        || span.get_months() != 0
        || span.get_weeks() != 0
        || span.get_days() != 0;
    (!calendar && minutes > 0.0 && minutes.is_finite()).then_some(minutes)
}

/// A share from 0 to 1: `35%`, or the number 35.
pub fn parse_share(text: &str) -> Option<f64> {
    let number = text.trim().strip_suffix('%').unwrap_or(text).trim();
    let n: f64 = number.parse().ok()?;
    ((0.0..=100.0).contains(&n)).then_some(n / 100.0)
}

/// Explains why an id is invalid, with a corrected spelling where one exists.
pub fn invalid_id_help(id: &str) -> Text {
    let fixed: String = id
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if is_valid_id(&fixed) && fixed != id {
        text!("invalid-id-try", fixed = fixed)
    } else {
        text!("invalid-id-help")
    }
}

/// Turns a node position into a [`Loc`] in file `file`.
pub fn loc(file: u32, node: &Node) -> Loc {
    Loc {
        file,
        line: node.pos.line,
        col: node.pos.col,
        start: node.pos.start,
        len: node.pos.len,
    }
}

/// Checks `node` against `ty`, reporting every mismatch.
// Long on purpose: one match arm per shape of the format (`Ty`), each a
// few lines; the arms share the closure that words a type error.
pub fn validate(file: u32, node: &Node, ty: &Ty, out: &mut Vec<Finding>) {
    // `expected` is the `expected` message's selector (`text`, `id`...).
    let wrong = |expected: &str| {
        Finding::new(
            Rule::WrongType,
            loc(file, node),
            text!("wrong-type", expected = expected, found = shape(node)),
        )
        .label(text!("wrong-type-label", expected = expected))
    };
    match ty {
        Ty::Text | Ty::Markdown | Ty::Url => {
            if !matches!(node.value, Value::Scalar { .. }) {
                out.push(wrong("text").help(text!("wrong-type-text-help")));
            }
            let text = node.text().unwrap_or_default();
            let refused = match ty {
                Ty::Url if !crate::markdown::is_safe_url(text) => vec![text.to_string()],
                Ty::Url => Vec::new(),
                _ => crate::markdown::unsafe_links(text),
            };
            for url in refused {
                out.push(
                    Finding::new(
                        Rule::UnsafeLink,
                        loc(file, node),
                        text!("unsafe-link", url = url),
                    )
                    .label(text!("unsafe-link-label"))
                    .help(text!("unsafe-link-help")),
                );
            }
        }
        Ty::TextOr(obj) => match node.value {
            Value::Map(_) => validate_obj(file, node, obj, out),
            _ => validate(file, node, &Ty::Markdown, out),
        },
        Ty::Id => match node.text() {
            Some(id) if is_valid_id(id) => {}
            Some(id) => out.push(
                Finding::new(
                    Rule::InvalidId,
                    loc(file, node),
                    text!("invalid-id", id = id),
                )
                .label(text!("invalid-id-label"))
                .help(invalid_id_help(id)),
            ),
            None => out.push(wrong("id")),
        },
        Ty::Bool => {
            if !matches!(
                node.value,
                Value::Scalar {
                    kind: ScalarKind::Bool,
                    ..
                }
            ) {
                out.push(wrong("bool"));
            }
        }
        Ty::Color => {
            if node.text().and_then(parse_color).is_none() {
                out.push(wrong("colour").help(text!("wrong-type-colour-help")));
            }
        }
        Ty::Date => {
            if node.text().and_then(parse_date).is_none() {
                out.push(wrong("date").help(text!("wrong-type-date-help")));
            }
        }
        Ty::Period => {
            if node.text().and_then(parse_period).is_none() {
                out.push(wrong("period").help(text!("wrong-type-period-help")));
            }
        }
        Ty::Rate => {
            if node.text().and_then(parse_rate).is_none() {
                out.push(wrong("rate").help(text!("wrong-type-rate-help")));
            }
        }
        Ty::Effort => {
            if node.text().and_then(parse_effort).is_none() {
                out.push(wrong("effort").help(text!("wrong-type-effort-help")));
            }
        }
        Ty::Share => {
            if node.text().and_then(parse_share).is_none() {
                out.push(wrong("share").help(text!("wrong-type-share-help")));
            }
        }
        Ty::Every => {
            if node.text().and_then(parse_every).is_none() {
                out.push(wrong("every").help(text!("wrong-type-every-help")));
            }
        }
        Ty::Number => match node.text().map(str::parse::<f64>) {
            Some(Ok(n))
                if n >= 0.0
                    && n.is_finite()
                    && !matches!(
                        node.value,
                        Value::Scalar {
                            kind: ScalarKind::Str,
                            ..
                        }
                    ) => {}
            _ => out.push(wrong("number")),
        },
        Ty::Percent => match &node.value {
            Value::Scalar { int: Some(i), .. } if (0..=100).contains(i) => {}
            _ => out.push(wrong("percent")),
        },
        Ty::Enum(words) => match node.text() {
            Some(w) if words.contains(&w) => {}
            _ => out.push(
                Finding::new(
                    Rule::WrongType,
                    loc(file, node),
                    text!(
                        "wrong-word",
                        words = words.join(", "),
                        found = describe(node)
                    ),
                )
                .label(text!("wrong-word-label", words = words.join(", ")))
                .maybe_help(
                    node.text()
                        .and_then(|w| did_you_mean(w, words.iter().copied())),
                ),
            ),
        },
        Ty::List(item) => match &node.value {
            Value::Null => {}
            Value::Seq(items) => {
                for i in items {
                    validate(file, i, item, out);
                }
            }
            _ => out.push(wrong("list").help(text!("wrong-type-list-help"))),
        },
        Ty::Obj(obj) => validate_obj(file, node, obj, out),
        Ty::IdMap(value) => match &node.value {
            Value::Null => {}
            Value::Map(entries) => {
                for (i, (k, v)) in entries.iter().enumerate() {
                    validate(file, k, &Ty::Id, out);
                    if let Some(first) = repeated_before(entries, i) {
                        out.push(
                            Finding::new(
                                Rule::DuplicateId,
                                loc(file, k),
                                text!("id-twice-in-mapping", id = k.text().unwrap_or_default()),
                            )
                            .label(text!("second-definition"))
                            .help(text!("id-twice-in-mapping-help", line = first.pos.line)),
                        );
                    }
                    validate(file, v, value, out);
                }
            }
            _ => out.push(wrong("id-map")),
        },
        Ty::RoleShares => match &node.value {
            Value::Seq(_) => validate(file, node, &IDS, out),
            Value::Map(_) => validate(file, node, &Ty::IdMap(&Ty::Share), out),
            _ => out.push(wrong("list").help(text!("wrong-type-roles-help"))),
        },
        Ty::RuleMap => match &node.value {
            Value::Null => {}
            Value::Map(entries) => {
                for (i, (k, v)) in entries.iter().enumerate() {
                    let name = k.text().unwrap_or_default();
                    if Rule::from_id(name).is_none() {
                        out.push(
                            Finding::new(
                                Rule::UnknownField,
                                loc(file, k),
                                text!("unknown-rule", name = name),
                            )
                            .label(text!("unknown-rule-label"))
                            .maybe_help(
                                did_you_mean(name, RULES.iter().map(|r| r.id))
                                    .or_else(|| Some(text!("unknown-rule-help"))),
                            ),
                        );
                    }
                    if repeated_before(entries, i).is_some() {
                        out.push(duplicate_key(file, k));
                    }
                    if matches!(v.value, Value::Map(_)) && name == THRESHOLD_RULE {
                        validate_obj(file, v, &RULE_SETTING, out);
                    } else if !matches!(v.text(), Some("error" | "warning" | "off")) {
                        out.push(
                            Finding::new(
                                Rule::WrongType,
                                loc(file, v),
                                text!("unknown-severity", found = describe(v)),
                            )
                            .label(text!("unknown-severity-label")),
                        );
                    }
                }
            }
            _ => out.push(wrong("rule-map")),
        },
    }
}

/// What a node is, for "found ...": its shape in the reader's words.
fn shape(node: &Node) -> Text {
    text!("shape", shape = node.shape())
}

/// A value as written, or its shape when it is not a word.
fn describe(node: &Node) -> Text {
    match node.text() {
        Some(t) => text!("quoted", value = t),
        None => shape(node),
    }
}

fn repeated_before(entries: &[(Node, Node)], i: usize) -> Option<&Node> {
    let key = entries[i].0.text()?;
    entries[..i]
        .iter()
        .map(|(k, _)| k)
        .find(|k| k.text() == Some(key))
}

fn duplicate_key(file: u32, k: &Node) -> Finding {
    Finding::new(
        Rule::YamlSyntax,
        loc(file, k),
        text!("repeated-key", key = k.text().unwrap_or_default()),
    )
    .label(text!("repeated-key-label"))
    .help(text!("repeated-key-help"))
}

/// An object's name in the reader's words ("a stage", «этапа»).
fn object(obj: &Obj) -> Text {
    text!("object", name = obj.name.replace(' ', "-"))
}

/// Checks a mapping against an object table.
// About 80 lines: one branch per thing a mapping can get wrong (a key that
// is not a word, repeated, empty, unknown, a required key missing).
pub fn validate_obj(file: u32, node: &Node, obj: &Obj, out: &mut Vec<Finding>) {
    let Value::Map(entries) = &node.value else {
        out.push(
            Finding::new(
                Rule::WrongType,
                loc(file, node),
                text!("not-a-mapping", object = object(obj), found = shape(node)),
            )
            .label(text!("not-a-mapping-label")),
        );
        return;
    };
    for (i, (k, v)) in entries.iter().enumerate() {
        let Some(key) = k.text() else {
            out.push(Finding::new(
                Rule::WrongType,
                loc(file, k),
                text!("key-not-a-word"),
            ));
            continue;
        };
        match obj.fields.iter().find(|fl| fl.name == key) {
            Some(field) => {
                if repeated_before(entries, i).is_some() {
                    out.push(duplicate_key(file, k));
                } else if matches!(v.value, Value::Null) && field.required {
                    out.push(
                        Finding::new(
                            Rule::MissingField,
                            loc(file, k),
                            text!(
                                "key-without-value",
                                key = key,
                                name = obj.name,
                                object = object(obj)
                            ),
                        )
                        .label(text!("key-without-value-label")),
                    );
                } else if !matches!(v.value, Value::Null) {
                    validate(file, v, &field.ty, out);
                }
            }
            None => out.push(
                Finding::new(
                    Rule::UnknownField,
                    loc(file, k),
                    text!("unknown-key", key = key, object = object(obj)),
                )
                .label(text!("unknown-key-label"))
                .help(
                    did_you_mean(key, obj.fields.iter().map(|fl| fl.name)).unwrap_or_else(|| {
                        let keys: Vec<&str> = obj.fields.iter().map(|fl| fl.name).collect();
                        text!(
                            "unknown-key-help",
                            object = object(obj),
                            keys = keys.join(", ")
                        )
                    }),
                ),
            ),
        }
    }
    for field in obj.fields.iter().filter(|fl| fl.required) {
        if !entries.iter().any(|(k, _)| k.text() == Some(field.name)) {
            out.push(
                Finding::new(
                    Rule::MissingField,
                    loc(file, node),
                    text!(
                        "missing-key",
                        key = field.name,
                        name = obj.name,
                        object = object(obj)
                    ),
                )
                .label(text!("missing-key-label", key = field.name))
                .help(text!(
                    "missing-key-help",
                    key = field.name,
                    doc = obj.meaning(field)
                )),
            );
        }
    }
}

/// The JSON Schema (draft 2020-12) of one file kind, its descriptions in `language`.
pub fn json_schema(obj: &Obj, title: &str, language: Language) -> Json {
    let mut schema = obj_schema(obj, language);
    if let Json::Object(m) = &mut schema {
        m.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        m.insert("title".into(), json!(title));
    }
    schema
}

fn obj_schema(obj: &Obj, language: Language) -> Json {
    let mut props = Map::new();
    for field in obj.fields {
        let mut s = ty_schema(&field.ty, language);
        if let Json::Object(m) = &mut s {
            m.insert(
                "description".into(),
                json!(say(language, &obj.meaning(field))),
            );
        }
        props.insert(field.name.into(), s);
    }
    let required: Vec<&str> = obj
        .fields
        .iter()
        .filter(|fl| fl.required)
        .map(|fl| fl.name)
        .collect();
    json!({
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": false,
    })
}

/// Every object of the format, with the heading the manual gives it, in reading order.
pub const OBJECTS: &[(&str, &Obj)] = &[
    ("`handbook.yaml`", &HANDBOOK),
    ("An artifact (under `artifacts:`)", &ARTIFACT),
    (
        "An artifact field in its long form (under `fields:`)",
        &ARTIFACT_FIELD,
    ),
    ("A decision right (under `decisions:`)", &DECISION),
    ("A decision level (under `levels:`)", &DECISION_LEVEL),
    ("`working_time:` of `handbook.yaml`", &WORKING_TIME),
    ("`theme:` of `handbook.yaml`", &THEME),
    ("A process file (`processes/<id>.yaml`)", &PROCESS),
    ("A stage (under `stages:`)", &STAGE),
    ("An exception (under `exceptions:`)", &EXCEPTION),
    ("A role file (`<id>.yaml`)", &ROLE),
    ("A KPI (under `kpis:`)", &KPI),
    ("`pay:`", &PAY),
    (
        "A variable pay rule (under `pay: variable:`)",
        &VARIABLE_PAY,
    ),
    ("A handoff (under `handoffs:`)", &HANDOFF),
    ("A checklist (under `checklists:`)", &CHECKLIST),
    ("A duty in its long form (under `duties:`)", &DUTY),
    ("`review:` of a role or a process", &REVIEW),
    (
        "`approved:` of `handbook.yaml`, a role or a process",
        &APPROVAL,
    ),
    ("`onboarding:` of a role", &ONBOARDING),
    ("`acknowledgements.yaml`", &ACKNOWLEDGEMENTS),
    ("A signature (under `signatures:`)", &SIGNATURE),
    ("`trained:` of a signature", &TRAINING),
    ("`people.yaml`", &PEOPLE),
    ("A person (under `people:`)", &PERSON),
    (
        "A rule's setting in its long form (under `checks:`)",
        &RULE_SETTING,
    ),
];

/// The field tables of the manual (`docs/format.md`), from the same tables
/// the validator and the JSON Schema read; a test keeps the manual fresh.
pub fn field_tables() -> String {
    let mut out = String::new();
    for (title, obj) in OBJECTS {
        out.push_str(&format!(
            "### {title}\n\n| field | required | value | meaning |\n|---|---|---|---|\n"
        ));
        for f in obj.fields {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                f.name,
                if f.required { "yes" } else { "no" },
                ty_words(&f.ty),
                english(&obj.meaning(f)).replace('|', "\\|")
            ));
        }
        out.push('\n');
    }
    out
}

/// A value's shape in words, for the manual.
fn ty_words(ty: &Ty) -> String {
    match ty {
        Ty::Text => "text".into(),
        Ty::Markdown => "Markdown".into(),
        Ty::Url => "a link: http, https, mailto or relative".into(),
        Ty::Id => "an id".into(),
        Ty::Bool => "`true` or `false`".into(),
        Ty::Percent => "a whole number from 0 to 100".into(),
        Ty::Number => "a number, zero or more".into(),
        Ty::Date => "a date, `YYYY-MM-DD`".into(),
        Ty::Color => "a colour: `\"#RRGGBB\"`".into(),
        Ty::Period => "a period: `N days`, `N weeks`, `N months` or `N years`".into(),
        Ty::Rate => "a rate: `N a month`, `N a week` or `N a working day`".into(),
        Ty::Effort => "a time: `45 min`, `1.5 h`".into(),
        Ty::Share => "a share: `35%`".into(),
        Ty::Every => "how often: `working day`, `week`, `month`, `2 weeks` or `3 a week`".into(),
        Ty::Enum(words) => format!(
            "one of {}",
            words
                .iter()
                .map(|w| format!("`{w}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::List(item) => format!("a list of {}", ty_words(item)),
        Ty::Obj(obj) => {
            let article = if obj.name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            format!("{article} {} (see below)", obj.name)
        }
        Ty::IdMap(value) => format!("a mapping of id to {}", ty_words(value)),
        Ty::RuleMap => {
            "a mapping of rule id to `error`, `warning` or `off` (or a rule setting, see below)"
                .into()
        }
        Ty::TextOr(obj) => format!("Markdown, or {}", ty_words(&Ty::Obj(obj))),
        Ty::RoleShares => {
            "a list of role ids, or a mapping of role id to a share of the person's hours".into()
        }
    }
}

const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

fn ty_schema(ty: &Ty, language: Language) -> Json {
    match ty {
        Ty::Text | Ty::Markdown => json!({ "type": ["string", "number", "boolean"] }),
        Ty::Url => json!({
            "type": "string",
            "pattern": "^(https?:|mailto:|[^:]*$|[^:]*[/?#])",
        }),
        Ty::Id => json!({ "type": "string", "pattern": ID_PATTERN, "maxLength": 64 }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Percent => json!({ "type": "integer", "minimum": 0, "maximum": 100 }),
        Ty::Number => json!({ "type": "number", "minimum": 0 }),
        Ty::Date => json!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }),
        Ty::Color => json!({ "type": "string", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$" }),
        Ty::Period => {
            json!({ "type": "string", "pattern": "^[1-9][0-9]* (day|week|month|year)s?$" })
        }
        Ty::Rate => json!({
            "type": "string",
            "pattern": "^[0-9]+(\\.[0-9]+)? a (month|week|working day)$",
        }),
        Ty::Effort => json!({ "type": "string", "pattern": "^[0-9].*[a-z]$" }),
        Ty::Every => json!({ "type": "string", "minLength": 3 }),
        Ty::Share => json!({
            "anyOf": [
                { "type": "string", "pattern": "^[0-9]+(\\.[0-9]+)? ?%$" },
                { "type": "number", "minimum": 0, "maximum": 100 },
            ]
        }),
        Ty::Enum(words) => json!({ "enum": words }),
        Ty::List(item) => json!({ "type": ["array", "null"], "items": ty_schema(item, language) }),
        Ty::Obj(obj) => obj_schema(obj, language),
        Ty::TextOr(obj) => {
            json!({ "anyOf": [ty_schema(&Ty::Markdown, language), obj_schema(obj, language)] })
        }
        Ty::IdMap(value) => json!({
            "type": ["object", "null"],
            "propertyNames": { "pattern": ID_PATTERN, "maxLength": 64 },
            "additionalProperties": ty_schema(value, language),
        }),
        Ty::RuleMap => {
            let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
            json!({
                "type": ["object", "null"],
                "propertyNames": { "enum": ids },
                "properties": {
                    THRESHOLD_RULE: {
                        "anyOf": [
                            { "enum": ["error", "warning", "off"] },
                            obj_schema(&RULE_SETTING, language),
                        ]
                    }
                },
                "additionalProperties": { "enum": ["error", "warning", "off"] },
            })
        }
        Ty::RoleShares => json!({
            "anyOf": [
                ty_schema(&IDS, language),
                ty_schema(&Ty::IdMap(&Ty::Share), language),
            ]
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of the format says what it means in every language
    /// (an id a file lacks would be shown as the id itself).
    #[test]
    fn every_field_has_its_meaning_in_every_language() {
        for (_, obj) in OBJECTS {
            for field in obj.fields {
                let meaning = obj.meaning(field);
                for language in Language::all() {
                    let words = say(language, &meaning);
                    assert!(
                        words != meaning.id && words.ends_with('.'),
                        "{}: `{}` in {}: {words}",
                        obj.name,
                        field.name,
                        language.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn how_often_is_read_from_plain_words_only() {
        let day = crate::model::WORKING_DAYS_A_MONTH;
        let week = 52.0 / 12.0;
        for (when, a_month) in [
            ("Start of the day", Some(day)),
            ("Every working day", Some(day)),
            ("В конце дня", Some(day)),
            ("Friday, 16:00", Some(week)),
            ("Пятница, 16:00", Some(week)),
            ("по пятницам", Some(week)),
            ("Monthly.", Some(1.0)),
            ("First working day", None),
            ("After each order", None),
        ] {
            assert_eq!(plain_when(when), a_month, "{when}");
        }
        assert_eq!(parse_every("week"), Some(week));
        assert_eq!(parse_every("3 a week"), Some(3.0 * week));
        assert_eq!(parse_every("2 months"), Some(0.5));
        assert_eq!(parse_every("fortnightly"), None);
    }

    #[test]
    fn id_rule() {
        for ok in ["a", "client-service", "a1-b2", "2024"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in [
            "",
            "A",
            "a--b",
            "-a",
            "a-",
            "../x",
            "a_b",
            "a b",
            &"x".repeat(65),
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn invalid_id_help_suggests_a_spelling() {
        assert_eq!(
            invalid_id_help("Client Service"),
            text!("invalid-id-try", fixed = "client-service")
        );
    }
}
