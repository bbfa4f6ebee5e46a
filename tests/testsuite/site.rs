//! The published handbook: the committed site is fresh, every link resolves, key pages say what they must.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rolebook::build::{BuildOptions, build};
use rolebook::render::Site;

use crate::support::{handbook, repo, rolebook, synthetic};

/// roles/ built as `cargo run -- build` builds it from the repository
/// root (search index included), once for every test that reads it.
fn agency_site() -> &'static Site {
    static SITE: std::sync::OnceLock<Site> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let folder = tempfile::tempdir().expect("temp");
        let opts = BuildOptions {
            roles: repo().join("roles"),
            out: folder.path().join("site"),
            ..Default::default()
        };
        let built = build(&opts).expect("build runs");
        assert_eq!(built.report.errors(), 0, "{:#?}", built.report.findings);
        let pages = crate::support::read_site(&opts.out)
            .into_iter()
            .map(|(path, bytes)| rolebook::render::Page {
                path,
                bytes: bytes.into(),
            })
            .collect();
        Site { pages }
    })
}

fn page<'a>(site: &'a Site, path: &str) -> &'a str {
    let p = site
        .pages
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no page {path}"));
    std::str::from_utf8(&p.bytes).expect("utf-8")
}

/// The `<main>` region: what a snapshot compares. Without the revision
/// history, which is the repository's commits (its own test builds a
/// repository of its own).
fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>") + "</main>".len();
    let main = &html[start..end];
    match main.find("<section class=\"history\"") {
        Some(h) => {
            let e = h + main[h..].find("</section>").expect("</section>") + "</section>".len();
            format!("{}{}", &main[..h], &main[e..])
        }
        None => main.to_string(),
    }
}

/// Every value of `attr="..."` in the page.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    out
}

fn resolve(from: &str, link: &str) -> String {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in link.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Fails on any internal link or anchor that leads nowhere; returns how many links were followed.
fn check_links(site: &Site) -> usize {
    let mut ids: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for p in &site.pages {
        if let Ok(html) = std::str::from_utf8(&p.bytes) {
            ids.insert(&p.path, attrs(html, "id").into_iter().collect());
        }
    }
    let mut broken = Vec::new();
    let mut followed = 0;
    for p in site.pages.iter().filter(|p| p.path.ends_with(".html")) {
        let html = std::str::from_utf8(&p.bytes).expect("utf-8");
        for link in attrs(html, "href").into_iter().chain(attrs(html, "src")) {
            if link.contains("://") || link.starts_with("mailto:") || link.starts_with("data:") {
                continue;
            }
            followed += 1;
            let (file, anchor) = link.split_once('#').unwrap_or((link, ""));
            let target = if file.is_empty() {
                p.path.clone()
            } else {
                resolve(&p.path, file)
            };
            match ids.get(target.as_str()) {
                None => broken.push(format!("{} -> {link} (no file {target})", p.path)),
                Some(set) if !anchor.is_empty() && !set.contains(anchor) => {
                    broken.push(format!("{} -> {link} (no id {anchor})", p.path))
                }
                _ => {}
            }
        }
        // Ids must be unique within a page.
        let all = attrs(html, "id");
        let unique: BTreeSet<_> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "{} repeats an id", p.path);
    }
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
    followed
}

#[test]
fn committed_site_is_what_a_fresh_build_produces() {
    let site = agency_site();
    let dir = repo().join("site");
    let mut stale = Vec::new();
    for p in &site.pages {
        let on_disk = std::fs::read(dir.join(&p.path)).unwrap_or_default();
        if on_disk[..] != p.bytes[..] {
            stale.push(p.path.clone());
        }
    }
    let expected: BTreeSet<String> = site.pages.iter().map(|p| p.path.clone()).collect();
    for entry in walkdir::WalkDir::new(&dir) {
        let entry = entry.expect("walk site/");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(&dir)
                .expect("prefix")
                .to_string_lossy()
                .replace('\\', "/");
            // The marker is written with every site, beside its pages.
            if !expected.contains(&rel) && rel != rolebook::output::MARKER {
                stale.push(format!("{rel} (not produced any more)"));
            }
        }
    }
    assert!(
        dir.join(rolebook::output::MARKER).is_file(),
        "site/ lacks its marker; run `cargo run --release -- build`"
    );
    assert!(
        stale.is_empty(),
        "site/ is stale; run `cargo run --release -- build`. Differs: {stale:#?}"
    );
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let followed = check_links(agency_site());
    assert!(followed > 500, "only {followed} links followed");
}

#[test]
fn every_page_of_the_contract_exists() {
    let site = agency_site();
    let paths: BTreeSet<&str> = site.pages.iter().map(|p| p.path.as_str()).collect();
    for role in [
        "active-sales",
        "client-service",
        "database-operator",
        "documents-clerk",
        "courier",
    ] {
        for dir in ["roles", "checklists", "starter"] {
            assert!(
                paths.contains(format!("{dir}/{role}.html").as_str()),
                "{dir}/{role}.html"
            );
        }
    }
    for p in [
        "index.html",
        "processes/sales.html",
        "processes/complaints.html",
        "coverage.html",
        "print.html",
        "artifacts.html",
        "org.html",
        "workload.html",
        "handbook.json",
        "assets/style.css",
    ] {
        assert!(paths.contains(p), "{p}");
    }
    let handoffs = paths.iter().filter(|p| p.starts_with("handoffs/")).count();
    // 12 changes of hands in the sales conveyor, 3 in complaints and 1 for
    // incoming calls.
    assert_eq!(handoffs, 16, "one page per change of hands");
}

