//! A careless or hostile user: folders that are not a site, interrupted builds, closed pipes, pipes in the handbook, terminal escapes, bad arguments.

use std::path::Path;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::{BASE, handbook, rolebook};

fn build(roles: &Path, out: &Path, extra: &[&str]) -> Output {
    rolebook()
        .args(["build", "--roles"])
        .arg(roles)
        .arg("--out")
        .arg(out)
        .args(extra)
        .output()
        .expect("run build")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_folder_rolebook_did_not_write_is_never_replaced() {
    let dir = handbook(&[]);
    let docs = dir.path().join("d/docs");
    std::fs::create_dir_all(&docs).expect("mkdir");
    std::fs::write(docs.join("thesis.txt"), "keep").expect("write");
    let o = build(dir.path(), &docs, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(docs.join("thesis.txt")).expect("kept"),
        "keep"
    );
    // Nothing was left beside it either.
    let beside: Vec<_> = std::fs::read_dir(dir.path().join("d"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(beside, ["docs"]);
    // --force means it.
    let o = build(dir.path(), &docs, &["--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!docs.join("thesis.txt").exists());
    assert!(docs.join(rolebook::output::MARKER).is_file());
    // From then on it is a site of ours: no --force needed.
    let o = build(dir.path(), &docs, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_git_repository_the_handbook_and_the_current_folder_are_refused() {
    let dir = handbook(&[]);
    let repo = tempfile::tempdir().expect("temp");
    std::fs::create_dir(repo.path().join(".git")).expect("mkdir");
    std::fs::write(repo.path().join(".git/HEAD"), "ref: refs/heads/main\n").expect("write");
    let o = build(dir.path(), repo.path(), &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(".git"), "{}", stderr(&o));
    assert!(repo.path().join(".git/HEAD").is_file());

    // The handbook folder, and a folder that holds it: not even with --force.
    for out in [dir.path().to_path_buf(), dir.path().join("..")] {
        let o = build(dir.path(), &out, &["--force"]);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("the build reads"), "{}", stderr(&o));
        assert!(dir.path().join("handbook.yaml").is_file());
    }

    // The current folder, named as `.`.
    let cwd = tempfile::tempdir().expect("temp");
    std::fs::write(cwd.path().join("notes.txt"), "mine").expect("write");
    let o = rolebook()
        .current_dir(cwd.path())
        .args(["build", "--out", ".", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("current folder"), "{}", stderr(&o));
    assert!(cwd.path().join("notes.txt").is_file());

    // A bare `rolebook build` next to an unrelated `site/`.
    let here = tempfile::tempdir().expect("temp");
    std::fs::create_dir(here.path().join("site")).expect("mkdir");
    std::fs::write(here.path().join("site/photo.jpg"), "jpeg").expect("write");
    for (rel, content) in BASE {
        let path = here.path().join("roles").join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
    }
    let o = rolebook()
        .current_dir(here.path())
        .arg("build")
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(here.path().join("site/photo.jpg").is_file());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_as_out_is_written_through_and_stays_a_link() {
    let dir = handbook(&[]);
    let real = dir.path().join("real-site");
    std::fs::create_dir(&real).expect("mkdir");
    let link = dir.path().join("published");
    std::os::unix::fs::symlink("real-site", &link).expect("link");
    for _ in 0..2 {
        let o = build(dir.path(), &link, &[]);
        assert!(o.status.success(), "{}", stderr(&o));
        let meta = std::fs::symlink_metadata(&link).expect("link");
        assert!(meta.file_type().is_symlink(), "the link was replaced");
        assert!(real.join("index.html").is_file());
    }
}

#[test]
fn a_build_cleans_up_after_an_interrupted_one_and_leaves_other_folders_alone() {
    let dir = handbook(&[]);
    let parent = tempfile::tempdir().expect("temp");
    let out = parent.path().join("site");
    // What a killed build leaves: a staging folder with its marker, nobody holding it.
    let stale = parent.path().join(".site.new-999999");
    std::fs::create_dir_all(stale.join("roles")).expect("mkdir");
    std::fs::write(stale.join(rolebook::output::MARKER), "").expect("write");
    std::fs::write(stale.join("roles/a.html"), "half").expect("write");
    // A user's folder that happens to look like one, without the marker.
    let lookalike = parent.path().join(".site.new-5");
    std::fs::create_dir(&lookalike).expect("mkdir");
    std::fs::write(lookalike.join("mine.txt"), "mine").expect("write");
    let o = build(dir.path(), &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !stale.exists(),
        "the interrupted build's folder is still there"
    );
    assert!(lookalike.join("mine.txt").is_file());
    let mut names: Vec<String> = std::fs::read_dir(parent.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, [".site.new-5", "site"]);
}

#[test]
fn a_killed_build_leaves_nothing_that_the_next_build_does_not_remove() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    rolebook::synth::generate(150, &roles).expect("synthetic handbook");
    let out = dir.path().join("site");
    let mut child = rolebook()
        .args(["build", "--roles"])
        .arg(&roles)
        .arg("--out")
        .arg(&out)
        .stderr(Stdio::null())
        .spawn()
        .expect("start");
    // Wait for its staging folder to appear, then kill it mid-write.
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline && !has_staging(dir.path()) {
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = child.kill();
    let _ = child.wait();
    let o = build(&roles, &out, &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!has_staging(dir.path()), "a staging folder survived");
    assert!(out.join("index.html").is_file());
}

fn has_staging(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with(".site."))
    })
}

#[test]
fn a_closed_pipe_ends_the_command_quietly_with_its_own_status() {
    // `check | head` still fails on a handbook with errors.
    let dir = handbook(&[("b.yaml", "title: B\ndeputy: nobody\n")]);
    let roles = dir.path().to_string_lossy().into_owned();
    for (args, code) in [
        (vec!["explain"], 0),
        (vec!["explain", "handoff-incomplete"], 0),
        (vec!["schema", "role"], 0),
        (vec!["check", "--roles", roles.as_str()], 1),
    ] {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let o = rolebook()
            .args(&args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_behind_standard_output_is_an_error_not_a_panic() {
    let full = std::fs::File::options()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let o = rolebook()
        .arg("explain")
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("cannot write to standard output") && !err.contains("panicked"),
        "{err}"
    );
}

/// `check` on a handbook whose one extra role has `n` unknown fields:
/// the time it took and what it printed.
fn unknown_fields(n: usize) -> (Duration, String) {
    let mut role = String::from("title: Big\nreports_to: boss\ndeputy: a\n");
    for i in 0..n {
        role.push_str(&format!("unknown{i}: x\n"));
    }
    let dir = handbook(&[("big.yaml", &role)]);
    let started = Instant::now();
    let o = rolebook()
        .args(["check", "--color", "never", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    let took = started.elapsed();
    assert_eq!(o.status.code(), Some(1));
    (took, String::from_utf8_lossy(&o.stdout).into_owned())
}

#[test]
fn twenty_thousand_findings_print_in_linear_time() {
    let (small, _) = unknown_fields(2_000);
    let (large, out) = unknown_fields(20_000);
    assert_eq!(out.matches("error[unknown-field]").count(), 20_000);
    // Each finding shows its own line, with its number.
    assert!(out.contains("20003 │ unknown19999: x"), "line numbers lost");
    // Ten times the findings in a ten times larger file: linear output takes
    // about ten times as long, quadratic a hundred (13.8 s for 20,000 in a
    // release build before the fix; 0.25 s after). A ratio, so that a debug
    // build on a busy machine does not decide the verdict.
    assert!(
        large < small * 30,
        "2,000 findings {small:?}, 20,000 findings {large:?}"
    );
}

#[test]
fn control_characters_from_specs_are_escaped_in_every_format() {
    let dir = handbook(&[(
        "b.yaml",
        "title: B\nreports_to: boss\ndeputy: \"\\e[2K\\e[1A\\e[2K\\rAll good\\a\"\nowns: [s3]\n",
    )]);
    for format in ["human", "short", "github", "json"] {
        let o = rolebook()
            .args(["check", "--color", "never", "--format", format, "--roles"])
            .arg(dir.path())
            .output()
            .expect("run");
        assert_eq!(o.status.code(), Some(1), "{format}");
        let bad: Vec<u8> = o
            .stdout
            .iter()
            .copied()
            .filter(|b| matches!(b, 0x1b | 0x07 | b'\r' | 0x08 | 0x7f))
            .collect();
        assert!(bad.is_empty(), "{format} printed control bytes {bad:?}");
        let text = String::from_utf8_lossy(&o.stdout);
        assert!(text.contains("All good"), "{format}: {text}");
    }
}

#[test]
fn arguments_that_cannot_work_exit_2_with_a_message() {
    let dir = handbook(&[]);
    let out = dir.path().join("out");
    let o = build(dir.path(), &out, &["--templates", "/nonexistent-templates"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/nonexistent-templates"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    for min in ["NaN", "150", "-1", "inf", "ten"] {
        let o = rolebook()
            .args(["coverage", &format!("--min={min}"), "--roles"])
            .arg(dir.path())
            .output()
            .expect("run");
        assert_eq!(o.status.code(), Some(2), "--min {min}");
        assert!(stderr(&o).contains("from 0 to 100"), "{}", stderr(&o));
    }
    let started = Instant::now();
    let o = rolebook()
        .args(["serve", "--port", "0", "--roles", "/nonexistent-handbook"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(
        stderr(&o).contains("/nonexistent-handbook"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn coverage_of_a_handbook_with_errors_says_so_and_fails() {
    let dir = handbook(&[("b.yaml", "title: B\nowns: [s3\n")]);
    let o = rolebook()
        .args(["coverage", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("has 1 error (run `rolebook check"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn upper_case_yaml_extensions_are_read() {
    let dir = handbook(&[("c.YAML", "title: C\nreports_to: boss\nbogus: 1\n")]);
    let hits = crate::support::findings_in(dir.path());
    assert!(
        hits.iter()
            .any(|h| h.rule == "unknown-field" && h.file == "c.YAML" && h.line == 3),
        "{hits:#?}"
    );
}

#[cfg(unix)]
#[test]
fn a_pipe_behind_a_link_never_blocks_check_or_build() {
    let dir = handbook(&[]);
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("notes"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    std::os::unix::fs::symlink("notes", dir.path().join("c.yaml")).expect("link");
    for command in ["check", "build"] {
        let out = dir.path().join("..").join(format!(
            "site-fifo-{}",
            dir.path().file_name().unwrap_or_default().to_string_lossy()
        ));
        let mut child = rolebook()
            .args([command, "--roles"])
            .arg(dir.path())
            .args(if command == "build" {
                vec!["--out".into(), out.clone().into_os_string()]
            } else {
                vec![]
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start");
        let status =
            crate::support::wait_or_kill(&mut child, 20, &format!("`{command}` on a pipe"));
        assert_eq!(status.code(), Some(1), "{command}");
        let _ = std::fs::remove_dir_all(out);
    }
}

/// A mount point (a container volume, a web server's folder) cannot be
/// swapped whole: rolebook writes through it, file by file, and says so.
/// Needs `unshare -m` and `mount` (root); skipped, with a word, elsewhere.
#[cfg(target_os = "linux")]
#[test]
fn a_mount_point_as_out_is_updated_in_place() {
    let dir = handbook(&[]);
    let mnt = tempfile::tempdir().expect("temp");
    let site = mnt.path().join("site");
    std::fs::create_dir(&site).expect("mkdir");
    let bin = env!("CARGO_BIN_EXE_rolebook");
    let script = format!(
        "mount -t tmpfs none '{site}' || exit 77
echo old > '{site}/.rolebook-site'
echo stale > '{site}/gone.html'
'{bin}' build --roles '{roles}' --out '{site}' || exit 1
test -f '{site}/index.html' || exit 2
test -f '{site}/.rolebook-site' || exit 3
test ! -e '{site}/gone.html' || exit 4
ls -a '{site}' | grep -q rolebook-new && exit 5
exit 0",
        site = site.display(),
        roles = dir.path().display(),
    );
    let o = std::process::Command::new("unshare")
        .args(["-m", "sh", "-c", &script])
        .output();
    let Ok(o) = o else {
        eprintln!("skipped: no `unshare` on this machine");
        return;
    };
    if o.status.code() == Some(77) || String::from_utf8_lossy(&o.stderr).contains("unshare failed")
    {
        eprintln!(
            "skipped: cannot mount here ({})",
            String::from_utf8_lossy(&o.stderr).trim()
        );
        return;
    }
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("is a mount point and cannot be swapped whole"),
        "{}",
        stderr(&o)
    );
}

/// A site folder that cannot be emptied (read-only, as for a user who is
/// not root) is found before anything moves: exit 2, the old site as it
/// was, nothing left beside it. As root (CI), the build runs as `nobody`.
#[cfg(target_os = "linux")]
#[test]
fn a_read_only_old_site_is_left_as_it_was() {
    use std::os::unix::fs::PermissionsExt;
    let work = tempfile::tempdir().expect("temp");
    std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let roles = work.path().join("roles");
    for (rel, content) in BASE {
        let path = roles.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
    }
    let site = work.path().join("site");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let run = || {
        let mut c = if root {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(env!("CARGO_BIN_EXE_rolebook"));
            c
        } else {
            rolebook()
        };
        c.args(["build", "--roles"])
            .arg(&roles)
            .arg("--out")
            .arg(&site)
            .output()
            .expect("run")
    };
    let first = run();
    if root && !first.status.success() && stderr(&first).contains("setpriv") {
        eprintln!(
            "skipped: cannot drop to `nobody` here ({})",
            stderr(&first).trim()
        );
        return;
    }
    assert!(first.status.success(), "{}", stderr(&first));
    let before = std::fs::read(site.join("roles/a.html")).expect("old page");
    std::fs::set_permissions(site.join("roles"), std::fs::Permissions::from_mode(0o555))
        .expect("chmod");
    std::fs::write(
        roles.join("a.yaml"),
        BASE[2].1.replace("title: A", "title: Changed"),
    )
    .expect("edit");
    let second = run();
    std::fs::set_permissions(site.join("roles"), std::fs::Permissions::from_mode(0o755))
        .expect("chmod back");
    assert_eq!(second.status.code(), Some(2), "{}", stderr(&second));
    assert!(stderr(&second).contains("read-only"), "{}", stderr(&second));
    assert_eq!(
        std::fs::read(site.join("roles/a.html")).expect("page"),
        before
    );
    let mut names: Vec<String> = std::fs::read_dir(work.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["roles", "site"]);
}
