//! A hostile contributor's history and text: trees too deep for a recursion, blobs too large to load, names that are both a folder and a revision, and prose nested to stall a renderer.

use std::path::{Path, PathBuf};

use crate::support::{BASE, git, handbook, outcome, rolebook};

/// A repository whose `hb/` folder holds BASE, committed; returns it and `hb`.
fn committed_base() -> (tempfile::TempDir, PathBuf) {
    let dir = handbook(&[]);
    let work = tempfile::tempdir().expect("temp");
    let hb = work.path().join("hb");
    crate::support::copy_dir(dir.path(), &hb);
    git(work.path(), &["init", "-q"]);
    git(work.path(), &["add", "-A"]);
    git(work.path(), &["commit", "-q", "-m", "base"]);
    (work, hb)
}

/// Commits, on top of HEAD, the handbook folder `hb/` with one more entry:
/// `d/d/d/.../deep.yaml`, `depth` folders deep (no file system could
/// check it out: the objects are written straight into the repository).
fn commit_deep_tree(work: &Path, depth: usize) {
    use gix::objs::{Tree, tree};
    let repo = gix::open(work).expect("open");
    let blob = repo.write_blob(b"title: deep\n").expect("blob").detach();
    let mut inner = repo
        .write_object(Tree {
            entries: vec![tree::Entry {
                mode: tree::EntryKind::Blob.into(),
                filename: "deep.yaml".into(),
                oid: blob,
            }],
        })
        .expect("tree")
        .detach();
    for _ in 0..depth {
        inner = repo
            .write_object(Tree {
                entries: vec![tree::Entry {
                    mode: tree::EntryKind::Tree.into(),
                    filename: "d".into(),
                    oid: inner,
                }],
            })
            .expect("tree")
            .detach();
    }
    let head = repo.head_commit().expect("head");
    let root = head.tree().expect("tree");
    let hb = root
        .lookup_entry_by_path("hb")
        .expect("lookup")
        .expect("hb")
        .object()
        .expect("object")
        .into_tree();
    let mut folder: Tree = hb.decode().expect("decode").into();
    folder.entries.push(tree::Entry {
        mode: tree::EntryKind::Tree.into(),
        filename: "d".into(),
        oid: inner,
    });
    folder.entries.sort();
    let folder = repo.write_object(folder).expect("folder").detach();
    let top = repo
        .write_object(Tree {
            entries: vec![tree::Entry {
                mode: tree::EntryKind::Tree.into(),
                filename: "hb".into(),
                oid: folder,
            }],
        })
        .expect("top")
        .detach();
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=x", "-c", "user.email=x@example.org"])
        .args(["commit-tree", &top.to_string(), "-p", "HEAD", "-m", "deep"])
        .current_dir(work)
        .output()
        .expect("commit-tree");
    let commit = String::from_utf8(out.stdout).expect("utf8");
    git(work, &["update-ref", "HEAD", commit.trim()]);
}

#[test]
fn a_tree_sixteen_thousand_folders_deep_is_read_not_a_crash() {
    let (work, hb) = committed_base();
    commit_deep_tree(work.path(), 16_000);
    // A signature that matches no commit makes `status` read every one.
    std::fs::write(
        hb.join("acknowledgements.yaml"),
        "signatures:\n  - person: Ann\n    role: a\n    signed: 0123456789ab\n",
    )
    .expect("acks");
    for args in [
        vec!["diff", "HEAD~1", "HEAD"],
        vec!["status"],
        vec!["diff", "HEAD"],
    ] {
        let (code, out, err) = outcome(rolebook().args(&args).arg("--roles").arg(&hb));
        assert_eq!(code, Some(0), "{args:?}: {out}\n{err}");
    }
    let site = work.path().join("site");
    let (code, _, err) = outcome(
        rolebook()
            .args(["build", "--since", "HEAD", "--roles"])
            .arg(&hb)
            .arg("--out")
            .arg(&site),
    );
    assert_eq!(code, Some(0), "{err}");
    // The deep file was read, as a role file (and is reported as one).
    let loaded = rolebook::load::git::load_at(&hb, "HEAD").expect("load");
    let deep = loaded
        .handbook
        .files
        .iter()
        .find(|f| f.rel.ends_with("/deep.yaml"))
        .expect("the deep file is read");
    assert_eq!(deep.rel.matches('/').count(), 16_001);
}

