//! Russian.

use super::{LessonWords, QuestionFacts, When};
use crate::lesson::questions::Ask;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};
use crate::words::{Lang, Words};

/// The Russian catalogue.
pub struct Russian;

/// The interface's catalogue in this language, for dates and powers.
fn w() -> &'static dyn Words {
    Lang::Ru.words()
}

fn date(d: Date) -> String {
    w().long_date(d)
}

/// The Russian plural form for `n`: `one` for 1, 21, 31…; `few` for 2–4, 22–24…; `many` for
/// 0, 5–20, 25–30… (11–14 always take `many`). The same rule as the interface catalogue's.
fn plural(n: usize, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let (n10, n100) = (n % 10, n % 100);
    if n10 == 1 && n100 != 11 {
        one
    } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
        few
    } else {
        many
    }
}

/// A power in the genitive, for "под власть Японии" (the catalogue's short names, declined).
fn power_genitive(p: Power) -> &'static str {
    match p {
        Power::China => "Китая",
        Power::Japan => "Японии",
        Power::Korea => "Кореи",
        Power::Russia => "России",
        Power::Mongolia => "Монголии",
        Power::Britain => "Великобритании",
        Power::Germany => "Германии",
        Power::Shared => "двух держав",
    }
}

/// "держал", "держала" or "держали", to agree with the power's short name.
fn held_by_power(p: Power) -> &'static str {
    match p {
        Power::China => "держал",
        Power::Japan
        | Power::Korea
        | Power::Russia
        | Power::Mongolia
        | Power::Britain
        | Power::Germany => "держала",
        Power::Shared => "держали",
    }
}

