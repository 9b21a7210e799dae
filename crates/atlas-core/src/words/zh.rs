//! Chinese.

use super::{Lang, RegimeRole, Speed, Words};
use crate::atlas::PlaceKind;
use crate::keys::{Command, Context as KeyContext};
use crate::link::LinkNotice;
use crate::model::{Date, DateKind, Power, Status};
use crate::scene::focus::FocusView;

/// The Chinese catalogue (Simplified characters, zh-Hans).
pub struct Chinese;

impl Words for Chinese {
    fn app_name(&self) -> &'static str {
        "边疆历史地图"
    }
    fn app_subtitle(&self) -> &'static str {
        "东北亚，1855—1922年"
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
        format!("{}的东北亚地图", self.long_date(date))
    }

    fn power_long(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国（先为清朝，后为中华民国）",
            Power::Japan => "日本",
            Power::Korea => "朝鲜（先为朝鲜王朝，后为大韩帝国）",
            Power::Russia => "俄国（俄罗斯帝国及其后的各政权）",
            Power::Mongolia => "蒙古（1911年起为博克多汗国）",
            Power::Britain => "英国（大英帝国）",
            Power::Germany => "德国（德意志帝国）",
            Power::Shared => "两国同时领有（两国颜色相间的条纹）",
        }
    }
    fn power_short(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国",
            Power::Japan => "日本",
            Power::Korea => "朝鲜",
            Power::Russia => "俄国",
            Power::Mongolia => "蒙古",
            Power::Britain => "英国",
            Power::Germany => "德国",
            Power::Shared => "两国",
        }
    }
    fn power_adjective(&self, p: Power) -> &'static str {
        match p {
            Power::China => "中国",
            Power::Japan => "日本",
            Power::Korea => "朝鲜",
            Power::Russia => "俄国",
            Power::Mongolia => "蒙古",
            Power::Britain => "英国",
            Power::Germany => "德国",
            Power::Shared => "外国",
        }
    }
    fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "完全领有",
            Status::Condominium => "共同领有（共管）",
            Status::Lease => "租借地",
            Status::Protectorate => "保护国",
            Status::Occupation => "军事占领",
            Status::NeutralZone => "中立区",
            Status::Enclave => "飞地（归他方管辖）",
        }
    }
    fn status_phrase(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "完全领有",
            Status::Condominium => "以共管形式共同领有",
            Status::Lease => "租借",
            Status::Protectorate => "作为保护国",
            Status::Occupation => "军事占领",
            Status::NeutralZone => "作为禁止外国驻军的中立区",
            Status::Enclave => "作为飞地",
        }
    }

    fn legend_title(&self) -> &'static str {
        "图例"
    }
    fn legend_powers(&self) -> &'static str {
        "谁掌控这片土地"
    }
    fn legend_statuses(&self) -> &'static str {
        "以何种方式掌控"
    }
    fn legend_more(&self) -> &'static str {
        "图上还有"
    }
    fn legend_presence(&self) -> &'static str {
        "外国军队驻扎，但不施行统治（该国颜色的虚线）"
    }
    fn legend_railway(&self) -> &'static str {
        "中国境内由外国经营的铁路（该国颜色）"
    }
    fn legend_home_lands(&self) -> &'static str {
        "浅色：故事周边各国的本土，始终完全领有"
    }
    fn legend_border(&self) -> &'static str {
        "实线：当日掌控方式不同的两块土地之间的界线"
    }
    fn legend_place(&self) -> &'static str {
        "城镇、港口或要塞，名称按所示日期当时的叫法"
    }
    fn legend_uncertain(&self) -> &'static str {
        "点线：史料未能确定走向的边界（点击该地块可查看原因）"
    }

    fn slider_label(&self) -> &'static str {
        "地图所示日期"
    }
    fn slider_value(&self, date: Date, event_title: Option<&str>) -> String {
        match event_title {
            Some(t) => format!("{}。最近的变化：{t}", self.long_date(date)),
            None => self.long_date(date),
        }
    }
    fn marks_label(&self) -> &'static str {
        "时间轴上的变化"
    }
    fn marks_group(&self, first: Date, last: Date, count: usize) -> String {
        format!(
            "{count}项变化，{}至{}：显示列表",
            self.long_date(first),
            self.long_date(last)
        )
    }
    fn previous_change(&self) -> &'static str {
        "上一项变化"
    }
    fn next_change(&self) -> &'static str {
        "下一项变化"
    }
    fn keys_title(&self) -> &'static str {
        "按键"
    }
    fn key_context(&self, c: KeyContext) -> &'static str {
        match c {
            KeyContext::Page => "任何位置",
            KeyContext::Slider => "日期滑块获得焦点时",
            KeyContext::Marks => "标记获得焦点时",
            KeyContext::Map => "地图获得焦点时",
            KeyContext::Presenting => "演示模式",
            KeyContext::Touring => "跟随导览时",
            KeyContext::MarksList => "标记列表打开时",
            KeyContext::Term => "术语卡片打开时",
            KeyContext::KeyList => "本列表打开时",
        }
    }
    fn command(&self, c: Command) -> &'static str {
        match c {
            Command::NextChange => "下一项变化",
            Command::PreviousChange => "上一项变化",
            Command::FirstChange => "第一项变化",
            Command::LastChange => "最后一项变化",
            Command::YearLater => "后移一年",
            Command::YearEarlier => "前移一年",
            Command::TenYearsLater => "后移十年",
            Command::TenYearsEarlier => "前移十年",
            Command::FirstDay => "第一天（1855年）",
            Command::LastDay => "最后一天（1922年）",
            Command::ZoomIn => "放大",
            Command::ZoomOut => "缩小",
            Command::PanWest => "向西移动",
            Command::PanEast => "向东移动",
            Command::PanNorth => "向北移动",
            Command::PanSouth => "向南移动",
            Command::WholeMap => "全图",
            Command::LeavePresentation => "退出演示模式",
            Command::NextStop => "下一站",
            Command::PreviousStop => "上一站",
            Command::CloseMarksList => "关闭列表",
            Command::CloseTerm => "关闭卡片",
            Command::ShowKeys => "列出全部按键",
            Command::CloseKeys => "关闭本列表",
        }
    }
    fn step_keys_hint(&self) -> &'static str {
        "按键：[ 和 ] 逐项切换变化；按 ? 列出全部按键。"
    }
    fn play(&self) -> &'static str {
        "播放"
    }
    fn pause(&self) -> &'static str {
        "暂停"
    }
    fn speed_label(&self) -> &'static str {
        "速度"
    }
    fn speed_name(&self, s: Speed) -> &'static str {
        match s {
            Speed::Slow => "慢",
            Speed::Normal => "正常",
            Speed::Fast => "快",
        }
    }
    fn stepped_onto(&self, date: Date, title: &str) -> String {
        format!("{}：{title}", self.long_date(date))
    }

    fn zoom_in(&self) -> &'static str {
        "放大"
    }
    fn zoom_out(&self) -> &'static str {
        "缩小"
    }
    fn whole_map(&self) -> &'static str {
        "全图"
    }
    fn views_label(&self) -> &'static str {
        "聚焦"
    }
    fn focus_name(&self, v: FocusView) -> &'static str {
        match v {
            FocusView::Liaodong => "辽东",
            FocusView::SakhalinKurils => "库页岛与千岛群岛",
            FocusView::Korea => "朝鲜",
            FocusView::AmurUssuri => "黑龙江与乌苏里江",
            FocusView::Manchuria => "中国东北",
        }
    }
    fn map_help(&self) -> &'static str {
        "滚动滚轮或双指捏合可缩放，拖动可移动；地图获得焦点时，按 + 和 − 缩放，方向键移动，按 0 显示全图。点击某一地块或用 Tab 键选中它，即可查看当时谁掌控该地。"
    }

    fn event_card_label(&self) -> &'static str {
        "生效的变化"
    }
    fn story_card_label(&self) -> &'static str {
        "最近的事件（边界未变）"
    }
    fn date_kind(&self, k: DateKind) -> &'static str {
        match k {
            DateKind::Signed => "签署",
            DateKind::Ratified => "批准",
            DateKind::RatificationsExchanged => "互换批准书",
            DateKind::InForce => "生效",
            DateKind::Promulgated => "公布",
            DateKind::HandedOver => "移交",
            DateKind::Began => "开始",
            DateKind::Ended => "结束",
        }
    }
    fn map_uses(&self) -> &'static str {
        "地图上自此日起显示"
    }
    fn pieces_changed(&self) -> &'static str {
        "掌控发生变化的地区"
    }
    fn pieces_about(&self) -> &'static str {
        "涉及地区"
    }
    fn sources(&self) -> &'static str {
        "资料来源"
    }
    fn opens_new_tab(&self) -> &'static str {
        "（在新标签页中打开）"
    }
    fn no_event_yet(&self) -> &'static str {
        "截至此日尚无记录的变化。"
    }

    fn piece_card_label(&self) -> &'static str {
        "谁掌控这片土地"
    }
    fn held_by(&self, power: &str, status: Status) -> String {
        format!("由{power}掌控（{}）", self.status_phrase(status))
    }
    fn title_with(&self, sovereigns: &str) -> String {
        format!("主权仍属{sovereigns}")
    }
    fn since(&self, date: Date, event: &str) -> String {
        format!("自{}起：{event}", self.long_date(date))
    }
    fn until(&self, date: Date, event: &str) -> String {
        format!("直至{}：{event}", self.long_date(date))
    }
    fn until_end(&self) -> &'static str {
        "直到1922年底本图结束时都未再变化"
    }
    fn troops_present(&self, p: Power) -> String {
        format!("{}军队驻扎，但不施行统治", self.power_adjective(p))
    }
    fn governments(&self) -> &'static str {
        "当日的政府"
    }
    fn regime_of(&self, name: &str, role: RegimeRole) -> String {
        match role {
            RegimeRole::Holder => format!("{name}（掌控者）"),
            RegimeRole::Sovereign => format!("{name}（拥有主权）"),
        }
    }
    fn uncertain_border(&self, other: &str, why: &str) -> String {
        format!("与{other}之间的边界并不确定：{why}")
    }
    fn date_uncertain(&self, why: &str) -> String {
        format!("日期不确定：{why}")
    }
    fn close(&self) -> &'static str {
        "关闭"
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
        format!("{name}：{holder}，{}{troops}", self.status_phrase(status))
    }
    fn shared_by(&self, a: Power, b: Power) -> String {
        format!("{}和{}", self.power_short(a), self.power_short(b))
    }
    fn railway_title(&self, name: &str, operator: Option<Power>) -> String {
        match operator {
            Some(p) => format!("{name}：由{}经营，位于中国境内", self.power_short(p)),
            None => format!("{name}：尚未通车"),
        }
    }
    fn place_kind(&self, k: PlaceKind) -> &'static str {
        match k {
            PlaceKind::Capital => "首都",
            PlaceKind::City => "城市",
            PlaceKind::Port => "港口",
            PlaceKind::Fort => "要塞",
            PlaceKind::Town => "城镇",
            PlaceKind::Battle => "战役",
            PlaceKind::Island => "岛屿",
            PlaceKind::Strait => "海峡",
            PlaceKind::Cape => "岬角",
            PlaceKind::Boundary => "界线",
        }
    }

    fn dismiss(&self) -> &'static str {
        "知道了"
    }
    fn link_notice(&self, n: &LinkNotice) -> String {
        match n {
            LinkNotice::LangUnknown { text } => {
                format!("链接要求使用语言“{text}”，但本图没有这种语言；现以浏览器语言或英文显示。")
            }
            LinkNotice::ModeUnknown { text } => {
                format!("链接要求使用显示模式“{text}”，但本图没有这种模式；现显示普通地图。")
            }
            LinkNotice::CompareUnreadable { text } => {
                format!("链接要求与“{text}”比较，但这不是1855—1922年间的日期；现只显示一个日期。")
            }
            LinkNotice::DateOutOfSpan { asked, shown } => format!(
                "链接要求显示{asked}，超出了本图涵盖的年份（1855—1922年）；现改为显示{}。",
                self.long_date(*shown)
            ),
            LinkNotice::DateUnreadable { text } => format!(
                "无法识别链接中的日期“{text}”；现改为显示{}。",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::ViewUnreadable { text } => {
                format!("链接中的视图“{text}”不属于本图；现改为显示全图。")
            }
            LinkNotice::NothingToShow { fragment } => format!(
                "此链接的地址以“#{fragment}”结尾，其中既没有日期也没有视图；现改为显示{}。",
                self.long_date(crate::link::DEFAULT_DATE)
            ),
            LinkNotice::RegionUnknown { text } => Lang::Zh.lesson().region_unknown(text),
            LinkNotice::SeedUnreadable { text } => Lang::Zh.lesson().seed_unreadable(text),
            LinkNotice::StopUnreadable { text } => Lang::Zh.lesson().stop_unreadable(text),
        }
    }
    fn site_notice(&self, n: &crate::site::SiteNotice) -> String {
        use crate::site::SiteNotice;
        match n {
            SiteNotice::TextsUnavailable(l) => format!("未能加载本版地图的{}文本（可能处于离线状态，或网站已发布新版本），卡片和地名暂以英文显示。请重新加载。", language_name(*l)),
            SiteNotice::TextsOtherVersion(l) => format!("本设备上的{}文本属于地图的另一个版本。为避免文字错位，卡片和地名暂以英文显示。重新加载即可获得当前版本。", language_name(*l)),
            SiteNotice::CardTextsUnavailable => "未能加载本版地图的卡片文本（可能处于离线状态，或网站已发布新版本）。地图完整可用；请重新加载以阅读卡片。".to_string(),
            SiteNotice::FontUnavailable(l) => format!("未能加载{}字体：部分字符可能显示为空白方框。请在联网时重新加载。", language_name(*l)),
            SiteNotice::ExportFailed => "此浏览器无法生成图片。请改存 SVG 格式的图片，或换用其他浏览器。".to_string(),
        }
    }
    fn picture_font_missing(&self, lang: Lang) -> String {
        format!(
            "此图片未包含{}字体：打开它的电脑需要装有{}字体才能显示其中的文字。",
            language_name(lang),
            language_name(lang)
        )
    }
    fn fatal_internal(&self) -> &'static str {
        "地图因内部错误而停止运行。请重新加载页面再试。"
    }
    fn reload(&self) -> &'static str {
        "重新加载"
    }
    fn credits(&self) -> &'static str {
        "陆地数据：Natural Earth（公有领域）。代码：MIT 许可证。"
    }
    fn licences(&self) -> &'static str {
        "第三方许可证"
    }
    fn attribution(&self) -> String {
        "Frontier Atlas。陆地与海岸线：Natural Earth（公有领域）。每次变化的控制方、日期与出处：见地图上的事件卡片（geo/events.json）。".to_string()
    }
    fn toolbar_label(&self) -> &'static str {
        "工具"
    }
    fn language(&self) -> &'static str {
        "语言"
    }
    fn compare_with(&self) -> &'static str {
        "与此日期比较"
    }
    fn compare_stop(&self) -> &'static str {
        "停止比较"
    }
    fn compare_heading(&self, first: Date, second: Date) -> String {
        format!(
            "从{}到{}的变化",
            self.long_date(first.min(second)),
            self.long_date(first.max(second))
        )
    }
    fn compare_none(&self) -> &'static str {
        "这两个日期之间，没有任何地区易手。"
    }
    fn compare_change(&self, piece: &str, before: &str, after: &str) -> String {
        format!("{piece}：{before} → {after}")
    }
    fn compare_parts(&self, area: &str, parts: usize) -> String {
        format!("{area}：{parts}处易手")
    }
    fn compare_map_label(&self, date: Date) -> String {
        format!("对照：{}的东北亚地图", self.long_date(date))
    }
    fn present(&self) -> &'static str {
        "演示模式"
    }
    fn present_leave(&self) -> &'static str {
        "退出演示模式"
    }
    fn save_svg(&self) -> &'static str {
        "保存为 SVG"
    }
    fn save_png(&self) -> &'static str {
        "保存为 PNG"
    }
    fn print(&self) -> &'static str {
        "打印"
    }
    fn scale_km(&self, km: u32) -> String {
        format!("{km} 公里")
    }
    fn finish_label(&self) -> &'static str {
        "保存与打印的颜色"
    }
    fn finish_name(&self, finish: crate::export::Finish) -> &'static str {
        match finish {
            crate::export::Finish::Colour => "彩色",
            crate::export::Finish::Grey => "灰度（复印）",
            crate::export::Finish::Blank => "空白图",
        }
    }
    fn not_translated(&self, lang: &str) -> String {
        format!("这段文字尚无{lang}版本，因此以英文显示。")
    }
    fn fatal_data(&self) -> &'static str {
        "地图数据未通过检查，因此宁可什么都不画，也不画出错误的内容。"
    }
}

/// A language's name in this catalogue's language, for notices about it.
fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::En => "英文",
        Lang::Ja => "日文",
        Lang::Ru => "俄文",
        Lang::Zh => "中文",
        Lang::Ko => "韩文",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_a_person_would_say_them() {
        let d = Date::parse("1855-02-07").unwrap();
        assert_eq!(Chinese.long_date(d), "1855年2月7日");
        assert_eq!(Chinese.month_year(d), "1855年2月");
    }
}
