//! Rendered output reused between renders, keyed by a hash of everything it was rendered from.
//!
//! Every value a template can read goes into its Tera context through
//! [`Ctx`], which hashes it (as JSON) on the way in; the global context is
//! a [`Ctx`] too, built once per render and handed to Tera whole
//! ([`Ctx::make_global`]), so no value reaches a template unhashed. A render is looked up by the
//! template's name, its context's hash and the global context's hash, so a
//! page is reused exactly when everything it could read is the same: no list
//! of what each template reads is kept anywhere. The cache belongs to one
//! [`super::Renderer`], whose templates do not change; `serve` and `watch`
//! keep one between saves, `build` none.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex, PoisonError};

use serde::Serialize;
use tera::{Context, Value};

/// A 128-bit hash from two SipHash states with different keys: a collision
/// (which would serve a stale page) is out of reach for any handbook.
#[derive(Clone)]
struct Fingerprint(std::hash::DefaultHasher, std::hash::DefaultHasher);

impl Default for Fingerprint {
    fn default() -> Self {
        let mut second = std::hash::DefaultHasher::new();
        0x5eed_u64.hash(&mut second);
        Fingerprint(std::hash::DefaultHasher::new(), second)
    }
}

impl std::io::Write for Fingerprint {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf);
        self.1.write(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Fingerprint {
    fn add<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        std::io::Write::write_all(self, key.as_bytes()).ok();
        std::io::Write::write_all(self, &[0]).ok();
        // Serialising into a hasher cannot fail for the views and strings we
        // insert; if it ever did, the value would still be in the context
        // and the mark below keeps the hash from matching another's.
        if serde_json::to_writer(&mut *self, value).is_err() {
            std::io::Write::write_all(self, b"\xffunserialisable").ok();
        }
        std::io::Write::write_all(self, &[0]).ok();
    }

    fn finish(&self) -> u128 {
        (u128::from(self.0.finish()) << 64) | u128::from(self.1.finish())
    }
}

/// A Tera context that hashes everything put into it. Since the context
/// starts empty and every change goes through here, two contexts with the
/// same hash were built by the same inserts and removals of the same values.
#[derive(Clone)]
pub(super) struct Ctx {
    /// Private: nothing reaches it but through the hashing inserts below.
    ctx: Context,
    /// The hash so far; `None` where nothing is kept between renders
    /// (`build`), which then hashes nothing.
    print: Option<Fingerprint>,
    /// Hashes only, building no template values: the first pass of a job
    /// whose pages may all be reused ([`Ctx::dry`]).
    dry: bool,
}

impl Ctx {
    /// An empty context, hashed when `hashed` (a renderer that keeps its
    /// output between renders).
    pub(super) fn new(hashed: bool) -> Ctx {
        Ctx {
            ctx: Context::new(),
            print: hashed.then(Fingerprint::default),
            dry: false,
        }
    }

    /// A context that only hashes what goes into it: it gives the same hash
    /// as [`Ctx::new`]`(true)` after the same inserts, and renders nothing.
    /// A job runs first with these; only when a page of it is not in the
    /// cache does it run again with contexts that hold the values, so the
    /// pages a save leaves alone cost a hash, not their template values.
    pub(super) fn dry() -> Ctx {
        Ctx {
            ctx: Context::new(),
            print: Some(Fingerprint::default()),
            dry: true,
        }
    }

    /// Whether this context holds no values ([`Ctx::dry`]).
    pub(super) fn is_dry(&self) -> bool {
        self.dry
    }

    pub(super) fn insert<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        if let Some(print) = &mut self.print {
            print.add(key, value);
        }
        if !self.dry {
            self.ctx.insert(key, value);
        }
    }

    pub(super) fn insert_value(&mut self, key: &'static str, value: Value) {
        if let Some(print) = &mut self.print {
            print.add(key, &value);
        }
        if !self.dry {
            self.ctx.insert_value(key, value);
        }
    }

    pub(super) fn remove(&mut self, key: &'static str) {
        if let Some(print) = &mut self.print {
            print.add("\u{0}removed", key);
        }
        if !self.dry {
            self.ctx.remove(key);
        }
    }

    /// The hash of everything inserted and removed.
    #[cfg(test)]
    pub(super) fn fingerprint(&self) -> Option<u128> {
        self.print.as_ref().map(Fingerprint::finish)
    }

    /// `template` rendered from this context.
    pub(super) fn render(&self, tera: &tera::Tera, template: &str) -> Result<String, tera::Error> {
        tera.render(template, &self.ctx)
    }

    /// Makes this context `tera`'s global one (what every page reads besides
    /// its own), and returns its hash for the keys of the pages rendered with it.
    pub(super) fn make_global(self, tera: &mut tera::Tera) -> u128 {
        *tera.global_context() = self.ctx;
        self.print.as_ref().map_or(0, Fingerprint::finish)
    }
}

/// What one render produced, by (template, context, global context) hash;
/// the entries a render did not use are dropped after it.
#[derive(Default)]
pub(super) struct Rendered {
    last: Mutex<HashMap<u128, Arc<str>>>,
    used: Mutex<HashMap<u128, Arc<str>>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Rendered {
    /// The key of `template` rendered from `ctx` with the global context
    /// `global`; `None` for a context that was not hashed.
    pub(super) fn key(template: &str, ctx: &Ctx, global: u128) -> Option<u128> {
        let mut print = ctx.print.clone()?;
        print.add("\u{0}template", template);
        print.add("\u{0}global", &global);
        Some(print.finish())
    }

    /// The output for `key`, from this render or the last one.
    pub(super) fn get(&self, key: u128) -> Option<Arc<str>> {
        if let Some(hit) = lock(&self.used).get(&key) {
            return Some(Arc::clone(hit));
        }
        let hit = lock(&self.last).get(&key).cloned()?;
        lock(&self.used).insert(key, Arc::clone(&hit));
        Some(hit)
    }

    pub(super) fn put(&self, key: u128, output: Arc<str>) {
        lock(&self.used).insert(key, output);
    }

    /// Ends a render: what it used is what the next one may reuse.
    pub(super) fn finish(&self) {
        let used = std::mem::take(&mut *lock(&self.used));
        *lock(&self.last) = used;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts_hash_equal_exactly_when_built_alike() {
        let build = |title: &str, extra: bool| {
            let mut c = Ctx::new(true);
            c.insert("page_title", title);
            c.insert("list", &[1, 2, 3]);
            if extra {
                c.insert("hl", &1);
                c.remove("hl");
            }
            c.fingerprint()
        };
        assert_eq!(build("A", false), build("A", false));
        assert_ne!(build("A", false), build("B", false));
        assert_ne!(build("A", false), build("A", true));
        // The key also names the template and the global context.
        let mut c = Ctx::new(true);
        c.insert("x", "y");
        assert_ne!(
            Rendered::key("a.html", &c, 1),
            Rendered::key("b.html", &c, 1)
        );
        assert_ne!(
            Rendered::key("a.html", &c, 1),
            Rendered::key("a.html", &c, 2)
        );
    }
}
