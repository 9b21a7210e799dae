//! Korean.

use super::{Lang, RegimeRole, Speed, Words};
use crate::atlas::PlaceKind;
use crate::keys::{Command, Context as KeyContext};
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

/// The Korean catalogue.
pub struct Korean;

/// Whether the last syllable of `word` has a final consonant (받침); `None` when the word does
/// not end in a Hangul syllable, so the particle cannot be chosen by sound.
fn has_final_consonant(word: &str) -> Option<bool> {
    let c = word.trim_end().chars().last()? as u32;
    if (0xAC00..=0xD7A3).contains(&c) {
        Some(!(c - 0xAC00).is_multiple_of(28))
    } else {
        None
    }
}

/// The subject particle for `word`: 이 after a final consonant, 가 after a vowel.
fn i_ga(word: &str) -> &'static str {
    match has_final_consonant(word) {
        Some(true) => "이",
        Some(false) => "가",
        None => "이(가)",
    }
}

/// The particle "and" for `word`: 과 after a final consonant, 와 after a vowel.
fn gwa_wa(word: &str) -> &'static str {
    match has_final_consonant(word) {
        Some(true) => "과",
        Some(false) => "와",
        None => "와(과)",
    }
}

impl Words for Korean {
    fn app_name(&self) -> &'static str {
        "국경 변천 지도"
    }
    fn app_subtitle(&self) -> &'static str {
        "동북아시아, 1855–1922년"
    }
    fn long_date(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        format!("{y}년 {m}월 {d}일")
    }
    fn month_year(&self, date: Date) -> String {
        let (y, m, _) = date.ymd();
        format!("{y}년 {m}월")
    }
    fn map_label(&self, date: Date) -> String {
        format!("{} 동북아시아 지도", self.long_date(date))
    }

    fn power_long(&self, p: Power) -> &'static str {
        match p {
            Power::China => "중국 (청, 이후 중화민국)",
            Power::Japan => "일본",
            Power::Korea => "한국 (조선, 이후 대한제국)",
            Power::Russia => "러시아 (러시아 제국, 이후의 여러 정부)",
            Power::Mongolia => "몽골 (1911년부터 복드 칸국)",
            Power::Britain => "영국(대영 제국)",
            Power::Germany => "독일(독일 제국)",
            Power::Shared => "두 나라가 함께 (두 나라 색의 줄무늬)",
        }
    }
    fn power_short(&self, p: Power) -> &'static str {
        match p {
            Power::China => "중국",
            Power::Japan => "일본",
            Power::Korea => "한국",
            Power::Russia => "러시아",
            Power::Mongolia => "몽골",
            Power::Britain => "영국",
            Power::Germany => "독일",
            Power::Shared => "두 나라",
        }
    }
    fn power_adjective(&self, p: Power) -> &'static str {
        match p {
            Power::China => "중국",
            Power::Japan => "일본",
            Power::Korea => "한국",
            Power::Russia => "러시아",
            Power::Mongolia => "몽골",
            Power::Britain => "영국",
            Power::Germany => "독일",
            Power::Shared => "외국",
        }
    }
    fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "완전한 영유",
            Status::Condominium => "공동 영유 (공동 통치)",
            Status::Lease => "조차지",
            Status::Protectorate => "보호국",
            Status::Occupation => "군사 점령",
            Status::NeutralZone => "중립 지대",
            Status::Enclave => "다른 나라가 관할하는 월경지",
        }
    }
    fn status_phrase(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "완전히 영유함",
            Status::Condominium => "공동으로 영유함 (공동 통치)",
            Status::Lease => "조차함",
            Status::Protectorate => "보호국으로 지배함",
            Status::Occupation => "군사 점령함",
            Status::NeutralZone => "외국군이 들어올 수 없는 중립 지대로 둠",
            Status::Enclave => "월경지로 관할함",
        }
    }

    fn legend_title(&self) -> &'static str {
        "범례"
    }
    fn legend_powers(&self) -> &'static str {
        "땅을 차지한 나라"
    }
    fn legend_statuses(&self) -> &'static str {
        "차지한 방식"
    }
    fn legend_more(&self) -> &'static str {
        "그 밖의 표시"
    }
    fn legend_presence(&self) -> &'static str {
        "외국군이 주둔하지만 통치하지는 않음 (그 나라 색의 파선)"
    }
    fn legend_railway(&self) -> &'static str {
        "중국 땅에서 외국이 운영한 철도 (운영한 나라의 색)"
    }
    fn legend_home_lands(&self) -> &'static str {
        "옅은 색: 이야기의 무대 주변에 있는 각 나라의 본토, 지도 기간 내내 그 나라가 완전히 영유함"
    }
    fn legend_border(&self) -> &'static str {
        "선: 이날 서로 다르게 지배된 땅 사이의 경계"
    }
    fn legend_place(&self) -> &'static str {
        "도시·항구·요새, 표시된 날짜 당시의 이름으로"
    }
    fn legend_uncertain(&self) -> &'static str {
        "점선: 사료로 위치를 확정할 수 없는 경계 (구역을 눌러 이유 확인)"
    }

    fn slider_label(&self) -> &'static str {
        "지도에 표시된 날짜"
    }
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String {
        match event_title {
            Some(t) => format!("{}. 최근 변화: {t}", self.long_date(date)),
            None => self.long_date(date),
        }
    }
    fn marks_label(&self) -> &'static str {
        "연표의 변화"
    }
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String {
        format!(
            "변화 {count} 건, {}부터 {}까지: 목록 보기",
            self.long_date(first),
            self.long_date(last)
        )
    }
    fn previous_change(&self) -> &'static str {
        "이전 변화"
    }
    fn next_change(&self) -> &'static str {
        "다음 변화"
    }
    fn keys_title(&self) -> &'static str {
        "키"
    }
    fn key_context(&self, c: KeyContext) -> &'static str {
        match c {
            KeyContext::Page => "어디서나",
            KeyContext::Slider => "날짜 슬라이더 선택 시",
            KeyContext::Marks => "표시 선택 시",
            KeyContext::Map => "지도 선택 시",
            KeyContext::Presenting => "발표 모드",
            KeyContext::Touring => "둘러보기 중",
            KeyContext::MarksList => "표시 목록이 열려 있을 때",
            KeyContext::Term => "용어 카드가 열려 있을 때",
            KeyContext::KeyList => "이 목록이 열려 있을 때",
        }
    }
    fn command(&self, c: Command) -> &'static str {
        match c {
            Command::NextChange => "다음 변화",
            Command::PreviousChange => "이전 변화",
            Command::FirstChange => "첫 변화",
            Command::LastChange => "마지막 변화",
            Command::YearLater => "1년 뒤로",
            Command::YearEarlier => "1년 앞으로",
            Command::TenYearsLater => "10년 뒤로",
            Command::TenYearsEarlier => "10년 앞으로",
            Command::FirstDay => "첫날(1855년)",
            Command::LastDay => "마지막 날(1922년)",
            Command::ZoomIn => "확대",
            Command::ZoomOut => "축소",
            Command::PanWest => "서쪽으로 이동",
            Command::PanEast => "동쪽으로 이동",
            Command::PanNorth => "북쪽으로 이동",
            Command::PanSouth => "남쪽으로 이동",
            Command::WholeMap => "전체 지도",
            Command::LeavePresentation => "발표 모드 끝내기",
            Command::NextStop => "다음 장면",
            Command::PreviousStop => "이전 장면",
            Command::CloseMarksList => "목록 닫기",
            Command::CloseTerm => "카드 닫기",
            Command::ShowKeys => "모든 키 보기",
            Command::CloseKeys => "이 목록 닫기",
        }
    }
    fn step_keys_hint(&self) -> &'static str {
        "키: [ 와 ] 키로 변화를 하나씩 넘깁니다. ? 키는 모든 키를 보여 줍니다."
    }
    fn play(&self) -> &'static str {
        "재생"
    }
    fn pause(&self) -> &'static str {
        "일시 정지"
    }
    fn speed_label(&self) -> &'static str {
        "속도"
    }
    fn speed_name(&self, s: Speed) -> &'static str {
        match s {
            Speed::Slow => "느리게",
            Speed::Normal => "보통",
            Speed::Fast => "빠르게",
        }
    }
    fn stepped_onto(&self, date: Date, title: &str) -> String {
        format!("{}: {title}", self.long_date(date))
    }

    fn zoom_in(&self) -> &'static str {
        "확대"
    }
    fn zoom_out(&self) -> &'static str {
        "축소"
    }
    fn whole_map(&self) -> &'static str {
        "전체 지도"
    }
    fn views_label(&self) -> &'static str {
        "지역별 보기"
    }
    fn focus_name(&self, v: FocusView) -> &'static str {
        match v {
            FocusView::Liaodong => "랴오둥",
            FocusView::SakhalinKurils => "사할린과 쿠릴 열도",
            FocusView::Korea => "한반도",
            FocusView::AmurUssuri => "아무르강과 우수리강",
            FocusView::Manchuria => "만주",
        }
    }
    fn map_help(&self) -> &'static str {
        "휠을 돌리거나 두 손가락을 벌리고 오므려 확대·축소하고, 끌어서 움직입니다. 지도가 선택되어 있을 때는 + 와 − 키로 확대·축소, 화살표 키로 이동, 0 키로 전체 지도를 봅니다. 구역을 클릭하거나 Tab 키로 고르면 누가 그 땅을 차지했는지 알 수 있습니다."
    }

    fn event_card_label(&self) -> &'static str {
        "지금 적용 중인 변화"
    }
    fn story_card_label(&self) -> &'static str {
        "최근 사건 (경계 변동 없음)"
    }
    fn date_kind(&self, k: DateKind) -> &'static str {
        match k {
            DateKind::Signed => "서명",
            DateKind::Ratified => "비준",
            DateKind::RatificationsExchanged => "비준서 교환",
            DateKind::InForce => "발효",
            DateKind::Promulgated => "공포",
            DateKind::HandedOver => "인도",
            DateKind::Began => "시작",
            DateKind::Ended => "종료",
        }
    }
    fn map_uses(&self) -> &'static str {
        "지도 반영일:"
    }
    fn pieces_changed(&self) -> &'static str {
        "지배가 바뀐 곳"
    }
    fn pieces_about(&self) -> &'static str {
        "관련 지역"
    }
    fn sources(&self) -> &'static str {
        "출처"
    }
    fn opens_new_tab(&self) -> &'static str {
        "(새 탭에서 열림)"
    }
    fn no_event_yet(&self) -> &'static str {
        "이 날짜까지는 아직 기록된 변화가 없습니다."
    }

    fn piece_card_label(&self) -> &'static str {
        "이 땅을 차지한 나라"
    }
    fn held_by(&self, power: &str, status: Status) -> String {
        format!("{power}{} {}", i_ga(power), self.status_phrase(status))
    }
    fn title_with(&self, sovereigns: &str) -> String {
        format!("주권(영유권)은 그대로 {sovereigns}에 있음")
    }
    fn since(&self, date: Date, event: &str) -> String {
        format!("{}부터: {event}", self.long_date(date))
    }
    fn until(&self, date: Date, event: &str) -> String {
        format!("{}까지: {event}", self.long_date(date))
    }
    fn until_end(&self) -> &'static str {
        "이 지도가 끝나는 1922년 말까지 변동 없음"
    }
    fn troops_present(&self, p: Power) -> String {
        format!("{}군이 주둔하지만 통치하지는 않음", self.power_adjective(p))
    }
    fn governments(&self) -> &'static str {
        "이날의 정부"
    }
    fn regime_of(&self, name: &str, role: RegimeRole) -> String {
        match role {
            RegimeRole::Holder => format!("{name} (실제 지배)"),
            RegimeRole::Sovereign => format!("{name} (주권 보유)"),
        }
    }
    fn uncertain_border(&self, other: &str, why: &str) -> String {
        format!("{other} 쪽 경계는 불확실함: {why}")
    }
    fn date_uncertain(&self, why: &str) -> String {
        format!("날짜 불확실: {why}")
    }
    fn close(&self) -> &'static str {
        "닫기"
    }
    fn piece_label(
        &self,
        name: &str,
        holder: &str,
        status: Status,
        troops: Option<Power>,
    ) -> String {
        let troops = troops
            .map(|p| format!("; {}", self.troops_present(p)))
            .unwrap_or_default();
        format!(
            "{name}: {holder}{} {}{troops}",
            i_ga(holder),
            self.status_phrase(status)
        )
    }
    fn shared_by(&self, a: Power, b: Power) -> String {
        let a = self.power_short(a);
        format!("{a}{} {}", gwa_wa(a), self.power_short(b))
    }
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String {
        match operator {
            Some(p) => {
                let power = self.power_short(p);
                format!("{name}: 중국 땅에서 {power}{} 운영", i_ga(power))
            }
            None => format!("{name}: 아직 운행 전"),
        }
    }
    fn place_kind(&self, k: PlaceKind) -> &'static str {
        match k {
            PlaceKind::Capital => "수도",
            PlaceKind::City => "도시",
            PlaceKind::Port => "항구",
            PlaceKind::Fort => "요새",
            PlaceKind::Town => "소도시",
            PlaceKind::Battle => "전투지",
            PlaceKind::Island => "섬",
            PlaceKind::Strait => "해협",
            PlaceKind::Cape => "곶",
            PlaceKind::Boundary => "경계선",
        }
    }

    fn dismiss(&self) -> &'static str {
        "확인"
    }
    fn link_notice(&self, n: &LinkNotice) -> String {
        match n {
            LinkNotice::DateOutOfSpan { asked, shown } => format!(
                "링크가 요청한 날짜({asked})는 이 지도가 다루는 기간(1855–1922년) 밖에 있어, 대신 {} 지도를 보여 줍니다.",
                self.long_date(*shown)
            ),
            LinkNotice::DateUnreadable { text } => format!(
                "링크에 적힌 날짜(“{text}”)를 읽을 수 없어, 대신 {} 지도를 보여 줍니다.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::ViewUnreadable { text } => format!(
                "링크에 적힌 보기(“{text}”)는 이 지도에 없는 부분이어서, 대신 전체 지도를 보여 줍니다."
            ),
            LinkNotice::NothingToShow { fragment } => format!(
                "이 링크 주소의 끝부분(“#{fragment}”)은 날짜도 보기도 가리키지 않아, 대신 {} 지도를 보여 줍니다.",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::LangUnknown { text } => format!(
                "이 링크가 요청한 언어(“{text}”)는 이 지도에 없어, 브라우저의 언어나 영어로 보여 줍니다."
            ),
            LinkNotice::ModeUnknown { text } => {
                format!("이 링크가 요청한 모드(“{text}”)는 이 지도에 없어, 보통 지도를 보여 줍니다.")
            }
            LinkNotice::CompareUnreadable { text } => format!(
                "이 링크가 비교하려는 날짜(“{text}”)는 1855년과 1922년 사이의 날짜가 아니어서, 한 날짜만 보여 줍니다."
            ),
            LinkNotice::RegionUnknown { text } => Lang::Ko.lesson().region_unknown(text),
            LinkNotice::SeedUnreadable { text } => Lang::Ko.lesson().seed_unreadable(text),
            LinkNotice::StopUnreadable { text } => Lang::Ko.lesson().stop_unreadable(text),
        }
    }
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String {
        use crate::site::SiteNotice;
        match n {
            SiteNotice::TextsUnavailable(l) => format!("이 버전 지도의 {} 문장을 불러오지 못했습니다(오프라인이거나 새 버전이 나왔습니다). 카드와 지명은 영어로 보여 줍니다. 다시 불러오세요.", language_name(*l)),
            SiteNotice::TextsOtherVersion(l) => format!("이 기기에 있는 {} 문장은 다른 버전 지도의 것입니다. 문장이 뒤섞이지 않도록 카드와 지명은 영어로 보여 줍니다. 다시 불러오면 현재 버전을 받습니다.", language_name(*l)),
            SiteNotice::CardTextsUnavailable => "이 버전 지도의 카드 문장을 불러오지 못했습니다(오프라인이거나 새 버전이 나왔습니다). 지도는 모두 볼 수 있습니다. 카드를 읽으려면 다시 불러오세요.".to_string(),
            SiteNotice::FontUnavailable(l) => format!("{} 글꼴을 불러오지 못했습니다. 일부 글자가 빈 네모로 보일 수 있습니다. 온라인일 때 다시 불러오세요.", language_name(*l)),
            SiteNotice::ExportFailed => "이 브라우저에서는 그림을 만들 수 없었습니다. SVG 그림으로 저장하거나 다른 브라우저를 써 보세요.".to_string(),
        }
    }
    fn picture_font_missing(&self, lang: Lang) -> String {
        format!("이 그림에는 {} 글꼴이 들어 있지 않습니다. 여는 컴퓨터에 {} 글꼴이 있어야 글자가 보입니다.", language_name(lang), language_name(lang))
    }
    fn fatal_internal(&self) -> &'static str {
        "내부 오류로 지도가 멈췄습니다. 페이지를 새로 고쳐 다시 시도하세요."
    }
    fn reload(&self) -> &'static str {
        "새로 고침"
    }
    fn credits(&self) -> &'static str {
        "땅: Natural Earth (퍼블릭 도메인). 코드: MIT 라이선스."
    }
    fn licences(&self) -> &'static str {
        "제3자 라이선스"
    }
    fn attribution(&self) -> String {
        "국경 변천 지도. 땅과 해안선: Natural Earth (퍼블릭 도메인). 각 변화의 지배 관계·날짜·출처: 지도의 사건 카드 (geo/events.json).".to_string()
    }
    fn toolbar_label(&self) -> &'static str {
        "도구"
    }
    fn language(&self) -> &'static str {
        "언어"
    }
    fn compare_with(&self) -> &'static str {
        "비교할 날짜"
    }
    fn compare_stop(&self) -> &'static str {
        "비교 끝내기"
    }
    fn compare_heading(&self, first: Date, second: Date) -> String {
        // A long date always ends in 일, so the particle is 과.
        format!(
            "{}과 {} 사이에 바뀐 것",
            self.long_date(first.min(second)),
            self.long_date(first.max(second))
        )
    }
    fn compare_none(&self) -> &'static str {
        "이 두 날짜 사이에 주인이 바뀐 구역은 없습니다."
    }
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String {
        format!("{piece}: {before} → {after}")
    }
    fn compare_parts(&self, area: &str, parts: usize) -> String {
        format!("{area}: {parts}곳에서 지배가 바뀜")
    }
    fn compare_map_label(&self, date: Date) -> String {
        format!("비교용 {} 동북아시아 지도", self.long_date(date))
    }
    fn present(&self) -> &'static str {
        "발표 모드"
    }
    fn present_leave(&self) -> &'static str {
        "발표 모드 끝내기"
    }
    fn save_svg(&self) -> &'static str {
        "SVG로 저장"
    }
    fn save_png(&self) -> &'static str {
        "PNG로 저장"
    }
    fn print(&self) -> &'static str {
        "인쇄"
    }
    fn scale_km(&self, km: u32) -> String {
        format!("{km} km")
    }
    fn finish_label(&self) -> &'static str {
        "저장·인쇄 색"
    }
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str {
        match finish {
            crate::export::Finish::Colour => "컬러",
            crate::export::Finish::Grey => "회색(복사용)",
            crate::export::Finish::Blank => "백지도(색칠용)",
        }
    }
    fn not_translated(&self, lang: &str) -> String {
        format!("{lang} 번역이 아직 없어 영어로 보여 줍니다.")
    }
    fn fatal_data(&self) -> &'static str {
        "지도 데이터가 검사를 통과하지 못했습니다. 틀린 지도를 보여 주기보다 아무것도 그리지 않습니다."
    }
}

/// A language's name in this catalogue's language, for notices about it.
fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "영어",
        Lang::Ja => "일본어",
        Lang::Ru => "러시아어",
        Lang::Zh => "중국어",
        Lang::Ko => "한국어",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_person_would_say_them() {
        let d = Date::parse("1855-02-07").unwrap();
        assert_eq!(Korean.long_date(d), "1855년 2월 7일");
        assert_eq!(Korean.month_year(d), "1855년 2월");
    }

    #[test]
    fn particles_follow_the_last_syllable() {
        assert_eq!(Korean.held_by("일본", Status::Lease), "일본이 조차함");
        assert_eq!(Korean.held_by("러시아", Status::Lease), "러시아가 조차함");
        assert_eq!(
            Korean.shared_by(Power::Japan, Power::Russia),
            "일본과 러시아"
        );
        assert_eq!(
            Korean.shared_by(Power::Russia, Power::Japan),
            "러시아와 일본"
        );
    }
}
