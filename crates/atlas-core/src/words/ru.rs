//! Russian.

use super::{Lang, RegimeRole, Speed, Words};
use crate::atlas::PlaceKind;
use crate::keys::{Command, Context as KeyContext};
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

/// The Russian catalogue.
pub struct Russian;

/// Month names in the genitive, for "5 сентября 1905 г.".
const MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Month names in the nominative, for "сентябрь 1905 г.".
const MONTHS_NOMINATIVE: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// The Russian plural form for `n`: `one` for 1, 21, 31…; `few` for 2–4, 22–24…; `many` for
/// 0, 5–20, 25–30… (11–14 always take `many`).
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

/// "японские войска присутствуют, но власти не осуществляют", in lower case, to stand inside a
/// sentence; `troops_present` capitalises it.
fn troops_phrase(adjective: &str) -> String {
    format!("{adjective} войска присутствуют, но власти не осуществляют")
}

/// The text with its first letter in upper case.
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl Words for Russian {
    fn app_name(&self) -> &'static str {
        "Атлас границ"
    }
    fn app_subtitle(&self) -> &'static str {
        "Северо-Восточная Азия, 1855–1922"
    }
    fn long_date(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        format!("{d} {} {y} г.", MONTHS_GENITIVE[m as usize - 1])
    }
    fn month_year(&self, date: Date) -> String {
        let (y, m, _) = date.ymd();
        format!("{} {y} г.", MONTHS_NOMINATIVE[m as usize - 1])
    }
    fn map_label(&self, date: Date) -> String {
        format!("Карта Северо-Восточной Азии на {}", self.long_date(date))
    }

    fn power_long(&self, p: Power) -> &'static str {
        match p {
            Power::China => "Китай (империя Цин, затем Китайская Республика)",
            Power::Japan => "Япония",
            Power::Korea => "Корея (королевство Чосон, затем Корейская империя)",
            Power::Russia => "Россия (империя, затем сменявшие её власти)",
            Power::Mongolia => "Монголия (Богдо-ханская Монголия, с 1911 г.)",
            Power::Britain => "Великобритания (Британская империя)",
            Power::Germany => "Германия (Германская империя)",
            Power::Shared => "Две державы сразу (полосы обоих цветов)",
        }
    }
    fn power_short(&self, p: Power) -> &'static str {
        match p {
            Power::China => "Китай",
            Power::Japan => "Япония",
            Power::Korea => "Корея",
            Power::Russia => "Россия",
            Power::Mongolia => "Монголия",
            Power::Britain => "Великобритания",
            Power::Germany => "Германия",
            Power::Shared => "две державы",
        }
    }
    fn power_adjective(&self, p: Power) -> &'static str {
        match p {
            Power::China => "китайские",
            Power::Japan => "японские",
            Power::Korea => "корейские",
            Power::Russia => "русские",
            Power::Mongolia => "монгольские",
            Power::Britain => "британские",
            Power::Germany => "германские",
            Power::Shared => "иностранные",
        }
    }
    fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "Полное владение",
            Status::Condominium => "Совместное владение (кондоминиум)",
            Status::Lease => "Арендованная территория",
            Status::Protectorate => "Протекторат",
            Status::Occupation => "Военная оккупация",
            Status::NeutralZone => "Нейтральная зона",
            Status::Enclave => "Анклав под чужой юрисдикцией",
        }
    }
    fn status_phrase(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "в полном владении",
            Status::Condominium => "в совместном владении (кондоминиум)",
            Status::Lease => "на правах аренды",
            Status::Protectorate => "на правах протектората",
            Status::Occupation => "под военной оккупацией",
            Status::NeutralZone => "как нейтральная зона, закрытая для иностранных войск",
            Status::Enclave => "как анклав",
        }
    }

    fn legend_title(&self) -> &'static str {
        "Условные обозначения"
    }
    fn legend_powers(&self) -> &'static str {
        "Кому принадлежала земля"
    }
    fn legend_statuses(&self) -> &'static str {
        "На каких правах"
    }
    fn legend_more(&self) -> &'static str {
        "Также на карте"
    }
    fn legend_presence(&self) -> &'static str {
        "Иностранные войска есть, но власти не осуществляют (пунктир их цвета)"
    }
    fn legend_railway(&self) -> &'static str {
        "Железная дорога на китайской земле под управлением иностранной державы (её цвет)"
    }
    fn legend_home_lands(&self) -> &'static str {
        "Бледнее: коренные земли каждой державы вокруг места действия, всё время в её полном владении"
    }
    fn legend_border(&self) -> &'static str {
        "Линия: граница между землями, которыми в этот день владели по-разному"
    }
    fn legend_place(&self) -> &'static str {
        "Город, порт или крепость под названием, принятым на показанную дату"
    }
    fn legend_uncertain(&self) -> &'static str {
        "Точечная линия: граница, которую источники точно не определяют (причина — в карточке участка)"
    }

    fn slider_label(&self) -> &'static str {
        "Дата на карте"
    }
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String {
        match event_title {
            Some(t) => format!("{}; последнее изменение: {t}", self.long_date(date)),
            None => self.long_date(date),
        }
    }
    fn marks_label(&self) -> &'static str {
        "Изменения на шкале времени"
    }
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String {
        format!(
            "{count} {}, с {} по {}: показать список",
            plural(count, "изменение", "изменения", "изменений"),
            self.long_date(first),
            self.long_date(last)
        )
    }
    fn previous_change(&self) -> &'static str {
        "Предыдущее изменение"
    }
    fn next_change(&self) -> &'static str {
        "Следующее изменение"
    }
    fn keys_title(&self) -> &'static str {
        "Клавиши"
    }
    fn key_context(&self, c: KeyContext) -> &'static str {
        match c {
            KeyContext::Page => "Везде",
            KeyContext::Slider => "Фокус на шкале дат",
            KeyContext::Marks => "Фокус на отметке",
            KeyContext::Map => "Фокус на карте",
            KeyContext::Presenting => "Показ на экране",
            KeyContext::Touring => "Во время экскурсии",
            KeyContext::MarksList => "Открыт список отметок",
            KeyContext::Term => "Открыта карточка термина",
            KeyContext::KeyList => "Открыт этот список",
        }
    }
    fn command(&self, c: Command) -> &'static str {
        match c {
            Command::NextChange => "Следующее изменение",
            Command::PreviousChange => "Предыдущее изменение",
            Command::FirstChange => "Первое изменение",
            Command::LastChange => "Последнее изменение",
            Command::YearLater => "На год позже",
            Command::YearEarlier => "На год раньше",
            Command::TenYearsLater => "На десять лет позже",
            Command::TenYearsEarlier => "На десять лет раньше",
            Command::FirstDay => "Первый день (1855)",
            Command::LastDay => "Последний день (1922)",
            Command::ZoomIn => "Приблизить",
            Command::ZoomOut => "Отдалить",
            Command::PanWest => "Сдвинуть на запад",
            Command::PanEast => "Сдвинуть на восток",
            Command::PanNorth => "Сдвинуть на север",
            Command::PanSouth => "Сдвинуть на юг",
            Command::WholeMap => "Вся карта",
            Command::LeavePresentation => "Выйти из показа",
            Command::NextStop => "Следующая остановка",
            Command::PreviousStop => "Предыдущая остановка",
            Command::CloseMarksList => "Закрыть список",
            Command::CloseTerm => "Закрыть карточку",
            Command::ShowKeys => "Все клавиши",
            Command::CloseKeys => "Закрыть этот список",
        }
    }
    fn step_keys_hint(&self) -> &'static str {
        "Клавиши: [ и ] — переход по изменениям; ? — список всех клавиш."
    }
    fn play(&self) -> &'static str {
        "Воспроизвести"
    }
    fn pause(&self) -> &'static str {
        "Пауза"
    }
    fn speed_label(&self) -> &'static str {
        "Скорость"
    }
    fn speed_name(&self, s: Speed) -> &'static str {
        match s {
            Speed::Slow => "Медленно",
            Speed::Normal => "Обычно",
            Speed::Fast => "Быстро",
        }
    }
    fn stepped_onto(&self, date: Date, title: &str) -> String {
        format!("{}: {title}", self.long_date(date))
    }

    fn zoom_in(&self) -> &'static str {
        "Приблизить"
    }
    fn zoom_out(&self) -> &'static str {
        "Отдалить"
    }
    fn whole_map(&self) -> &'static str {
        "Вся карта"
    }
    fn views_label(&self) -> &'static str {
        "Показать крупно"
    }
    fn focus_name(&self, v: FocusView) -> &'static str {
        match v {
            FocusView::Liaodong => "Ляодун",
            FocusView::SakhalinKurils => "Сахалин и Курилы",
            FocusView::Korea => "Корея",
            FocusView::AmurUssuri => "Амур и Уссури",
            FocusView::Manchuria => "Маньчжурия",
        }
    }
    fn map_help(&self) -> &'static str {
        "Колесо мыши или щипок — масштаб, перетаскивание — сдвиг; когда фокус на карте, + и − меняют масштаб, стрелки сдвигают карту, 0 показывает её целиком. Щёлкните по участку или перейдите к нему клавишей Tab, чтобы узнать, кому он принадлежал."
    }

    fn event_card_label(&self) -> &'static str {
        "Изменение в силе"
    }
    fn story_card_label(&self) -> &'static str {
        "Последнее событие (границы не сдвинулись)"
    }
    fn date_kind(&self, k: DateKind) -> &'static str {
        match k {
            DateKind::Signed => "Подписание",
            DateKind::Ratified => "Ратификация",
            DateKind::RatificationsExchanged => "Обмен ратификационными грамотами",
            DateKind::InForce => "Вступление в силу",
            DateKind::Promulgated => "Обнародование",
            DateKind::HandedOver => "Передача",
            DateKind::Began => "Начало",
            DateKind::Ended => "Окончание",
        }
    }
    fn map_uses(&self) -> &'static str {
        "На карте с"
    }
    fn pieces_changed(&self) -> &'static str {
        "Где сменилась власть"
    }
    fn pieces_about(&self) -> &'static str {
        "Где"
    }
    fn sources(&self) -> &'static str {
        "Источники"
    }
    fn opens_new_tab(&self) -> &'static str {
        "(откроется в новой вкладке)"
    }
    fn no_event_yet(&self) -> &'static str {
        "На эту дату изменений ещё нет."
    }

    fn piece_card_label(&self) -> &'static str {
        "Кому принадлежала эта земля"
    }
    fn held_by(&self, power: &str, status: Status) -> String {
        format!("Владелец: {power}, {}", self.status_phrase(status))
    }
    fn title_with(&self, sovereigns: &str) -> String {
        format!("Носитель суверенитета (верховного права на эту землю): {sovereigns}")
    }
    fn since(&self, date: Date, event: &str) -> String {
        format!("С {}: {event}", self.long_date(date))
    }
    fn until(&self, date: Date, event: &str) -> String {
        format!("До {}: {event}", self.long_date(date))
    }
    fn until_end(&self) -> &'static str {
        "Без изменений до конца 1922 г., которым заканчивается карта"
    }
    fn troops_present(&self, p: Power) -> String {
        capitalized(&troops_phrase(self.power_adjective(p)))
    }
    fn governments(&self) -> &'static str {
        "Власти на этот день"
    }
    fn regime_of(&self, name: &str, role: RegimeRole) -> String {
        match role {
            RegimeRole::Holder => format!("{name} (фактически владеет)"),
            RegimeRole::Sovereign => format!("{name} (носитель суверенитета)"),
        }
    }
    fn uncertain_border(&self, other: &str, why: &str) -> String {
        format!("Граница с участком «{other}» точно не известна: {why}")
    }
    fn date_uncertain(&self, why: &str) -> String {
        format!("Дата неточна: {why}")
    }
    fn close(&self) -> &'static str {
        "Закрыть"
    }
    fn piece_label(
        &self,
        name: &str,
        holder: &str,
        status: Status,
        troops: Option<Power>,
    ) -> String {
        let troops = troops
            .map(|p| format!("; {}", troops_phrase(self.power_adjective(p))))
            .unwrap_or_default();
        format!("{name}: {holder}, {}{troops}", self.status_phrase(status))
    }
    fn shared_by(&self, a: Power, b: Power) -> String {
        format!("{} и {}", self.power_short(a), self.power_short(b))
    }
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String {
        match operator {
            Some(p) => format!(
                "{name}: на китайской земле, дорогой управляет {}",
                self.power_short(p)
            ),
            None => format!("{name}: ещё не действует"),
        }
    }
    fn place_kind(&self, k: PlaceKind) -> &'static str {
        match k {
            PlaceKind::Capital => "столица",
            PlaceKind::City => "город",
            PlaceKind::Port => "порт",
            PlaceKind::Fort => "крепость",
            PlaceKind::Town => "небольшой город",
            PlaceKind::Battle => "сражение",
            PlaceKind::Island => "остров",
            PlaceKind::Strait => "пролив",
            PlaceKind::Cape => "мыс",
            PlaceKind::Boundary => "граница",
        }
    }

    fn dismiss(&self) -> &'static str {
        "Скрыть"
    }
    fn link_notice(&self, n: &LinkNotice) -> String {
        match n {
            LinkNotice::LangUnknown { text } => format!(
                "Ссылка просит язык «{text}», которого у карты нет; показан язык браузера или английский."
            ),
            LinkNotice::ModeUnknown { text } => format!(
                "Ссылка просит режим «{text}», которого у карты нет; показана обычная карта."
            ),
            LinkNotice::CompareUnreadable { text } => format!(
                "Ссылка просит сравнить с «{text}», но это не дата 1855–1922 годов; показана одна дата."
            ),
            LinkNotice::DateOutOfSpan { asked, shown } => format!(
                "Ссылка запрашивает {asked} — это вне лет, которые охватывает карта (1855–1922); вместо этого показано {}.",
                self.long_date(*shown)
            ),
            LinkNotice::DateUnreadable { text } => format!(
                "Не удалось прочитать дату в ссылке («{text}»); вместо этого показано {}.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::ViewUnreadable { text } => format!(
                "Вид «{text}» из ссылки не относится к этой карте; вместо этого показана вся карта."
            ),
            LinkNotice::NothingToShow { fragment } => format!(
                "Адрес ссылки оканчивается на «#{fragment}», где нет ни даты, ни вида; вместо этого показано {}.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::RegionUnknown { text } => Lang::Ru.lesson().region_unknown(text),
            LinkNotice::SeedUnreadable { text } => Lang::Ru.lesson().seed_unreadable(text),
            LinkNotice::StopUnreadable { text } => Lang::Ru.lesson().stop_unreadable(text),
        }
    }
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String {
        use crate::site::SiteNotice;
        match n {
            SiteNotice::TextsUnavailable(l) => format!("Тексты на {} языке для этой версии карты не загрузились (нет сети или вышла новая версия), поэтому карточки и названия показаны по-английски. Перезагрузите страницу.", language_prepositional(*l)),
            SiteNotice::TextsOtherVersion(l) => format!("Тексты на {} языке на этом устройстве относятся к другой версии карты, поэтому, чтобы они не перепутались, карточки и названия показаны по-английски. Перезагрузите страницу, чтобы получить текущую версию.", language_prepositional(*l)),
            SiteNotice::CardTextsUnavailable => "Тексты карточек для этой версии карты не загрузились (нет сети или вышла новая версия). Карта показана полностью; перезагрузите страницу, чтобы прочитать карточки.".to_string(),
            SiteNotice::FontUnavailable(l) => format!("Шрифт для {} языка не загрузился: некоторые знаки могут выглядеть как пустые квадраты. Перезагрузите страницу, когда будет сеть.", language_genitive(*l)),
            SiteNotice::ExportFailed => "В этом браузере не удалось создать картинку. Сохраните её в формате SVG или попробуйте другой браузер.".to_string(),
        }
    }
    fn picture_font_missing(&self, lang: Lang) -> String {
        format!("Шрифт для {} языка не вложен в эту картинку: чтобы увидеть его знаки, на компьютере нужен такой шрифт.", language_genitive(lang))
    }
    fn fatal_internal(&self) -> &'static str {
        "Карта остановилась из-за внутренней ошибки. Перезагрузите страницу, чтобы попробовать снова."
    }
    fn reload(&self) -> &'static str {
        "Перезагрузить"
    }
    fn credits(&self) -> &'static str {
        "Суша: Natural Earth (общественное достояние). Код: лицензия MIT."
    }
    fn licences(&self) -> &'static str {
        "Лицензии сторонних компонентов"
    }
    fn attribution(&self) -> String {
        "Frontier Atlas. Суша и берега: Natural Earth (общественное достояние). Кто правил, даты и источники каждого изменения — в карточках событий карты (geo/events.json).".to_string()
    }
    fn toolbar_label(&self) -> &'static str {
        "Инструменты"
    }
    fn language(&self) -> &'static str {
        "Язык"
    }
    fn compare_with(&self) -> &'static str {
        "Сравнить с"
    }
    fn compare_stop(&self) -> &'static str {
        "Закончить сравнение"
    }
    fn compare_heading(&self, first: Date, second: Date) -> String {
        format!(
            "Что изменилось с {} по {}",
            self.long_date(first.min(second)),
            self.long_date(first.max(second))
        )
    }
    fn compare_none(&self) -> &'static str {
        "Между этими двумя датами ни одна часть не сменила хозяина."
    }
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String {
        format!("{piece}: {before} → {after}")
    }
    fn compare_parts(&self, area: &str, parts: usize) -> String {
        format!("{area}: власть сменилась в {parts} частях")
    }
    fn compare_map_label(&self, date: Date) -> String {
        format!(
            "Для сравнения: Северо-Восточная Азия на {}",
            self.long_date(date)
        )
    }
    fn present(&self) -> &'static str {
        "Показ на экране"
    }
    fn present_leave(&self) -> &'static str {
        "Выйти из показа"
    }
    fn save_svg(&self) -> &'static str {
        "Сохранить SVG"
    }
    fn save_png(&self) -> &'static str {
        "Сохранить PNG"
    }
    fn print(&self) -> &'static str {
        "Печать"
    }
    fn scale_km(&self, km: u32) -> String {
        format!("{km} км")
    }
    fn finish_label(&self) -> &'static str {
        "Цвета при сохранении и печати"
    }
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str {
        match finish {
            crate::export::Finish::Colour => "Цветная",
            crate::export::Finish::Grey => "Серая (ксерокс)",
            crate::export::Finish::Blank => "Контурная",
        }
    }
    fn not_translated(&self, lang: &str) -> String {
        format!("Этот текст ещё не написан на языке «{lang}», поэтому показан по-английски.")
    }
    fn fatal_data(&self) -> &'static str {
        "Данные карты не прошли проверку, поэтому ничего не нарисовано: лучше ничего, чем неверно."
    }
}

