//! Who must read their job description again: each signature in `acknowledgements.yaml` against the role's fingerprint now.
//!
//! Comes after `compile`: a fingerprint is a hash of a compiled role. The
//! rule on the same question, `signature-missing`, is `check`'s.

use serde::Serialize;

use crate::compile::{Compiled, signature_is_current};
use crate::model::{Handbook, Kind};

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
}

/// Every signature's standing, and the roles nobody currently signed for.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Status {
    /// One per signature, in the file's order.
    pub people: Vec<Standing>,
    /// Ids of roles with no current signature.
    pub unsigned: Vec<String>,
}

impl Status {
    /// The people who must read their role again.
    pub fn due(&self) -> impl Iterator<Item = &Standing> {
        self.people.iter().filter(|p| !p.current)
    }
}

/// The standing of every signature of `hb` against `c` (compiled from `hb`).
pub fn status(hb: &Handbook, c: &Compiled) -> Status {
    let renamed = |id: &str| -> String {
        hb.renames()
            .find(|(kind, old, _)| *kind == Kind::Role && old.as_str() == id)
            .map_or(id, |(_, _, now)| now)
            .to_string()
    };
    let people: Vec<Standing> = hb
        .signatures
        .iter()
        .filter_map(|s| {
            let id = renamed(s.role.as_str());
            let r = c.roles.iter().find(|r| r.id == id)?;
            Some(Standing {
                person: s.person.clone(),
                role: r.id.clone(),
                title: r.title.clone(),
                signed: s.signed.clone(),
                date: s.date.map(|d| d.to_string()),
                fingerprint: r.fingerprint.clone(),
                current: signature_is_current(&s.signed, r, hb),
            })
        })
        .collect();
    let unsigned = c
        .roles
        .iter()
        .filter(|r| !people.iter().any(|p| p.role == r.id && p.current))
        .map(|r| r.id.clone())
        .collect();
    Status { people, unsigned }
}
