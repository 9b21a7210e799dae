//! Korean.

use super::{LessonWords, QuestionFacts, When};
use crate::lesson::questions::Ask;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};
use crate::words::{Lang, Words};

/// The Korean catalogue.
pub struct Korean;

/// The interface's catalogue in this language, for dates and powers.
fn w() -> &'static dyn Words {
    Lang::Ko.words()
}

fn date(d: Date) -> String {
    w().long_date(d)
}

/// Whether the word a particle follows ends in a final consonant (받침). A closing parenthesis
/// is looked through, as Korean puts the particle after the word before the parentheses
/// (관동주(뤼순)는); `None` when that word does not end in a Hangul syllable.
fn has_final_consonant(word: &str) -> Option<bool> {
    let mut word = word.trim_end();
    while let Some(inner) = word.strip_suffix(')').or_else(|| word.strip_suffix('）')) {
        let open = inner.rfind(['(', '（'])?;
        word = inner[..open].trim_end();
    }
    let c = word.chars().last()? as u32;
    if (0xAC00..=0xD7A3).contains(&c) {
        Some(!(c - 0xAC00).is_multiple_of(28))
    } else {
        None
    }
}

/// The particle for `word`: the first form after a final consonant, the second after a vowel,
/// both when it cannot be told.
fn particle(word: &str, after_consonant: &'static str, after_vowel: &'static str) -> String {
    match has_final_consonant(word) {
        Some(true) => after_consonant.to_string(),
        Some(false) => after_vowel.to_string(),
        None => format!("{after_vowel}({after_consonant})"),
    }
}

/// The subject particle: 이 or 가.
fn i_ga(word: &str) -> String {
    particle(word, "이", "가")
}

/// The object particle: 을 or 를.
fn eul_reul(word: &str) -> String {
    particle(word, "을", "를")
}

/// The topic particle: 은 or 는.
fn eun_neun(word: &str) -> String {
    particle(word, "은", "는")
}

