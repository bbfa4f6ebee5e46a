//! A new holder's first month in a role: a plan for the first day, week and month, and a self-check with its answers, derived from the compiled handbook.
//!
//! Everything here comes from what the handbook already says (the job
//! description, the owned stages with their exit criteria and exceptions,
//! the changes of hands, the decision ladders, the KPIs), in the handbook's
//! language, plus the role's own `onboarding:` items.

use serde::Serialize;

use super::{DecisionView, HandoffView, Md, RoleView};
use crate::diagnostic::Text;
use crate::i18n::say;
use crate::model::{Language, Onboarding};
use crate::text;

/// One role's first month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OnboardingView {
    /// The role's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The first day.
    pub day: Vec<Line>,
    /// The first week.
    pub week: Vec<Line>,
    /// The first month.
    pub month: Vec<Line>,
    /// Questions with their answers.
    pub questions: Vec<Question>,
}

/// A step of the plan or a line of an answer: words of rolebook's with the
/// handbook's names in them (`text`, escaped on the page), or the
/// handbook's own Markdown (`md`); `href` from the site's root.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    /// Plain text.
    pub text: String,
    /// Markdown of the handbook, shown instead of `text`.
    pub md: Option<Md>,
    /// Where to read more, from the site's root.
    pub href: Option<String>,
}

/// A question of the self-check and its answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    /// The question.
    pub ask: String,
    /// The answer, line by line.
    pub answer: Vec<Line>,
}

/// Builds one line from rolebook's words.
struct Say(Language);

impl Say {
    fn line(&self, t: Text, href: Option<String>) -> Line {
        Line {
            text: say(self.0, &t),
            md: None,
            href,
        }
    }

    fn words(&self, t: Text) -> String {
        say(self.0, &t)
    }
}

/// The handbook's Markdown as a line.
fn md(m: &Md) -> Line {
    Line {
        text: String::new(),
        md: Some(m.clone()),
        href: None,
    }
}

/// The handbook's plain text as a line.
fn plain(text: &str) -> Line {
    Line {
        text: text.to_string(),
        md: None,
        href: None,
    }
}

/// Written items of `onboarding:` as lines.
fn written(items: &[String]) -> impl Iterator<Item = Line> + '_ {
    items.iter().map(|i| md(&Md::block(i)))
}

/// The first month of role `r`: `handoffs` are all of the handbook's by
/// page (slug), `own` the role's `onboarding:`.
pub fn onboarding(
    r: &RoleView,
    handoffs: &std::collections::HashMap<&str, &HandoffView>,
    own: &Onboarding,
    language: Language,
) -> OnboardingView {
    let s = Say(language);
    let role_href = |id: &str| Some(format!("roles/{id}.html"));
    let handoff_href = |slug: &str| Some(format!("handoffs/{slug}.html"));
    let mut day = vec![s.line(text!("onb-read"), role_href(&r.id))];
    if let Some(sup) = &r.reports_to {
        let href = sup.internal.then(|| format!("roles/{}.html", sup.id));
        day.push(s.line(text!("onb-superior", name = sup.name.as_str()), href));
    }
    if let Some(dep) = &r.deputy {
        let href = dep.internal.then(|| format!("roles/{}.html", dep.id));
        day.push(s.line(text!("onb-deputy", name = dep.name.as_str()), href));
    }
    day.extend(written(&own.day));

    let mut week = Vec::new();
    for st in &r.owns {
        week.push(s.line(
            text!(
                "onb-stage",
                stage = st.name.as_str(),
                process = st.process_name.as_str()
            ),
            Some(format!("processes/{}.html#stage-{}", st.process, st.id)),
        ));
    }
    // The role's own changes of hands, looked up by page (not a pass over
    // every handoff of the handbook for each role).
    let views = |refs: &[super::HandoffRef]| -> Vec<&HandoffView> {
        refs.iter()
            .filter_map(|h| handoffs.get(h.slug.as_str()).copied())
            .collect()
    };
    let given = views(&r.incoming);
    let taken = views(&r.outgoing);
    // Beside the one who hands over to this role, then the one it hands to.
    let sides = given
        .iter()
        .map(|h| (true, *h))
        .chain(taken.iter().map(|h| (false, *h)));
    for (giving, h) in sides {
        let (from, to) = (h.from.name.as_str(), h.to.name.as_str());
        let said = if giving {
            text!(
                "onb-sit-giver",
                role = h.giver.name.as_str(),
                from = from,
                to = to
            )
        } else {
            text!(
                "onb-sit-taker",
                role = h.taker.name.as_str(),
                from = from,
                to = to
            )
        };
        week.push(s.line(said, handoff_href(&h.slug)));
    }
    week.extend(written(&own.week));

    let mut month = vec![s.line(
        text!("onb-checklists", count = r.checklists.len()),
        Some(format!("checklists/{}.html", r.id)),
    )];
    for k in &r.kpis {
        month.push(s.line(
            text!(
                "onb-kpi",
                name = k.name.as_str(),
                target = k.target.as_deref().unwrap_or("—")
            ),
            role_href(&r.id).map(|h| format!("{h}#kpis")),
        ));
    }
    for d in &r.deputy_for {
        month.push(s.line(
            text!("onb-stand-in", role = d.name.as_str()),
            role_href(&d.id),
        ));
    }
    month.push(s.line(
        text!("onb-self-check"),
        Some(format!("onboarding/{}.html#self-check", r.id)),
    ));
    month.extend(written(&own.month));

    OnboardingView {
        id: r.id.clone(),
        title: r.title.clone(),
        day,
        week,
        month,
        questions: questions(r, &given, &taken, &s),
    }
}

