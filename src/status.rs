//! Who must read their job description again: each signature in `acknowledgements.yaml` against the role's fingerprint now.
//!
//! Comes after `compile`: a fingerprint is a hash of a compiled role. The
//! rule on the same question, `signature-missing`, is `check`'s.

use serde::Serialize;

use crate::compile::{Compiled, signature_is_current, training};
use crate::model::Handbook;

/// One person's standing for one role.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Standing {
    /// Who.
    pub person: String,
    /// The role's id now.
    pub role: String,
    /// Its title.
    pub title: String,
    /// What they signed (a fingerprint or a version).
    pub signed: String,
    /// When, if written.
    pub date: Option<String>,
    /// The role's fingerprint now.
    pub fingerprint: String,
    /// Whether what they signed is what the role says now.
    pub current: bool,
    /// When they were trained on what they signed, and by whom.
    pub trained: Option<String>,
    /// Who trained them.
    pub trained_by: Option<String>,
    /// When they passed the self-check on what they signed.
    pub self_check: Option<String>,
}

/// A person not yet trained on the current version of a role they hold.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Untrained {
    /// Who.
    pub person: String,
    /// The role's id.
    pub role: String,
    /// Its title.
    pub title: String,
}

/// Every signature's standing, and the roles nobody currently signed for.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Status {
    /// One per signature, in the file's order.
    pub people: Vec<Standing>,
    /// Ids of roles with no current signature.
    pub unsigned: Vec<String>,
    /// Each person (of `acknowledgements.yaml`, and of `people.yaml` where
    /// the handbook keeps one) not trained on the current version of a role
    /// they signed for or hold.
    pub untrained: Vec<Untrained>,
}

impl Status {
    /// The people who must read their role again.
    pub fn due(&self) -> impl Iterator<Item = &Standing> {
        self.people.iter().filter(|p| !p.current)
    }
}

/// The standing of every signature of `hb` against `c` (compiled from `hb`).
pub fn status(hb: &Handbook, c: &Compiled) -> Status {
    let people: Vec<Standing> = hb
        .signatures
        .iter()
        .filter_map(|s| {
            let id = hb.role_now(s.role.as_str());
            let r = c.roles.iter().find(|r| r.id == id)?;
            Some(Standing {
                person: s.person.clone(),
                role: r.id.clone(),
                title: r.title.clone(),
                signed: s.signed.clone(),
                date: s.date.map(|d| d.to_string()),
                fingerprint: r.fingerprint.clone(),
                current: signature_is_current(&s.signed, r, hb),
                trained: s.trained.as_ref().map(|t| t.date.to_string()),
                trained_by: s.trained.as_ref().map(|t| t.by.clone()),
                self_check: s.self_check.map(|d| d.to_string()),
            })
        })
        .collect();
    let unsigned = c
        .roles
        .iter()
        .filter(|r| !people.iter().any(|p| p.role == r.id && p.current))
        .map(|r| r.id.clone())
        .collect();
    let untrained = training(hb, &c.roles)
        .into_iter()
        .filter(|t| !t.trained)
        .map(|t| Untrained {
            person: t.person,
            title: c
                .roles
                .iter()
                .find(|r| r.id == t.role)
                .map_or_else(String::new, |r| r.title.clone()),
            role: t.role,
        })
        .collect();
    Status {
        people,
        unsigned,
        untrained,
    }
}