#[test]
fn role_page_is_a_complete_job_description() {
    let site = agency_site();
    let html = page(site, "roles/active-sales.html");
    insta::assert_snapshot!("role_active_sales", main_of(html));
    for needle in [
        "<h1 id=\"top\">Active sales manager</h1>",
        "href=\"../roles/head-of-sales.html\">Head of sales</a>",
        "href=\"../roles/client-service.html\">Client service specialist</a>",
        "Prospecting",
        "The lead card names where the lead came from",
        "Not responsible for",
        "New clients handed over with a complete order request",
        "8,000 RUB for each client handed over",
        "75,000 + 9 × 8,000 + 20 × 300 + 4 × 600 = <strong>155,400 RUB</strong>",
        "style=\"width: 60%\"",
        "href=\"../handoffs/intent-to-order--assignment.html\"",
        "href=\"../handoffs/lead-registration--first-contact.html\"",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn checklists_page_has_own_stage_sender_and_receiver_lists() {
    let site = agency_site();
    // `sheet_per_stage: true`: one printed sheet per trip, each headed by
    // its stage and opening with its own order line; other roles keep one.
    let html = page(site, "checklists/courier.html");
    for trip in [
        "Documents to the client",
        "Materials to the client",
        "Act to the client",
    ] {
        let at = html
            .find(&format!("\">{trip}</h2>"))
            .unwrap_or_else(|| panic!("no sheet for {trip}"));
        assert!(
            html[at..]
                .trim_start_matches(|c| c != '<')
                .contains("<dl class=\"case-lines\">")
        );
    }
    assert_eq!(html.matches("<h2 class=\"sheet-head").count(), 3);
    assert!(!page(site, "checklists/client-service.html").contains("sheet-head"));
    insta::assert_snapshot!("checklists_courier", main_of(html));
    for needle in [
        "id=\"list-1\"",
        "id=\"done-document-delivery\"",
        "id=\"send-document-delivery--payment\"",
        "id=\"receive-contract--document-delivery\"",
        "<input type=\"checkbox\" id=\"list-1-1\" aria-labelledby=\"list-1-1-t\">",
        "Order or client",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    // In the order of the day: take the folder, finish the trip, hand over.
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("missing {needle}"))
    };
    assert!(at("id=\"receive-contract--document-delivery\"") < at("id=\"done-document-delivery\""));
    // A deadline or a channel is said, not ticked.
    assert!(
        html.contains(
            "<dl class=\"facts list-facts\"><dt>Deadline</dt><dd>The same working day</dd>"
        )
    );
    assert!(!html.contains("<strong>Deadline:</strong>"), "{html}");
    assert!(!html.contains("<strong>Channel:</strong>"), "{html}");
    assert!(at("id=\"done-document-delivery\"") < at("id=\"send-document-delivery--payment\""));
    assert!(
        at("id=\"send-document-delivery--payment\"")
            < at("id=\"receive-production--materials-delivery\"")
    );
    // Taking the unsigned contract out, the courier checks the copies, not
    // what is signed later or what the clerk and client service check.
    let taking = &html
        [at("id=\"receive-contract--document-delivery\"")..at("id=\"done-document-delivery\"")];
    assert!(taking.contains("Two copies, each signed and stamped by the agency"));
    for not_yet in [
        "The client's signature and stamp",
        "bank details",
        "Price and payment terms",
        "Amount with VAT",
    ] {
        assert!(
            !taking.contains(not_yet),
            "the courier is asked to check {not_yet}"
        );
    }
    // Bringing it back, the courier checks the client's signature, not the prices.
    let giving = &html[at("id=\"send-document-delivery--payment\"")
        ..at("id=\"receive-production--materials-delivery\"")];
    assert!(giving.contains("The client's signature and stamp on our copy"));
    assert!(!giving.contains("Price and payment terms"));
}

#[test]
fn the_head_of_sales_has_a_page_with_what_they_decide() {
    let site = agency_site();
    let html = page(site, "roles/head-of-sales.html");
    for needle in [
        "<h1 id=\"top\">Head of sales</h1>",
        "Discount on an estimate",
        "over 5%, up to 15%",
        "Starting production before the prepayment arrives",
        "Which manager keeps a lead two managers claim",
        "href=\"../roles/active-sales.html\"",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    // The roles whose stages escalate to them show the whole ladder.
    let clerk = page(site, "roles/documents-clerk.html");
    assert!(clerk.contains("<caption>Discount on an estimate"));
    assert!(clerk.contains("href=\"../roles/director.html\">Director of the agency</a>"));
    let cs = page(site, "roles/client-service.html");
    assert!(cs.contains("<tr class=\"mine\"><td>up to 5%</td>"));
    let nav = page(site, "index.html");
    assert!(nav.contains("href=\"roles/head-of-sales.html\">Head of sales</a>"));
}

#[test]
fn print_has_the_documents_catalogue_and_page_numbers() {
    let site = agency_site();
    let html = page(site, "print.html");
    assert!(html.contains("id=\"artifacts\""));
    assert!(html.contains("<h3>Delivery sheet</h3>"));
    assert!(html.contains("id=\"external-director\""));
    // Its parts: the two processes, and the five roles of the head of sales' team.
    assert!(html.contains("href=\"print/process-sales.html\""));
    let team = page(site, "print/team-head-of-sales.html");
    assert!(
        team.contains("<h1>Reporting to Head of sales</h1>"),
        "{team}"
    );
    assert_eq!(team.matches("class=\"print-section\"").count(), 5);
    let starter = page(site, "starter/courier.html");
    // Page N of M and what the sheet is, in the printed margins.
    assert!(
        starter.contains(
            "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); }"
        ),
        "{}",
        &starter[..starter.find("</head>").unwrap_or(0)]
    );
    assert!(starter.contains(
        "@top-left { content: \"Courier \\b7  Sales department handbook \\b7  Version 2026\\2e 1\""
    ));
    let sign = starter
        .find("I have read and understood")
        .expect("signature");
    assert!(
        starter[sign..]
            .contains("Position: <strong>Courier</strong> · Version <strong>2026.1</strong>")
    );
}

#[test]
fn handoff_page_names_everything_handed_over() {
    let site = agency_site();
    let html = page(site, "handoffs/assignment--brief.html");
    insta::assert_snapshot!("handoff_assignment_brief", main_of(html));
    for needle in [
        "Order request",
        "Budget range the client named",
        "The same working day",
        "reads back",
        "From now on your order is run by",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
}

#[test]
fn process_page_has_table_swimlane_and_raci() {
    let site = agency_site();
    let html = page(site, "processes/sales.html");
    insta::assert_snapshot!("process_sales", main_of(html));
    assert!(html.contains("<svg class=\"swimlane\""));
    assert_eq!(
        html.matches("class=\"lane lane-").count(),
        7,
        "one lane per role, and one for the director, who decides there"
    );
    assert_eq!(
        html.matches("<rect class=\"stage").count(),
        16,
        "one box per stage"
    );
    assert_eq!(
        html.matches("class=\"edge edge-hand\" d=").count(),
        12 + 1,
        "every change of hands marked, plus the legend"
    );
    // Lanes are columns named at the top and again before the 8th stage, so
    // a reader scrolling down sees whose column is whose (the 15th stays
    // under the second row of names rather than get one of its own).
    assert_eq!(html.matches("<rect class=\"lane-head\"").count(), 2);
    let svg = &html[html.find("<svg class=\"swimlane\"").expect("svg")..];
    let width: u32 = svg
        ["<svg class=\"swimlane\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".len()..]
        .split(' ')
        .next()
        .and_then(|w| w.parse().ok())
        .expect("width");
    // Drawn at its own size in the page's 940 px column; on A4 (688 px
    // between the margins) its 15 px names shrink to no less than 8 pt.
    assert!(width <= 940, "wider than the page's column: {width} px");
    let printed_pt = 15.0 * 688.0 / f64::from(width) * 0.75;
    assert!(printed_pt >= 8.0, "stage names print at {printed_pt:.1} pt");
    // Client service, the head of sales and the director decide the
    // discount at the estimate; the head of sales a disputed lead and the
    // early start at the payment: five marks, and the legend's.
    assert_eq!(html.matches("<rect class=\"approval\" x=").count(), 5 + 1);
    assert!(html.contains("<td class=\"raci-D\">D</td>"));
    assert!(html.contains("<td class=\"raci-A\">A</td>"));
    assert!(html.contains("<td class=\"raci-C\">C</td>"));
    assert!(html.contains("<td class=\"raci-I\">I</td>"));
}

#[test]
fn starter_pack_ends_with_signature_lines() {
    let site = agency_site();
    let html = page(site, "starter/documents-clerk.html");
    let main = main_of(html);
    let sign = main
        .find("I have read and understood")
        .expect("signature block");
    assert!(main[sign..].contains("Signature"));
    assert!(main.find("Estimates and contracts ready").expect("KPIs") < sign);
}

#[test]
fn index_coverage_and_json() {
    let site = agency_site();
    let index = page(site, "index.html");
    assert!(index.contains("Northlight Advertising Agency"));
    assert!(index.contains("Version 2026.1"));
    assert_eq!(index.matches("<svg class=\"swimlane\"").count(), 3);
    // For staff: the way in first, each role with its starter pack; the
    // title once on screen; coverage on its own page, for CI.
    let main = main_of(index);
    assert!(main.contains("<h1 class=\"visually-hidden\">Sales department handbook</h1>"));
    assert!(!main.contains("Northlight Advertising Agency"), "{main}");
    let (new_here, roles, processes) = (
        main.find("New here?").expect("new here"),
        main.find("id=\"h-roles\"").expect("roles"),
        main.find("id=\"h-processes\"").expect("processes"),
    );
    assert!(new_here < roles && roles < processes);
    assert_eq!(main.matches("href=\"starter/").count(), 6);
    assert!(!main.contains("class=\"coverage\""), "{main}");
    assert!(page(site, "coverage.html").contains("class=\"coverage\""));
    let json: serde_json::Value = serde_json::from_str(page(site, "handbook.json")).expect("json");
    assert_eq!(json["roles"].as_array().map(Vec::len), Some(6));
    assert_eq!(json["coverage"]["total"], 100.0);
    let first: serde_json::Value =
        serde_json::from_str(page(site, "json/roles/active-sales.json")).expect("json");
    assert!(
        first["checklists"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
}

/// The print pages: every process on its own page, every role once on the
/// page of the team it reports to, in the handbook's order, each linked from
/// `print.html`.
#[test]
fn print_parts_hold_every_process_and_every_role_once() {
    let (work, roles) = synthetic(40);
    let out = work.path().join("site");
    crate::support::build_site(&roles, &out, &[]);
    let read =
        |rel: &str| std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let print = read("print.html");
    let json: serde_json::Value = serde_json::from_str(&read("handbook.json")).expect("json");
    let mut seen = Vec::new();
    for team in json["teams"].as_array().expect("teams") {
        let path = team["path"].as_str().expect("path");
        assert!(
            print.contains(&format!("href=\"{path}\"")),
            "{path} not linked"
        );
        let part = read(path);
        let mut last = 0;
        for r in team["roles"].as_array().expect("roles") {
            let id = r["id"].as_str().expect("id");
            let anchor = format!("id=\"role-{id}-top\"");
            assert_eq!(part.matches(&anchor).count(), 1, "{path}: {anchor}");
            let at = part.find(&anchor).expect("section");
            assert!(at > last, "`{id}` out of order in {path}");
            last = at;
            seen.push(id.to_string());
        }
    }
    seen.sort();
    let mut all: Vec<String> = json["roles"]
        .as_array()
        .expect("roles")
        .iter()
        .filter_map(|r| r["id"].as_str().map(str::to_string))
        .collect();
    all.sort();
    assert_eq!(seen, all, "every role on exactly one team page");
    for p in json["processes"].as_array().expect("processes") {
        let id = p["id"].as_str().expect("id");
        let path = format!("print/process-{id}.html");
        assert!(print.contains(&format!("href=\"{path}\"")));
        assert!(read(&path).contains(&format!("<h1 id=\"process-{id}-top\"")));
    }
}

#[test]
fn version_appears_on_every_page() {
    let site = agency_site();
    for p in site.pages.iter().filter(|p| p.path.ends_with(".html")) {
        let html = std::str::from_utf8(&p.bytes).expect("utf-8");
        assert!(
            html.contains("Version 2026.1"),
            "{} lacks the version",
            p.path
        );
    }
}

#[test]
fn hostile_role_text_never_reaches_the_reader_as_code() {
    let evil = "title: \"<script>alert(1)</script>Evil\"\nsummary: \"<img src=x onerror=alert(1)>\"\ndeputy: a\npurpose: |\n  <script>alert(2)</script>\n  <a href=\"javascript:alert(3)\">click</a> [x](javascript:alert(4))\n  <div onclick=\"alert(5)\">hi</div>\nduties:\n  - \"<iframe src=https://example.org></iframe>\"\n";
    // With the `unsafe-link` rule off, the sanitiser alone must keep the links off the page.
    let settings = format!("{}checks:\n  unsafe-link: off\n", crate::support::BASE[0].1);
    let dir = handbook(&[("evil.yaml", evil), ("handbook.yaml", &settings)]);
    let out = dir.path().join("site");
    let status = rolebook()
        .args([
            "build",
            "--roles",
            dir.path().to_str().unwrap_or_default(),
            "--out",
            out.to_str().unwrap_or_default(),
        ])
        .status()
        .expect("run");
    assert!(status.success());
    let html = std::fs::read_to_string(out.join("roles/evil.html")).expect("page");
    let main = main_of(&html);
    // Look inside real tags only: escaped text such as `&lt;img onerror=` is harmless.
    for tag in main
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or_default())
    {
        let tag = tag.to_ascii_lowercase();
        for bad in [
            "script",
            "iframe",
            "img ",
            " onerror",
            " onclick",
            "javascript:",
        ] {
            assert!(
                !tag.starts_with(bad.trim()) && !tag.contains(bad),
                "`{bad}` reached the page in <{tag}>"
            );
        }
    }
    assert!(
        main.contains("&lt;script&gt;alert(1)&lt;/script&gt;Evil"),
        "titles are escaped, not dropped"
    );
}

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
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
                    .into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn a_failed_build_leaves_the_site_exactly_as_it_was() {
    let dir = handbook(&[]);
    let out = dir.path().join("out");
    let run = |roles: &Path| {
        rolebook()
            .args([
                "build",
                "--roles",
                roles.to_str().unwrap_or_default(),
                "--out",
                out.to_str().unwrap_or_default(),
            ])
            .output()
            .expect("run")
    };
    assert!(run(dir.path()).status.success());
    let before = snapshot(&out);
    assert!(before.contains_key("roles/a.html"));
    std::fs::write(dir.path().join("b.yaml"), "title: B\nreports_to: bos\n").expect("write");
    let failed = run(dir.path());
    assert_eq!(failed.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("unknown-reference"));
    assert_eq!(
        snapshot(&out),
        before,
        "the site changed after a failed build"
    );
    // No staging folders are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".out."))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_template_error_names_the_template_and_leaves_the_site() {
    let dir = handbook(&[]);
    let out = dir.path().join("site");
    std::fs::create_dir_all(&out).expect("mkdir");
    std::fs::write(out.join(rolebook::output::MARKER), "").expect("write");
    std::fs::write(out.join("keep.txt"), "old").expect("write");
    let templates = dir.path().join("my-templates");
    std::fs::create_dir_all(&templates).expect("mkdir");
    std::fs::write(templates.join("role.html"), "{% extends \"base.html\" %}\n{% block content %}\n{{ role.title \n{% endblock content %}\n").expect("write");
    let o = rolebook()
        .args([
            "build",
            "--roles",
            dir.path().to_str().unwrap_or_default(),
            "--out",
            out.to_str().unwrap_or_default(),
            "--templates",
            templates.to_str().unwrap_or_default(),
        ])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("role.html"), "{err}");
    assert!(err.contains("role.html:4:1"), "no template line in: {err}");
    assert_eq!(
        std::fs::read_to_string(out.join("keep.txt")).expect("kept"),
        "old"
    );
}

#[test]
fn template_overrides_replace_only_what_they_name() {
    let dir = handbook(&[]);
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(templates.join("assets")).expect("mkdir");
    std::fs::write(templates.join("assets/style.css"), "body { color: red }").expect("write");
    let out = dir.path().join("site");
    let opts = BuildOptions {
        roles: dir.path().to_path_buf(),
        out: out.clone(),
        templates: Some(templates),
        deny_warnings: false,
        force: false,
        ..Default::default()
    };
    build(&opts).expect("build");
    assert_eq!(
        std::fs::read_to_string(out.join("assets/style.css")).expect("css"),
        "body { color: red }"
    );
    assert!(
        std::fs::read_to_string(out.join("roles/a.html"))
            .expect("page")
            .contains("<main")
    );
    // The command says which folder's templates it used; without one, nothing.
    let (code, _, err) = crate::support::outcome(
        crate::support::rolebook()
            .args(["build", "--roles"])
            .arg(dir.path())
            .arg("--out")
            .arg(dir.path().join("site2"))
            .arg("--templates")
            .arg(dir.path().join("templates")),
    );
    assert_eq!(code, Some(0), "{err}");
    assert!(err.starts_with("templates: "), "{err}");
    assert!(
        err.contains("templates (its files replace the built-in"),
        "{err}"
    );
    let (_, _, err) = crate::support::outcome(
        crate::support::rolebook()
            .args(["build", "--roles"])
            .arg(dir.path())
            .arg("--out")
            .arg(dir.path().join("site3")),
    );
    assert!(!err.contains("templates:"), "{err}");
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = handbook(&[]);
    let a = dir.path().join("a");
    let b = dir.path().join("b");
    for out in [&a, &b] {
        let opts = BuildOptions {
            roles: dir.path().to_path_buf(),
            out: out.clone(),
            templates: None,
            deny_warnings: false,
            force: false,
            ..Default::default()
        };
        build(&opts).expect("build");
    }
    assert_eq!(snapshot(&a), snapshot(&b));
    let agency = agency_site();
    assert_eq!(agency.pages, agency_site().pages);
}

#[cfg(unix)]
#[test]
fn a_rebuild_links_unchanged_pages_and_writes_changed_ones() {
    use std::os::unix::fs::MetadataExt;
    let dir = handbook(&[]);
    let out = dir.path().join("site");
    let opts = |out: &std::path::Path| BuildOptions {
        roles: dir.path().to_path_buf(),
        out: out.to_path_buf(),
        templates: None,
        deny_warnings: false,
        force: false,
        ..Default::default()
    };
    build(&opts(&out)).expect("first build");
    let inode = |rel: &str| std::fs::metadata(out.join(rel)).expect("page").ino();
    let (b_before, a_before) = (inode("starter/b.html"), inode("roles/a.html"));
    let a_yaml = dir.path().join("a.yaml");
    let text = std::fs::read_to_string(&a_yaml).expect("read");
    std::fs::write(
        &a_yaml,
        format!("{text}duties:\n  - Answer within the hour\n"),
    )
    .expect("write");
    build(&opts(&out)).expect("second build");
    // A's new duty is not on B's starter pack: the same file, linked into the new site.
    assert_eq!(inode("starter/b.html"), b_before);
    // A's page changed: a new file with the new duty.
    assert_ne!(inode("roles/a.html"), a_before);
    let page = std::fs::read_to_string(out.join("roles/a.html")).expect("page");
    assert!(page.contains("Answer within the hour"));
    // And the whole site is what a build into an empty folder writes.
    let fresh = dir.path().join("fresh");
    build(&opts(&fresh)).expect("fresh build");
    assert_eq!(snapshot(&out), snapshot(&fresh));
}

#[test]
fn russian_handbook_uses_russian_words() {
    let hb = "title: Справочник\nlanguage: ru\nexternal_roles:\n  boss: Руководитель\nartifacts:\n  card:\n    name: Карточка\n    kept_in: CRM\n  offer:\n    name: Предложение\n    kept_in: Диск\n";
    let dir = handbook(&[("handbook.yaml", hb)]);
    let out = dir.path().join("site");
    let opts = BuildOptions {
        roles: dir.path().to_path_buf(),
        out: out.clone(),
        templates: None,
        deny_warnings: false,
        force: false,
        ..Default::default()
    };
    build(&opts).expect("build");
    let html = std::fs::read_to_string(out.join("roles/a.html")).expect("page");
    assert!(html.contains("<html lang=\"ru\">"));
    assert!(html.contains("Место в структуре"));
    // Numbers in the language's form, and the words the agency's staff use.
    let coverage = std::fs::read_to_string(out.join("coverage.html")).expect("page");
    assert!(coverage.contains("</span></span> 100,0</td>"), "{coverage}");
    assert!(!coverage.contains("> 100.0<"), "{coverage}");
    let process = std::fs::read_to_string(out.join("processes/p.html")).expect("page");
    assert!(process.contains("Процесс по шагам"), "{process}");
    let roles = std::fs::read_to_string(out.join("roles.html")).expect("page");
    assert!(roles.contains("Внешние участники"), "{roles}");
}

#[test]
fn edit_link_points_at_the_source_file() {
    let hb = format!(
        "{}edit_url: \"https://git.example.org/edit/main/roles/{{path}}\"\n",
        crate::support::BASE[0].1
    );
    let dir = handbook(&[("handbook.yaml", &hb)]);
    let out = dir.path().join("site");
    let opts = BuildOptions {
        roles: dir.path().to_path_buf(),
        out: out.clone(),
        templates: None,
        deny_warnings: false,
        force: false,
        ..Default::default()
    };
    build(&opts).expect("build");
    let html = std::fs::read_to_string(out.join("roles/a.html")).expect("page");
    assert!(
        html.contains("href=\"https://git.example.org/edit/main/roles/a.yaml\""),
        "no edit link"
    );
    let html = std::fs::read_to_string(out.join("processes/p.html")).expect("page");
    assert!(
        html.contains("roles/processes/p.yaml\""),
        "no edit link on process page"
    );
}

#[test]
fn coverage_command_fails_below_min() {
    let roles = repo().join("roles");
    let r = roles.to_str().unwrap_or_default();
    let o = rolebook()
        .args(["coverage", "--roles", r, "--format", "json", "--min", "90"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["total"], 100.0);
    let dir = handbook(&[("b.yaml", "title: B\nowns: [s3]\n")]);
    let o = rolebook()
        .args([
            "coverage",
            "--roles",
            dir.path().to_str().unwrap_or_default(),
            "--min",
            "99",
        ])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("roles-with-deputy"));
}

#[test]
fn the_handbook_s_data_is_an_index_and_a_file_per_role_and_process() {
    // handbook.json links each role's and process's own file; together they
    // hold exactly the compiled model as serde writes it.
    let loaded = rolebook::load::load(&repo().join("roles")).expect("load");
    let mut compiled = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    // The build adds each view's revisions from git.
    let keep = rolebook::model::HISTORY_DEFAULT;
    rolebook::revisions::revisions(&repo().join("roles"), &loaded.handbook, keep)
        .apply(&mut compiled);
    let site = agency_site();
    let json = |path: &str| -> serde_json::Value {
        serde_json::from_str(page(site, path)).unwrap_or_else(|e| panic!("{path}: {e}"))
    };
    let index = json("handbook.json");
    let roles = index["roles"].as_array().expect("roles");
    assert_eq!(roles.len(), compiled.roles.len());
    for (linked, view) in roles.iter().zip(&compiled.roles) {
        assert_eq!(linked["id"], view.id.as_str());
        let href = linked["href"].as_str().expect("href");
        assert_eq!(href, format!("json/roles/{}.json", view.id));
        assert_eq!(
            json(href),
            serde_json::to_value(view).expect("serde"),
            "{href}"
        );
    }
    for (linked, view) in index["processes"]
        .as_array()
        .expect("processes")
        .iter()
        .zip(&compiled.processes)
    {
        let href = linked["href"].as_str().expect("href");
        let file = json(href);
        assert_eq!(
            file["process"],
            serde_json::to_value(view).expect("serde"),
            "{href}"
        );
        // Its changes of hands: each one drawn on the process.
        for h in file["handoffs"].as_array().expect("handoffs") {
            let slug = h["slug"].as_str().expect("slug");
            let full = compiled
                .handoffs
                .iter()
                .find(|x| x.slug == slug)
                .expect("handoff");
            assert_eq!(*h, serde_json::to_value(full).expect("serde"));
        }
    }
    let all: usize = index["processes"]
        .as_array()
        .expect("processes")
        .iter()
        .map(|p| {
            json(p["href"].as_str().expect("href"))["handoffs"]
                .as_array()
                .map_or(0, Vec::len)
        })
        .sum();
    assert_eq!(all, compiled.handoffs.len(), "every change of hands, once");
    for key in [
        "meta",
        "artifacts",
        "decisions",
        "externals",
        "coverage",
        "teams",
    ] {
        assert!(!index[key].is_null(), "{key}");
    }
    // serve renders the same files in memory.
    let mut renderer = rolebook::render::Renderer::new(None).expect("templates");
    let rendered = renderer.render(&compiled).expect("render");
    for p in rendered.pages.iter().filter(|p| p.path.ends_with(".json")) {
        assert_eq!(page(site, &p.path).as_bytes(), &*p.bytes, "{}", p.path);
    }
}

#[test]
fn the_workload_page_shows_each_role_s_hours_load_and_split() {
    let site = agency_site();
    let html = page(site, "workload.html");
    let main = main_of(html);
    // The table, most loaded first, and each role's section with its bar.
    let row = |role: &str| {
        let at = main
            .find(&format!(">{role}</a></th>"))
            .unwrap_or_else(|| panic!("{role}"));
        let end = main[at..].find("</tr>").expect("row end") + at;
        main[at..end].to_string()
    };
    let courier = row("Courier");
    assert!(
        courier.contains(">1</td>")
            && courier.contains(">130</td>")
            && courier.contains(">147</td>")
            && courier.contains(">88%</td>"),
        "{courier}"
    );
    assert!(row("Active sales manager").contains(">3</td>"));
    assert_eq!(main.matches("class=\"load-bar\"").count(), 6);
    assert!(main.contains("aria-label=\"Load: 88%\""));
    // Counted against declared, by stage name.
    assert!(
        main.contains(
            "<th scope=\"row\">Prospecting</th><td class=\"num\">56%</td><td class=\"num\">60%</td>"
        ),
        "{main}"
    );
    // In the menu of every page, and in the data.
    assert!(page(site, "index.html").contains("href=\"workload.html\""));
    assert!(page(site, "roles/courier.html").contains("href=\"../workload.html\""));
    let json: serde_json::Value = serde_json::from_str(page(site, "handbook.json")).expect("json");
    assert_eq!(json["workload"][0]["load"], 92);
    // A handbook without volumes has no such page, and no link to one.
    let dir = handbook(&[]);
    let out = tempfile::tempdir().expect("temp");
    crate::support::build_site(dir.path(), &out.path().join("site"), &[]);
    assert!(!out.path().join("site/workload.html").exists());
    let index = std::fs::read_to_string(out.path().join("site/index.html")).expect("index");
    assert!(!index.contains("workload.html"));
}

#[test]
fn the_org_chart_nests_roles_under_their_superiors_and_names_people_only_when_published() {
    // b reports to a, a to the external boss; Ann holds a, Bob half of b.
    let b = crate::support::BASE
        .iter()
        .find(|(f, _)| *f == "b.yaml")
        .expect("b")
        .1
        .replace("reports_to: boss", "reports_to: a");
    let people = "people:
  - name: Ann Lee
    roles: [a]
  - name: Bob Roe
    roles: [b]
    hours: 20 a week
";
    let build = |publish: bool| {
        let hb = format!("{}publish_people: {publish}\n", crate::support::BASE[0].1);
        let dir = handbook(&[
            ("b.yaml", &b),
            ("people.yaml", people),
            ("handbook.yaml", &hb),
        ]);
        let out = tempfile::tempdir().expect("temp");
        crate::support::build_site(dir.path(), &out.path().join("site"), &[]);
        out
    };
    let read = |out: &tempfile::TempDir, path: &str| {
        std::fs::read_to_string(out.path().join("site").join(path)).expect(path)
    };
    let published = build(true);
    let org = read(&published, "org.html");
    let main = main_of(&org);
    let (boss, a, b) = (
        main.find("roles/boss.html").expect("boss"),
        main.find("roles/a.html").expect("a"),
        main.find("roles/b.html").expect("b"),
    );
    assert!(boss < a && a < b, "{main}");
    // b's line is inside a's list, which is inside the boss's.
    assert_eq!(main[..b].matches("<ul").count(), 3, "{main}");
    assert!(
        main.contains("People: 0.5</span><span class=\"org-holders\">Bob Roe (50%)</span>"),
        "{main}"
    );
    let role = read(&published, "roles/a.html");
    assert!(role.contains("Held by: Ann Lee</p>"), "{role}");
    assert!(read(&published, "index.html").contains("href=\"org.html\""));
    // Not published: counts, and no name on any page or in the data.
    let counted = build(false);
    assert!(main_of(&read(&counted, "org.html")).contains("People: 0.5"));
    for entry in walkdir::WalkDir::new(counted.path()) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).expect("read");
            let text = String::from_utf8_lossy(&bytes);
            assert!(
                !text.contains("Ann Lee") && !text.contains("Bob Roe"),
                "{}",
                entry.path().display()
            );
        }
    }
}

