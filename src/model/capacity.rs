//! How many hours of work each role has a month, and how many it has to do them in: the volumes of the processes times the share and effort of each stage its owner holds, against headcount times working time.

use jiff::civil::Date;

use super::{Handbook, Index};

/// A change to the handbook's figures, for `rolebook capacity`'s what-if
/// questions; the files stay as they are.
#[derive(Clone, Debug, PartialEq)]
pub enum WhatIf {
    /// A process's volume set to this many cases a month.
    Volume(String, f64),
    /// A process's volume changed by this many percent (`+20`, `-10`).
    VolumeBy(String, f64),
    /// One person of this role away: with `people.yaml`, the one with the
    /// most hours in it; without, one of its `headcount:`.
    Absent(String),
    /// This person of `people.yaml` away, from every role they hold.
    AbsentPerson(String),
}

/// One role's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleLoad {
    /// Index into `Handbook::roles`.
    pub role: usize,
    /// People in it, if known: from `people.yaml` (the people present on
    /// the day, each counted by their share of the role and their hours),
    /// or else `headcount:`, less the absent.
    pub headcount: Option<f64>,
    /// With `people.yaml`: each person present in the role (index into
    /// `Handbook::people`) and the full-time people they make in it.
    pub holders: Vec<(usize, f64)>,
    /// Hours of work a month: its stages' cases times their effort, and
    /// its recurring checklists and duties times its people.
    pub hours_needed: f64,
    /// Productive hours a month: headcount times working time.
    pub hours_available: Option<f64>,
    /// Needed over available (1.0 is fully loaded).
    pub load: Option<f64>,
    /// The hours of each stage it owns that has an effort, in the handbook's order.
    pub stages: Vec<(String, f64)>,
}

impl RoleLoad {
    /// Where its time goes, in percent: each stage its `time_budget:` names
    /// (or, without one, each stage with hours), and `other` for the rest of
    /// its working time. Out of the hours available, or of the hours needed
    /// where those are more (an overloaded role has no time for `other`).
    pub fn split(&self, hb: &Handbook) -> Vec<(String, f64)> {
        let base = self
            .hours_available
            .map_or(self.hours_needed, |a| a.max(self.hours_needed));
        if base <= 0.0 {
            return Vec::new();
        }
        let declared: Vec<&str> = hb.roles[self.role]
            .time_budget
            .as_ref()
            .map(|t| t.value.iter().map(|(k, _)| k.as_str()).collect())
            .unwrap_or_default();
        let keys: Vec<&str> = if declared.is_empty() {
            self.stages.iter().map(|(s, _)| s.as_str()).collect()
        } else {
            declared.into_iter().filter(|k| *k != "other").collect()
        };
        let mut split: Vec<(String, f64)> = keys
            .iter()
            .map(|k| {
                let hours: f64 = self
                    .stages
                    .iter()
                    .filter(|(s, _)| s == k)
                    .map(|(_, h)| h)
                    .sum();
                // `+ 0.0`: an empty sum is -0.0, which would print as "-0".
                (k.to_string(), hours / base * 100.0 + 0.0)
            })
            .collect();
        let named: f64 = split.iter().map(|(_, p)| p).sum();
        split.push(("other".to_string(), (100.0 - named).max(0.0)));
        split
    }

    /// The order of a list of roles by load: the most loaded first, roles
    /// without a load (no headcount) last, then the handbook's order.
    pub fn most_loaded_first(a: &RoleLoad, b: &RoleLoad) -> std::cmp::Ordering {
        let key = |l: &RoleLoad| l.load.unwrap_or(-1.0);
        key(b).total_cmp(&key(a)).then(a.role.cmp(&b.role))
    }

