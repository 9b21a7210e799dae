//! Japanese.

use super::{LessonWords, QuestionFacts, When};
use crate::lesson::questions::Ask;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};
use crate::words::{Lang, Words};

/// The Japanese catalogue.
pub struct Japanese;

/// The interface's catalogue in this language, for dates and powers.
fn w() -> &'static dyn Words {
    Lang::Ja.words()
}

fn date(d: Date) -> String {
    w().long_date(d)
}

impl LessonWords for Japanese {
    fn region_label(&self) -> &'static str {
        "地域"
    }
    fn region_all(&self) -> &'static str {
        "すべての地域"
    }
    fn region_name(&self, r: Region) -> &'static str {
        match r {
            Region::Sakhalin => "樺太と千島",
            Region::Liaodong => "遼東",
            Region::Manchuria => "満州",
            Region::Korea => "朝鮮",
            Region::Amur => "アムール川とウスリー川",
            Region::Mongolia => "モンゴル",
            Region::China => "中国本部",
            Region::Japan => "日本",
            Region::Siberia => "シベリアとカムチャツカ",
        }
    }
    fn list_separator(&self) -> &'static str {
        "、"
    }
    fn region_filtering(&self, r: Region) -> String {
        format!(
            "変化の移動、目印、再生は{}の変化だけが対象です。",
            self.region_name(r)
        )
    }

    fn cards_tab(&self) -> &'static str {
        "カード"
    }
    fn changes_open(&self) -> &'static str {
        "変化一覧"
    }
    fn changes_title(&self) -> &'static str {
        "地図上のすべての変化"
    }
    fn changes_count(&self, n: usize) -> String {
        match n {
            1 => "変化1件".into(),
            n => format!("変化{n}件"),
        }
    }
    fn no_border_moved(&self) -> &'static str {
        "境界の変化なし"
    }
    fn marks_explained(&self) -> &'static str {
        "スライダー上の目印は、それぞれ何かが変わった日を示します。数字は、近い時期に重なった複数の変化を表し、クリックすると一覧が表示されます。白抜きの目印は、境界が動かなかった出来事です。"
    }

    fn phone_tabs_label(&self) -> &'static str {
        "地図・凡例・カードへ"
    }
    fn phone_map_tab(&self) -> &'static str {
        "地図"
    }
    fn key_title(&self) -> &'static str {
        "表示中の凡例"
    }
    fn key_toggle(&self) -> &'static str {
        "凡例"
    }
    fn caption_toggle(&self) -> &'static str {
        "説明文"
    }
    fn key_presence(&self) -> &'static str {
        "外国軍が駐留"
    }
    fn key_railway(&self) -> &'static str {
        "外国が運営する鉄道"
    }
    fn key_uncertain(&self) -> &'static str {
        "位置が不確かな境界"
    }

    fn sphere_label(&self) -> &'static str {
        "勢力圏"
    }
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String {
        match until {
            Some(u) => format!("{}から{}まで", date(from), date(u)),
            None => format!("{}から地図の終わりまで", date(from)),
        }
    }
    fn sphere_claim(&self, power: Power, over: Power) -> String {
        format!(
            "{}が統治する土地に対する{}の主張。支配そのものではなく、支配は地図の色のとおりです。",
            w().power_short(over),
            w().power_short(power)
        )
    }
    fn sphere_made_by(&self, title: &str) -> String {
        format!("成立：{title}")
    }
    fn sphere_ended_by(&self, title: &str) -> String {
        format!("終了：{title}")
    }
    fn details(&self) -> &'static str {
        "詳細"
    }
    fn fine_pieces(&self) -> &'static str {
        "支配が変わった地図上のすべての地域"
    }
    fn full_account(&self) -> &'static str {
        "詳しい経緯"
    }

    fn glossary_title(&self) -> &'static str {
        "用語集"
    }
    fn glossary_example(&self, example: &str) -> String {
        format!("例：{example}")
    }

    fn tour_title(&self) -> &'static str {
        "ツアー"
    }
    fn tour_empty(&self) -> &'static str {
        "まだ場面がありません。クラスに見せたい状態に地図を合わせてから、「場面を追加」を押してください。"
    }
    fn tour_name_label(&self) -> &'static str {
        "ツアーの題名"
    }
    fn tour_add_stop(&self) -> &'static str {
        "場面を追加"
    }
    fn tour_stop_n(&self, n: usize) -> String {
        format!("場面{n}")
    }
    fn tour_note_label(&self) -> &'static str {
        "地図の上に表示するメモ"
    }
    fn tour_question_label(&self, n: usize) -> String {
        format!("生徒への問い{n}")
    }
    fn tour_move_up(&self) -> &'static str {
        "上へ"
    }
    fn tour_move_down(&self) -> &'static str {
        "下へ"
    }
    fn tour_remove(&self) -> &'static str {
        "削除"
    }
    fn tour_show(&self) -> &'static str {
        "表示"
    }
    fn tour_update(&self) -> &'static str {
        "今の地図に更新"
    }
    fn tour_copy_link(&self) -> &'static str {
        "ツアーのリンクをコピー"
    }
    fn tour_link_copied(&self) -> &'static str {
        "ツアーのリンクをコピーしました。"
    }
    fn tour_copy_by_hand(&self) -> &'static str {
        "ブラウザーでコピーできませんでした。下のリンクを選択してコピーしてください。"
    }
    fn tour_link_length(&self, chars: usize, limit: usize) -> String {
        if chars <= limit {
            format!("リンクの長さは{chars}文字です。")
        } else {
            format!(
                "リンクの長さは{chars}文字で、メールや学習支援システムで扱える{limit}文字を超えています。代わりにツアーファイルを保存するか、メモを短くしてください。"
            )
        }
    }
    fn tour_save_file(&self) -> &'static str {
        "ツアーファイルを保存"
    }
    fn tour_open_file(&self) -> &'static str {
        "ツアーファイルを開く"
    }
    fn tour_start(&self) -> &'static str {
        "ツアーを開始"
    }
    fn tour_stop_of(&self, i: usize, n: usize) -> String {
        format!("場面{i}（全{n}場面）")
    }
    fn tour_next(&self) -> &'static str {
        "次の場面"
    }
    fn tour_previous(&self) -> &'static str {
        "前の場面"
    }
    fn tour_leave(&self) -> &'static str {
        "ツアーを終える"
    }
    fn tour_questions(&self) -> &'static str {
        "クラスへの問い"
    }
    fn tour_own_view(&self) -> &'static str {
        "独自の表示範囲"
    }
    fn tour_problem(&self, p: &TourProblem) -> String {
        match p {
            TourProblem::UnknownVersion(v) => format!(
                "このツアーは別のバージョンの地図（「{v}」）で作られたため、ここでは読み込めません。代わりに地図を表示しています。"
            ),
            TourProblem::Unreadable => {
                "このリンクのツアーを読み込めません（途中で切れたか、書き換えられた可能性があります）。代わりに地図を表示しています。".into()
            }
            TourProblem::Truncated { read, expected } => format!(
                "ツアーのリンクが途中で切れていました。{expected}場面のうち{read}場面を読み込めたので、それらを残しています。"
            ),
            TourProblem::Altered => {
                "ツアーのリンクは作成後に書き換えられています。読み込めた範囲で場面を表示していますが、内容を確認してください。".into()
            }
            TourProblem::TooLong { chars } => format!(
                "ツアーのリンクは{chars}文字あり、この地図が読み込める長さを超えています。最初のほうの場面だけを残しています。"
            ),
            TourProblem::DateOffMap { stop } => format!(
                "場面{stop}の日付は1855〜1922年の範囲外でした。地図が扱う期間のうち最も近い日付を表示します。"
            ),
            TourProblem::UnknownView { stop } => {
                format!("場面{stop}の表示範囲はこの地図にないものでした。地図全体を表示します。")
            }
            TourProblem::UnknownLang { stop } => format!(
                "場面{stop}はこの地図にない言語を指定していました。ページの言語のまま表示します。"
            ),
            TourProblem::TextCut { stop } => format!(
                "場面{stop}のメモまたは問いが一つの場面に入る長さを超えていたため、短くしました。"
            ),
            TourProblem::TooManyStops { count } => format!(
                "このツアーには{count}場面あり、一つのツアーに入る数を超えています。最初の{}場面を残しています。",
                crate::lesson::tour::STOPS_MAX
            ),
            TourProblem::BadFile(why) => {
                format!("このファイルは、この地図で開けるツアーではありません：{why}")
            }
        }
    }

    fn questions_title(&self) -> &'static str {
        "問題"
    }
    fn question_of(&self, i: usize, n: usize) -> String {
        format!("第{i}問（全{n}問）")
    }
    fn question(&self, q: &QuestionFacts) -> String {
        let when = |w: When| match w {
            When::Year(y) => format!("{y}年"),
            When::Day(d) => date(d),
        };
        match q.ask {
            Ask::WhoHeld { .. } => format!(
                "{}に{}を支配していたのはどの国ですか？",
                when(q.when),
                q.subject
            ),
            Ask::WhenBecame { power, .. } => format!(
                "{}はいつ{}の支配下に入りましたか？",
                q.subject,
                w().power_adjective(power)
            ),
            Ask::WhichPower { status, .. } => format!(
                "{}に{}を{}していたのはどの国ですか？",
                when(q.when),
                q.subject,
                self.status_in_question(status)
            ),
            Ask::WhereHeld { power, status } => format!(
                "{}に{}が{}していた土地はどこですか？",
                when(q.when),
                w().power_short(power),
                self.status_in_question(status)
            ),
        }
    }
    fn question_click_map(&self) -> &'static str {
        "地図上でその土地をクリックして答えてください。"
    }
    fn answer_right(&self) -> &'static str {
        "正解です。"
    }
    fn answer_wrong(&self, right: &str) -> String {
        format!("残念。正解は{right}です。")
    }
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String {
        format!(
            "残念。{clicked}は当時{holder}が支配していました。輪郭で示した土地が正解の一つです。"
        )
    }
    fn answer_because(&self, d: Date, title: &str) -> String {
        format!("理由：{title}（{}）", date(d))
    }
    fn question_show_change(&self) -> &'static str {
        "この変化を表示"
    }
    fn question_next(&self) -> &'static str {
        "次の問題"
    }
    fn questions_new(&self) -> &'static str {
        "新しい問題"
    }
    fn questions_leave(&self) -> &'static str {
        "問題を終える"
    }
    fn questions_score(&self, right: usize, asked: usize) -> String {
        format!("{asked}問中{right}問正解")
    }
    fn questions_none(&self) -> &'static str {
        "この地域と期間からは問題を作れません。"
    }
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String {
        match (region, tour) {
            (_, true) => "ツアーの期間から出題します。".into(),
            (Some(r), false) => format!("{}から出題します。", self.region_name(r)),
            (None, false) => "地図全体から出題します。".into(),
        }
    }
    fn questions_same_for_class(&self) -> &'static str {
        "今のページのアドレスを開くと、クラス全員に同じ問題が出ます。"
    }

    fn region_unknown(&self, text: &str) -> String {
        format!("このリンクは地域「{text}」を指定していますが、この地図にはその地域がありません。すべての地域を表示しています。")
    }
    fn seed_unreadable(&self, text: &str) -> String {
        format!("このリンクの問題「{text}」を読み取れませんでした。新しい問題を出題します。")
    }
    fn stop_unreadable(&self, text: &str) -> String {
        format!("このリンクの場面「{text}」はこのツアーにありません。最初の場面を表示しています。")
    }

    fn power_choice(&self, p: Power) -> &'static str {
        match p {
            Power::Shared => "二国が同時に支配",
            p => w().power_short(p),
        }
    }
    fn status_in_question(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "領有",
            Status::Condominium => "共同統治",
            Status::Lease => "租借",
            Status::Protectorate => "保護国として支配",
            Status::Occupation => "軍事占領",
            Status::NeutralZone => "中立地帯として統治",
            Status::Enclave => "飛び地として保持",
        }
    }
}
