//! `rolebook serve` and `watch`: live reload after a save, the last good site and the findings after a broken save, recovery, path safety.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use crate::support::{handbook, rolebook};

/// A running `rolebook serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
    /// The folder it writes the site to: its own, so no two tests share one.
    out: PathBuf,
    _out: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(roles: &std::path::Path) -> Server {
    let folder = tempfile::tempdir().expect("temp");
    let mut server = start_into(roles, &folder.path().join("site"));
    server._out = Some(folder);
    server
}

/// [`start`], writing the site to `out`.
fn start_into(roles: &std::path::Path, out: &std::path::Path) -> Server {
    start_with(roles, out, &[])
}

/// [`start_into`], with more arguments for `serve`.
fn start_with(roles: &std::path::Path, out: &std::path::Path, extra: &[&str]) -> Server {
    let mut child = rolebook()
        .args([
            "serve",
            "--port",
            "0",
            "--roles",
            roles.to_str().unwrap_or_default(),
            "--out",
            out.to_str().unwrap_or_default(),
        ])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start serve");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the URL line");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    Server {
        child,
        addr,
        out: out.to_path_buf(),
        _out: None,
    }
}

/// A plain HTTP/1.1 GET; returns (status, body).
fn get(addr: &str, path: &str) -> (u16, String) {
    get_as(addr, addr, path)
}

/// [`get`] with the `Host` header a browser on another page might send.
fn get_as(addr: &str, host: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// Subscribes to the event stream; every `event:` name arrives on the channel with its data line.
fn events(addr: &str) -> Receiver<(String, String)> {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "GET /__rolebook/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .expect("send");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut name = String::new();
        for line in BufReader::new(s).lines() {
            let Ok(line) = line else { break };
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_string();
            } else if let Some(d) = line.strip_prefix("data: ")
                && tx.send((name.clone(), d.to_string())).is_err()
            {
                break;
            }
        }
    });
    rx
}

fn wait_for(rx: &Receiver<(String, String)>, name: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok((n, data)) if n == name => return data,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    panic!("no `{name}` event");
}

#[test]
fn serve_reloads_after_a_save_keeps_the_last_good_site_when_broken_and_recovers() {
    let dir = handbook(&[]);
    let server = start(dir.path());
    let (status, body) = get(&server.addr, "/roles/b.html");
    assert_eq!(status, 200);
    assert!(body.contains("<h1 id=\"top\">B</h1>"));
    assert!(
        body.contains("/__rolebook/events"),
        "live reload script injected"
    );
    let rx = events(&server.addr);
    wait_for(&rx, "hello");

    // A good save: the reload signal, then the new content.
    let b = crate::support::BASE
        .iter()
        .find(|(r, _)| *r == "b.yaml")
        .map(|(_, c)| *c)
        .unwrap_or_default();
    std::fs::write(
        dir.path().join("b.yaml"),
        b.replace("title: B", "title: Courier"),
    )
    .expect("write");
    wait_for(&rx, "reload");
    assert!(
        get(&server.addr, "/roles/b.html")
            .1
            .contains("<h1 id=\"top\">Courier</h1>")
    );

    // A broken save: the server stays up, serves the last good page, and sends the findings.
    std::fs::write(
        dir.path().join("b.yaml"),
        b.replace("title: B", "title: Courier\ndeputy: [").as_str(),
    )
    .expect("write");
    let failed = wait_for(&rx, "failed");
    let v: serde_json::Value = serde_json::from_str(&failed).expect("json");
    let syntax = v["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["rule"] == "yaml-syntax"))
        .unwrap_or_else(|| panic!("no yaml-syntax finding in {failed}"));
    assert!(
        syntax["file"]
            .as_str()
            .unwrap_or_default()
            .ends_with("b.yaml")
    );
    assert!(syntax["line"].as_u64().unwrap_or(0) >= 2);
    // The overlay's own words come with the findings, in their language.
    assert_eq!(
        (v["help"].as_str(), v["hide"].as_str()),
        (Some("help"), Some("Hide"))
    );
    assert!(
        v["title"]
            .as_str()
            .is_some_and(|t| t.starts_with("The handbook was not rebuilt: 1 error, 0 warnings.")),
        "{failed}"
    );
    let (status, body) = get(&server.addr, "/roles/b.html");
    assert_eq!(status, 200);
    assert!(
        body.contains("<h1 id=\"top\">Courier</h1>"),
        "the last good page is still served"
    );
    // A page opened now learns about the failure at once.
    let late = events(&server.addr);
    wait_for(&late, "failed");

    // Fixed: reload again.
    std::fs::write(
        dir.path().join("b.yaml"),
        b.replace("title: B", "title: Courier and driver"),
    )
    .expect("write");
    wait_for(&rx, "reload");
    assert!(
        get(&server.addr, "/roles/b.html")
            .1
            .contains("Courier and driver")
    );

    // The written site never holds the live-reload script.
    let on_disk = std::fs::read_to_string(server.out.join("roles/b.html")).expect("written");
    assert!(!on_disk.contains("__rolebook"));
}

#[test]
fn serve_refuses_paths_that_leave_the_site() {
    let dir = handbook(&[]);
    let server = start(dir.path());
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/roles/..%2f..%2fetc/passwd",
        "/a/%252e%252e/b",
    ] {
        let (status, body) = get(&server.addr, path);
        assert_eq!(status, 400, "{path}: {body}");
        assert!(!body.contains("root:"), "{path}");
    }
    let (status, _) = get(&server.addr, "/no-such-page.html");
    assert_eq!(status, 404);
    // A client that disconnects mid-request does not take the server down.
    drop(TcpStream::connect(&server.addr).expect("connect"));
    assert_eq!(get(&server.addr, "/index.html").0, 200);
}