    /// The declared `time_budget:`, in percent, in the file's order.
    pub fn budget(&self, hb: &Handbook) -> Vec<(String, f64)> {
        hb.roles[self.role]
            .time_budget
            .as_ref()
            .map(|t| {
                t.value
                    .iter()
                    .map(|(k, p)| (k.value.clone(), *p as f64))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Who holds each role on `day` by `people.yaml`, with the full-time
/// people each makes in it, less the people `what_if` sends away; the most
/// hours first. One pass over the people, whatever the number of roles.
fn holders(hb: &Handbook, ix: &Index, day: Date, what_if: &[WhatIf]) -> Vec<Vec<(usize, f64)>> {
    let mut held: Vec<Vec<(usize, f64)>> = vec![Vec::new(); hb.roles.len()];
    let Some(people) = &hb.people else {
        return held;
    };
    for (i, p) in people.iter().enumerate() {
        let away = what_if
            .iter()
            .any(|w| matches!(w, WhatIf::AbsentPerson(n) if *n == p.name.value));
        if away || !p.present_on(day) {
            continue;
        }
        let full = p.full_time(&hb.settings.working_time);
        for (role, share) in &p.roles {
            let Some(&r) = ix.roles.get(role.as_str()) else {
                continue;
            };
            match held[r].iter_mut().find(|(q, _)| *q == i) {
                Some((_, fte)) => *fte += share * full,
                None if *share > 0.0 => held[r].push((i, share * full)),
                None => {}
            }
        }
    }
    for (r, list) in held.iter_mut().enumerate() {
        list.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let id = &hb.roles[r].id.value;
        let away = what_if
            .iter()
            .filter(|w| matches!(w, WhatIf::Absent(x) if x == id))
            .count();
        list.drain(..away.min(list.len()));
    }
    held
}

/// The figures of every role on `day` (who is in the department that day,
/// by `people.yaml`'s `from` and `until`), in the handbook's order.
pub fn capacity(hb: &Handbook, ix: &Index, what_if: &[WhatIf], day: Date) -> Vec<RoleLoad> {
    let mut held = holders(hb, ix, day, what_if);
    let mut loads: Vec<RoleLoad> = hb
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let holders = std::mem::take(&mut held[i]);
            let headcount = if hb.people.is_some() {
                Some(holders.iter().map(|(_, h)| h).sum::<f64>())
            } else {
                let absent = what_if
                    .iter()
                    .filter(|w| matches!(w, WhatIf::Absent(id) if *id == r.id.value))
                    .count() as f64;
                r.headcount.as_ref().map(|h| (h.value - absent).max(0.0))
            };
            RoleLoad {
                role: i,
                headcount,
                holders,
                hours_needed: 0.0,
                hours_available: headcount
                    .map(|h| h * hb.settings.working_time.productive_hours_a_month()),
                load: None,
                stages: Vec::new(),
            }
        })
        .collect();
    for p in &hb.processes {
        let Some(volume) = &p.volume else { continue };
        let mut cases = volume.value.a_month();
        for w in what_if {
            match w {
                WhatIf::Volume(id, n) if *id == p.id.value => cases = *n,
                WhatIf::VolumeBy(id, by) if *id == p.id.value => cases *= 1.0 + by / 100.0,
                _ => {}
            }
        }
        for s in &p.stages {
            let (Some(effort), Some(owner)) = (s.effort, ix.owner(s.id.as_str())) else {
                continue;
            };
            let hours = cases * s.share.unwrap_or(1.0) * effort / 60.0;
            let load = &mut loads[owner];
            load.hours_needed += hours;
            load.stages.push((s.id.value.clone(), hours));
        }
    }
    for (l, r) in loads.iter_mut().zip(&hb.roles) {
        // A checklist or a duty is gone through by each person of the role.
        let people = l.headcount.unwrap_or(1.0);
        l.hours_needed += r
            .recurring
            .iter()
            .map(|w| w.minutes * w.a_month / 60.0 * people)
            .sum::<f64>();
        l.load = l
            .hours_available
            .filter(|a| *a > 0.0)
            .map(|a| l.hours_needed / a)
            .or_else(|| {
                (l.hours_available == Some(0.0) && l.hours_needed > 0.0).then_some(f64::INFINITY)
            });
    }
    loads
}

#[cfg(test)]
mod tests {
    use crate::model::{Per, Rate, WorkingTime};

    #[test]
    fn rates_and_working_time_count_in_an_average_month() {
        let week = Rate {
            count: 30.0,
            per: Per::Week,
        };
        assert!((week.a_month() - 130.0).abs() < 1e-9);
        let day = Rate {
            count: 6.0,
            per: Per::WorkingDay,
        };
        assert!((day.a_month() - 130.0).abs() < 1e-9);
        // 40 hours a week, 85% of them productive: 147.3 hours a month.
        let h = WorkingTime::default().productive_hours_a_month();
        assert!((h - 40.0 * 52.0 / 12.0 * 0.85).abs() < 1e-9, "{h}");
    }
}