/// The self-check: what the holder of `r` must know by heart, each with
/// the handbook's answer.
fn questions(
    r: &RoleView,
    given: &[&HandoffView],
    taken: &[&HandoffView],
    s: &Say,
) -> Vec<Question> {
    let mut out = Vec::new();
    let ask = |t: Text| s.words(t);
    for st in &r.owns {
        if !st.needs.is_empty() {
            out.push(Question {
                ask: ask(text!("q-needs", stage = st.name.as_str())),
                answer: st.needs.iter().map(|n| plain(&n.name)).collect(),
            });
        }
        if !st.done_when.is_empty() {
            out.push(Question {
                ask: ask(text!("q-done", stage = st.name.as_str())),
                answer: st.done_when.iter().map(md).collect(),
            });
        }
        for e in &st.exceptions {
            out.push(Question {
                ask: ask(text!(
                    "q-exception",
                    stage = st.name.as_str(),
                    when = e.when.as_str()
                )),
                answer: vec![md(&e.then)],
            });
        }
    }
    for h in taken {
        let mut answer = vec![s.line(
            text!(
                "a-pass-to",
                role = h.taker.name.as_str(),
                stage = h.to.name.as_str()
            ),
            None,
        )];
        answer.extend(h.passes.iter().map(|a| plain(&a.name)));
        out.push(Question {
            ask: ask(text!("q-pass", stage = h.from.name.as_str())),
            answer,
        });
        if h.deadline.is_some() || h.channel.is_some() || h.confirm.is_some() {
            let mut answer = Vec::new();
            if let Some(d) = &h.deadline {
                answer.push(s.line(text!("a-deadline", deadline = d.as_str()), None));
            }
            if let Some(c) = &h.channel {
                answer.push(s.line(text!("a-channel", channel = c.as_str()), None));
            }
            if let Some(c) = &h.confirm {
                answer.push(md(c));
            }
            out.push(Question {
                ask: ask(text!(
                    "q-how",
                    from = h.from.name.as_str(),
                    to = h.to.name.as_str()
                )),
                answer,
            });
        }
    }
    for h in given {
        let mut answer: Vec<Line> = h.passes.iter().map(|a| plain(&a.name)).collect();
        if let Some(c) = &h.confirm {
            answer.push(md(c));
        }
        answer.extend(h.actions.iter().map(md));
        if !answer.is_empty() {
            out.push(Question {
                ask: ask(text!(
                    "q-receive",
                    role = h.giver.name.as_str(),
                    from = h.from.name.as_str(),
                    to = h.to.name.as_str()
                )),
                answer,
            });
        }
    }
    // The decisions at the role's stages and those it takes part in, once each.
    let mut decisions: Vec<&DecisionView> = Vec::new();
    for d in r.owns.iter().flat_map(|st| &st.decisions).chain(&r.decides) {
        if !decisions.iter().any(|x| x.id == d.id) {
            decisions.push(d);
        }
    }
    for d in decisions {
        let answer = d
            .levels
            .iter()
            .map(|l| {
                let shape = match (&l.over, &l.up_to) {
                    (Some(_), Some(_)) => "both",
                    (Some(_), None) => "over",
                    (None, Some(_)) => "up_to",
                    (None, None) => "any",
                };
                s.line(
                    text!(
                        "a-level",
                        shape = shape,
                        over = l.over.as_deref().unwrap_or(""),
                        up_to = l.up_to.as_deref().unwrap_or(""),
                        name = l.by.name.as_str()
                    ),
                    None,
                )
            })
            .collect();
        out.push(Question {
            ask: ask(text!("q-decides", decision = d.name.as_str())),
            answer,
        });
    }
    for k in &r.kpis {
        let mut answer = Vec::new();
        if let Some(t) = &k.target {
            answer.push(s.line(text!("a-target", target = t.as_str()), None));
        }
        answer.extend(k.pay.iter().map(md));
        if answer.is_empty() {
            continue;
        }
        out.push(Question {
            ask: ask(text!("q-kpi", name = k.name.as_str())),
            answer,
        });
    }
    out
}