#[test]
fn the_main_process_comes_first_where_the_handbook_orders_it() {
    // sales.yaml says `order: 1`; complaints has none, so it follows
    // although its id sorts first: in the menu, the index and the print.
    let site = agency_site();
    for path in [
        "index.html",
        "processes.html",
        "roles/courier.html",
        "print.html",
    ] {
        let html = page(site, path);
        let sales = html
            .find("processes/sales.html")
            .or_else(|| html.find("process-sales.html"));
        let complaints = html
            .find("processes/complaints.html")
            .or_else(|| html.find("process-complaints.html"));
        assert!(
            matches!((sales, complaints), (Some(s), Some(c)) if s < c),
            "{path}: {sales:?} {complaints:?}"
        );
    }
}

#[test]
fn the_documents_page_says_who_makes_needs_and_hands_over_each_document() {
    let site = agency_site();
    let main = main_of(page(site, "artifacts.html"));
    let at = main.find("id=\"artifact-lead-card\"").expect("lead card");
    let end = main[at..].find("</section>").expect("end") + at;
    let card = &main[at..end];
    assert!(
        card.contains("<dt>Made at</dt>\n<dd><a href=\"processes/sales.html#stage-prospecting\">Prospecting</a> (<a href=\"roles/active-sales.html\">Active sales manager</a>)</dd>"),
        "{card}"
    );
    assert!(card.contains("<dt>Needed at</dt>"), "{card}");
    assert!(
        card.contains("<a href=\"handoffs/prospecting--lead-registration.html\">Active sales manager → Database operator</a>"),
        "{card}"
    );
}

