//! The agency's handbook in Russian (`examples/agency-ru`): clean, built, and Russian wherever rolebook writes.

use std::path::Path;

use crate::support::repo;

/// Builds the Russian agency from a repository of its own whose commits are
/// written in Russian, as its head's would be: the pages' revision history
/// shows the commits' own words, and those of this repository are English.
fn build_russian(out: &Path) {
    let work = tempfile::tempdir().expect("temp");
    let roles = work.path().join("agency");
    crate::support::copy_dir(&repo().join("examples/agency-ru"), &roles);
    let courier = roles.join("courier.yaml");
    let text = std::fs::read_to_string(&courier).expect("read");
    let first = "  - Звонить получателю за 30 минут до приезда\n";
    std::fs::write(&courier, text.replacen(first, "", 1)).expect("write");
    crate::support::git(work.path(), &["init", "-q"]);
    crate::support::git(work.path(), &["add", "-A"]);
    crate::support::git(work.path(), &["commit", "-q", "-m", "Первая редакция"]);
    std::fs::write(&courier, text).expect("write");
    crate::support::git(
        work.path(),
        &["commit", "-q", "-am", "Курьер звонит получателю заранее"],
    );
    crate::support::build_site(&roles, out, &[]);
}

/// The text a reader sees: tags, scripts and styles removed.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let skip_to = if tail.starts_with("<script") {
            tail.find("</script>").map(|j| j + 9)
        } else if tail.starts_with("<style") {
            tail.find("</style>").map(|j| j + 8)
        } else {
            tail.find('>').map(|j| j + 1)
        };
        let Some(j) = skip_to else { break };
        out.push(' ');
        rest = &tail[j..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_russian_handbook_is_clean() {
    let roles = repo().join("examples/agency-ru");
    let (code, v) =
        crate::support::json_of(&["check", "--deny-warnings", "--format", "json"], &roles);
    assert_eq!((code, &v["findings"]), (Some(0), &serde_json::json!([])));
}

#[test]
fn no_english_interface_word_on_a_russian_page() {
    let dir = tempfile::tempdir().expect("temp");
    let site = dir.path().join("site");
    build_russian(&site);
    // Every English phrase of rolebook's own words that Russian says otherwise.
    let russian = rolebook_words("ru");
    let english: Vec<String> = rolebook_words("en")
        .into_iter()
        .filter(|(id, en)| russian.get(id).is_some_and(|ru| ru != en))
        .filter(|(_, en)| en.chars().filter(char::is_ascii_alphabetic).count() >= 5)
        .map(|(_, en)| en)
        .collect();
    assert!(english.len() > 100, "{}", english.len());
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(&site) {
        let entry = entry.expect("walk");
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") || path.starts_with(site.join("pagefind")) {
            continue;
        }
        let text = visible(&std::fs::read_to_string(path).expect("read"));
        for phrase in &english {
            assert!(
                !text.contains(phrase.as_str()),
                "{} shows the English `{phrase}`",
                path.display()
            );
        }
        pages += 1;
    }
    assert!(pages > 30, "{pages} pages");
    // The courier's revision history, in the commits' and rolebook's Russian.
    let courier = visible(&std::fs::read_to_string(site.join("roles/courier.html")).expect("read"));
    for said in [
        "История изменений",
        "Курьер звонит получателю заранее",
        "Звонить получателю за 30 минут до приезда",
        "Впервые опубликовано",
        "Утверждено: Директор агентства, 1 декабря 2026",
        "действует с 7 декабря 2026",
    ] {
        assert!(courier.contains(said), "{said}: {courier}");
    }
    // Every role's first month, with a self-check of at least 8 questions.
    for entry in std::fs::read_dir(site.join("onboarding")).expect("onboarding/") {
        let path = entry.expect("entry").path();
        let html = std::fs::read_to_string(&path).expect("read");
        let questions = html.matches("<details><summary>Ответ</summary>").count();
        assert!(questions >= 8, "{}: {questions}", path.display());
        assert!(html.contains("<h2 id=\"onb-day\">Первый день</h2>"));
    }
}

