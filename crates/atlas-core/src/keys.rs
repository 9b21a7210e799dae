//! Every key the page answers to, as data: one command type and a key map per context, in the
//! way helix keeps its keymaps. The page's one key handler, the on-screen list of keys and the
//! README's key list are all read from here, so none of them can tell a different story.
//!
//! A key is resolved against the contexts in force, most particular first: an overlay that is
//! open (the list of keys, a glossary term, a list of marks), then a tour being followed, then
//! the presentation, then whatever has the keyboard's focus (the slider, the marks, the map),
//! and last the page itself.
//!
//! ```
//! use atlas_core::keys::{resolve, Command, Context};
//! // With the slider focused, the right arrow moves a year.
//! assert_eq!(resolve(&[Context::Slider, Context::Page], "ArrowRight"), Some(Command::YearLater));
//! // When presenting, Page Down is a clicker's button: the next change, not ten years back.
//! let presenting = [Context::Presenting, Context::Slider, Context::Page];
//! assert_eq!(resolve(&presenting, "PageDown"), Some(Command::NextChange));
//! ```

/// Where a key has a meaning of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Context {
    /// Anywhere on the page (except while typing into a field).
    Page,
    /// The date slider has the focus.
    Slider,
    /// A mark on the slider's track has the focus.
    Marks,
    /// The map has the focus.
    Map,
    /// The page is in presentation mode.
    Presenting,
    /// A tour is being followed.
    Touring,
    /// A list of marks is open.
    MarksList,
    /// A glossary term's card is open over the map.
    Term,
    /// The list of keys is open.
    KeyList,
}

impl Context {
    /// Every context, in the order the list of keys shows them.
    pub const ALL: [Context; 9] = [
        Context::Page,
        Context::Slider,
        Context::Marks,
        Context::Map,
        Context::Presenting,
        Context::Touring,
        Context::MarksList,
        Context::Term,
        Context::KeyList,
    ];

    /// The identifier used in `data-context` and the README.
    pub fn id(self) -> &'static str {
        match self {
            Context::Page => "page",
            Context::Slider => "slider",
            Context::Marks => "marks",
            Context::Map => "map",
            Context::Presenting => "presenting",
            Context::Touring => "touring",
            Context::MarksList => "marks-list",
            Context::Term => "term",
            Context::KeyList => "key-list",
        }
    }

    /// The keys that mean something in this context, and what.
    pub fn bindings(self) -> &'static [Binding] {
        use Command::*;
        match self {
            Context::Page => &[
                Binding {
                    keys: &["]"],
                    command: NextChange,
                },
                Binding {
                    keys: &["["],
                    command: PreviousChange,
                },
                Binding {
                    keys: &["?"],
                    command: ShowKeys,
                },
            ],
            Context::Slider => &[
                Binding {
                    keys: &["ArrowRight", "ArrowUp"],
                    command: YearLater,
                },
                Binding {
                    keys: &["ArrowLeft", "ArrowDown"],
                    command: YearEarlier,
                },
                Binding {
                    keys: &["PageUp"],
                    command: TenYearsLater,
                },
                Binding {
                    keys: &["PageDown"],
                    command: TenYearsEarlier,
                },
                Binding {
                    keys: &["Home"],
                    command: FirstDay,
                },
                Binding {
                    keys: &["End"],
                    command: LastDay,
                },
            ],
            Context::Marks => &[
                Binding {
                    keys: &["ArrowRight", "ArrowUp"],
                    command: NextChange,
                },
                Binding {
                    keys: &["ArrowLeft", "ArrowDown"],
                    command: PreviousChange,
                },
                Binding {
                    keys: &["Home"],
                    command: FirstChange,
                },
                Binding {
                    keys: &["End"],
                    command: LastChange,
                },
            ],
            Context::Map => &[
                Binding {
                    keys: &["+", "="],
                    command: ZoomIn,
                },
                Binding {
                    keys: &["-", "_"],
                    command: ZoomOut,
                },
                Binding {
                    keys: &["ArrowLeft"],
                    command: PanWest,
                },
                Binding {
                    keys: &["ArrowRight"],
                    command: PanEast,
                },
                Binding {
                    keys: &["ArrowUp"],
                    command: PanNorth,
                },
                Binding {
                    keys: &["ArrowDown"],
                    command: PanSouth,
                },
                Binding {
                    keys: &["0"],
                    command: WholeMap,
                },
            ],
            // A presentation clicker sends Page Down and Page Up.
            Context::Presenting => &[
                Binding {
                    keys: &["PageDown"],
                    command: NextChange,
                },
                Binding {
                    keys: &["PageUp"],
                    command: PreviousChange,
                },
                Binding {
                    keys: &["Escape"],
                    command: LeavePresentation,
                },
            ],
            // Following a tour, the clicker goes from stop to stop instead.
            Context::Touring => &[
                Binding {
                    keys: &["PageDown"],
                    command: NextStop,
                },
                Binding {
                    keys: &["PageUp"],
                    command: PreviousStop,
                },
            ],
            Context::MarksList => &[Binding {
                keys: &["Escape"],
                command: CloseMarksList,
            }],
            Context::Term => &[Binding {
                keys: &["Escape"],
                command: CloseTerm,
            }],
            Context::KeyList => &[
                Binding {
                    keys: &["Escape"],
                    command: CloseKeys,
                },
                Binding {
                    keys: &["?"],
                    command: CloseKeys,
                },
            ],
        }
    }
}