impl LessonWords for Korean {
    fn region_label(&self) -> &'static str {
        "지역"
    }
    fn region_all(&self) -> &'static str {
        "모든 지역"
    }
    fn region_name(&self, r: Region) -> &'static str {
        match r {
            Region::Sakhalin => "사할린과 쿠릴 열도",
            Region::Liaodong => "랴오둥",
            Region::Manchuria => "만주",
            Region::Korea => "한반도",
            Region::Amur => "아무르강과 우수리강",
            Region::Mongolia => "몽골",
            Region::China => "중국 본토",
            Region::Japan => "일본",
            Region::Siberia => "시베리아와 캄차카",
        }
    }
    fn list_separator(&self) -> &'static str {
        ", "
    }
    fn region_filtering(&self, r: Region) -> String {
        format!(
            "변화 넘기기, 슬라이더 표시, 재생 모두 {}만 다룹니다.",
            self.region_name(r)
        )
    }

    fn cards_tab(&self) -> &'static str {
        "카드"
    }
    fn changes_open(&self) -> &'static str {
        "변화 목록"
    }
    fn changes_title(&self) -> &'static str {
        "지도의 모든 변화"
    }
    fn changes_count(&self, n: usize) -> String {
        format!("변화 {n}건")
    }
    fn no_border_moved(&self) -> &'static str {
        "경계 변동 없음"
    }
    fn marks_explained(&self) -> &'static str {
        "슬라이더의 표시 하나하나는 무언가가 바뀐 날입니다. 숫자는 가까운 날짜에 몰린 여러 변화를 나타내며, 클릭하면 목록이 나옵니다. 속이 빈 표시는 경계를 바꾸지 않은 사건입니다."
    }

    fn phone_tabs_label(&self) -> &'static str {
        "지도·범례·카드로 이동"
    }
    fn phone_map_tab(&self) -> &'static str {
        "지도"
    }
    fn key_title(&self) -> &'static str {
        "범례"
    }
    fn key_toggle(&self) -> &'static str {
        "범례"
    }
    fn caption_toggle(&self) -> &'static str {
        "설명"
    }
    fn key_presence(&self) -> &'static str {
        "외국군 주둔"
    }
    fn key_railway(&self) -> &'static str {
        "외국이 운영한 철도"
    }
    fn key_uncertain(&self) -> &'static str {
        "불확실한 경계"
    }

    fn sphere_label(&self) -> &'static str {
        "세력권"
    }
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String {
        match until {
            Some(u) => format!("{}부터 {}까지", date(from), date(u)),
            None => format!("{}부터 지도의 끝까지", date(from)),
        }
    }
    fn sphere_claim(&self, power: Power, over: Power) -> String {
        format!(
            "{}이(가) 다스리던 땅에 대한 {}의 주장. 지배가 아니며, 지배는 지도의 색깔 그대로이다.",
            w().power_short(over),
            w().power_short(power)
        )
    }
    fn sphere_made_by(&self, title: &str) -> String {
        format!("성립: {title}")
    }
    fn sphere_ended_by(&self, title: &str) -> String {
        format!("종료: {title}")
    }
    fn details(&self) -> &'static str {
        "자세히"
    }
    fn fine_pieces(&self) -> &'static str {
        "지배가 바뀐 모든 구역"
    }
    fn full_account(&self) -> &'static str {
        "전체 내용"
    }

    fn glossary_title(&self) -> &'static str {
        "용어 사전"
    }
    fn glossary_example(&self, example: &str) -> String {
        format!("예: {example}")
    }

    fn tour_title(&self) -> &'static str {
        "둘러보기"
    }
    fn tour_empty(&self) -> &'static str {
        "아직 장면이 없습니다. 학생들에게 보여 줄 모습으로 지도를 맞춘 다음 ‘장면 추가’를 누르세요."
    }
    fn tour_name_label(&self) -> &'static str {
        "둘러보기 제목"
    }
    fn tour_add_stop(&self) -> &'static str {
        "장면 추가"
    }
    fn tour_stop_n(&self, n: usize) -> String {
        format!("{n}번 장면")
    }
    fn tour_note_label(&self) -> &'static str {
        "지도 위에 보일 메모"
    }
    fn tour_question_label(&self, n: usize) -> String {
        format!("학생용 질문 {n}")
    }
    fn tour_move_up(&self) -> &'static str {
        "위로"
    }
    fn tour_move_down(&self) -> &'static str {
        "아래로"
    }
    fn tour_remove(&self) -> &'static str {
        "삭제"
    }
    fn tour_show(&self) -> &'static str {
        "보기"
    }
    fn tour_update(&self) -> &'static str {
        "지금 지도로 바꾸기"
    }
    fn tour_copy_link(&self) -> &'static str {
        "둘러보기 링크 복사"
    }
    fn tour_link_copied(&self) -> &'static str {
        "둘러보기 링크를 복사했습니다."
    }
    fn tour_copy_by_hand(&self) -> &'static str {
        "브라우저가 복사하지 못했습니다. 아래 링크를 선택해 직접 복사하세요."
    }
    fn tour_link_length(&self, chars: usize, limit: usize) -> String {
        if chars <= limit {
            format!("링크 길이는 {chars}자입니다.")
        } else {
            format!(
                "링크 길이가 {chars}자로, 메일과 학습 플랫폼이 온전히 전할 수 있는 {limit}자보다 깁니다. 대신 둘러보기 파일을 저장하거나 메모를 줄이세요."
            )
        }
    }
    fn tour_save_file(&self) -> &'static str {
        "둘러보기 파일 저장"
    }
    fn tour_open_file(&self) -> &'static str {
        "둘러보기 파일 열기"
    }
    fn tour_start(&self) -> &'static str {
        "둘러보기 시작"
    }
    fn tour_stop_of(&self, i: usize, n: usize) -> String {
        format!("장면 {i} / {n}")
    }
    fn tour_next(&self) -> &'static str {
        "다음 장면"
    }
    fn tour_previous(&self) -> &'static str {
        "이전 장면"
    }
    fn tour_leave(&self) -> &'static str {
        "둘러보기 끝내기"
    }
    fn tour_questions(&self) -> &'static str {
        "학생들에게 묻는 질문"
    }
    fn tour_own_view(&self) -> &'static str {
        "직접 맞춘 보기"
    }
    fn tour_problem(&self, p: &TourProblem) -> String {
        match p {
            TourProblem::UnknownVersion(v) => format!(
                "이 둘러보기는 다른 버전의 지도(“{v}”)에서 만들어져 여기서 읽을 수 없어, 대신 지도를 보여 줍니다."
            ),
            TourProblem::Unreadable => {
                "이 링크의 둘러보기를 읽을 수 없어(잘리거나 바뀌었을 수 있습니다), 대신 지도를 보여 줍니다.".into()
            }
            TourProblem::Truncated { read, expected } => format!(
                "둘러보기 링크가 중간에 잘렸습니다. 장면 {expected}개 중 {read}개를 읽을 수 있어 그 장면들은 남겨 둡니다."
            ),
            TourProblem::Altered => {
                "둘러보기 링크가 만들어진 뒤에 바뀌었습니다. 읽을 수 있는 데까지 장면을 보여 주지만, 내용을 확인하세요.".into()
            }
            TourProblem::TooLong { chars } => format!(
                "둘러보기 링크가 {chars}자로, 지도가 읽을 수 있는 길이보다 깁니다. 앞부분의 장면만 남겨 둡니다."
            ),
            TourProblem::DateOffMap { stop } => format!(
                "{stop}번 장면의 날짜가 1855–1922년 밖에 있어, 지도가 다루는 가장 가까운 날짜를 보여 줍니다."
            ),
            TourProblem::UnknownView { stop } => {
                format!("{stop}번 장면의 보기는 이 지도에 없는 것이어서, 전체 지도를 보여 줍니다.")
            }
            TourProblem::UnknownLang { stop } => format!(
                "{stop}번 장면이 요청한 언어는 이 지도에 없어, 페이지의 언어를 그대로 씁니다."
            ),
            TourProblem::TextCut { stop } => format!(
                "{stop}번 장면의 메모나 질문이 한 장면에 담을 수 있는 길이보다 길어서 줄였습니다."
            ),
            TourProblem::TooManyStops { count } => format!(
                "둘러보기의 장면이 {count}개로, 한 둘러보기에 담을 수 있는 수보다 많습니다. 처음 {}개만 남겨 둡니다.",
                crate::lesson::tour::STOPS_MAX
            ),
            TourProblem::BadFile(why) => {
                format!("이 파일은 이 지도가 열 수 있는 둘러보기 파일이 아닙니다: {why}")
            }
        }
    }

    fn questions_title(&self) -> &'static str {
        "문제"
    }
    fn question_of(&self, i: usize, n: usize) -> String {
        format!("문제 {i} / {n}")
    }
    fn question(&self, q: &QuestionFacts) -> String {
        let when = |w: When| match w {
            When::Year(y) => format!("{y}년에"),
            When::Day(d) => format!("{}에", date(d)),
        };
        match q.ask {
            Ask::WhoHeld { .. } => format!(
                "{} {}{} 차지하고 있던 나라는 어디였나요?",
                when(q.when),
                q.subject,
                eul_reul(q.subject)
            ),
            Ask::WhenBecame { power, .. } => format!(
                "{}{} 언제 {} 영토가 되었나요?",
                q.subject,
                eun_neun(q.subject),
                w().power_adjective(power)
            ),
            Ask::WhichPower { status, .. } => format!(
                "{} {}{} {} 나라는 어디였나요?",
                when(q.when),
                q.subject,
                eul_reul(q.subject),
                self.status_in_question(status)
            ),
            Ask::WhereHeld { power, status } => {
                let power = w().power_short(power);
                format!(
                    "{} {power}{} {} 땅은 어디였나요?",
                    when(q.when),
                    i_ga(power),
                    self.status_in_question(status)
                )
            }
        }
    }
    fn question_click_map(&self) -> &'static str {
        "지도에서 그 땅을 클릭해 답하세요."
    }
    fn answer_right(&self) -> &'static str {
        "정답입니다."
    }
    fn answer_wrong(&self, right: &str) -> String {
        format!("아쉽지만 틀렸습니다. 정답은 {right}입니다.")
    }
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String {
        let then = if holder.is_empty() {
            format!(
                "그때 {clicked}{} 다른 방식으로 지배되고 있었습니다.",
                eun_neun(clicked)
            )
        } else {
            format!(
                "그때 {clicked}{} {holder}{} 차지하고 있었습니다.",
                eun_neun(clicked),
                i_ga(holder)
            )
        };
        format!("아쉽지만 틀렸습니다. {then} 테두리로 표시된 땅이 정답 가운데 하나입니다.")
    }
    fn answer_because(&self, d: Date, title: &str) -> String {
        format!("근거: {title} ({})", date(d))
    }
    fn question_show_change(&self) -> &'static str {
        "이 변화 보기"
    }
    fn question_next(&self) -> &'static str {
        "다음 문제"
    }
    fn questions_new(&self) -> &'static str {
        "새 문제"
    }
    fn questions_leave(&self) -> &'static str {
        "문제 끝내기"
    }
    fn questions_score(&self, right: usize, asked: usize) -> String {
        format!("{asked}문제 중 {right}문제 정답")
    }
    fn questions_none(&self) -> &'static str {
        "이 지역과 기간에서는 낼 수 있는 문제가 없습니다."
    }
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String {
        match (region, tour) {
            (_, true) => "둘러보기의 기간에서 낸 문제입니다.".into(),
            (Some(r), false) => format!("{}에서 낸 문제입니다.", self.region_name(r)),
            (None, false) => "지도 전체에서 낸 문제입니다.".into(),
        }
    }
    fn questions_same_for_class(&self) -> &'static str {
        "이제 이 주소로 들어오면 학생들도 같은 문제를 받습니다."
    }

    fn region_unknown(&self, text: &str) -> String {
        format!("이 링크가 요청한 지역(“{text}”)은 이 지도에 없어, 모든 지역을 보여 줍니다.")
    }
    fn seed_unreadable(&self, text: &str) -> String {
        format!("이 링크의 문제(“{text}”)를 읽을 수 없어, 새 문제를 냅니다.")
    }
    fn stop_unreadable(&self, text: &str) -> String {
        format!("이 링크의 장면(“{text}”)은 이 둘러보기에 없는 장면이어서, 첫 장면을 보여 줍니다.")
    }

    fn power_choice(&self, p: Power) -> &'static str {
        match p {
            Power::Shared => "두 나라가 함께",
            p => w().power_short(p),
        }
    }
    fn status_in_question(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "완전히 영유하고 있던",
            Status::Condominium => "공동으로 영유하고 있던",
            Status::Lease => "조차하고 있던",
            Status::Protectorate => "보호국으로 지배하고 있던",
            Status::Occupation => "군사 점령하고 있던",
            Status::NeutralZone => "중립 지대로 두고 있던",
            Status::Enclave => "월경지로 관할하고 있던",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particles_follow_the_word_before_any_parentheses() {
        assert_eq!(eul_reul("뤼순"), "을");
        assert_eq!(eul_reul("한반도"), "를");
        assert_eq!(eun_neun("관동주(뤼순)"), "는");
        assert_eq!(eun_neun("남만주(펑톈)"), "는");
        assert_eq!(i_ga("러시아와 일본"), "이");
        assert_eq!(i_ga("Sakhalin"), "가(이)");
    }

    #[test]
    fn questions_read_as_sentences() {
        let d = Date::parse("1898-03-28").unwrap();
        let q = |ask, subject, when| Korean.question(&QuestionFacts { ask, subject, when });
        assert_eq!(
            q(Ask::WhoHeld { place: 0 }, "뤼순", When::Year(1899)),
            "1899년에 뤼순을 차지하고 있던 나라는 어디였나요?"
        );
        assert_eq!(
            q(
                Ask::WhenBecame {
                    area: 0,
                    power: Power::Japan
                },
                "관동주(뤼순)",
                When::Year(1905)
            ),
            "관동주(뤼순)는 언제 일본 영토가 되었나요?"
        );
        assert_eq!(
            q(
                Ask::WhereHeld {
                    power: Power::Russia,
                    status: Status::Lease
                },
                "",
                When::Day(d)
            ),
            "1898년 3월 28일에 러시아가 조차하고 있던 땅은 어디였나요?"
        );
    }
}