#[test]
fn the_printed_job_description_has_the_approver_and_the_liability_hr_files() {
    // The Russian form HR files: approved by the director named in
    // handbook.yaml, with the courier's material liability in section 4.
    let dir = repo().join("examples/agency-ru");
    let out = tempfile::tempdir().expect("temp");
    crate::support::build_site(&dir, &out.path().join("site"), &[]);
    let starter =
        std::fs::read_to_string(out.path().join("site/starter/courier.html")).expect("starter");
    assert!(
        starter.contains("<p><strong>УТВЕРЖДАЮ</strong></p>\n<p>Директор агентства</p>"),
        "{starter}"
    );
    let section = starter
        .find("4. Ответственность и оценка результатов")
        .expect("section 4");
    let liability = starter
        .find("Материальная ответственность")
        .expect("liability");
    assert!(section < liability, "{starter}");
    assert!(starter.contains("Документы, подписанные оригиналы и готовые материалы"));
    // Points numbered under their sections by the stylesheet, and no
    // section title repeated by a heading of its own on paper.
    assert!(starter.contains("<div class=\"hr-form\">"), "{starter}");
    assert!(
        starter.contains("<h2 id=\"rights\" class=\"visually-hidden\">Права</h2>"),
        "{starter}"
    );
    let css = std::fs::read_to_string(out.path().join("site/assets/style.css")).expect("css");
    assert!(
        css.contains("content: counter(hrsec) \".\" counter(hrpt) \". \""),
        "{css}"
    );
    // A role without liability keeps its fingerprint: the field is left out when empty.
    let loaded = rolebook::load::load(&dir).expect("load");
    let c = rolebook::compile::compile(&loaded.handbook, rolebook::model::today());
    let sales = c
        .roles
        .iter()
        .find(|r| r.id == "active-sales")
        .expect("role");
    let json = serde_json::to_string(sales).expect("json");
    assert!(!json.contains("liability"), "{json}");
}

