//! `cargo bench`: the pipeline at 100, 1,000 and 5,000 roles, `cp -r` of the produced site, peak memory, and save-to-reload.
//!
//! A bench binary rather than criterion: the figures we promise are ratios
//! (per written page, against `cp -r` in the same run) and a peak memory
//! measured in a child process, which criterion does not report.
//!
//! Environment: `ROLEBOOK_BENCH_SIZES=100,1000` (default 100,1000,5000),
//! `ROLEBOOK_BENCH_RUNS=5` (default 3; the minimum of the runs is reported,
//! the highest for peak memory).
//!
//! Nothing is deleted until the last figure is taken: every build, write and
//! copy goes into a folder of its own. On ext4 without a journal (the machine
//! of `BENCHMARKS.md`), creating a file skips, one by one, the inodes freed in
//! the last 60 s (360 s while their table block is unwritten), so a folder of
//! 15,000 files written just after another was deleted took 7-11 s instead of
//! 0.7-1.1 s: a bench that deleted its last output before each run measured
//! its own deletions.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use rolebook::build::{BuildOptions, build};
use rolebook::render::Renderer;
use rolebook::serve::{Rebuilder, ServeOptions, serve};
use rolebook::{check, compile, load, output, search, synth};

// The same allocator as the `rolebook` binary, so the figures match it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn min_of(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..runs).map(|_| f()).min().unwrap_or_default()
}

fn time(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The highest peak of `runs` builds, each into a fresh folder. The peak of
/// the same build varies by up to 40 MB at 1,000 roles (158-196 MB by hand):
/// how the two cores' work interleaves decides what is alive at once. The
/// target is a ceiling, so the bench reports the highest it saw.
fn highest_peak_kb(roles: &Path, work: &Path, runs: usize) -> Option<u64> {
    (0..runs)
        .filter_map(|_| peak_memory_kb(roles, &fresh(work, "peak-site")))
        .max()
}

/// Peak resident memory, in kB, of the `rolebook build` command on `roles`
/// (a process of its own, as a user runs it).
///
/// Measured by a small helper process (this binary, `--peak-of`): the
/// kernel's account of a child (`wait4`) includes the memory of the process
/// that spawned it, which for this bench is hundreds of megabytes.
fn peak_memory_kb(roles: &Path, out: &Path) -> Option<u64> {
    let rolebook = PathBuf::from(env!("CARGO_BIN_EXE_rolebook"));
    let args = [
        "build".as_ref(),
        "--roles".as_ref(),
        roles.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ];
    peak_of_command(&rolebook, &args)
}

/// The peak resident memory (kB) of `program args`, through the helper.
fn peak_of_command(program: &Path, args: &[&std::ffi::OsStr]) -> Option<u64> {
    let o = Command::new(std::env::current_exe().ok()?)
        .arg("--peak-of")
        .arg(program)
        .args(args)
        .output()
        .ok()?;
    String::from_utf8_lossy(&o.stdout).trim().parse().ok()
}

/// Pagefind's own command-line tool, where `ROLEBOOK_PAGEFIND` names it
/// (`npm install pagefind@1.6` puts it in
/// `node_modules/@pagefind/linux-x64/bin/`).
fn pagefind_cli() -> Option<PathBuf> {
    std::env::var_os("ROLEBOOK_PAGEFIND")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
}

/// The Pagefind CLI indexing a copy of `site` (a build without search) for
/// the pages rolebook indexes: the fastest of `runs` and its highest peak.
fn cli_index(cli: &Path, work: &Path, site: &Path, runs: usize) -> (Duration, Option<u64>) {
    let mut best = Duration::MAX;
    let mut peak = None;
    // Each run indexes a fresh copy: the CLI writes its index into the site.
    let copy = || {
        let copy = fresh(work, "cli-site");
        copy_dir(site, &copy);
        copy
    };
    for _ in 0..runs {
        let timed = copy();
        let args = |dir: &Path| -> Vec<std::ffi::OsString> {
            vec![
                "--site".into(),
                dir.into(),
                "--glob".into(),
                search::GLOB.into(),
            ]
        };
        let t = time(|| {
            let _ = Command::new(cli)
                .args(args(&timed))
                .stdout(std::process::Stdio::null())
                .status();
        });
        best = best.min(t);
        let measured = args(&copy());
        let measured: Vec<&std::ffi::OsStr> = measured.iter().map(|a| a.as_os_str()).collect();
        peak = peak.max(peak_of_command(cli, &measured));
    }
    (best, peak)
}

/// In the helper: runs `command` and prints its peak resident memory (kB),
/// nothing if it failed.
fn peak_of(command: &[String]) {
    let (Some(program), Some(args)) = (command.first(), command.get(1..)) else {
        return;
    };
    let Ok(child) = Command::new(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        return;
    };
    let Ok(status) = child.wait_with_output().map(|o| o.status) else {
        return;
    };
    // The helper has one child, waited for: its peak is the children's peak.
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN);
    if let (true, Ok(usage)) = (status.success(), usage) {
        println!("{}", usage.max_rss());
    }
}

