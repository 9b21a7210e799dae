//! Questions for students, drawn from the data for the tour, the region or the whole map: one at
//! a time, answered by choosing a power or a date, or by clicking the land on the map; checked
//! against the same timeline `atlas who` answers from, and explained by the event behind the
//! answer. The seed is in the link (`q=`), so a class opening it gets the same questions.

use crate::lesson::questions::{generate, Answer, Ask, Question};
use crate::model::EventFilter;
use crate::ui::model::MapModel;
use crate::ui::state::{AppState, Panel, Quiz};
use crate::words::lessons::QuestionFacts;
use leptos::prelude::*;

/// Questions asked in one round.
pub const COUNT: usize = 6;

/// The questions for the page as it is: the tour's years if a tour is loaded, else the region
/// followed, else the whole map.
pub fn questions(model: &MapModel, state: AppState, seed: u32) -> Vec<Question> {
    let mut filter = EventFilter::region(state.region.get_untracked());
    if let Some((first, last)) = state.tour.with_untracked(|t| t.span()) {
        filter.from = Some(first);
        filter.until = Some(last);
    }
    generate(&model.atlas, &model.scene, &filter, COUNT, u64::from(seed))
}

/// Starts a round of questions drawn with `seed`.
pub fn start(state: AppState, seed: u32) {
    state.quiz.set(Some(Quiz {
        seed,
        at: 0,
        answers: Vec::new(),
    }));
    state.panel.set(Panel::Questions);
    state.new_entry();
}

/// A seed nobody chose: the time, so each round differs.
fn fresh_seed() -> u32 {
    (js_sys::Date::now() as u64 % 1_000_000) as u32
}

/// Answers the question shown; returns whether an answer was taken (a question not yet
/// answered). Right or wrong, the map then shows the question's day, with the land outlined.
pub fn answer(state: AppState, model: &MapModel, given: Answer) -> bool {
    let Some(quiz) = state.quiz.get_untracked() else {
        return false;
    };
    let qs = questions(model, state, quiz.seed);
    let Some(q) = qs.get(quiz.at) else {
        return false;
    };
    if quiz.answers.get(quiz.at).copied().flatten().is_some() {
        return false;
    }
    let right = q.is_right(&model.atlas, given);
    state.quiz.update(|z| {
        if let Some(z) = z {
            z.answers.resize(z.at + 1, None);
            z.answers[z.at] = Some(right);
        }
    });
    LAST_GIVEN.with(|g| g.set(Some(given)));
    state.step_to(q.date);
    crate::ui::steps::outline(state, vec![q.piece]);
    true
}

thread_local! {
    /// What the student gave for the question shown, to say what they clicked.
    static LAST_GIVEN: std::cell::Cell<Option<Answer>> = const { std::cell::Cell::new(None) };
}

/// A click on the map while a "where" question waits for one: the click is the answer.
pub fn piece_clicked(state: AppState, model: &MapModel, piece: usize) -> bool {
    let waiting = state.quiz.with_untracked(|z| {
        z.as_ref().and_then(|z| {
            let unanswered = z.answers.get(z.at).copied().flatten().is_none();
            unanswered.then_some(z.seed)
        })
    });
    let Some(seed) = waiting else {
        return false;
    };
    let at = state
        .quiz
        .with_untracked(|z| z.as_ref().map_or(0, |z| z.at));
    match questions(model, state, seed).get(at) {
        Some(q) if matches!(q.ask, Ask::WhereHeld { .. }) => {
            answer(state, model, Answer::Piece(piece))
        }
        _ => false,
    }
}