#[test]
fn status_reads_each_earlier_handbook_once_and_keeps_none() {
    // 40 commits that do not touch the handbook and 10 that do: one
    // signature that matches nothing is looked for in 11 handbooks, not 51.
    let (work, hb) = committed_base();
    for i in 0..40 {
        std::fs::write(work.path().join("notes.txt"), format!("{i}")).expect("notes");
        git(work.path(), &["add", "-A"]);
        git(work.path(), &["commit", "-q", "-m", "notes"]);
    }
    for i in 0..10 {
        std::fs::write(
            hb.join("handbook.yaml"),
            format!("{}version: v{i}\n", BASE[0].1),
        )
        .expect("handbook");
        git(work.path(), &["commit", "-q", "-am", "version"]);
    }
    std::fs::write(
        hb.join("acknowledgements.yaml"),
        "signatures:\n  - person: Ann\n    role: a\n    signed: v3\n  - person: Bob\n    role: b\n    signed: typo\n",
    )
    .expect("acks");
    let history = rolebook::load::git::history(&hb, 500).expect("history");
    assert_eq!(history.len(), 51);
    let distinct: std::collections::BTreeSet<_> =
        history.iter().filter_map(|c| c.folder.clone()).collect();
    assert_eq!(distinct.len(), 11, "one tree per handbook state");
    let (code, v) = crate::support::json_of(&["status", "--format", "json"], &hb);
    assert_eq!(code, Some(0));
    let due = v["due"].as_array().expect("due");
    let ann = due.iter().find(|d| d["person"] == "Ann").expect("Ann");
    let v3 = &history[6].id; // v9 is the newest commit: v3 is six back.
    assert_eq!(ann["since"], v3[..10], "{v:#}");
    let bob = due.iter().find(|d| d["person"] == "Bob").expect("Bob");
    assert!(bob["since"].is_null(), "{v:#}");
}