impl LessonWords for Russian {
    fn region_label(&self) -> &'static str {
        "Регион"
    }
    fn region_all(&self) -> &'static str {
        "Все регионы"
    }
    fn region_name(&self, r: Region) -> &'static str {
        match r {
            Region::Sakhalin => "Сахалин и Курилы",
            Region::Liaodong => "Ляодун",
            Region::Manchuria => "Маньчжурия",
            Region::Korea => "Корея",
            Region::Amur => "Амур и Уссури",
            Region::Mongolia => "Монголия",
            Region::China => "Внутренний Китай",
            Region::Japan => "Япония",
            Region::Siberia => "Сибирь и Камчатка",
        }
    }
    fn list_separator(&self) -> &'static str {
        ", "
    }
    fn region_filtering(&self, r: Region) -> String {
        format!(
            "Переход по изменениям, метки и воспроизведение — только для региона «{}».",
            self.region_name(r)
        )
    }

    fn cards_tab(&self) -> &'static str {
        "Карточки"
    }
    fn changes_open(&self) -> &'static str {
        "Изменения"
    }
    fn changes_title(&self) -> &'static str {
        "Все изменения на карте"
    }
    fn changes_count(&self, n: usize) -> String {
        format!("{n} {}", plural(n, "изменение", "изменения", "изменений"))
    }
    fn no_border_moved(&self) -> &'static str {
        "границы не сдвинулись"
    }
    fn marks_explained(&self) -> &'static str {
        "Каждая метка на шкале — день, когда что-то изменилось. Число обозначает несколько близких по времени изменений: щёлкните по нему, чтобы открыть список. Незакрашенная метка — событие, после которого границы не сдвинулись."
    }

    fn phone_tabs_label(&self) -> &'static str {
        "К карте, легенде или карточкам"
    }
    fn phone_map_tab(&self) -> &'static str {
        "Карта"
    }
    fn key_title(&self) -> &'static str {
        "Легенда"
    }
    fn key_toggle(&self) -> &'static str {
        "Легенда"
    }
    fn caption_toggle(&self) -> &'static str {
        "Подпись"
    }
    fn key_presence(&self) -> &'static str {
        "Иностранные войска"
    }
    fn key_railway(&self) -> &'static str {
        "Иностранная ж. д."
    }
    fn key_uncertain(&self) -> &'static str {
        "Неточная граница"
    }

    fn sphere_label(&self) -> &'static str {
        "Сфера влияния"
    }
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String {
        match until {
            Some(u) => format!("С {} по {}", date(from), date(u)),
            None => format!("С {} до конца карты", date(from)),
        }
    }
    fn sphere_claim(&self, power: Power, over: Power) -> String {
        format!(
            "Притязание {} на землю, которой управлял(а) {}: не власть — власть показана цветом карты.",
            power_genitive(power),
            w().power_short(over)
        )
    }
    fn sphere_made_by(&self, title: &str) -> String {
        format!("Установлена: {title}")
    }
    fn sphere_ended_by(&self, title: &str) -> String {
        format!("Прекращена: {title}")
    }
    fn details(&self) -> &'static str {
        "Подробности"
    }
    fn fine_pieces(&self) -> &'static str {
        "Все участки карты, где сменилась власть"
    }
    fn full_account(&self) -> &'static str {
        "Полное описание"
    }

    fn glossary_title(&self) -> &'static str {
        "Словарь"
    }
    fn glossary_example(&self, example: &str) -> String {
        format!("Пример: {example}")
    }

    fn tour_tab(&self) -> &'static str {
        "Тур"
    }
    fn tour_title(&self) -> &'static str {
        "Экскурсия"
    }
    fn tour_empty(&self) -> &'static str {
        "Остановок пока нет. Настройте карту так, как её должен увидеть класс, и нажмите «Добавить остановку»."
    }
    fn tour_name_label(&self) -> &'static str {
        "Название экскурсии"
    }
    fn tour_add_stop(&self) -> &'static str {
        "Добавить остановку"
    }
    fn tour_stop_n(&self, n: usize) -> String {
        format!("Остановка {n}")
    }
    fn tour_note_label(&self) -> &'static str {
        "Заметка поверх карты"
    }
    fn tour_question_label(&self, n: usize) -> String {
        format!("Вопрос {n} для учеников")
    }
    fn tour_move_up(&self) -> &'static str {
        "Выше"
    }
    fn tour_move_down(&self) -> &'static str {
        "Ниже"
    }
    fn tour_remove(&self) -> &'static str {
        "Удалить"
    }
    fn tour_show(&self) -> &'static str {
        "Показать"
    }
    fn tour_update(&self) -> &'static str {
        "Обновить по текущей карте"
    }
    fn tour_copy_link(&self) -> &'static str {
        "Скопировать ссылку"
    }
    fn tour_link_copied(&self) -> &'static str {
        "Ссылка на экскурсию скопирована."
    }
    fn tour_copy_by_hand(&self) -> &'static str {
        "Браузер не дал скопировать ссылку: выделите её ниже и скопируйте вручную."
    }
    fn tour_link_length(&self, chars: usize, limit: usize) -> String {
        let chars_word = plural(chars, "символ", "символа", "символов");
        if chars <= limit {
            format!("Длина ссылки — {chars} {chars_word}.")
        } else {
            format!(
                "Длина ссылки — {chars} {chars_word}, а почта и учебные платформы сохраняют не больше {limit} {}: лучше сохраните файл экскурсии или сократите заметки.",
                plural(limit, "символа", "символов", "символов")
            )
        }
    }
    fn tour_save_file(&self) -> &'static str {
        "Сохранить файл экскурсии"
    }
    fn tour_open_file(&self) -> &'static str {
        "Открыть файл экскурсии"
    }
    fn tour_start(&self) -> &'static str {
        "Начать экскурсию"
    }
    fn tour_stop_of(&self, i: usize, n: usize) -> String {
        format!("Остановка {i} из {n}")
    }
    fn tour_next(&self) -> &'static str {
        "Следующая остановка"
    }
    fn tour_previous(&self) -> &'static str {
        "Предыдущая остановка"
    }
    fn tour_leave(&self) -> &'static str {
        "Выйти из экскурсии"
    }
    fn tour_questions(&self) -> &'static str {
        "Вопросы для класса"
    }
    fn tour_own_view(&self) -> &'static str {
        "свой вид карты"
    }
    fn tour_problem(&self, p: &TourProblem) -> String {
        match p {
            TourProblem::UnknownVersion(v) => format!(
                "Эта экскурсия создана в другой версии карты («{v}») и здесь не читается; вместо неё показана карта."
            ),
            TourProblem::Unreadable => {
                "Не удалось прочитать экскурсию из этой ссылки (возможно, ссылку обрезали или изменили); вместо неё показана карта.".into()
            }
            TourProblem::Truncated { read, expected } => format!(
                "Ссылка на экскурсию обрезана: удалось прочитать {read} из {expected} {}, они сохранены.",
                plural(*expected, "остановки", "остановок", "остановок")
            ),
            TourProblem::Altered => {
                "Ссылку на экскурсию изменили после создания: остановки показаны настолько, насколько их удалось прочитать, но проверьте их.".into()
            }
            TourProblem::TooLong { chars } => format!(
                "В ссылке на экскурсию {chars} {} — больше, чем может прочитать карта; сохранены остановки из её начала.",
                plural(*chars, "символ", "символа", "символов")
            ),
            TourProblem::DateOffMap { stop } => format!(
                "Дата остановки {stop} лежала вне 1855–1922 гг.; показана ближайшая дата, которая есть на карте."
            ),
            TourProblem::UnknownView { stop } => {
                format!("У остановки {stop} был вид, которого карта не знает; показана вся карта.")
            }
            TourProblem::UnknownLang { stop } => format!(
                "Остановка {stop} просила язык, которого у карты нет; язык страницы оставлен прежним."
            ),
            TourProblem::TextCut { stop } => format!(
                "У остановки {stop} заметка или вопросы длиннее допустимого; их сократили."
            ),
            TourProblem::TooManyStops { count } => format!(
                "В экскурсии {count} {} — больше, чем в неё помещается; сохранены первые {}.",
                plural(*count, "остановка", "остановки", "остановок"),
                crate::lesson::tour::STOPS_MAX
            ),
            TourProblem::BadFile(why) => {
                format!("Этот файл — не экскурсия, которую может открыть эта карта: {why}")
            }
        }
    }

    fn questions_title(&self) -> &'static str {
        "Вопросы"
    }
    fn question_of(&self, i: usize, n: usize) -> String {
        format!("Вопрос {i} из {n}")
    }
    fn question(&self, q: &QuestionFacts) -> String {
        let when = |w: When| match w {
            When::Year(y) => format!("в {y} г."),
            When::Day(d) => date(d),
        };
        // The subject is put first, before a colon, and the question speaks of "это место" or
        // "эта земля": a place or area name of any gender or number then stays grammatical.
        match q.ask {
            Ask::WhoHeld { .. } => format!(
                "{}: кому принадлежало это место {}?",
                q.subject,
                when(q.when)
            ),
            Ask::WhenBecame { power, .. } => format!(
                "{}: когда эта земля перешла под власть {}?",
                q.subject,
                power_genitive(power)
            ),
            Ask::WhichPower { status, .. } => format!(
                "{}: какая держава держала эту землю {} {}?",
                q.subject,
                self.status_in_question(status),
                when(q.when)
            ),
            Ask::WhereHeld { power, status } => format!(
                "Где {} {} землю {} {}?",
                w().power_short(power),
                held_by_power(power),
                self.status_in_question(status),
                when(q.when)
            ),
        }
    }
    fn question_click_map(&self) -> &'static str {
        "Чтобы ответить, щёлкните по этой земле на карте."
    }
    fn answer_right(&self) -> &'static str {
        "Верно."
    }
    fn answer_wrong(&self, right: &str) -> String {
        format!("Не совсем: правильный ответ — {right}.")
    }
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String {
        format!(
            "Не совсем: владелец участка «{clicked}» в то время — {holder}. Обведённая земля — один из правильных ответов."
        )
    }
    fn answer_because(&self, d: Date, title: &str) -> String {
        format!("Почему: {title} ({})", date(d))
    }
    fn question_show_change(&self) -> &'static str {
        "Показать это изменение"
    }
    fn question_next(&self) -> &'static str {
        "Следующий вопрос"
    }
    fn questions_new(&self) -> &'static str {
        "Новые вопросы"
    }
    fn questions_leave(&self) -> &'static str {
        "Завершить опрос"
    }
    fn questions_score(&self, right: usize, asked: usize) -> String {
        format!("Верно: {right} из {asked}")
    }
    fn questions_none(&self) -> &'static str {
        "Для этого региона и этих дат вопросов не нашлось."
    }
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String {
        match (region, tour) {
            (_, true) => "Вопросы по годам экскурсии.".into(),
            (Some(r), false) => format!("Вопросы по региону «{}».", self.region_name(r)),
            (None, false) => "Вопросы по всей карте.".into(),
        }
    }
    fn questions_same_for_class(&self) -> &'static str {
        "Теперь адрес страницы даёт классу эти же вопросы."
    }

    fn region_unknown(&self, text: &str) -> String {
        format!("Ссылка просит регион «{text}», которого у карты нет; показаны все регионы.")
    }
    fn seed_unreadable(&self, text: &str) -> String {
        format!("Не удалось прочитать вопросы из ссылки («{text}»); составлены новые вопросы.")
    }
    fn stop_unreadable(&self, text: &str) -> String {
        format!("Остановки «{text}» из ссылки в экскурсии нет; показана её первая остановка.")
    }

    fn power_choice(&self, p: Power) -> &'static str {
        match p {
            Power::Shared => "Две державы сразу",
            p => w().power_short(p),
        }
    }
    fn status_in_question(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "в полном владении",
            Status::Condominium => "в совместном владении",
            Status::Lease => "в аренде",
            Status::Protectorate => "под протекторатом",
            Status::Occupation => "под военной оккупацией",
            Status::NeutralZone => "как нейтральную зону",
            Status::Enclave => "как анклав",
        }
    }
}