/// The questions panel.
#[component]
pub fn QuizPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let model = expect_context::<MapModel>();
    // A "where" question is read off the map: it shows the question's day.
    Effect::new({
        let model = model.clone();
        move |_| {
            let Some((seed, at)) = state.quiz.with(|z| z.as_ref().map(|z| (z.seed, z.at))) else {
                return;
            };
            if let Some(q) = questions(&model, state, seed).get(at) {
                if matches!(q.ask, Ask::WhereHeld { .. }) {
                    state.date.set(q.date);
                }
            }
        }
    });
    let body = move || {
        let lang = state.lang.get();
        // An answer's summary arrives with the cards' texts.
        state.card_texts.track();
        let (words, w) = (lang.words(), lang.lesson());
        let Some(quiz) = state.quiz.get() else {
            return view! {
                <p>{w.questions_scope(state.region.get(), state.tour.with(|t| t.span().is_some()))}</p>
                <button type="button" class="primary" data-quiz-start="" on:click=move |_| start(state, fresh_seed())>
                    {w.questions_title()}
                </button>
            }
            .into_any();
        };
        let qs = questions(&model, state, quiz.seed);
        if qs.is_empty() {
            return view! { <p data-quiz-none="">{w.questions_none()}</p> }.into_any();
        }
        let right = quiz.answers.iter().filter(|a| **a == Some(true)).count();
        let asked = quiz.answers.iter().filter(|a| a.is_some()).count();
        let Some(q) = qs.get(quiz.at).cloned() else {
            // Every question answered.
            return view! {
                <p class="quiz-score" data-quiz-score=right>{w.questions_score(right, asked)}</p>
                <button type="button" class="primary" on:click=move |_| start(state, fresh_seed())>{w.questions_new()}</button>
            }
            .into_any();
        };
        let subject = q.subject(&model.atlas, lang.id());
        let text = w.question(&QuestionFacts {
            ask: q.ask,
            subject: &subject,
            when: q.when(),
        });
        let done = quiz.answers.get(quiz.at).copied().flatten();
        let choice_label = |a: Answer| match a {
            Answer::Power(p) => w.power_choice(p).to_string(),
            Answer::Date(d) => {
                // Years are enough when the choices are years apart, as they are drawn.
                d.year().to_string()
            }
            Answer::Piece(_) => String::new(),
        };
        let choices = q
            .choices
            .iter()
            .map(|a| {
                let a = *a;
                let model = model.clone();
                let id = match a {
                    Answer::Power(p) => p.id().to_string(),
                    Answer::Date(d) => d.to_string(),
                    Answer::Piece(p) => p.to_string(),
                };
                let is_answer = done.is_some() && q.answer == a;
                view! {
                    <button type="button" class="choice" class:answer=is_answer data-choice=id
                        disabled=done.is_some() on:click=move |_| { answer(state, &model, a); }>
                        {choice_label(a)}
                    </button>
                }
            })
            .collect_view();
        let feedback = done.map(|ok| {
            let atlas = &model.atlas;
            let e = &atlas.timeline.events()[q.event];
            let event_date = e.date;
            let right_answer = match q.answer {
                Answer::Power(p) => w.power_choice(p).to_string(),
                Answer::Date(d) => words.long_date(d),
                Answer::Piece(p) => model.pieces[p].name.get_untracked(),
            };
            let wrong = match (q.ask, LAST_GIVEN.with(|g| g.get())) {
                (Ask::WhereHeld { .. }, Some(Answer::Piece(p))) => {
                    let holder = atlas
                        .timeline
                        .control_at(p, q.date)
                        .map(|c| model.holder_words(&c, words))
                        .unwrap_or_default();
                    w.answer_wrong_place(&model.pieces[p].name.get_untracked(), &holder)
                }
                _ => w.answer_wrong(&right_answer),
            };
            let summary = crate::ui::lesson::glossary::linked_text(&model, state, e.summary.get(lang.id()), lang);
            view! {
                <div class="quiz-feedback" class:right=ok data-quiz-result=if ok { "right" } else { "wrong" } role="status">
                    <p class="verdict"><strong>{if ok { w.answer_right().to_string() } else { wrong }}</strong></p>
                    <p>{w.answer_because(event_date, e.title.get(lang.id()))}</p>
                    <p class="card-summary">{summary}</p>
                    <button type="button" class="link-like" on:click=move |_| state.step_to(event_date)>{w.question_show_change()}</button>
                </div>
            }
        });
        let next = move |_| {
            state.quiz.update(|z| {
                if let Some(z) = z {
                    z.at += 1;
                }
            });
        };
        view! {
            <p class="quiz-where">{w.question_of(quiz.at + 1, qs.len())}
                <span class="quiz-score">" · " {w.questions_score(right, asked)}</span></p>
            <p class="quiz-question" data-question={quiz.at + 1} data-ask=match q.ask {
                Ask::WhoHeld { .. } => "who", Ask::WhenBecame { .. } => "when",
                Ask::WhichPower { .. } => "which", Ask::WhereHeld { .. } => "where" }>{text}</p>
            {q.choices.is_empty().then(|| view! { <p class="quiz-hint">{w.question_click_map()}</p> })}
            <div class="choices">{choices}</div>
            {feedback}
            {done.is_some().then(|| view! {
                <button type="button" class="primary" data-quiz-next="" on:click=next>{w.question_next()}</button>
            })}
            <p class="quiz-scope">{w.questions_scope(state.region.get(), state.tour.with(|t| t.span().is_some()))}</p>
            <p class="quiz-scope">{w.questions_same_for_class()}</p>
        }
        .into_any()
    };
    view! {
        <section class="card quiz" aria-labelledby="quiz-title">
            <h2 id="quiz-title">{move || state.lesson_words().questions_title()}</h2>
            {body}
            {move || state.quiz.get().is_some().then(|| view! {
                <div class="quiz-tools">
                    <button type="button" on:click=move |_| start(state, fresh_seed())>{state.lesson_words().questions_new()}</button>
                    <button type="button" data-quiz-leave="" on:click=move |_| { state.quiz.set(None); state.new_entry(); }>
                        {state.lesson_words().questions_leave()}</button>
                </div>
            })}
        </section>
    }
}
