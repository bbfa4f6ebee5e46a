# The site's own words in Russian (Project Fluent): whole phrases, with
# Russian plural forms where a number is counted (one, few, many).

skip = Перейти к содержанию
home = Справочник
processes = Процессы
process = Процесс
roles = Роли
role = Роль
handoffs = Передачи между ролями
handoff = Передача
coverage = Покрытие
print_all = Весь справочник для печати
print = Печать
version = Версия
edit_page = Редактировать страницу
job_description = Должностная инструкция
purpose = Назначение
place = Место в структуре
reports_to = Подчиняется
deputy = Кто замещает
deputy_for = Кого замещает
nobody = никого
owned_stages = Этапы, за которые отвечает роль
done_when = Этап завершён, когда
supports = Участвует в этапах
informed = Получает информацию об этапах
duties = Обязанности
not_responsible_for = Не отвечает за
rights = Права
qualification = Квалификация
kpis = Показатели и оплата
kpi = Показатель
target = Цель
measured_by = Как измеряется
outcome = Оплачиваемый результат
pay = Оплата
pay_fixed = Постоянная часть
pay_variable = Переменная часть
pay_untied = Прочая переменная часть
no_pay = Без переменной части
time_budget = Бюджет рабочего времени
other = Прочая работа
outgoing = Передаёт
incoming = Получает
from_role = отправитель:
to_role = получатель:
after = после
checklists = Чек-листы
starter_pack = Пакет для нового сотрудника
kind_own = Регулярная работа
kind_stage = Завершение этапа
kind_send = Передача
kind_receive = Приём
when = Когда
trigger = Когда это происходит
trigger_text = Как только этап завершён:
passes = Что передаётся
deadline = Срок
channel = Канал
confirm = Подтверждение
read_back = Проговорить и подтвердить
first_actions = Первые действия получателя
first_action = Первое действие
tell_client = Что сказать клиенту
no_handoff = Передача не описана: клиенту, возможно, придётся объяснять всё заново.
missing = Нужно следующему этапу, но не передаётся
check_fields = Проверить, что в нём есть
stage = Этап
stages = Этапы
owner = Ответственный
no_owner = нет ответственного
needs = Нужно
produces = Создаёт
next = Далее
final = Процесс может закончиться здесь
start = Начало
flow = Схема
flow_in_words = Схема словами
flow_alt = Схема процесса по дорожкам ролей; тот же процесс описан словами ниже.
change_of_hands = смена исполнителя
same_owner = тот же исполнитель
legend_handoff = смена исполнителя
legend_flow = следующий этап, тот же исполнитель
raci = Кто что делает (RACI)
raci_legend = A — отвечает за этап. D — принимает решение или согласует в пределах своих полномочий. C — участвует. I — получает информацию.
legend_decides = принимает решение на этом этапе
coverage_intro = Насколько полно описан конвейер. CI может отклонить изменение, которое снижает эти показатели.
signatures-current = Сотрудники, чья подпись актуальна
stages-owned = Этапы ровно с одним ответственным
handoffs-complete = Передачи, описанные полностью
roles-paid-for-kpis = Роли с оплатой за собственные показатели
roles-with-deputy = Роли с заместителем
stages-with-exit-criteria = Этапы с критериями завершения
total = Итого
gaps = Ещё не покрыто
measure = Показатель
covered = Покрыто
read_and_understood = С должностной инструкцией, чек-листами и порядком передач ознакомлен(а)
name = ФИО
page = Стр.
what_changed = Что изменилось
changed_since = Изменения с
nothing_changed = Ничего, что видит читатель, не изменилось.
new_marked = Пункты с отметкой «новое» добавлены с
new = новое
status_added = новая
status_removed = удалена
status_renamed = переименована
status_changed = изменена
moved = Страница переехала
fingerprint = отпечаток
reviewed = пересмотрено
next_review = следующий пересмотр
case_ref = Заказ или клиент
page_of = из
position = Должность
date = Дата
signature = Подпись
artifacts = Документы и материалы
kept_in = Где хранится
decisions = Кто принимает решение
amount = Размер
decides = Решает
over = свыше
up_to = до
any_amount = в любом случае
you = вы
exceptions = Если что-то пошло не так
pay_example = Пример расчёта
external_roles = Вне ролей справочника
external_page = Вне ролей справочника
external_lead = Не роль конвейера, но его часть: какие решения принимает и кто ему подчиняется.
reported_by = Подчиняются
filled_at = заполняется на этапе
fields = Полный комплект содержит
external = поступает извне
contents = Содержание
search = Поиск
search_placeholder = Поиск по справочнику
search_offline = Поиск работает, когда справочник открыт через HTTP (например, `rolebook serve`); при открытии файла пользуйтесь содержанием.
percent_of_time = рабочего времени
print_hint = Распечатайте страницу на A4: квадраты оставлены пустыми, чтобы отмечать от руки.
open_checklists = Чек-листы этой роли
open_starter = Пакет для печати
all_roles = Все роли
all_processes = Все процессы
summary = Кратко

# Counted phrases: Russian needs three forms (1 чек-лист, 2 чек-листа, 5 чек-листов).
checklist-count = { $count ->
    [one] { $count } чек-лист
    [few] { $count } чек-листа
   *[many] { $count } чек-листов
}
stage-count = { $count ->
    [one] { $count } этап
    [few] { $count } этапа
   *[many] { $count } этапов
}

# The Russian form of a job description (English keeps its own form and
# does not show these).
hr_approve = УТВЕРЖДАЮ
hr_title = Должностная инструкция
hr_general = 1. Общие положения
hr_duties = 2. Должностные обязанности
hr_rights = 3. Права
hr_responsibility = 4. Ответственность и оценка результатов
hr_date_line = «___» ____________ 20___ г.

# Ошибки самой командной строки, с которыми сталкивается руководитель отдела.
cli-no-folder = папки справочника `{ $path }` нет, или это не папка; укажите в --roles папку, в которой лежит handbook.yaml
cli-unreadable = не удаётся прочитать `{ $path }`: { $cause ->
    [denied] нет прав на чтение; попросите того, кто настраивал папку, дать вам доступ
    [missing] файла больше нет; его переместили или удалили, пока rolebook читал папку?
   *[other] { $detail }
}