/// The `rolebook check` command on `roles`, a process of its own as CI runs
/// it, `runs` times: (median, fastest, slowest). Process start, loading, the
/// rules and the report, all of it.
fn check_command(roles: &Path, runs: usize) -> (Duration, Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            time(|| {
                let status = Command::new(env!("CARGO_BIN_EXE_rolebook"))
                    .arg("check")
                    .arg("--roles")
                    .arg(roles)
                    .stdout(std::process::Stdio::null())
                    .status()
                    .expect("run rolebook check");
                assert!(status.success(), "check failed on {}", roles.display());
            })
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[0], times[times.len() - 1])
}

/// Serves the handbook (`rolebook serve`'s code path, on a free port), listens
/// to its event stream like the browser does, and saves `role_file` `saves`
/// times; returns the times from each save to the `reload` event.
fn save_to_reload(roles: &Path, out: &Path, role_file: &Path, saves: usize) -> Vec<Duration> {
    use std::io::{BufRead, BufReader, Write};
    let (addr_tx, addr_rx) = channel();
    let opts = ServeOptions {
        build: BuildOptions {
            roles: roles.to_path_buf(),
            out: out.to_path_buf(),
            templates: None,
            deny_warnings: false,
            force: false,
            ..Default::default()
        },
        addr: ([127, 0, 0, 1], 0).into(),
        port_fallback: false,
        header_timeout: rolebook::serve::server::HEADER_TIMEOUT,
    };
    std::thread::spawn(move || {
        let _ = serve(
            opts,
            |event, _| {
                if std::env::var_os("ROLEBOOK_BENCH_VERBOSE").is_some()
                    && let rolebook::serve::Event::Rebuilt { built, elapsed, .. } = event
                {
                    eprintln!("rebuilt in {} ms: {}", elapsed.as_millis(), built.phases);
                }
            },
            move |addr| {
                let _ = addr_tx.send(addr);
            },
        );
    });
    let Ok(addr) = addr_rx.recv_timeout(Duration::from_secs(300)) else {
        return Vec::new();
    };
    let Ok(mut stream) = std::net::TcpStream::connect(addr) else {
        return Vec::new();
    };
    let _ = write!(
        stream,
        "GET /__rolebook/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
    );
    let (tx, rx) = channel::<(String, Instant)>();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if let Some(name) = line.strip_prefix("event: ")
                && tx.send((name.to_string(), Instant::now())).is_err()
            {
                break;
            }
        }
    });
    let _ = rx.recv_timeout(Duration::from_secs(10)); // hello
    std::thread::sleep(Duration::from_millis(500));
    let original = std::fs::read_to_string(role_file).unwrap_or_default();
    let mut out_times = Vec::new();
    for i in 0..saves {
        // A new duty: the most common edit.
        let text = original.replacen("duties:\n", &format!("duties:\n  - Edit number {i}\n"), 1);
        let saved = Instant::now();
        let _ = std::fs::write(role_file, text);
        loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok((name, at)) if name == "reload" => {
                    out_times.push(at.duration_since(saved));
                    break;
                }
                Ok(_) => {}
                Err(_) => return out_times,
            }
        }
        // Saves a second apart: faster than anyone edits.
        std::thread::sleep(Duration::from_millis(1000));
    }
    out_times
}

/// A folder under `work` that no run has used (see the module doc: nothing is deleted while measuring).
fn fresh(work: &Path, name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let k = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    work.join(format!("{name}-{k}"))
}