#[test]
fn a_name_that_is_both_a_folder_and_a_revision_is_refused() {
    let (work, hb) = committed_base();
    git(work.path(), &["branch", "old"]);
    // A folder called `old` beside the handbook, holding a changed copy.
    let copy = work.path().join("old");
    crate::support::copy_dir(&hb, &copy);
    std::fs::remove_file(copy.join("b.yaml")).expect("b.yaml");
    for args in [vec!["diff", "old"], vec!["build", "--since", "old"]] {
        let (code, out, err) = outcome(
            rolebook().current_dir(work.path()).args(&args).args(
                ["--roles", "hb", "--out", "site"]
                    .into_iter()
                    .take(if args[0] == "build" { 4 } else { 2 }),
            ),
        );
        assert_eq!(code, Some(2), "{args:?}: {out}");
        assert!(
            err.contains("`old` is both a folder and a revision") && err.contains("`./old`"),
            "{args:?}: {err}"
        );
    }
    // Said plainly, each is read as said.
    let (code, out, err) = outcome(
        rolebook()
            .current_dir(work.path())
            .args(["diff", "./old", "--roles", "hb"]),
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(
        !out.contains("no changes"),
        "the folder was compared: {out}"
    );
    let id = String::from_utf8(
        std::process::Command::new("git")
            .args(["rev-parse", "old"])
            .current_dir(work.path())
            .output()
            .expect("git")
            .stdout,
    )
    .expect("utf8");
    let (code, out, _) =
        outcome(
            rolebook()
                .current_dir(work.path())
                .args(["diff", id.trim(), "--roles", "hb"]),
        );
    assert_eq!(code, Some(0));
    assert!(
        out.contains("no changes"),
        "the revision was compared: {out}"
    );
}

#[test]
fn a_blob_over_the_limit_is_reported_by_its_size_and_never_loaded() {
    let (work, hb) = committed_base();
    let size = 17 * 1024 * 1024;
    std::fs::write(hb.join("big.yaml"), vec![b'#'; size]).expect("big");
    git(work.path(), &["add", "-A"]);
    git(work.path(), &["commit", "-q", "-m", "big"]);
    let loaded = rolebook::load::git::load_at(&hb, "HEAD").expect("load");
    let big = loaded
        .findings
        .iter()
        .find(|f| loaded.handbook.files[f.loc.file as usize].rel == "big.yaml")
        .expect("a finding for big.yaml");
    let said = rolebook::i18n::english(&big.message);
    assert!(said.contains(&size.to_string()), "{said}");
    // What was kept of it: nothing (the text would be 17 MiB).
    let file = loaded
        .handbook
        .files
        .iter()
        .find(|f| f.rel == "big.yaml")
        .expect("file");
    assert!(file.text.is_empty());
}

/// A title that would clear a terminal, ring its bell and overwrite its
/// line, then fake a heading, a code fence, a mention and a remote image in
/// a pull-request comment.
const HOSTILE_TITLE: &str =
    r#""Boss\e[2J\a\rX\n## No changes\n```\n@everyone ![i](https://e.org/i.png) <b>x</b>""#;

#[test]
fn diff_and_status_show_a_spec_s_words_and_nothing_they_would_do() {
    let (work, hb) = committed_base();
    let a = std::fs::read_to_string(hb.join("a.yaml")).expect("a");
    std::fs::write(
        hb.join("a.yaml"),
        a.replace("title: A", &format!("title: {HOSTILE_TITLE}")),
    )
    .expect("a");
    std::fs::write(
        hb.join("acknowledgements.yaml"),
        format!(
            "signatures:\n  - person: {HOSTILE_TITLE}\n    role: a\n    signed: 0123456789ab\n"
        ),
    )
    .expect("acks");
    git(work.path(), &["add", "-A"]);
    git(work.path(), &["commit", "-q", "-m", "hostile"]);
    let run = |args: &[&str]| {
        let (code, out, err) = outcome(rolebook().args(args).arg("--roles").arg(&hb));
        assert_eq!(code, Some(0), "{args:?}: {err}");
        assert!(out.contains("Boss"), "{args:?}: {out}");
        assert!(
            !out.contains(['\u{1b}', '\u{7}', '\r']),
            "{args:?} printed a control character: {out:?}"
        );
        out
    };
    for args in [&["diff", "HEAD~1"][..], &["status", "--format", "human"]] {
        let out = run(args);
        assert!(out.contains("\\u{1b}[2J"), "{args:?}: {out}");
    }
    for args in [
        &["diff", "HEAD~1", "--format", "markdown"][..],
        &["status", "--format", "markdown"],
    ] {
        let out = run(args);
        // The only heading lines are rolebook's own, and the comment is
        // one list: no fence, no mention, no image, no HTML.
        let headings: Vec<&str> = out.lines().filter(|l| l.starts_with('#')).collect();
        assert!(
            headings.iter().all(|h| !h.starts_with("## No")),
            "{args:?}: {out}"
        );
        assert!(out.contains("\\#\\# No changes"), "{args:?}: {out}");
        assert!(!out.contains("```"), "{args:?}: {out}");
        assert!(!out.contains("@everyone"), "{args:?}: {out}");
        assert!(
            !out.contains("![") && !out.contains("<b>"),
            "{args:?}: {out}"
        );
    }
}

#[test]
fn a_colon_written_as_a_character_reference_is_an_unsafe_link() {
    for link in ["javascript&#58;alert(1)", "javascript&colon;alert(1)"] {
        let a = crate::support::BASE.iter().find(|(f, _)| *f == "a.yaml");
        let b = a.expect("a.yaml").1.replace(
            "title: A\n",
            &format!("title: A\npurpose: \"[x]({link})\"\n"),
        );
        crate::support::fires(&[("a.yaml", &b)], "unsafe-link", "a.yaml", 2);
    }
}

#[cfg(unix)]
#[test]
fn schema_and_init_never_write_through_a_symbolic_link() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    // A cloned repository whose `.schema/` file points at the user's shell profile.
    let home = tempfile::tempdir().expect("temp");
    let profile = home.path().join(".bashrc");
    std::fs::write(&profile, "export PATH=/usr/bin\n").expect("profile");
    let dir = handbook(&[]);
    std::fs::create_dir_all(dir.path().join(".schema")).expect("mkdir");
    symlink(&profile, dir.path().join(".schema/role.schema.json")).expect("link");
    let (code, _, err) = outcome(rolebook().args(["schema", "--write"]).arg(dir.path()));
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("symbolic links") && err.contains("role.schema.json"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&profile).expect("profile"),
        "export PATH=/usr/bin\n"
    );
    // A `.schema` folder that is itself a link is refused the same way.
    let other = handbook(&[]);
    symlink(home.path(), other.path().join(".schema")).expect("link");
    let (code, _, err) = outcome(rolebook().args(["schema", "--write"]).arg(other.path()));
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(std::fs::read_dir(home.path()).expect("home").count(), 1);
    // `init` into a folder holding a dangling link where it would write.
    let empty = tempfile::tempdir().expect("temp");
    let target = home.path().join("created-by-init");
    symlink(&target, empty.path().join("handbook.yaml")).expect("link");
    let (code, _, err) = outcome(rolebook().args(["init", "--lang", "en"]).arg(empty.path()));
    assert_eq!(code, Some(2), "{err}");
    assert!(!target.exists(), "init wrote through a dangling link");
    // Written normally, the files are readable like any the user makes.
    let fresh = tempfile::tempdir().expect("temp");
    let (code, _, err) = outcome(rolebook().args(["schema", "--write"]).arg(fresh.path()));
    assert_eq!(code, Some(0), "{err}");
    let mode = std::fs::metadata(fresh.path().join(".schema/role.schema.json"))
        .expect("written")
        .permissions()
        .mode();
    assert_eq!(mode & 0o044, 0o044, "{mode:o}");
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_marker_in_a_leftover_folder_never_blocks_build() {
    let dir = handbook(&[]);
    let work = tempfile::tempdir().expect("temp");
    let leftover = work.path().join(".site.new-4000000");
    std::fs::create_dir(&leftover).expect("mkdir");
    let made = std::process::Command::new("mkfifo")
        .arg(leftover.join(".rolebook-site"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let mut child = rolebook()
        .args(["build", "--roles"])
        .arg(dir.path())
        .arg("--out")
        .arg(work.path().join("site"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start");
    let status = crate::support::wait_or_kill(
        &mut child,
        30,
        "`build` with a pipe in a leftover staging folder",
    );
    assert_eq!(status.code(), Some(0));
    assert!(work.path().join("site/index.html").is_file());
    // Not rolebook's: left as it was.
    assert!(leftover.join(".rolebook-site").symlink_metadata().is_ok());
}

/// BASE's file `file` with `line` added after its first line.
fn with_line(file: &str, line: &str) -> String {
    let base = BASE.iter().find(|(f, _)| *f == file).expect("file").1;
    let (first, rest) = base.split_once('\n').expect("lines");
    format!("{first}\n{line}\n{rest}")
}

#[test]
fn earlier_ids_of_roles_processes_and_stages_are_three_namespaces() {
    // Two roles claim one earlier id: the second is told where the first is.
    let a = with_line("a.yaml", "renamed_from: [old]");
    let b = with_line("b.yaml", "renamed_from: [old]");
    let hit = crate::support::fires(
        &[("a.yaml", &a), ("b.yaml", &b)],
        "duplicate-id",
        "b.yaml",
        2,
    );
    assert!(hit.message.contains("two roles"), "{hit:?}");
    assert!(
        hit.help.as_deref().is_some_and(|h| h.contains("a.yaml")),
        "{hit:?}"
    );
    // An earlier id that is still a role's id.
    let a = with_line("a.yaml", "renamed_from: [b]");
    let hit = crate::support::fires(&[("a.yaml", &a)], "duplicate-id", "a.yaml", 2);
    assert!(hit.message.contains("still the id of a role"), "{hit:?}");
    // The near miss: a stage once called like a role, a process once called
    // like a stage. Different kinds, no clash.
    let p = crate::support::BASE[1]
        .1
        .replace("  - id: s1\n", "  - id: s1\n    renamed_from: [a]\n")
        .replace("name: P\n", "name: P\nrenamed_from: [s2]\n");
    crate::support::quiet(&[("processes/p.yaml", &p)], "duplicate-id");

    // And the signature of role `a` stays current though a stage was once `a`.
    let dir = handbook(&[("processes/p.yaml", &p)]);
    let loaded = rolebook::load::load(dir.path()).expect("load");
    let compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let fingerprint = &compiled
        .roles
        .iter()
        .find(|r| r.id == "a")
        .expect("a")
        .fingerprint;
    std::fs::write(
        dir.path().join("acknowledgements.yaml"),
        format!("signatures:\n  - person: Ann\n    role: a\n    signed: {fingerprint}\n"),
    )
    .expect("acks");
    let (code, v) = crate::support::json_of(&["status", "--format", "json"], dir.path());
    assert_eq!(code, Some(0));
    assert_eq!(v["current"][0]["person"], "Ann", "{v:#}");
    assert_eq!(v["current"][0]["role"], "a", "{v:#}");
}

#[test]
fn the_edit_link_encodes_the_file_s_path() {
    let hb = format!(
        "{}edit_url: https://git.example/edit/main/roles/{{path}}\n",
        BASE[0].1
    );
    let b = BASE.iter().find(|(f, _)| *f == "b.yaml").expect("b").1;
    let dir = handbook(&[("handbook.yaml", &hb), ("b.yaml", ""), ("R&D #2/b.yaml", b)]);
    let out = tempfile::tempdir().expect("temp");
    crate::support::build_site(dir.path(), &out.path().join("site"), &[]);
    let page = std::fs::read_to_string(out.path().join("site/roles/b.html")).expect("page");
    assert!(
        page.contains("https://git.example/edit/main/roles/R%26D%20%232/b.yaml"),
        "{}",
        page.lines()
            .filter(|l| l.contains("git.example"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn a_file_that_cannot_be_read_is_the_one_finding_not_the_first_of_thousands() {
    // One missing colon in a role file: that error alone, not the other
    // files' references to the role it would have declared.
    let a = BASE
        .iter()
        .find(|(f, _)| *f == "a.yaml")
        .expect("a")
        .1
        .replace("reports_to: boss", "reports_to boss");
    let hits = crate::support::findings(&[("a.yaml", &a)]);
    let rules: Vec<(&str, &str)> = hits
        .iter()
        .map(|h| (h.rule.as_str(), h.file.as_str()))
        .collect();
    assert_eq!(rules, [("yaml-syntax", "a.yaml")], "{hits:#?}");
    // A handbook.yaml over the size limit, in a handbook of many roles whose
    // references all go to what it declares.
    let (_work, roles) = crate::support::synthetic(300);
    let hb = std::fs::read_to_string(roles.join("handbook.yaml")).expect("read");
    let padding = "#".repeat(17 * 1024 * 1024);
    std::fs::write(roles.join("handbook.yaml"), format!("{hb}{padding}\n")).expect("write");
    let hits = crate::support::findings_in(&roles);
    assert_eq!(hits.len(), 1, "{:#?}", &hits[..hits.len().min(5)]);
    assert_eq!(
        (hits[0].rule.as_str(), hits[0].file.as_str()),
        ("yaml-syntax", "handbook.yaml")
    );
    // The command says so, and fails.
    let (code, out, _) = outcome(
        rolebook()
            .args(["check", "--format", "short", "--roles"])
            .arg(&roles),
    );
    assert_eq!(code, Some(1));
    assert_eq!(out.lines().count(), 1, "{out}");
}