#[test]
fn serve_shows_warnings_on_the_page_they_concern() {
    let dir = handbook(&[(
        "b.yaml",
        "title: B\nreports_to: boss\nowns: [s3]\nkpis:\n  - id: k\n    name: K\npay:\n  variable:\n    - kpi: k\n      rule: R\n",
    )]);
    let server = start(dir.path());
    let (_, body) = get(&server.addr, "/roles/b.html");
    assert!(
        body.contains("deputy-missing"),
        "warning shown on its role page"
    );
    let (_, body) = get(&server.addr, "/roles/a.html");
    assert!(!body.contains("deputy-missing"), "not on other pages");
}

#[test]
fn serve_speaks_the_handbooks_language() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    copy_dir(&crate::support::repo().join("examples/agency-ru"), &roles);
    let courier = roles.join("courier.yaml");
    let text = std::fs::read_to_string(&courier).expect("courier.yaml");
    std::fs::write(&courier, text.replace("deputy: documents-clerk\n", "")).expect("write");
    // The agency makes a missing deputy an error; here it stays a warning.
    let handbook = roles.join("handbook.yaml");
    let text = std::fs::read_to_string(&handbook).expect("handbook.yaml");
    std::fs::write(
        &handbook,
        text.replace("deputy-missing: error", "deputy-missing: warning"),
    )
    .expect("write");
    let server = start(&roles);
    let (_, body) = get(&server.addr, "/roles/courier.html");
    assert!(
        body.contains("<strong>Замечания к описанию этой страницы (их показывает только rolebook serve)</strong>"),
        "{body}"
    );
    assert!(
        body.contains("у роли `courier` («Курьер») не назван замещающий"),
        "{body}"
    );
    assert!(body.contains("<em>подсказка: добавьте `deputy:`"), "{body}");
    let (status, missing) = get(&server.addr, "/roles/nobody.html");
    assert_eq!(status, 404);
    assert!(
        missing.contains("<html lang=\"ru\">")
            && missing.contains("<h1>Не найдено</h1><p><code>roles/nobody.html</code> — такой страницы в справочнике нет."),
        "{missing}"
    );
    assert!(
        body.contains("<code>deputy-missing</code> предупреждение <code>"),
        "{body}"
    );
}

#[test]
fn watch_rebuilds_after_a_save() {
    let dir = handbook(&[]);
    let folder = tempfile::tempdir().expect("temp");
    let out = folder.path().join("site");
    let mut child = rolebook()
        .args([
            "watch",
            "--roles",
            dir.path().to_str().unwrap_or_default(),
            "--out",
            out.to_str().unwrap_or_default(),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start watch");
    let page = out.join("roles/b.html");
    let wait = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if std::fs::read_to_string(&page).is_ok_and(|s| s.contains(needle)) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    };
    assert!(wait("<h1 id=\"top\">B</h1>"), "first build");
    // Save by writing a temporary file and renaming it over the spec, as many editors do.
    let b = crate::support::BASE
        .iter()
        .find(|(r, _)| *r == "b.yaml")
        .map(|(_, c)| *c)
        .unwrap_or_default();
    let tmp = dir.path().join(".b.yaml.tmp");
    std::fs::write(&tmp, b.replace("title: B", "title: Renamed")).expect("write");
    std::fs::rename(&tmp, dir.path().join("b.yaml")).expect("rename");
    let rebuilt = wait("<h1 id=\"top\">Renamed</h1>");
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&out);
    assert!(rebuilt, "rebuilt after a rename-save");
}