/// id -> text of every message of `locales/LANG.ftl` that is a plain line.
fn rolebook_words(lang: &str) -> std::collections::BTreeMap<String, String> {
    let text = std::fs::read_to_string(repo().join(format!("locales/{lang}.ftl"))).expect("ftl");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
        .filter_map(|l| l.split_once(" = "))
        .filter(|(_, v)| !v.contains('{'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn russian_job_descriptions_follow_the_russian_form() {
    let dir = tempfile::tempdir().expect("temp");
    let site = dir.path().join("site");
    build_russian(&site);
    let starter = std::fs::read_to_string(site.join("starter/courier.html")).expect("starter");
    let at = |needle: &str| {
        starter
            .find(needle)
            .unwrap_or_else(|| panic!("the courier's starter pack lacks `{needle}`"))
    };
    // Approval block, then the four numbered sections in their order.
    assert!(at("УТВЕРЖДАЮ") < at("Должностная инструкция"));
    assert!(at("1. Общие положения") < at("2. Должностные обязанности"));
    assert!(at("2. Должностные обязанности") < at("3. Права"));
    assert!(at("3. Права") < at("4. Ответственность и оценка результатов"));
    // Qualification belongs to the general provisions in the Russian form.
    assert!(at("Квалификация") < at("2. Должностные обязанности"));
    // The acknowledgement a Russian employee signs, with position and version.
    assert!(
        at("С должностной инструкцией, чек-листами и порядком передач ознакомлен(а)")
            > at("4. Ответственность")
    );
    assert!(
        starter.contains("Должность: <strong>Курьер</strong> · Версия <strong>2026.1</strong>")
    );
    assert!(
        starter.contains(
            "@bottom-right { content: \"Стр\\2e  \" counter(page) \" из \" counter(pages); }"
        ),
        "page numbers in Russian"
    );
    // Whole phrases, not glued words; counts with Russian plurals.
    let role = std::fs::read_to_string(site.join("roles/courier.html")).expect("role");
    assert!(role.contains("<dt>Кто замещает</dt>"));
    assert!(role.contains("(11 чек-листов)"), "counted checklists");
    assert!(
        !role.contains("кому "),
        "a dative preposition glued to a title"
    );
    let roles = std::fs::read_to_string(site.join("roles.html")).expect("roles");
    assert!(roles.contains("checklists/courier.html\">11 чек-листов</a>"));
}

#[test]
fn review_dates_are_written_the_russian_way() {
    let dir = tempfile::tempdir().expect("temp");
    let roles = dir.path().join("roles");
    crate::support::copy_dir(&repo().join("examples/agency-ru"), &roles);
    let courier = roles.join("courier.yaml");
    let text = std::fs::read_to_string(&courier).expect("read");
    std::fs::write(
        &courier,
        text.replacen(
            "deputy: documents-clerk\n",
            "deputy: documents-clerk\nreview:\n  by: head-of-sales\n  last: 2026-01-31\n  every: 1 month\n",
            1,
        ),
    )
    .expect("write");
    let site = dir.path().join("site");
    crate::support::build_site(&roles, &site, &["--today", "2026-02-01"]);
    let page = std::fs::read_to_string(site.join("roles/courier.html")).expect("page");
    assert!(
        page.contains(
            "пересмотрено 31.01.2026 (Руководитель отдела продаж), следующий пересмотр 28.02.2026"
        ),
        "review line in Russian"
    );
    let out = crate::support::rolebook()
        .args([
            "check",
            "--format",
            "short",
            "--today",
            "2026-03-01",
            "--roles",
        ])
        .arg(&roles)
        .output()
        .expect("run");
    let short = String::from_utf8_lossy(&out.stdout);
    assert!(
        short.contains(
            "courier.yaml:12:9: warning[review-overdue]: пересмотр роли `courier` надо было провести 2026-02-28 (последний 2026-01-31, раз в месяц)"
        ),
        "{short}"
    );
}

#[test]
fn explain_speaks_russian_when_asked_or_when_the_terminal_does() {
    // Run where there is no `roles/` folder, so only the terminal decides.
    let nowhere = tempfile::tempdir().expect("temp");
    let run = |args: &[&str], lang: Option<&str>| {
        let mut command = crate::support::rolebook();
        command.current_dir(nowhere.path()).args(args);
        if let Some(lang) = lang {
            command
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", lang);
        }
        let out = command.output().expect("run");
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let ru = run(&["explain", "handoff-missing", "--lang", "ru"], None);
    assert!(
        ru.starts_with("handoff-missing (по умолчанию: error)"),
        "{ru}"
    );
    assert!(ru.contains("Почему это важно\n  Каждая смена исполнителя — это место, где начинается «испорченный телефон»"), "{ru}");
    // The rule id and the example stay as they are; the words around them are Russian.
    let list = run(&["explain"], Some("ru_RU.UTF-8"));
    assert!(
        list.contains("deputy-missing           warning  роль не называет, кто её замещает"),
        "{list}"
    );
    let en = run(
        &["explain", "handoff-missing", "--lang", "en"],
        Some("ru_RU.UTF-8"),
    );
    assert!(en.contains("Why it matters"), "{en}");
    // A Russian handbook makes `explain` Russian in an English terminal.
    let ru_roles = repo().join("examples/agency-ru");
    let ru_roles = ru_roles.to_str().expect("a UTF-8 path");
    let ru = run(&["explain", "deputy-self", "--roles", ru_roles], None);
    assert!(ru.contains("Почему это важно"), "{ru}");
    let unknown = crate::support::rolebook()
        .args(["explain", "deputy-slf", "--roles", ru_roles])
        .output()
        .expect("run");
    assert_eq!(unknown.status.code(), Some(2));
    let err = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        err.contains("правила `deputy-slf` нет; возможно, имелось в виду `deputy-self` или"),
        "{err}"
    );
}

/// A copy of the Russian handbook with `edit` applied to the courier's file.
fn russian_with(edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp");
    crate::support::copy_dir(&repo().join("examples/agency-ru"), dir.path());
    let file = dir.path().join("courier.yaml");
    let text = std::fs::read_to_string(&file).expect("courier.yaml");
    std::fs::write(&file, edit(&text)).expect("write");
    dir
}

#[test]
fn findings_of_a_russian_handbook_are_in_russian_with_ids_and_places_as_they_are() {
    let dir = russian_with(|t| {
        t.replace("deputy: documents-clerk", "deputy: kurier")
            .replacen("title:", "titel:", 1)
    });
    let out = crate::support::rolebook()
        .args(["check", "--color", "never", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let human = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "ошибка[unknown-field]: неизвестный ключ `titel` в описании роли",
        "подсказка: возможно, имелось в виду `title`?",
        "ошибка[missing-field]: в описании роли нет `title`",
        "подсказка: добавьте `title:` — Название должности.",
        "ошибка[unknown-reference]: `kurier` — не роль справочника и не внешняя роль",
        "courier.yaml:9:9",
        "━━━━━━ не роль и не внешняя роль",
        "3 ошибки, 0 предупреждений",
    ] {
        assert!(human.contains(expected), "no {expected:?} in\n{human}");
    }
    // The short form keeps what editors and CI match on: place, severity, rule.
    let short = crate::support::rolebook()
        .args(["check", "--format", "short", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    let short = String::from_utf8_lossy(&short.stdout);
    assert!(
        short.lines().any(|l| l.ends_with(
            "courier.yaml:9:9: error[unknown-reference]: `kurier` — не роль справочника и не внешняя роль"
        )),
        "{short}"
    );
    // JSON keeps its English keys; the sentences are the reader's.
    let (code, v) = crate::support::json_of(&["check", "--format", "json"], dir.path());
    assert_eq!(code, Some(1));
    let hit = v["findings"]
        .as_array()
        .and_then(|all| all.iter().find(|f| f["rule"] == "unknown-reference"))
        .expect("the unknown reference");
    assert_eq!(hit["line"], 9);
    assert_eq!(hit["column"], 9);
    assert_eq!(hit["severity"], "error");
    assert_eq!(hit["help"], "возможно, имелось в виду `courier`?");
    // `--lang en` says the same in English.
    let en = crate::support::rolebook()
        .args(["check", "--format", "short", "--lang", "en", "--roles"])
        .arg(dir.path())
        .output()
        .expect("run");
    let en = String::from_utf8_lossy(&en.stdout);
    assert!(
        en.contains(
            "courier.yaml:9:9: error[unknown-reference]: `kurier` is not a role or an external role"
        ),
        "{en}"
    );
    let (_, v) =
        crate::support::json_of(&["check", "--format", "json", "--lang", "en"], dir.path());
    let missing = v["findings"]
        .as_array()
        .and_then(|all| all.iter().find(|f| f["rule"] == "missing-field"))
        .expect("the missing title");
    assert_eq!(missing["help"], "add `title:` — Job title.");
}

#[test]
fn a_russian_build_that_fails_says_why_in_russian() {
    let dir = russian_with(|t| t.replace("deputy: documents-clerk", "deputy: courier"));
    let out_dir = tempfile::tempdir().expect("temp");
    let site = out_dir.path().join("site");
    let out = crate::support::rolebook()
        .args(["build", "--color", "never", "--deny-warnings", "--roles"])
        .arg(dir.path())
        .arg("--out")
        .arg(&site)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ошибка[deputy-self]: роль `courier` («Курьер») замещает сама себя"),
        "{err}"
    );
    assert!(
        err.contains("подсказка: назовите другую роль, которая может замещать"),
        "{err}"
    );
    assert!(
        err.contains("не собрано: исправьте замечания выше; папка "),
        "{err}"
    );
    assert!(!site.exists(), "a failed build wrote {}", site.display());
    // And a build that works says so in Russian too.
    let good = crate::support::rolebook()
        .args(["build", "--roles"])
        .arg(repo().join("examples/agency-ru"))
        .arg("--out")
        .arg(&site)
        .output()
        .expect("run");
    assert_eq!(good.status.code(), Some(0));
    let said = String::from_utf8_lossy(&good.stderr);
    assert!(said.starts_with("записано "), "{said}");
    assert!(
        said.contains(" файл") && said.contains(" в ") && said.contains("(чтение "),
        "{said}"
    );
}

#[test]
fn the_errors_a_head_of_sales_meets_are_in_their_language() {
    let run = |lang: &str, roles: &Path, as_nobody: bool| {
        let mut command = if as_nobody {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(env!("CARGO_BIN_EXE_rolebook"));
            c
        } else {
            crate::support::rolebook()
        };
        let out = command
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .args(["check", "--roles"])
            .arg(roles)
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let dir = tempfile::tempdir().expect("temp");
    let nowhere = dir.path().join("nowhere");
    let (code, err) = run("ru_RU.UTF-8", &nowhere, false);
    assert_eq!(code, Some(2));
    assert!(err.starts_with("ошибка: папки справочника"), "{err}");
    assert!(
        err.contains("укажите в --roles папку, в которой лежит handbook.yaml"),
        "{err}"
    );
    let (_, err) = run("en_GB.UTF-8", &nowhere, false);
    assert!(err.contains("the handbook folder"), "{err}");
    // A spec the reader may not read (run as `nobody` when the tests run as root).
    use std::os::unix::fs::PermissionsExt;
    let roles = dir.path().join("roles");
    crate::support::copy_dir(&repo().join("examples/agency-ru"), &roles);
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::set_permissions(
        roles.join("courier.yaml"),
        std::fs::Permissions::from_mode(0o000),
    )
    .expect("chmod");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    let (code, err) = run("ru_RU.UTF-8", &roles, root);
    if root && err.contains("setpriv") {
        eprintln!("skipped the unreadable file: cannot drop to `nobody` here ({err})");
        return;
    }
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("не удаётся прочитать"), "{err}");
    assert!(err.contains("courier.yaml`: нет прав на чтение"), "{err}");
}

#[test]
fn a_folder_rolebook_did_not_write_is_refused_in_the_readers_language() {
    let dir = tempfile::tempdir().expect("temp");
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).expect("mkdir");
    for name in ["a.txt", "b.txt"] {
        std::fs::write(docs.join(name), "mine").expect("write");
    }
    let out = crate::support::rolebook()
        .env_remove("LC_ALL")
        .env("LANG", "ru_RU.UTF-8")
        .arg("build")
        .arg("--roles")
        .arg(repo().join("examples/agency-ru"))
        .arg("--out")
        .arg(&docs)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("не сайт, записанный rolebook (в ней нет файла `.rolebook-site`), и она не пуста (2 записи); сборка удалила бы их; укажите пустую или новую папку или добавьте --force"),
        "{err}"
    );
    assert!(docs.join("a.txt").is_file() && docs.join("b.txt").is_file());
}

#[test]
fn diff_status_and_the_changes_page_speak_russian() {
    let dir = tempfile::tempdir().expect("temp");
    let (old, new) = (dir.path().join("old"), dir.path().join("new"));
    crate::support::copy_dir(&repo().join("examples/agency-ru"), &old);
    crate::support::copy_dir(&repo().join("examples/agency-ru"), &new);
    let courier = new.join("courier.yaml");
    let text = std::fs::read_to_string(&courier).expect("courier.yaml");
    std::fs::write(
        &courier,
        text.replace(
            "  - Звонить получателю за 30 минут до приезда",
            "  - Звонить получателю за час до приезда",
        ),
    )
    .expect("write");
    let run = |args: &[&str]| {
        let out = crate::support::rolebook()
            .args(args)
            .arg("--roles")
            .arg(&new)
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let old_arg = old.to_str().expect("a UTF-8 path");
    let human = run(&["diff", old_arg]);
    assert!(
        human.contains(
            "роль Курьер (courier)\n  обязанности: удалено «Звонить получателю за 30 минут до приезда»\n  обязанности: добавлено «Звонить получателю за час до приезда»\n"
        ),
        "{human}"
    );
    let md = run(&["diff", old_arg, "--format", "markdown"]);
    assert!(md.starts_with("## Изменения в справочнике\n"), "{md}");
    assert!(
        run(&["diff", old_arg, "--lang", "en"])
            .contains("  duties: added “Звонить получателю за час до приезда”"),
        "--lang en"
    );

    // The site's "What changed" page, built since the old folder.
    let site = dir.path().join("site");
    crate::support::build_site(&new, &site, &["--since", old_arg]);
    let page = std::fs::read_to_string(site.join("changes.html")).expect("changes.html");
    assert!(
        page.contains("<li>обязанности: добавлено «Звонить получателю за час до приезда»</li>"),
        "changes page"
    );

    // `status`: a signature for a version that is not there any more.
    std::fs::write(
        new.join("acknowledgements.yaml"),
        "signatures:\n  - person: Иван Петров\n    role: courier\n    signed: 0123456789ab\n    date: 2026-01-15\n",
    )
    .expect("write");
    let status = run(&["status"]);
    assert!(
        status.starts_with("1 сотрудник должен перечитать свою роль:\n  Иван Петров — Курьер (courier): подписал(а) 0123456789ab 15.01.2026, сейчас "),
        "{status}"
    );
    assert!(
        status.contains("(подписанной версии нет в истории репозитория)"),
        "{status}"
    );
}

/// `rolebook init` in a Russian terminal (or with `--lang ru`) writes a
/// starter handbook in Russian that passes `check --deny-warnings` and builds
/// Russian pages; in an English one, the English starter.
#[test]
fn init_writes_a_russian_starter_for_a_russian_head_of_sales() {
    let dir = tempfile::tempdir().expect("temp");
    let run = |args: &[&str], lang: &str| {
        crate::support::outcome(
            crate::support::rolebook()
                .current_dir(dir.path())
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", lang)
                .args(args),
        )
    };
    let (code, out, _) = run(&["init", "otdel"], "ru_RU.UTF-8");
    assert_eq!(code, Some(0));
    assert!(out.contains("записан otdel/sales-manager.yaml"), "{out}");
    assert!(
        out.contains("Дальше: `rolebook check --roles otdel`"),
        "{out}"
    );
    let spec = |rel: &str| std::fs::read_to_string(dir.path().join("otdel").join(rel)).expect(rel);
    assert!(spec("handbook.yaml").contains("\nlanguage: ru\n"));
    assert!(spec("sales-manager.yaml").contains("\ntitle: Менеджер по продажам\n"));
    assert!(spec("processes/orders.yaml").contains("name: Обращение"));
    // What the editor shows for a key is Russian too.
    assert!(spec(".schema/role.schema.json").contains("\"description\": \"Название должности.\""));
    let (code, out, _) = run(&["check", "--roles", "otdel", "--deny-warnings"], "C.UTF-8");
    assert_eq!((code, out.trim()), (Some(0), "замечаний нет"));
    let (code, _, _) = run(&["build", "--roles", "otdel", "--out", "site"], "C.UTF-8");
    assert_eq!(code, Some(0));
    let page =
        std::fs::read_to_string(dir.path().join("site/roles/order-clerk.html")).expect("page");
    let text = visible(&page);
    for words in [
        "Должностная инструкция",
        "Специалист по договорам",
        "Вернуть договор менеджеру по продажам",
    ] {
        assert!(text.contains(words), "`{words}` not on the page");
    }
    // A second init would overwrite: refused in Russian, the edited file kept.
    std::fs::write(dir.path().join("otdel/order-clerk.yaml"), "title: Своя\n").expect("write");
    let (code, _, err) = run(&["init", "otdel", "--lang", "ru"], "C.UTF-8");
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("ошибка: не перезаписываю существующие файлы: otdel/handbook.yaml"),
        "{err}"
    );
    assert_eq!(spec("order-clerk.yaml"), "title: Своя\n");
    // An English terminal gets the English starter.
    let (code, _, _) = run(&["init", "dept"], "en_GB.UTF-8");
    assert_eq!(code, Some(0));
    let handbook = std::fs::read_to_string(dir.path().join("dept/handbook.yaml")).expect("read");
    assert!(handbook.contains("\nlanguage: en\n") && handbook.contains("title: Orders handbook"));
}

/// `coverage` of a Russian handbook says its lines in Russian and fails on
/// the same errors as `check`; the measures' ids stay as they are.
#[test]
fn coverage_speaks_the_handbooks_language_and_fails_with_check() {
    let dir = russian_with(|_| "title: [unclosed\nsummary: x\n".to_string());
    let run = |extra: &[&str]| {
        crate::support::outcome(
            crate::support::rolebook()
                .args(["coverage", "--roles"])
                .arg(dir.path())
                .args(extra),
        )
    };
    let (code, out, err) = run(&[]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("stages-owned                   20 / 23     87,0%"),
        "{out}"
    );
    assert!(
        out.contains("    не покрыто: document-delivery, materials-delivery, act-delivery"),
        "{out}"
    );
    assert!(
        out.contains("итого                                      97,8%"),
        "{out}"
    );
    let check = crate::support::rolebook()
        .args(["check", "--format", "short", "--roles"])
        .arg(dir.path())
        .status()
        .expect("run");
    assert_eq!(check.code(), Some(1));
    assert!(
        err.starts_with("в справочнике 1 ошибка (запустите `rolebook check --roles"),
        "{err}"
    );
    let (_, out, err) = run(&["--lang", "en"]);
    assert!(out.contains("    not covered: document-delivery"), "{out}");
    assert!(
        err.starts_with("the handbook has 1 error (run `rolebook check --roles"),
        "{err}"
    );
}