/// Every build writes `404.html` (never searched, never indexed); with
/// `base_url:` its links start from the published address and the build
/// writes `sitemap.xml` of every page a reader may land on.
#[test]
fn a_not_found_page_always_and_a_sitemap_where_base_url_is_set() {
    let site = agency_site();
    let plain = page(site, "404.html");
    assert!(plain.contains("<h1>Page not found</h1>"));
    assert!(plain.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!plain.contains("data-pagefind-body"));
    assert!(!site.pages.iter().any(|p| p.path == "sitemap.xml"));

    let dir = tempfile::tempdir().expect("temp");
    let roles = crate::support::agency_with(
        dir.path(),
        "version: \"2026.1\"\n",
        "base_url: https://handbook.example.org/sales\n",
    );
    let yaml = std::fs::read_to_string(roles.join("handbook.yaml")).expect("read");
    let out = dir.path().join("site");
    crate::support::build_site(&roles, &out, &[]);
    let not_found = std::fs::read_to_string(out.join("404.html")).expect("404");
    assert!(not_found.contains("href=\"https://handbook.example.org/sales/assets/style.css\""));
    assert!(not_found.contains("href=\"https://handbook.example.org/sales/roles/courier.html\""));
    // Every printed sheet says it is uncontrolled, and where the current
    // version is (a CSS string: letters and spaces as they are, the rest
    // escaped).
    let starter = std::fs::read_to_string(out.join("starter/courier.html")).expect("starter");
    let margins = &starter[starter.find("@bottom-left").expect("@bottom-left")..];
    assert!(margins.contains("Uncontrolled when printed\\3a  check the current version at https\\3a \\2f \\2f handbook\\2e example\\2e org\\2f sales"), "{margins}");
    assert!(plain.contains(
        "@bottom-left { content: \"Uncontrolled when printed\\3a  check the current version\"; }"
    ));
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).expect("sitemap");
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
    for loc in [
        "https://handbook.example.org/sales/index.html",
        "https://handbook.example.org/sales/roles/courier.html",
        "https://handbook.example.org/sales/checklists/courier.html",
        "https://handbook.example.org/sales/starter/head-of-sales.html",
        "https://handbook.example.org/sales/roles/director.html",
        "https://handbook.example.org/sales/handoffs/assignment--brief.html",
        "https://handbook.example.org/sales/processes/incoming.html",
    ] {
        assert!(
            sitemap.contains(&format!("<url><loc>{loc}</loc></url>")),
            "{loc}"
        );
    }
    assert!(!sitemap.contains("/print/") && !sitemap.contains("404.html"));
    // 6 roles × 4 pages, the director, 3 processes, 16 handoffs, 9 lists.
    assert_eq!(sitemap.matches("<url>").count(), 24 + 1 + 3 + 16 + 9);

    // A relative address gives no sitemap (a sitemap lists full addresses).
    std::fs::write(
        roles.join("handbook.yaml"),
        yaml.replace(
            "base_url: https://handbook.example.org/sales\n",
            "base_url: sales/\n",
        ),
    )
    .expect("write");
    let out = dir.path().join("site2");
    crate::support::build_site(&roles, &out, &[]);
    assert!(out.join("404.html").is_file() && !out.join("sitemap.xml").exists());
}