#[test]
fn serve_survives_the_handbook_folder_vanishing_for_a_moment() {
    let (parent, roles, _base) = handbook_in_own_folder();
    let server = start(&roles);
    let rx = events(&server.addr);
    wait_for(&rx, "hello");
    let aside = parent.path().join("roles-moved");
    std::fs::rename(&roles, &aside).expect("move away");
    wait_for(&rx, "failed");
    assert_eq!(
        get(&server.addr, "/roles/b.html").0,
        200,
        "last good page still served"
    );
    std::fs::rename(&aside, &roles).expect("move back");
    wait_for(&rx, "reload");
    // The folder is watched again: a save after its return is picked up.
    let b = std::fs::read_to_string(roles.join("b.yaml")).expect("read");
    std::fs::write(roles.join("b.yaml"), b.replace("title: B", "title: Back")).expect("write");
    wait_for(&rx, "reload");
    assert!(
        get(&server.addr, "/roles/b.html")
            .1
            .contains("<h1 id=\"top\">Back</h1>")
    );
}

/// BASE copied into `roles/` of a folder of its own, so that the handbook
/// folder can be moved or replaced and its site lands beside it (`start`
/// puts it in `../site-PID`): (that folder, the handbook folder, a pristine
/// copy of BASE).
fn handbook_in_own_folder() -> (tempfile::TempDir, PathBuf, tempfile::TempDir) {
    let parent = tempfile::tempdir().expect("temp");
    let base = handbook(&[]);
    let roles = parent.path().join("roles");
    copy_dir(base.path(), &roles);
    (parent, roles, base)
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Every file of a site folder except the search index, which serve rebuilds in the background.
fn files_without_index(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .expect("prefix")
                    .to_string_lossy()
                    .replace('\\', "/"),
                e.path().to_path_buf(),
            )
        })
        .filter(|(rel, _)| !rel.starts_with("pagefind/"))
        .map(|(rel, path)| (rel, std::fs::read(path).expect("read")))
        .collect()
}