/// Something a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Step to the next change (of the region followed).
    NextChange,
    /// Step to the previous change.
    PreviousChange,
    /// Step to the first change.
    FirstChange,
    /// Step to the last change.
    LastChange,
    /// Move the date a year later.
    YearLater,
    /// Move the date a year earlier.
    YearEarlier,
    /// Move the date ten years later.
    TenYearsLater,
    /// Move the date ten years earlier.
    TenYearsEarlier,
    /// Go to the map's first day.
    FirstDay,
    /// Go to the map's last day.
    LastDay,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Pan west.
    PanWest,
    /// Pan east.
    PanEast,
    /// Pan north.
    PanNorth,
    /// Pan south.
    PanSouth,
    /// Show the whole map.
    WholeMap,
    /// Leave the presentation.
    LeavePresentation,
    /// Go to the tour's next stop.
    NextStop,
    /// Go to the tour's previous stop.
    PreviousStop,
    /// Close the open list of marks.
    CloseMarksList,
    /// Close the glossary term's card.
    CloseTerm,
    /// Open the list of keys.
    ShowKeys,
    /// Close the list of keys.
    CloseKeys,
}

impl Command {
    /// The identifier used in `data-command`.
    pub fn id(self) -> &'static str {
        use Command::*;
        match self {
            NextChange => "next-change",
            PreviousChange => "previous-change",
            FirstChange => "first-change",
            LastChange => "last-change",
            YearLater => "year-later",
            YearEarlier => "year-earlier",
            TenYearsLater => "ten-years-later",
            TenYearsEarlier => "ten-years-earlier",
            FirstDay => "first-day",
            LastDay => "last-day",
            ZoomIn => "zoom-in",
            ZoomOut => "zoom-out",
            PanWest => "pan-west",
            PanEast => "pan-east",
            PanNorth => "pan-north",
            PanSouth => "pan-south",
            WholeMap => "whole-map",
            LeavePresentation => "leave-presentation",
            NextStop => "next-stop",
            PreviousStop => "previous-stop",
            CloseMarksList => "close-marks-list",
            CloseTerm => "close-term",
            ShowKeys => "show-keys",
            CloseKeys => "close-keys",
        }
    }
}

/// Keys (as `KeyboardEvent.key` names them) and the command they give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    /// The keys, any of which gives the command.
    pub keys: &'static [&'static str],
    /// What they do.
    pub command: Command,
}