/// `theme:`: the accent, logo, favicon and extra CSS on every page (the
/// logo in print too), the files under `assets/theme/`; a theme file that
/// is missing, outside the folder or of the wrong kind, and a colour that
/// is not one, are findings on their lines, and the site goes without them.
#[test]
fn a_theme_brings_its_colour_logo_favicon_and_css_to_every_page() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = crate::support::themed_handbook(dir.path());
    assert!(crate::support::findings_in(&roles).is_empty());
    let out = dir.path().join("site");
    crate::support::build_site(&roles, &out, &[]);
    for (file, root) in [
        ("index.html", ""),
        ("roles/courier.html", "../"),
        ("starter/courier.html", "../"),
    ] {
        let html = std::fs::read_to_string(out.join(file)).expect("page");
        for needle in [
            "<style>:root { --accent: #7a1f5c; }</style>".to_string(),
            format!("<link rel=\"stylesheet\" href=\"{root}assets/theme/extra.css\">"),
            format!("<link rel=\"icon\" href=\"{root}assets/theme/favicon.svg\">"),
            format!("<img class=\"logo\" src=\"{root}assets/theme/logo.svg\" alt=\"\">"),
            format!("<img class=\"print-logo\" src=\"{root}assets/theme/logo.svg\" alt=\"\">"),
        ] {
            assert!(html.contains(&needle), "{file}: {needle}");
        }
    }
    assert_eq!(
        std::fs::read(out.join("assets/theme/extra.css")).expect("css"),
        std::fs::read(roles.join("theme/extra.css")).expect("css")
    );
    assert!(out.join("assets/theme/logo.svg").is_file());
    // Its free pages: one page each, in every page's menu and in print.
    let welcome = std::fs::read_to_string(out.join("pages/welcome.html")).expect("page");
    assert!(welcome.contains("<h1>Welcome to sales</h1>"));
    assert!(welcome.contains("Our zeppelin rule: every call is written down."));
    assert!(welcome.contains("data-pagefind-body"));
    let courier = std::fs::read_to_string(out.join("roles/courier.html")).expect("page");
    assert!(courier.contains("<a href=\"../pages/glossary.html\">Glossary</a>"));
    assert!(courier.find("pages/glossary.html") < courier.find("pages/welcome.html"));
    let print = std::fs::read_to_string(out.join("print.html")).expect("print");
    assert!(print.contains("<section class=\"print-section\" id=\"page-welcome\">"));
    // A link a page may not have, and a file name that is not an id.
    std::fs::write(
        roles.join("pages/faq.md"),
        "# FAQ\n\nSee\n[this](javascript:alert(1))\n",
    )
    .expect("faq");
    std::fs::write(roles.join("pages/Read Me.md"), "# Read me\n").expect("readme");
    let hits = crate::support::findings_in(&roles);
    assert!(
        hits.iter()
            .any(|h| h.rule == "unsafe-link" && h.file == "pages/faq.md" && h.line == 4),
        "{hits:#?}"
    );
    assert!(
        hits.iter()
            .any(|h| h.rule == "invalid-id" && h.file == "pages/Read Me.md"),
        "{hits:#?}"
    );
    std::fs::remove_file(roles.join("pages/faq.md")).expect("rm");
    std::fs::remove_file(roles.join("pages/Read Me.md")).expect("rm");

    let yaml = std::fs::read_to_string(roles.join("handbook.yaml")).expect("read");
    let line = |needle: &str| {
        yaml.lines()
            .position(|l| l.contains(needle))
            .map(|i| i as u32 + 1)
            .expect("line")
    };
    std::fs::write(
        roles.join("handbook.yaml"),
        yaml.replace("  accent: \"#7a1f5c\"", "  accent: purple")
            .replace("  logo: theme/logo.svg", "  logo: ../logo.svg")
            .replace(
                "  favicon: theme/favicon.svg",
                "  favicon: theme/nowhere.png",
            )
            .replace("  css: theme/extra.css", "  css: theme/logo.svg"),
    )
    .expect("write");
    let hits = crate::support::findings_in(&roles);
    let at = |rule: &str, l: u32| {
        assert!(
            hits.iter()
                .any(|h| h.rule == rule && h.file == "handbook.yaml" && h.line == l),
            "{rule} at {l}: {hits:#?}"
        )
    };
    at("wrong-type", line("  accent:"));
    at("not-a-file", line("  logo:"));
    at("missing-file", line("  favicon:"));
    at("not-a-file", line("  css:"));
    assert!(hits.iter().any(|h| {
        h.message
            .contains("`theme/nowhere.png` is not in the handbook folder")
    }));
}