/// `cp -r` of `site` into a fresh folder.
fn copy_time(work: &Path, site: &Path) -> Duration {
    let copy = fresh(work, "copy");
    time(|| {
        let _ = Command::new("cp").arg("-r").arg(site).arg(&copy).status();
    })
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::create_dir_all(to);
    for e in walkdir::WalkDir::new(from).into_iter().flatten() {
        let t = to.join(e.path().strip_prefix(from).unwrap_or(e.path()));
        if e.file_type().is_dir() {
            let _ = std::fs::create_dir_all(&t);
        } else {
            let _ = std::fs::copy(e.path(), &t);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--peak-of") {
        peak_of(&args[2..]);
        return;
    }
    let sizes: Vec<usize> = std::env::var("ROLEBOOK_BENCH_SIZES")
        .unwrap_or_else(|_| "100,1000,5000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let runs: usize = std::env::var("ROLEBOOK_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    println!(
        "rolebook pipeline benchmark: {cpu}, {cores} cores; minimum of {runs} runs (peak memory: the highest)\n"
    );
    println!(
        "| roles | pages | load | check | load+check | compile | render | write | whole build | per page | cp -r site | build / cp | peak memory | rebuild after one save |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

    let work = tempfile::tempdir().expect("temp dir");
    let mut plain: Vec<String> = Vec::new();
    let mut commands: Vec<String> = Vec::new();
    let mut against_cli: Vec<String> = Vec::new();
    for &n in &sizes {
        let roles = work.path().join(format!("roles-{n}"));
        synth::generate(n, &roles).expect("generate");
        let opts_into = |out: PathBuf| BuildOptions {
            roles: roles.clone(),
            out,
            templates: None,
            deny_warnings: false,
            force: false,
            ..Default::default()
        };

        let load_t = min_of(runs, || time(|| drop(load::load(&roles))));
        let loaded = load::load(&roles).expect("load");
        let check_t = min_of(runs, || time(|| drop(check::check(&loaded))));
        let report = check::check(&loaded);
        assert_eq!(
            report.errors() + report.warnings(),
            0,
            "synth must be clean: {:?}",
            report.findings.first()
        );
        let load_check_t = min_of(runs, || {
            time(|| {
                if let Ok(l) = load::load(&roles) {
                    drop(check::check(&l));
                }
            })
        });
        let (median, fastest, slowest) = check_command(&roles, 21);
        commands.push(format!(
            "| {n} | {:.0} ms | {:.0} ms | {:.0} ms |",
            ms(median),
            ms(fastest),
            ms(slowest)
        ));
        let compile_t = min_of(runs, || {
            time(|| drop(compile::compile(&loaded.handbook, rolebook::model::today())))
        });
        let compiled = compile::compile(&loaded.handbook, rolebook::model::today());
        let mut renderer = Renderer::new(None).expect("templates");
        let render_t = min_of(runs, || time(|| drop(renderer.render(&compiled))));
        let site = renderer.render(&compiled).expect("render");
        let pages = site.pages.len();
        let write_t = min_of(runs, || {
            let target = fresh(work.path(), "write");
            let target = output::Target::check(&target, &[], false).expect("target");
            time(|| drop(output::write_site(&site, &target).expect("write")))
        });
        // Into an empty folder each time, as Zola's figures are: a rebuild over
        // an existing site links its unchanged pages and is faster still.
        let out = fresh(work.path(), &format!("site-{n}"));
        let fresh_build = || {
            let out = fresh(work.path(), &format!("site-{n}"));
            let opts = opts_into(out);
            time(|| drop(build(&opts).expect("build")))
        };
        drop(build(&opts_into(out.clone())).expect("build"));
        let build_t = min_of(runs, fresh_build);
        let cp_t = min_of(runs, || copy_time(work.path(), &out));
        let peak = highest_peak_kb(&roles, work.path(), runs);

        // Without the search index: what compares with Zola's figures, which exclude search.
        let hb_file = roles.join("handbook.yaml");
        let hb_text = std::fs::read_to_string(&hb_file).unwrap_or_default();
        let _ = std::fs::write(&hb_file, format!("{hb_text}search: false\n"));
        let plain_out = fresh(work.path(), &format!("plain-{n}"));
        drop(build(&opts_into(plain_out.clone())).expect("build"));
        let plain_t = min_of(runs, fresh_build);
        let plain_pages = walkdir::WalkDir::new(&plain_out)
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .count();
        let plain_cp_t = min_of(runs, || copy_time(work.path(), &plain_out));
        let plain_peak = highest_peak_kb(&roles, work.path(), runs);
        if let Some(cli) = pagefind_cli() {
            let (cli_t, cli_peak) = cli_index(&cli, work.path(), &plain_out, runs);
            let mb = |kb: Option<u64>| {
                kb.map_or_else(
                    || "n/a".to_string(),
                    |kb| format!("{:.0} MB", kb as f64 / 1024.0),
                )
            };
            against_cli.push(format!(
                "| {n} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {} | {} |",
                ms(build_t),
                ms(plain_t),
                ms(cli_t),
                ms(plain_t + cli_t),
                mb(peak),
                mb(cli_peak),
            ));
        }
        let _ = std::fs::write(&hb_file, &hb_text);

        // The serve/watch path: one role file saved, rebuilt by the warm rebuilder.
        let mut rb = Rebuilder::new(opts_into(out.clone()));
        if let Ok(first) = rb.run(false) {
            rb.remember(first);
        }
        let role_file = roles.join("dept-000/role-00000.yaml");
        let original = std::fs::read_to_string(&role_file).unwrap_or_default();
        let mut edit = 0;
        let rebuild_t = min_of(runs, || {
            // A different duty each time, so every run has something to rebuild.
            edit += 1;
            let _ = std::fs::write(
                &role_file,
                original.replacen("duties:\n", &format!("duties:\n  - Edit {edit}\n"), 1),
            );
            let t = Instant::now();
            if let Ok(built) = rb.run(false) {
                let elapsed = t.elapsed();
                rb.remember(built);
                return elapsed;
            }
            t.elapsed()
        });
        let _ = std::fs::write(&role_file, &original);
        plain.push(format!(
            "| {n} | {plain_pages} | {:.0} ms | {:.3} ms | {:.0} ms | {:.1}x | {} |",
            ms(plain_t),
            ms(plain_t) / plain_pages.max(1) as f64,
            ms(plain_cp_t),
            plain_t.as_secs_f64() / plain_cp_t.as_secs_f64().max(1e-9),
            plain_peak.map_or_else(
                || "n/a".to_string(),
                |kb| format!("{:.0} MB", kb as f64 / 1024.0)
            ),
        ));

        println!(
            "| {n} | {pages} | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.0} ms | {:.3} ms | {:.0} ms | {:.1}x | {} | {:.0} ms |",
            ms(load_t),
            ms(check_t),
            ms(load_check_t),
            ms(compile_t),
            ms(render_t),
            ms(write_t),
            ms(build_t),
            ms(build_t) / pages as f64,
            ms(cp_t),
            build_t.as_secs_f64() / cp_t.as_secs_f64().max(1e-9),
            peak.map_or_else(
                || "n/a".to_string(),
                |kb| format!("{:.0} MB", kb as f64 / 1024.0)
            ),
            ms(rebuild_t),
        );
    }

    println!(
        "\nThe `rolebook check` command, a process of its own as CI runs it, 21 times:\n\n| roles | median | fastest | slowest |\n|---:|---:|---:|---:|"
    );
    for row in &commands {
        println!("{row}");
    }

    println!("\nWithout the search index (`search: false`), as Zola's figures are:\n");
    println!(
        "| roles | files | whole build | per file | cp -r site | build / cp | peak memory |\n|---:|---:|---:|---:|---:|---:|---:|"
    );
    for row in &plain {
        println!("{row}");
    }

    if !against_cli.is_empty() {
        println!(
            "\nWith search, against Pagefind's own CLI indexing the same pages of the build without search:\n\n| roles | rolebook build with search | rolebook build without | Pagefind CLI | without + CLI | rolebook peak with search | CLI peak |\n|---:|---:|---:|---:|---:|---:|---:|"
        );
        for row in &against_cli {
            println!("{row}");
        }
    }

    // Save-to-reload through the real watcher (notify + debounce + rebuild), agency handbook and 1,000 roles.
    println!(
        "\n| handbook | save -> reload event in the browser's stream, median of 5 saves |\n|---|---:|"
    );
    let agency_src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("roles");
    let agency = work.path().join("agency");
    copy_dir(&agency_src, &agency);
    let times = save_to_reload(
        &agency,
        &work.path().join("agency-site"),
        &agency.join("courier.yaml"),
        5,
    );
    println!(
        "| agency ({} saves) | {:.0} ms |",
        times.len(),
        ms(median(times))
    );
    let big = work.path().join("live-1000");
    synth::generate(1000, &big).expect("generate");
    let times = save_to_reload(
        &big,
        &work.path().join("live-1000-site"),
        &big.join("dept-000/role-00000.yaml"),
        5,
    );
    println!(
        "| 1,000 roles ({} saves) | {:.0} ms |",
        times.len(),
        ms(median(times))
    );

    // What capacity costs `check` (issue 28's target: at most 10% at 1,000
    // roles): the same handbook, then with every figure capacity reads.
    let plain_1000 = work.path().join("capacity-plain");
    synth::generate(1000, &plain_1000).expect("generate");
    let figured = work.path().join("capacity-figured");
    copy_dir(&plain_1000, &figured);
    with_figures(&figured);
    // Every role has its figures (or the comparison would measure nothing).
    let out = Command::new(env!("CARGO_BIN_EXE_rolebook"))
        .args(["capacity", "--format", "json", "--roles"])
        .arg(&figured)
        .output()
        .expect("run rolebook capacity");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("capacity json");
    let roles = v["roles"].as_array().expect("roles");
    assert!(
        roles.len() == 1000
            && roles
                .iter()
                .all(|r| r["load"].is_number() && r["headcount"] == 4.0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Alternated, one run of each at a time, so that whatever else the
    // machine does falls on both alike.
    let (mut plain_times, mut figured_times) = (Vec::new(), Vec::new());
    for _ in 0..21 {
        plain_times.push(check_command(&plain_1000, 1).0);
        figured_times.push(check_command(&figured, 1).0);
    }
    let (plain_median, figured_median) = (median(plain_times), median(figured_times));
    println!(
        "\n| 1,000 roles, `rolebook check`, median of 21 | without figures | with volumes, efforts, headcount, checklist efforts and people.yaml | cost |\n|---|---:|---:|---:|"
    );
    println!(
        "| | {:.0} ms | {:.0} ms | {:+.1}% |",
        ms(plain_median),
        ms(figured_median),
        (figured_median.as_secs_f64() / plain_median.as_secs_f64() - 1.0) * 100.0
    );
}

/// Gives a synthetic handbook every figure capacity reads: 100 cases a
/// month through each process, 30 minutes on each stage, 5 on each daily
/// checklist, and four people in each role by `people.yaml` (who agree with
/// a `headcount: 4`), so that every capacity rule does its whole work and
/// the handbook stays clean (a report of 1,000 findings would be measured
/// instead: 20 ms).
fn with_figures(roles: &Path) {
    let mut role_ids = Vec::new();
    for entry in walkdir::WalkDir::new(roles).sort_by_file_name() {
        let entry = entry.expect("walk");
        let path = entry.path();
        let rel = path
            .strip_prefix(roles)
            .expect("prefix")
            .to_string_lossy()
            .replace('\\', "/");
        if !entry.file_type().is_file() || !rel.ends_with(".yaml") || rel == "handbook.yaml" {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("read");
        let text = if rel.starts_with("processes/") {
            text.replacen("stages:\n", "volume: 100 a month\nstages:\n", 1)
                .replace("  - id: ", "  - effort: 30 min\n    id: ")
        } else {
            role_ids.push(rolebook::load::file_stem(&rel));
            format!(
                "{}headcount: 4\n",
                text.replace(
                    "    when: Start of the day\n",
                    "    when: Start of the day\n    effort: 5 min\n"
                )
            )
        };
        std::fs::write(path, text).expect("write");
    }
    let mut people = String::from("people:\n");
    for id in &role_ids {
        for k in 0..4 {
            people.push_str(&format!(
                "  - name: Person {k} of {id}\n    roles: [{id}]\n"
            ));
        }
    }
    std::fs::write(roles.join("people.yaml"), people).expect("write");
}
