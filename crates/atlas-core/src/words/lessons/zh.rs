//! Chinese (Simplified).

use super::{LessonWords, QuestionFacts, When};
use crate::lesson::questions::Ask;
use crate::lesson::tour::TourProblem;
use crate::model::{Date, Power, Region, Status};
use crate::words::{Lang, Words};

/// The Chinese catalogue.
pub struct Chinese;

/// The interface's catalogue in this language, for dates and powers.
fn w() -> &'static dyn Words {
    Lang::Zh.words()
}

fn date(d: Date) -> String {
    w().long_date(d)
}

impl LessonWords for Chinese {
    fn region_label(&self) -> &'static str {
        "地区"
    }
    fn region_all(&self) -> &'static str {
        "全部地区"
    }
    fn region_name(&self, r: Region) -> &'static str {
        match r {
            Region::Sakhalin => "库页岛与千岛群岛",
            Region::Liaodong => "辽东",
            Region::Manchuria => "中国东北",
            Region::Korea => "朝鲜",
            Region::Amur => "黑龙江与乌苏里江",
            Region::Mongolia => "蒙古",
            Region::China => "关内各省",
            Region::Japan => "日本",
            Region::Siberia => "西伯利亚与堪察加",
        }
    }
    fn list_separator(&self) -> &'static str {
        "、"
    }
    fn region_filtering(&self, r: Region) -> String {
        format!(
            "逐项切换、时间轴标记和播放都只涉及{}。",
            self.region_name(r)
        )
    }

    fn cards_tab(&self) -> &'static str {
        "卡片"
    }
    fn changes_open(&self) -> &'static str {
        "变化列表"
    }
    fn changes_title(&self) -> &'static str {
        "地图上的全部变化"
    }
    fn changes_count(&self, n: usize) -> String {
        format!("{n}项变化")
    }
    fn no_border_moved(&self) -> &'static str {
        "边界未变"
    }
    fn marks_explained(&self) -> &'static str {
        "滑块上的每个标记代表发生变化的一天。数字表示几项时间相近的变化，点击即可查看列表。空心标记表示没有改变边界的事件。"
    }

    fn phone_tabs_label(&self) -> &'static str {
        "转到地图、图例或卡片"
    }
    fn phone_map_tab(&self) -> &'static str {
        "地图"
    }
    fn key_title(&self) -> &'static str {
        "图例"
    }
    fn key_toggle(&self) -> &'static str {
        "图例"
    }
    fn caption_toggle(&self) -> &'static str {
        "说明"
    }
    fn key_presence(&self) -> &'static str {
        "外国军队驻扎"
    }
    fn key_railway(&self) -> &'static str {
        "外国经营的铁路"
    }
    fn key_uncertain(&self) -> &'static str {
        "不确定的边界"
    }

    fn sphere_label(&self) -> &'static str {
        "势力范围"
    }
    fn sphere_span(&self, from: Date, until: Option<Date>) -> String {
        match until {
            Some(u) => format!("自{}至{}", date(from), date(u)),
            None => format!("自{}起，直到地图结束", date(from)),
        }
    }
    fn sphere_claim(&self, power: Power, over: Power) -> String {
        format!(
            "{}对{}所统治土地的主张：这不是掌控，掌控仍如地图颜色所示。",
            w().power_short(power),
            w().power_short(over)
        )
    }
    fn sphere_made_by(&self, title: &str) -> String {
        format!("由此产生：{title}")
    }
    fn sphere_ended_by(&self, title: &str) -> String {
        format!("由此结束：{title}")
    }
    fn details(&self) -> &'static str {
        "详情"
    }
    fn fine_pieces(&self) -> &'static str {
        "发生变化的各个地块"
    }
    fn full_account(&self) -> &'static str {
        "完整记述"
    }

    fn glossary_title(&self) -> &'static str {
        "术语表"
    }
    fn glossary_example(&self, example: &str) -> String {
        format!("例如：{example}")
    }

    fn tour_title(&self) -> &'static str {
        "导览"
    }
    fn tour_empty(&self) -> &'static str {
        "还没有站点。先把地图调整成想让全班看到的样子，再点击“添加站点”。"
    }
    fn tour_name_label(&self) -> &'static str {
        "导览标题"
    }
    fn tour_add_stop(&self) -> &'static str {
        "添加站点"
    }
    fn tour_stop_n(&self, n: usize) -> String {
        format!("第{n}站")
    }
    fn tour_note_label(&self) -> &'static str {
        "显示在地图上的说明"
    }
    fn tour_question_label(&self, n: usize) -> String {
        format!("给学生的问题{n}")
    }
    fn tour_move_up(&self) -> &'static str {
        "上移"
    }
    fn tour_move_down(&self) -> &'static str {
        "下移"
    }
    fn tour_remove(&self) -> &'static str {
        "删除"
    }
    fn tour_show(&self) -> &'static str {
        "显示"
    }
    fn tour_update(&self) -> &'static str {
        "改用当前地图"
    }
    fn tour_copy_link(&self) -> &'static str {
        "复制导览链接"
    }
    fn tour_link_copied(&self) -> &'static str {
        "导览链接已复制。"
    }
    fn tour_copy_by_hand(&self) -> &'static str {
        "浏览器未能复制：请选中下面的链接，手动复制。"
    }
    fn tour_link_length(&self, chars: usize, limit: usize) -> String {
        if chars <= limit {
            format!("链接长{chars}个字符。")
        } else {
            format!(
                "链接长{chars}个字符，超过了邮件和学习平台能保留的{limit}个字符：请改为保存导览文件，或缩短说明文字。"
            )
        }
    }
    fn tour_save_file(&self) -> &'static str {
        "保存导览文件"
    }
    fn tour_open_file(&self) -> &'static str {
        "打开导览文件"
    }
    fn tour_start(&self) -> &'static str {
        "开始导览"
    }
    fn tour_stop_of(&self, i: usize, n: usize) -> String {
        format!("第{i}站，共{n}站")
    }
    fn tour_next(&self) -> &'static str {
        "下一站"
    }
    fn tour_previous(&self) -> &'static str {
        "上一站"
    }
    fn tour_leave(&self) -> &'static str {
        "退出导览"
    }
    fn tour_questions(&self) -> &'static str {
        "给全班的问题"
    }
    fn tour_own_view(&self) -> &'static str {
        "自定义视图"
    }
    fn tour_problem(&self, p: &TourProblem) -> String {
        match p {
            TourProblem::UnknownVersion(v) => {
                format!("此导览由另一版本的地图（“{v}”）制作，无法在这里读取；现改为显示地图。")
            }
            TourProblem::Unreadable => {
                "无法读取此链接中的导览（链接可能被截断或改动过）；现改为显示地图。".into()
            }
            TourProblem::Truncated { read, expected } => {
                format!("导览链接被截断了：{expected}个站点中有{read}个可以读取，已予保留。")
            }
            TourProblem::Altered => {
                "导览链接在生成后被改动过：已尽量显示能读取的站点，但请加以核对。".into()
            }
            TourProblem::TooLong { chars } => {
                format!("导览链接长{chars}个字符，超出了地图能读取的长度；已保留开头的站点。")
            }
            TourProblem::DateOffMap { stop } => {
                format!("第{stop}站的日期不在1855—1922年之间；现显示本图涵盖范围内最接近的日期。")
            }
            TourProblem::UnknownView { stop } => {
                format!("第{stop}站的视图不属于本图；现显示全图。")
            }
            TourProblem::UnknownLang { stop } => {
                format!("第{stop}站要求使用本图没有的语言；现保持页面当前的语言。")
            }
            TourProblem::TextCut { stop } => {
                format!("第{stop}站的说明或问题超出了一个站点的容量，已被缩短。")
            }
            TourProblem::TooManyStops { count } => format!(
                "此导览有{count}个站点，超出了一个导览的容量；只保留前{}个。",
                crate::lesson::tour::STOPS_MAX
            ),
            TourProblem::BadFile(why) => {
                format!("此文件不是本图能打开的导览：{why}")
            }
        }
    }

    fn questions_title(&self) -> &'static str {
        "问答"
    }
    fn question_of(&self, i: usize, n: usize) -> String {
        format!("第{i}题，共{n}题")
    }
    fn question(&self, q: &QuestionFacts) -> String {
        let when = |w: When| match w {
            When::Year(y) => format!("{y}年"),
            When::Day(d) => date(d),
        };
        match q.ask {
            Ask::WhoHeld { .. } => format!("{}，{}由谁掌控？", when(q.when), q.subject),
            Ask::WhenBecame { power, .. } => format!(
                "{}是从什么时候开始由{}掌控的？",
                q.subject,
                w().power_short(power)
            ),
            Ask::WhichPower { status, .. } => format!(
                "{}，{}是哪个国家的{}？",
                when(q.when),
                q.subject,
                self.status_in_question(status)
            ),
            Ask::WhereHeld { power, status } => format!(
                "{}，{}的{}在哪里？",
                when(q.when),
                w().power_short(power),
                self.status_in_question(status)
            ),
        }
    }
    fn question_click_map(&self) -> &'static str {
        "请在地图上点击那片土地作答。"
    }
    fn answer_right(&self) -> &'static str {
        "答对了！"
    }
    fn answer_wrong(&self, right: &str) -> String {
        format!("不太对：答案是{right}。")
    }
    fn answer_wrong_place(&self, clicked: &str, holder: &str) -> String {
        format!("不太对：{clicked}当时由{holder}掌控。用轮廓线标出的土地是正确答案之一。")
    }
    fn answer_because(&self, d: Date, title: &str) -> String {
        format!("原因：{title}（{}）", date(d))
    }
    fn question_show_change(&self) -> &'static str {
        "查看这项变化"
    }
    fn question_next(&self) -> &'static str {
        "下一题"
    }
    fn questions_new(&self) -> &'static str {
        "换一组题"
    }
    fn questions_leave(&self) -> &'static str {
        "退出问答"
    }
    fn questions_score(&self, right: usize, asked: usize) -> String {
        format!("已答{asked}题，答对{right}题")
    }
    fn questions_none(&self) -> &'static str {
        "在这个地区和这段日期内无法出题。"
    }
    fn questions_scope(&self, region: Option<Region>, tour: bool) -> String {
        match (region, tour) {
            (_, true) => "题目取自导览涉及的年份。".into(),
            (Some(r), false) => format!("题目取自{}。", self.region_name(r)),
            (None, false) => "题目取自全图。".into(),
        }
    }
    fn questions_same_for_class(&self) -> &'static str {
        "现在用这个网址，全班都会得到同样的题目。"
    }

    fn region_unknown(&self, text: &str) -> String {
        format!("链接要求显示地区“{text}”，但本图没有这个地区；现显示全部地区。")
    }
    fn seed_unreadable(&self, text: &str) -> String {
        format!("无法识别链接中的题目编号“{text}”；现重新出题。")
    }
    fn stop_unreadable(&self, text: &str) -> String {
        format!("链接中的导览站点“{text}”不属于该导览；现显示第一站。")
    }

    fn power_choice(&self, p: Power) -> &'static str {
        match p {
            Power::Shared => "两国同时领有",
            p => w().power_short(p),
        }
    }
    fn status_in_question(&self, s: Status) -> &'static str {
        match s {
            Status::Sovereign => "完全领有的领土",
            Status::Condominium => "共管地",
            Status::Lease => "租借地",
            Status::Protectorate => "保护国",
            Status::Occupation => "军事占领区",
            Status::NeutralZone => "中立区",
            Status::Enclave => "飞地",
        }
    }
}