/// The command a key gives, looked up in the contexts in force, most particular first; `None`
/// when no context binds it (the browser then does what it would).
pub fn resolve(contexts: &[Context], key: &str) -> Option<Command> {
    contexts.iter().find_map(|c| {
        c.bindings()
            .iter()
            .find(|b| b.keys.contains(&key))
            .map(|b| b.command)
    })
}

/// The contexts in force, most particular first, from the page's state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InForce {
    /// The list of keys is open.
    pub key_list: bool,
    /// A glossary term's card is open.
    pub term: bool,
    /// A list of marks is open.
    pub marks_list: bool,
    /// A tour is being followed.
    pub touring: bool,
    /// The page is presenting.
    pub presenting: bool,
    /// What has the keyboard's focus, if it is the slider, a mark or the map.
    pub focus: Option<Context>,
}

impl InForce {
    /// The contexts, most particular first; the page comes last.
    pub fn contexts(self) -> Vec<Context> {
        [
            (self.key_list, Context::KeyList),
            (self.term, Context::Term),
            (self.marks_list, Context::MarksList),
            (self.touring, Context::Touring),
            (self.presenting, Context::Presenting),
        ]
        .into_iter()
        .filter_map(|(on, c)| on.then_some(c))
        .chain(self.focus)
        .chain([Context::Page])
        .collect()
    }
}

/// A key's name as a reader knows it: arrows as arrows, `PageUp` as "Page Up".
pub fn key_label(key: &str) -> &str {
    match key {
        "ArrowLeft" => "←",
        "ArrowRight" => "→",
        "ArrowUp" => "↑",
        "ArrowDown" => "↓",
        "PageUp" => "Page Up",
        "PageDown" => "Page Down",
        "Escape" => "Esc",
        "-" => "−",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn no_context_binds_a_key_twice() {
        for c in Context::ALL {
            let mut seen = HashSet::new();
            for b in c.bindings() {
                for k in b.keys {
                    assert!(seen.insert(*k), "{} binds {k} twice", c.id());
                }
            }
        }
    }

    #[test]
    fn the_more_particular_context_wins() {
        let touring = InForce {
            touring: true,
            presenting: true,
            focus: Some(Context::Slider),
            ..InForce::default()
        };
        assert_eq!(
            resolve(&touring.contexts(), "PageDown"),
            Some(Command::NextStop)
        );
        // The arrows still move the slider while presenting a tour.
        assert_eq!(
            resolve(&touring.contexts(), "ArrowRight"),
            Some(Command::YearLater)
        );
        let list_open = InForce {
            marks_list: true,
            presenting: true,
            focus: Some(Context::Marks),
            ..InForce::default()
        };
        // Escape closes the open list before it leaves the presentation.
        assert_eq!(
            resolve(&list_open.contexts(), "Escape"),
            Some(Command::CloseMarksList)
        );
        assert_eq!(
            resolve(&InForce::default().contexts(), "Escape"),
            None,
            "Escape on the bare page is the browser's"
        );
    }

    #[test]
    fn the_page_context_is_always_last() {
        let all = InForce {
            key_list: true,
            term: true,
            marks_list: true,
            touring: true,
            presenting: true,
            focus: Some(Context::Map),
        };
        let cs = all.contexts();
        assert_eq!(cs.len(), 7);
        assert_eq!(cs.first(), Some(&Context::KeyList));
        assert_eq!(cs.last(), Some(&Context::Page));
        assert_eq!(resolve(&cs, "]"), Some(Command::NextChange));
    }

    #[test]
    fn ids_are_distinct() {
        let ids: HashSet<_> = Context::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids.len(), Context::ALL.len());
        let commands: HashSet<_> = Context::ALL
            .iter()
            .flat_map(|c| c.bindings())
            .map(|b| b.command.id())
            .collect();
        let distinct: HashSet<_> = Context::ALL
            .iter()
            .flat_map(|c| c.bindings())
            .map(|b| b.command)
            .collect();
        assert_eq!(commands.len(), distinct.len());
    }
}
