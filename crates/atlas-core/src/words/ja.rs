//! Japanese.

use super::{Lang, RegimeRole, Speed, Words};
use crate::atlas::PlaceKind;
use crate::keys::{Command, Context as KeyContext};
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

/// The Japanese catalogue.
pub struct Japanese;

impl Words for Japanese {
    fn app_name(&self) -> &'static str {
        "フロンティア・アトラス"
    }
    fn app_subtitle(&self) -> &'static str {
        "北東アジア 1855〜1922年"
    }
    fn long_date(&self, date: Date) -> String {
        let (y, m, d) = date.ymd();
        format!("{y}年{m}月{d}日")
    }
    fn month_year(&self, date: Date) -> String {
        let (y, m, _) = date.ymd();
        format!("{y}年{m}月")
    }
    fn map_label(&self, date: Date) -> String {
        format!("{}の北東アジアの地図", self.long_date(date))
    }

    fn power_long(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国（清朝、のち中華民国）",
            Power::Japan => "日本",
            Power::Korea => "朝鮮（朝鮮王朝、のち大韓帝国）",
            Power::Russia => "ロシア（ロシア帝国、のちその後の諸政権）",
            Power::Mongolia => "モンゴル（1911年からボグド・ハーン政権）",
            Power::Britain => "イギリス（大英帝国）",
            Power::Germany => "ドイツ（ドイツ帝国）",
            Power::Shared => "二国が同時に支配（両国の色の縞模様）",
        }
    }
    fn power_short(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国",
            Power::Japan => "日本",
            Power::Korea => "朝鮮",
            Power::Russia => "ロシア",
            Power::Mongolia => "モンゴル",
            Power::Britain => "イギリス",
            Power::Germany => "ドイツ",
            Power::Shared => "二国",
        }
    }
    fn power_adjective(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国",
            Power::Japan => "日本",
            Power::Korea => "朝鮮",
            Power::Russia => "ロシア",
            Power::Mongolia => "モンゴル",
            Power::Britain => "イギリス",
            Power::Germany => "ドイツ",
            Power::Shared => "外国",
        }
    }
    fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "完全な領有",
            Status::Condominium => "共同統治（コンドミニアム）",
            Status::Lease => "租借地",
            Status::Protectorate => "保護国",
            Status::Occupation => "軍事占領",
            Status::NeutralZone => "中立地帯",
            Status::Enclave => "他国の管轄下にある飛び地",
        }
    }
    fn status_phrase(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "領有",
            Status::Condominium => "共同統治（コンドミニアム）",
            Status::Lease => "租借",
            Status::Protectorate => "保護国として支配",
            Status::Occupation => "軍事占領",
            Status::NeutralZone => "外国軍の入れない中立地帯として統治",
            Status::Enclave => "飛び地として保持",
        }
    }

    fn legend_title(&self) -> &'static str {
        "凡例"
    }
    fn legend_powers(&self) -> &'static str {
        "土地を支配した国"
    }
    fn legend_statuses(&self) -> &'static str {
        "支配のかたち"
    }
    fn legend_more(&self) -> &'static str {
        "地図上のその他の表示"
    }
    fn legend_presence(&self) -> &'static str {
        "外国軍が駐留、統治はせず（その国の色の破線）"
    }
    fn legend_railway(&self) -> &'static str {
        "外国が運営する中国領内の鉄道（その国の色）"
    }
    fn legend_home_lands(&self) -> &'static str {
        "淡い色：この時代を通じて各国がそのまま領有した周辺の本国の土地"
    }
    fn legend_border(&self) -> &'static str {
        "線：その日に支配のかたちが異なる土地どうしの境界"
    }
    fn legend_place(&self) -> &'static str {
        "町・港・要塞（表示中の日付の名称で表記）"
    }
    fn legend_uncertain(&self) -> &'static str {
        "点線：史料では位置が定まらない境界（その地域を選ぶと理由が表示されます）"
    }

    fn slider_label(&self) -> &'static str {
        "地図に表示する日付"
    }
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String {
        match event_title {
            Some(t) => format!("{}。直近の変化：{t}", self.long_date(date)),
            None => self.long_date(date),
        }
    }
    fn marks_label(&self) -> &'static str {
        "年表上の変化"
    }
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String {
        format!(
            "{}から{}までの変化{count}件：一覧を表示",
            self.long_date(first),
            self.long_date(last)
        )
    }
    fn previous_change(&self) -> &'static str {
        "前の変化"
    }
    fn next_change(&self) -> &'static str {
        "次の変化"
    }
    fn keys_title(&self) -> &'static str {
        "キー操作"
    }
    fn key_context(&self, c: KeyContext) -> &'static str {
        match c {
            KeyContext::Page => "どこでも",
            KeyContext::Slider => "日付スライダーを選択中",
            KeyContext::Marks => "目盛りを選択中",
            KeyContext::Map => "地図を選択中",
            KeyContext::Presenting => "発表モード",
            KeyContext::Touring => "ツアーの途中",
            KeyContext::MarksList => "目盛りの一覧を開いているとき",
            KeyContext::Term => "用語カードを開いているとき",
            KeyContext::KeyList => "この一覧を開いているとき",
        }
    }
    fn command(&self, c: Command) -> &'static str {
        match c {
            Command::NextChange => "次の変化",
            Command::PreviousChange => "前の変化",
            Command::FirstChange => "最初の変化",
            Command::LastChange => "最後の変化",
            Command::YearLater => "1年後へ",
            Command::YearEarlier => "1年前へ",
            Command::TenYearsLater => "10年後へ",
            Command::TenYearsEarlier => "10年前へ",
            Command::FirstDay => "最初の日（1855年）",
            Command::LastDay => "最後の日（1922年）",
            Command::ZoomIn => "拡大",
            Command::ZoomOut => "縮小",
            Command::PanWest => "西へ移動",
            Command::PanEast => "東へ移動",
            Command::PanNorth => "北へ移動",
            Command::PanSouth => "南へ移動",
            Command::WholeMap => "地図全体",
            Command::LeavePresentation => "発表モードを終える",
            Command::NextStop => "次の場面",
            Command::PreviousStop => "前の場面",
            Command::CloseMarksList => "一覧を閉じる",
            Command::CloseTerm => "カードを閉じる",
            Command::ShowKeys => "すべてのキーを表示",
            Command::CloseKeys => "この一覧を閉じる",
        }
    }
    fn step_keys_hint(&self) -> &'static str {
        "キー操作：[ と ] で変化を一つずつ移動します。? ですべてのキーを表示します。"
    }
    fn play(&self) -> &'static str {
        "再生"
    }
    fn pause(&self) -> &'static str {
        "一時停止"
    }
    fn speed_label(&self) -> &'static str {
        "速度"
    }
    fn speed_name(&self, s: Speed) -> &'static str {
        match s {
            Speed::Slow => "遅い",
            Speed::Normal => "標準",
            Speed::Fast => "速い",
        }
    }
    fn stepped_onto(&self, date: Date, title: &str) -> String {
        format!("{}：{title}", self.long_date(date))
    }

    fn zoom_in(&self) -> &'static str {
        "拡大"
    }
    fn zoom_out(&self) -> &'static str {
        "縮小"
    }
    fn whole_map(&self) -> &'static str {
        "地図全体"
    }
    fn views_label(&self) -> &'static str {
        "地域を拡大"
    }
    fn focus_name(&self, v: FocusView) -> &'static str {
        match v {
            FocusView::Liaodong => "遼東",
            FocusView::SakhalinKurils => "樺太と千島",
            FocusView::Korea => "朝鮮",
            FocusView::AmurUssuri => "アムール川とウスリー川",
            FocusView::Manchuria => "満州",
        }
    }
    fn map_help(&self) -> &'static str {
        "ホイールまたはピンチで拡大・縮小、ドラッグで移動します。地図にフォーカスがあるときは + と − で拡大・縮小、矢印キーで移動、0 で地図全体を表示します。地域をクリックするか Tab キーで選ぶと、誰が支配していたかが表示されます。"
    }

    fn event_card_label(&self) -> &'static str {
        "現在有効な変化"
    }
    fn story_card_label(&self) -> &'static str {
        "直近の出来事（境界の変化なし）"
    }
    fn date_kind(&self, k: DateKind) -> &'static str {
        match k {
            DateKind::Signed => "調印",
            DateKind::Ratified => "批准",
            DateKind::RatificationsExchanged => "批准書交換",
            DateKind::InForce => "発効",
            DateKind::Promulgated => "公布",
            DateKind::HandedOver => "引き渡し",
            DateKind::Began => "開始",
            DateKind::Ended => "終了",
        }
    }
    fn map_uses(&self) -> &'static str {
        "地図に反映した日："
    }
    fn pieces_changed(&self) -> &'static str {
        "支配が変わった地域"
    }
    fn pieces_about(&self) -> &'static str {
        "関係する地域"
    }
    fn sources(&self) -> &'static str {
        "出典"
    }
    fn opens_new_tab(&self) -> &'static str {
        "（新しいタブで開きます）"
    }
    fn no_event_yet(&self) -> &'static str {
        "この日付までに記録された変化はまだありません。"
    }

    fn piece_card_label(&self) -> &'static str {
        "この土地を支配していた国"
    }
    fn held_by(&self, power: &str, status: Status) -> String {
        format!("{power}が{}", self.status_phrase(status))
    }
    fn title_with(&self, sovereigns: &str) -> String {
        format!("主権（領有権）は{sovereigns}に残った")
    }
    fn since(&self, date: Date, event: &str) -> String {
        format!("{}から：{event}", self.long_date(date))
    }
    fn until(&self, date: Date, event: &str) -> String {
        format!("{}まで：{event}", self.long_date(date))
    }
    fn until_end(&self) -> &'static str {
        "この地図が終わる1922年末まで変化なし"
    }
    fn troops_present(&self, p: Power) -> String {
        format!("{}軍が駐留（統治はせず）", self.power_adjective(p))
    }
    fn governments(&self) -> &'static str {
        "この日の政府"
    }
    fn regime_of(&self, name: &str, role: RegimeRole) -> String {
        match role {
            RegimeRole::Holder => format!("{name}（実際に支配）"),
            RegimeRole::Sovereign => format!("{name}（主権を保持）"),
        }
    }
    fn uncertain_border(&self, other: &str, why: &str) -> String {
        format!("{other}との境界は確定できません：{why}")
    }
    fn date_uncertain(&self, why: &str) -> String {
        format!("日付は確定できません：{why}")
    }
    fn close(&self) -> &'static str {
        "閉じる"
    }
    fn piece_label(
        &self,
        name: &str,
        holder: &str,
        status: Status,
        troops: Option<Power>,
    ) -> String {
        let troops = troops
            .map(|p| format!("；{}", self.troops_present(p)))
            .unwrap_or_default();
        format!("{name}：{holder}が{}{troops}", self.status_phrase(status))
    }
    fn shared_by(&self, a: Power, b: Power) -> String {
        format!("{}と{}", self.power_short(a), self.power_short(b))
    }
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String {
        match operator {
            Some(p) => format!("{name}：{}が運営（中国領内）", self.power_short(p)),
            None => format!("{name}：まだ開通していない"),
        }
    }
    fn place_kind(&self, k: PlaceKind) -> &'static str {
        match k {
            PlaceKind::Capital => "首都",
            PlaceKind::City => "都市",
            PlaceKind::Port => "港",
            PlaceKind::Fort => "要塞",
            PlaceKind::Town => "町",
            PlaceKind::Battle => "戦場",
            PlaceKind::Island => "島",
            PlaceKind::Strait => "海峡",
            PlaceKind::Cape => "岬",
            PlaceKind::Boundary => "境界線",
        }
    }

    fn dismiss(&self) -> &'static str {
        "閉じる"
    }
    fn link_notice(&self, n: &LinkNotice) -> String {
        match n {
            LinkNotice::DateOutOfSpan { asked, shown } => format!(
                "リンクが指定した日付 {asked} は、この地図が扱う期間（1855〜1922年）の外です。代わりに{}を表示しています。",
                self.long_date(*shown)
            ),
            LinkNotice::DateUnreadable { text } => format!(
                "リンクの日付「{text}」を読み取れませんでした。代わりに{}を表示しています。",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::ViewUnreadable { text } => format!(
                "リンクの表示範囲「{text}」はこの地図の一部ではありません。代わりに地図全体を表示しています。"
            ),
            LinkNotice::NothingToShow { fragment } => format!(
                "このリンクのアドレスは「#{fragment}」で終わっていますが、日付も表示範囲も示していません。代わりに{}を表示しています。",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::LangUnknown { text } => format!(
                "このリンクは言語「{text}」を指定していますが、この地図にはその言語がありません。ブラウザーの言語か英語で表示しています。"
            ),
            LinkNotice::ModeUnknown { text } => {
                format!("このリンクは表示モード「{text}」を指定していますが、この地図にはそのモードがありません。通常の地図を表示しています。")
            }
            LinkNotice::CompareUnreadable { text } => format!(
                "このリンクは「{text}」との比較を求めていますが、これは1855〜1922年の日付ではありません。一つの日付だけを表示しています。"
            ),
            LinkNotice::RegionUnknown { text } => Lang::Ja.lesson().region_unknown(text),
            LinkNotice::SeedUnreadable { text } => Lang::Ja.lesson().seed_unreadable(text),
            LinkNotice::StopUnreadable { text } => Lang::Ja.lesson().stop_unreadable(text),
        }
    }
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String {
        use crate::site::SiteNotice;
        match n {
            SiteNotice::TextsUnavailable(l) => format!("この版の地図の{}の文章を読み込めませんでした（オフラインか、新しい版が公開されたため）。カードと地名は英語で表示しています。再読み込みしてください。", language_name(*l)),
            SiteNotice::TextsOtherVersion(l) => format!("この端末にある{}の文章は別の版の地図のものです。文章がずれないよう、カードと地名は英語で表示しています。再読み込みすると最新の版になります。", language_name(*l)),
            SiteNotice::CardTextsUnavailable => "この版の地図のカードの文章を読み込めませんでした（オフラインか、新しい版が公開されたため）。地図はそのまま使えます。カードを読むには再読み込みしてください。".to_string(),
            SiteNotice::FontUnavailable(l) => format!("{}のフォントを読み込めませんでした。一部の文字が空の四角で表示されることがあります。オンラインのときに再読み込みしてください。", language_name(*l)),
            SiteNotice::ExportFailed => "このブラウザーでは画像を作成できませんでした。SVG形式の画像を保存するか、別のブラウザーをお試しください。".to_string(),
        }
    }
    fn picture_font_missing(&self, lang: Lang) -> String {
        format!("この画像には{}のフォントが含まれていません。開くコンピューターに{}のフォントが必要です。", language_name(lang), language_name(lang))
    }
    fn fatal_internal(&self) -> &'static str {
        "内部エラーのため地図が停止しました。ページを再読み込みして、もう一度お試しください。"
    }
    fn reload(&self) -> &'static str {
        "再読み込み"
    }
    fn credits(&self) -> &'static str {
        "陸地：Natural Earth（パブリックドメイン）。コード：MIT ライセンス。"
    }
    fn licences(&self) -> &'static str {
        "第三者のライセンス"
    }
    fn attribution(&self) -> String {
        "フロンティア・アトラス。陸地と海岸線：Natural Earth（パブリックドメイン）。それぞれの変化の支配・日付・出典：地図の出来事カード（geo/events.json）。".to_string()
    }
    fn toolbar_label(&self) -> &'static str {
        "ツール"
    }
    fn language(&self) -> &'static str {
        "言語"
    }
    fn compare_with(&self) -> &'static str {
        "比べる日付"
    }
    fn compare_stop(&self) -> &'static str {
        "比較をやめる"
    }
    fn compare_heading(&self, first: Date, second: Date) -> String {
        format!(
            "{}から{}までに変わったこと",
            self.long_date(first.min(second)),
            self.long_date(first.max(second))
        )
    }
    fn compare_none(&self) -> &'static str {
        "この二つの日付の間に支配が変わった地域はありません。"
    }
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String {
        format!("{piece}：{before} → {after}")
    }
    fn compare_parts(&self, area: &str, parts: usize) -> String {
        format!("{area}：{parts}か所で支配が変わった")
    }
    fn compare_map_label(&self, date: Date) -> String {
        format!("比較用：{}の北東アジアの地図", self.long_date(date))
    }
    fn present(&self) -> &'static str {
        "発表モード"
    }
    fn present_leave(&self) -> &'static str {
        "発表モードを終える"
    }
    fn save_svg(&self) -> &'static str {
        "SVG で保存"
    }
    fn save_png(&self) -> &'static str {
        "PNG で保存"
    }
    fn print(&self) -> &'static str {
        "印刷"
    }
    fn scale_km(&self, km: u32) -> String {
        format!("{km} km")
    }
    fn finish_label(&self) -> &'static str {
        "保存・印刷の色"
    }
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str {
        match finish {
            crate::export::Finish::Colour => "カラー",
            crate::export::Finish::Grey => "グレー（コピー用）",
            crate::export::Finish::Blank => "白地図",
        }
    }
    fn not_translated(&self, lang: &str) -> String {
        format!("{lang}ではまだ書かれていないため、英語で表示しています。")
    }
    fn fatal_data(&self) -> &'static str {
        "地図のデータが検査に通らなかったため、誤ったものを描くよりも、何も描かないことにしました。"
    }
}

/// A language's name in this catalogue's language, for notices about it.
fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "英語",
        Lang::Ja => "日本語",
        Lang::Ru => "ロシア語",
        Lang::Zh => "中国語",
        Lang::Ko => "韓国語",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_person_would_say_them() {
        let d = Date::parse("1855-02-07").unwrap();
        assert_eq!(Japanese.long_date(d), "1855年2月7日");
        assert_eq!(Japanese.month_year(d), "1855年2月");
    }
}
