//! The site's own words in each built-in language, chosen by `language:` in handbook.yaml.

use std::collections::BTreeMap;

use crate::model::Language;

/// (key, English, Russian). Templates read them as `t.key`.
const WORDS: &[(&str, &str, &str)] = &[
    ("skip", "Skip to content", "Перейти к содержанию"),
    ("home", "Handbook", "Справочник"),
    ("processes", "Processes", "Процессы"),
    ("process", "Process", "Процесс"),
    ("roles", "Roles", "Роли"),
    ("role", "Role", "Роль"),
    ("handoffs", "Changes of hands", "Передачи между ролями"),
    ("handoff", "Handoff", "Передача"),
    ("coverage", "Coverage", "Покрытие"),
    (
        "print_all",
        "The whole handbook for print",
        "Весь справочник для печати",
    ),
    ("print", "Print", "Печать"),
    ("version", "Version", "Версия"),
    ("edit_page", "Edit this page", "Редактировать страницу"),
    (
        "job_description",
        "Job description",
        "Должностная инструкция",
    ),
    ("purpose", "Purpose", "Назначение"),
    ("place", "Place in the structure", "Место в структуре"),
    ("reports_to", "Reports to", "Подчиняется"),
    ("deputy", "Deputy", "Заместитель"),
    ("deputy_for", "Stands in for", "Замещает"),
    ("nobody", "nobody", "никого"),
    (
        "owned_stages",
        "Stages this role owns",
        "Этапы, за которые отвечает роль",
    ),
    ("done_when", "Done when", "Этап завершён, когда"),
    ("supports", "Takes part in", "Участвует в этапах"),
    (
        "informed",
        "Is kept informed of",
        "Получает информацию об этапах",
    ),
    ("duties", "Duties", "Обязанности"),
    (
        "not_responsible_for",
        "Not responsible for",
        "Не отвечает за",
    ),
    ("rights", "Rights", "Права"),
    ("qualification", "Qualification", "Квалификация"),
    (
        "kpis",
        "Key performance indicators and pay",
        "Показатели и оплата",
    ),
    ("kpi", "Indicator", "Показатель"),
    ("target", "Target", "Цель"),
    ("measured_by", "Measured by", "Как измеряется"),
    ("outcome", "Result paid for", "Оплачиваемый результат"),
    ("pay", "Pay", "Оплата"),
    ("pay_fixed", "Fixed part", "Постоянная часть"),
    ("pay_variable", "Variable part", "Переменная часть"),
    (
        "pay_untied",
        "Other variable pay",
        "Прочая переменная часть",
    ),
    ("no_pay", "No variable pay", "Без переменной части"),
    ("time_budget", "Time budget", "Бюджет рабочего времени"),
    ("other", "Other work", "Прочая работа"),
    ("outgoing", "Hands over", "Передаёт"),
    ("incoming", "Receives", "Получает"),
    ("from_role", "from", "от"),
    ("to_role", "to", "кому"),
    ("after", "after", "после"),
    ("checklists", "Checklists", "Чек-листы"),
    (
        "starter_pack",
        "Starter pack",
        "Пакет для нового сотрудника",
    ),
    ("kind_own", "Routine", "Регулярная работа"),
    ("kind_stage", "Finishing a stage", "Завершение этапа"),
    ("kind_send", "Handing over", "Передача"),
    ("kind_receive", "Taking over", "Приём"),
    ("when", "When", "Когда"),
    ("trigger", "When it happens", "Когда это происходит"),
    (
        "trigger_text",
        "As soon as this stage is done:",
        "Как только этап завершён:",
    ),
    ("passes", "What is handed over", "Что передаётся"),
    ("deadline", "Deadline", "Срок"),
    ("channel", "Channel", "Канал"),
    ("confirm", "Read-back", "Подтверждение"),
    ("read_back", "Read back", "Проговорить и подтвердить"),
    (
        "first_actions",
        "First actions of the receiver",
        "Первые действия получателя",
    ),
    ("first_action", "First action", "Первое действие"),
    (
        "tell_client",
        "What the client is told",
        "Что сказать клиенту",
    ),
    (
        "no_handoff",
        "No handoff is written for this change of hands: the client may have to explain themselves again.",
        "Передача не описана: клиенту, возможно, придётся объяснять всё заново.",
    ),
    (
        "missing",
        "Needed by the next stage but not handed over",
        "Нужно следующему этапу, но не передаётся",
    ),
    (
        "check_fields",
        "Check that it contains",
        "Проверить, что в нём есть",
    ),
    ("stage", "Stage", "Этап"),
    ("stages", "Stages", "Этапы"),
    ("owner", "Owner", "Ответственный"),
    ("no_owner", "no owner", "нет ответственного"),
    ("needs", "Needs", "Нужно"),
    ("produces", "Produces", "Создаёт"),
    ("next", "Next", "Далее"),
    (
        "final",
        "The process may end here",
        "Процесс может закончиться здесь",
    ),
    ("start", "Start", "Начало"),
    ("flow", "Flow", "Схема"),
    ("flow_in_words", "The flow in words", "Схема словами"),
    (
        "flow_alt",
        "Swimlane diagram of the process; the same flow is listed in words below.",
        "Схема процесса по дорожкам ролей; тот же процесс описан словами ниже.",
    ),
    ("change_of_hands", "change of hands", "смена исполнителя"),
    ("same_owner", "same owner", "тот же исполнитель"),
    ("legend_handoff", "change of hands", "смена исполнителя"),
    (
        "legend_flow",
        "next stage, same owner",
        "следующий этап, тот же исполнитель",
    ),
    ("raci", "Who does what (RACI)", "Кто что делает (RACI)"),
    (
        "raci_legend",
        "A: owns the stage and answers for it. D: decides or approves there, within the limits of the decision rights. C: takes part. I: is kept informed.",
        "A — отвечает за этап. D — принимает решение или согласует в пределах своих полномочий. C — участвует. I — получает информацию.",
    ),
    (
        "legend_decides",
        "decides or approves here",
        "принимает решение на этом этапе",
    ),
    (
        "coverage_intro",
        "How much of the conveyor is written down. CI can fail a change that lowers these figures.",
        "Насколько полно описан конвейер. CI может отклонить изменение, которое снижает эти показатели.",
    ),
    (
        "signatures-current",
        "People whose signature is current",
        "Сотрудники, чья подпись актуальна",
    ),
    (
        "stages-owned",
        "Stages with exactly one owner",
        "Этапы ровно с одним ответственным",
    ),
    (
        "handoffs-complete",
        "Changes of hands with a complete handoff",
        "Передачи, описанные полностью",
    ),
    (
        "roles-paid-for-kpis",
        "Roles paid for their own KPIs",
        "Роли с оплатой за собственные показатели",
    ),
    (
        "roles-with-deputy",
        "Roles with a deputy",
        "Роли с заместителем",
    ),
    (
        "stages-with-exit-criteria",
        "Stages with exit criteria",
        "Этапы с критериями завершения",
    ),
    ("total", "Total", "Итого"),
    ("gaps", "Not yet covered", "Ещё не покрыто"),
    ("measure", "Measure", "Показатель"),
    ("covered", "Covered", "Покрыто"),
    (
        "read_and_understood",
        "I have read and understood this job description, its checklists and handoffs",
        "С должностной инструкцией, чек-листами и порядком передач ознакомлен(а)",
    ),
    ("name", "Name", "ФИО"),
    ("page", "Page", "Стр."),
    ("what_changed", "What changed", "Что изменилось"),
    ("changed_since", "Changed since", "Изменения с"),
    (
        "nothing_changed",
        "Nothing a reader sees has changed.",
        "Ничего, что видит читатель, не изменилось.",
    ),
    (
        "new_marked",
        "Items marked new were added since",
        "Пункты с отметкой «новое» добавлены с",
    ),
    ("new", "new", "новое"),
    ("status_added", "new", "новая"),
    ("status_removed", "removed", "удалена"),
    ("status_renamed", "renamed", "переименована"),
    ("status_changed", "changed", "изменена"),
    ("moved", "This page has moved", "Страница переехала"),
    ("fingerprint", "fingerprint", "отпечаток"),
    ("reviewed", "reviewed on", "пересмотрено"),
    ("next_review", "next review", "следующий пересмотр"),
    ("case_ref", "Order or client", "Заказ или клиент"),
    ("page_of", "of", "из"),
    ("position", "Position", "Должность"),
    ("date", "Date", "Дата"),
    ("signature", "Signature", "Подпись"),
    (
        "artifacts",
        "Documents and materials",
        "Документы и материалы",
    ),
    ("kept_in", "Kept in", "Где хранится"),
    ("decisions", "Who decides", "Кто принимает решение"),
    ("amount", "Amount", "Размер"),
    ("decides", "Decides", "Решает"),
    ("over", "over", "свыше"),
    ("up_to", "up to", "до"),
    ("any_amount", "in every case", "в любом случае"),
    ("you", "you", "вы"),
    (
        "exceptions",
        "When it does not go as planned",
        "Если что-то пошло не так",
    ),
    ("pay_example", "Worked example", "Пример расчёта"),
    (
        "external_roles",
        "Outside the roles",
        "Вне ролей справочника",
    ),
    (
        "external_page",
        "Outside the roles",
        "Вне ролей справочника",
    ),
    (
        "external_lead",
        "Not a role of the conveyor, but part of it: what they decide, and who reports to them.",
        "Не роль конвейера, но его часть: какие решения принимает и кто ему подчиняется.",
    ),
    ("reported_by", "Reporting to them", "Подчиняются"),
    ("filled_at", "filled in at", "заполняется на этапе"),
    (
        "fields",
        "A complete one contains",
        "Полный комплект содержит",
    ),
    ("external", "arrives from outside", "поступает извне"),
    ("contents", "Contents", "Содержание"),
    ("search", "Search", "Поиск"),
    (
        "search_placeholder",
        "Search the handbook",
        "Поиск по справочнику",
    ),
    (
        "search_offline",
        "Search needs the handbook to be served over HTTP (for example `rolebook serve`); opened as a file, use the contents below.",
        "Поиск работает, когда справочник открыт через HTTP (например, `rolebook serve`); при открытии файла пользуйтесь содержанием.",
    ),
    ("percent_of_time", "of working time", "рабочего времени"),
    (
        "print_hint",
        "Print this page on A4: boxes are left empty to tick by hand.",
        "Распечатайте страницу на A4: квадраты оставлены пустыми, чтобы отмечать от руки.",
    ),
    (
        "open_checklists",
        "Checklists of this role",
        "Чек-листы этой роли",
    ),
    ("open_starter", "Starter pack to print", "Пакет для печати"),
    ("all_roles", "All roles", "Все роли"),
    ("all_processes", "All processes", "Все процессы"),
    ("summary", "Summary", "Кратко"),
];

/// The words of one language, for the templates' `t`.
pub fn words(language: Language) -> BTreeMap<&'static str, &'static str> {
    WORDS
        .iter()
        .map(|(k, en, ru)| {
            (
                *k,
                match language {
                    Language::En => *en,
                    Language::Ru => *ru,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_translated() {
        let en = words(Language::En);
        assert_eq!(en.len(), WORDS.len(), "a key is repeated");
        for (k, e, r) in WORDS {
            assert!(!e.is_empty() && !r.is_empty(), "{k} lacks a translation");
        }
    }
}