#[test]
fn rebuilds_after_saves_are_byte_identical_to_full_builds() {
    use rolebook::build::{BuildOptions, build};
    use rolebook::serve::Rebuilder;
    let (work, roles) = crate::support::synthetic(40);
    let hb = std::fs::read_to_string(roles.join("handbook.yaml")).expect("read");
    let live_out = work.path().join("live");
    let opts = |out: &std::path::Path| BuildOptions {
        roles: roles.clone(),
        out: out.to_path_buf(),
        templates: None,
        deny_warnings: false,
        force: false,
        ..Default::default()
    };
    let mut rb = Rebuilder::new(opts(&live_out));
    let first = rb.run(false).expect("first build");
    rb.remember(first);

    let role = roles.join("dept-000/role-00003.yaml");
    let text = std::fs::read_to_string(&role).expect("read");
    let edits: Vec<Box<dyn Fn()>> = vec![
        // A new title: the role's pages, its neighbours' handoff pages and lists change.
        Box::new(|| {
            std::fs::write(
                &role,
                text.replacen("title: Role 3", "title: Role three", 1),
            )
            .expect("write")
        }),
        // A new duty: only that role's pages and the print page change.
        Box::new(|| {
            std::fs::write(
                &role,
                text.replacen("duties:\n", "duties:\n  - Answer the phone\n", 1),
            )
            .expect("write")
        }),
        // A broken save (stops at its findings), then a good one: the rebuild
        // after a failure must not reuse anything of the failed attempt.
        Box::new(|| std::fs::write(&role, "title: [unclosed\n").expect("write")),
        Box::new(|| {
            std::fs::write(
                &role,
                text.replacen("duties:\n", "duties:\n  - Answer the door\n", 1),
            )
            .expect("write")
        }),
        // A role removed: its pages disappear, its stages lose their owner.
        Box::new(|| {
            std::fs::write(
                roles.join("dept-000/role-00040.yaml"),
                "title: Extra\ndeputy: role-00000\n",
            )
            .expect("write")
        }),
        Box::new(|| std::fs::remove_file(roles.join("dept-000/role-00040.yaml")).expect("remove")),
        // An edit link on every page: a setting that is not in any role.
        Box::new(|| {
            std::fs::write(
                roles.join("handbook.yaml"),
                format!("{hb}edit_url: \"https://git.example.org/edit/{{path}}\"\n"),
            )
            .expect("write")
        }),
        // A stage renamed: process pages, its print page and its data file.
        Box::new(|| {
            let p = roles.join("processes/process-00000.yaml");
            let text = std::fs::read_to_string(&p).expect("read");
            std::fs::write(&p, text.replacen("name: ", "name: Renamed ", 2)).expect("write")
        }),
        // Back to the start.
        Box::new(|| std::fs::write(&role, &text).expect("write")),
    ];
    for (i, edit) in edits.iter().enumerate() {
        edit();
        let built = rb.run(false).expect("rebuild");
        if i == 2 {
            assert!(built.output.is_none(), "the broken save must not build");
            continue;
        }
        assert!(
            built.output.is_some(),
            "edit {i} must build: {:?}",
            built.report.findings.first()
        );
        rb.remember(built);
        let full_out = work.path().join(format!("full-{i}"));
        build(&opts(&full_out)).expect("full build");
        let (live, full) = (
            files_without_index(&live_out),
            files_without_index(&full_out),
        );
        let differ: Vec<&String> = full
            .keys()
            .chain(live.keys())
            .filter(|k| live.get(*k) != full.get(*k))
            .collect();
        assert!(
            differ.is_empty(),
            "edit {i}: the rebuild and a full build differ in {differ:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_serve_cleanly_even_with_pages_open() {
    let dir = handbook(&[]);
    let mut server = start(dir.path());
    // An open page holds its event stream; Ctrl-C must not wait for it forever.
    let rx = events(&server.addr);
    wait_for(&rx, "hello");
    let pid = server.child.id().to_string();
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(exit) = server.child.try_wait().expect("wait") {
            break exit;
        }
        assert!(
            Instant::now() < deadline,
            "serve did not stop within 10 s of Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(exit.code(), Some(0), "serve exits 0 on Ctrl-C");
}

/// Sends SIGINT and returns how long `serve` took to exit, and its status.
fn interrupt(server: &mut Server) -> (Duration, std::process::ExitStatus) {
    let pid = server.child.id().to_string();
    let sent = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(status.success());
    loop {
        if let Some(exit) = server.child.try_wait().expect("wait") {
            return (sent.elapsed(), exit);
        }
        assert!(
            sent.elapsed() < Duration::from_secs(10),
            "serve did not stop within 10 s of Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn serve_stops_within_a_second_whatever_slow_clients_do() {
    let dir = handbook(&[]);
    let mut server = start(dir.path());
    // Slow clients: half a request line each, never finished.
    let slow: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).expect("connect");
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: 127.");
            s
        })
        .collect();
    // They neither starve a reader's request...
    assert_eq!(get(&server.addr, "/index.html").0, 200);
    // ...nor hold up Ctrl-C.
    let rx = events(&server.addr);
    wait_for(&rx, "hello");
    let (took, exit) = interrupt(&mut server);
    assert_eq!(exit.code(), Some(0));
    assert!(took < Duration::from_secs(1), "took {took:?}");
    drop(slow);
}

#[test]
fn serve_closes_a_connection_whose_headers_never_finish() {
    let dir = handbook(&[]);
    let folder = tempfile::tempdir().expect("temp");
    let mut server = start_with(
        dir.path(),
        &folder.path().join("site"),
        &["--header-timeout", "1"],
    );
    server._out = Some(folder);
    let mut s = TcpStream::connect(&server.addr).expect("connect");
    s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        .expect("send");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    let started = Instant::now();
    let mut rest = Vec::new();
    // The server ends the connection (an error status or a plain close).
    let _ = s.read_to_end(&mut rest);
    let took = started.elapsed();
    assert!(
        took < Duration::from_secs(5),
        "the connection stayed open {took:?}"
    );
    assert!(
        took >= Duration::from_millis(900),
        "closed before the timeout: {took:?}"
    );
}

#[test]
fn serve_answers_only_requests_addressed_to_itself() {
    let dir = handbook(&[]);
    let server = start(dir.path());
    let port = server
        .addr
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .to_string();
    let ask = |host: &str| get_as(&server.addr, host, "/index.html").0;
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        "localhost".to_string(),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(ask(&host), 200, "{host}");
    }
    // DNS rebinding: a page of another site, its name resolved to 127.0.0.1.
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_string(),
        format!("127.0.0.1:{}", port.parse::<u32>().unwrap_or(0) + 1),
    ] {
        assert_eq!(ask(&host), 403, "{host}");
    }
    // The same, said in ways a proxy and the server could read apart.
    let addr = &server.addr;
    let raw = |request: String| status_of(addr, &request);
    assert_eq!(
        raw(format!(
            "GET /index.html HTTP/1.1\r\nHost: {addr}\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
        )),
        400,
        "two Host headers"
    );
    assert_eq!(
        raw(format!(
            "GET http://evil.example/index.html HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )),
        403,
        "an absolute-form target naming another server"
    );
    assert_eq!(
        raw(format!(
            "GET http://{addr}/index.html HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )),
        200,
        "an absolute-form target naming this server"
    );
    assert_eq!(
        raw(
            "CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\nConnection: close\r\n\r\n"
                .to_string()
        ),
        405,
        "CONNECT"
    );
    assert_eq!(
        raw(format!(
            "POST /index.html HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )),
        405,
        "POST"
    );
}

/// The status code of the answer to a raw HTTP request.
fn status_of(addr: &str, request: &str) -> u16 {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s.write_all(request.as_bytes()).expect("send");
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw);
    text.split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

#[test]
fn serve_follows_a_handbook_folder_that_is_replaced() {
    let (_parent, roles, dir) = handbook_in_own_folder();
    let server = start(&roles);
    let rx = events(&server.addr);
    wait_for(&rx, "hello");
    // What `git checkout` of another branch can do: a new folder of the same name.
    std::fs::remove_dir_all(&roles).expect("remove");
    copy_dir(dir.path(), &roles);
    wait_for(&rx, "reload");
    // Every later save is still seen.
    for title in ["Second", "Third"] {
        let b = std::fs::read_to_string(roles.join("b.yaml")).expect("read");
        let b = b
            .lines()
            .map(|l| {
                if l.starts_with("title:") {
                    format!("title: {title}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(roles.join("b.yaml"), b + "\n").expect("write");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let page = get(&server.addr, "/roles/b.html").1;
            if page.contains(&format!("<h1 id=\"top\">{title}</h1>")) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "the save of `{title}` was ignored"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn serve_writes_whole_sites_only() {
    let (parent, roles, _base) = handbook_in_own_folder();
    let out = parent.path().join("site");
    let server = start_into(&roles, &out);
    let rx = events(&server.addr);
    wait_for(&rx, "hello");
    let b = std::fs::read_to_string(roles.join("b.yaml")).expect("read");
    std::fs::write(roles.join("b.yaml"), b.replace("title: B", "title: Bee")).expect("write");
    wait_for(&rx, "reload");
    let deadline = Instant::now() + Duration::from_secs(15);
    while !std::fs::read_to_string(out.join("roles/b.html")).is_ok_and(|p| p.contains("Bee")) {
        assert!(
            Instant::now() < deadline,
            "the save never reached the folder"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(out.join(rolebook::output::MARKER).is_file());
    // Never a temporary file inside the site; beside it, a staging folder
    // only while a rebuild or the background index is being written.
    let stray = || -> Vec<String> {
        walkdir::WalkDir::new(parent.path())
            .into_iter()
            .filter_map(Result::ok)
            .map(|e| e.path().display().to_string())
            .filter(|p| p.contains(".tmp-") || p.contains(".new-") || p.contains(".old-"))
            .collect()
    };
    let inside: Vec<String> = stray()
        .into_iter()
        .filter(|p| p.starts_with(&out.display().to_string()))
        .collect();
    assert!(inside.is_empty(), "{inside:?}");
    let deadline = Instant::now() + Duration::from_secs(15);
    while !stray().is_empty() {
        assert!(
            Instant::now() < deadline,
            "left beside the site: {:?}",
            stray()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(server);
}