/// A language's name in the prepositional case, as in "на японском языке".
fn language_prepositional(l: Lang) -> &'static str {
    match l {
        Lang::En => "английском",
        Lang::Ja => "японском",
        Lang::Ru => "русском",
        Lang::Zh => "китайском",
        Lang::Ko => "корейском",
    }
}

/// A language's name in the genitive case, as in "для японского языка".
fn language_genitive(l: Lang) -> &'static str {
    match l {
        Lang::En => "английского",
        Lang::Ja => "японского",
        Lang::Ru => "русского",
        Lang::Zh => "китайского",
        Lang::Ko => "корейского",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_person_would_say_them() {
        let d = Date::parse("1855-02-07").unwrap();
        assert_eq!(Russian.long_date(d), "7 февраля 1855 г.");
        assert_eq!(Russian.month_year(d), "февраль 1855 г.");
    }

    #[test]
    fn counts_take_the_right_plural() {
        assert_eq!(
            plural(1, "изменение", "изменения", "изменений"),
            "изменение"
        );
        assert_eq!(
            plural(3, "изменение", "изменения", "изменений"),
            "изменения"
        );
        assert_eq!(
            plural(11, "изменение", "изменения", "изменений"),
            "изменений"
        );
        assert_eq!(
            plural(14, "изменение", "изменения", "изменений"),
            "изменений"
        );
        assert_eq!(
            plural(21, "изменение", "изменения", "изменений"),
            "изменение"
        );
        assert_eq!(
            plural(22, "изменение", "изменения", "изменений"),
            "изменения"
        );
        assert_eq!(
            plural(25, "изменение", "изменения", "изменений"),
            "изменений"
        );
    }
}