/// Each role's first month: day one, week one and month one derived from
/// the handbook (its stages, the people on either side of each change of
/// hands, its superior and deputy, its KPIs) with the role's own items; a
/// self-check of at least 8 questions with their answers for every role
/// that owns stages; linked from the role's page and in its starter pack.
#[test]
fn every_role_has_a_first_month_and_a_self_check_with_answers() {
    let site = agency_site();
    for role in [
        "active-sales",
        "client-service",
        "courier",
        "database-operator",
        "documents-clerk",
        "head-of-sales",
    ] {
        let plan = main_of(page(site, &format!("onboarding/{role}.html")));
        let questions = plan.matches("<details><summary>Answer</summary>").count();
        assert!(questions >= 8, "{role}: {questions} questions");
        // The key repeats every answer for paper.
        let key = &plan[plan.find("class=\"answer-key").expect("key")..];
        assert_eq!(key.matches("<li>").count(), questions, "{role}");
        let role_page = page(site, &format!("roles/{role}.html"));
        assert!(role_page.contains(&format!("href=\"../onboarding/{role}.html\"")));
        let starter = page(site, &format!("starter/{role}.html"));
        assert!(
            starter.contains("<section class=\"starter-onboarding\""),
            "{role}"
        );
        assert!(
            !starter.contains("<details>"),
            "{role}: the self-check is not in the pack"
        );
    }
    let courier = main_of(page(site, "onboarding/courier.html"));
    for needle in [
        "Read your job description from start to end",
        "Meet your superior, Head of sales",
        "Meet your deputy, Documents clerk",
        "Learn your stage “Documents to the client” (Client conveyor)",
        "Sit with the Documents clerk when they hand you “Contract and invoice” → “Documents to the client”",
        "href=\"../handoffs/contract--document-delivery.html\"",
        // The role's own items.
        "Receive the courier bag, the stamp pad",
        "Ride two days of routes with the documents clerk",
        // Questions with the handbook's answers.
        "When is the stage “Documents to the client” done?",
        "By when and how do you hand over “Documents to the client” → “Payment”, and how do you know it arrived?",
    ] {
        assert!(courier.contains(needle), "{needle}\n{courier}");
    }
    // An exception's question carries its answer.
    let head = main_of(page(site, "onboarding/head-of-sales.html"));
    assert!(
        head.contains("At “Order assigned”: The returning client"),
        "{head}"
    );
    assert!(head.contains("Who decides “Discount on an estimate”, and up to which amount?"));
}
