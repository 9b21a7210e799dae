//! Notices about the site itself (`SiteNotice`: texts or a font that could not be had, a picture
//! that could not be made). They can arise before the page is built (the first language's texts
//! load before it mounts), so they wait here until the page's notice list is attached.

use super::state::Notice;
use crate::site::SiteNotice;
use leptos::prelude::*;
use std::cell::RefCell;

/// Notices from before the page existed, and the page's list once attached.
struct Sink {
    waiting: Vec<SiteNotice>,
    list: Option<RwSignal<Vec<Notice>>>,
}

thread_local! {
    static SINK: RefCell<Sink> = const {
        RefCell::new(Sink {
            waiting: Vec::new(),
            list: None,
        })
    };
}

/// Shows a notice (once: the same notice twice is one line).
pub fn report(notice: SiteNotice) {
    SINK.with(|sink| {
        let mut sink = sink.borrow_mut();
        match sink.list {
            Some(list) => list.update(|ns| {
                if !ns.contains(&Notice::Site(notice)) {
                    ns.push(Notice::Site(notice));
                }
            }),
            None if !sink.waiting.contains(&notice) => sink.waiting.push(notice),
            None => {}
        }
    });
}

/// Gives the page's notice list: waiting notices go into it, later ones straight there.
pub fn attach(list: RwSignal<Vec<Notice>>) {
    SINK.with(|sink| {
        let mut sink = sink.borrow_mut();
        let waiting: Vec<SiteNotice> = sink.waiting.drain(..).collect();
        list.update(|ns| ns.extend(waiting.into_iter().map(Notice::Site)));
        sink.list = Some(list);
    });
}
