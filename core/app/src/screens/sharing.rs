//! Sharing: who can see or change my record, in plain words and spoken, with "stop sharing"
//! next to each and "invite someone" below. Only the patient sees this screen (a helper is
//! refused, as `Session::sharing` refuses them).

use saathi_domain::grants::{EndReason, Grant, GrantState, Scope};
use saathi_domain::message::Message;
use saathi_domain::person::PersonId;

use super::{ActionStyle, Command, Element, Icon, Screen, ScreenKind, Section, Severity, Words};
use crate::{Result, Session};

/// "see readings, add readings and get alerts", in the person's language.
pub(crate) fn scope_list(scopes: &[Scope], words: &Words) -> String {
    let sep = words.text(&Message::new("list-separator"));
    let names: Vec<String> =
        scopes.iter().map(|s| words.text(&Message::new(format!("scope-{}", s.code())))).collect();
    names.join(&sep)
}

impl Session {
    pub fn sharing_screen(&self, patient: PersonId, words: &Words) -> Result<Screen> {
        let grants = self.sharing(patient)?;
        let now = self.inner.now();
        let mut current = Vec::new();
        let mut ended = Vec::new();
        for g in &grants {
            let state = g.state(now);
            let element = grant_element(self, g, state, patient, words)?;
            match state {
                GrantState::Ended | GrantState::Revoked => ended.push(element.extra()),
                _ => current.push(element),
            }
        }
        if current.is_empty() {
            current.push(
                words.element("nobody", &Message::new("screen-sharing-nobody")).severity(Severity::Info),
            );
        }
        let invite = words
            .element("invite", &Message::new("screen-sharing-invite"))
            .icon(Icon::Helper)
            .action(words.action(
                &Message::new("screen-sharing-invite"),
                ActionStyle::Primary,
                Command::Invite { patient },
            ));
        current.push(invite);
        let title =
            words.element("title", &Message::new("screen-sharing-title")).essential().icon(Icon::Sharing);
        let mut sections = vec![Section {
            id: "current",
            heading: Some(words.element("current-heading", &Message::new("screen-sharing-current"))),
            elements: current,
        }];
        if !ended.is_empty() {
            sections.push(Section {
                id: "ended",
                heading: Some(words.element("ended-heading", &Message::new("screen-sharing-ended")).extra()),
                elements: ended,
            });
        }
        Ok(Screen::new(ScreenKind::Sharing, Some(patient), words, title, sections))
    }
}

fn grant_element(
    session: &Session,
    g: &Grant,
    state: GrantState,
    patient: PersonId,
    words: &Words,
) -> Result<Element> {
    let who = session.person_in_view(g.grantee)?.name.clone();
    let scopes = scope_list(&g.scopes, words);
    let until = match g.ends {
        Some(end) => Message::new("screen-sharing-until").text("date", words.l10n.date(end.date_naive())),
        None => Message::new("screen-sharing-until-stopped"),
    };
    let m = match state {
        GrantState::Revoked | GrantState::Ended => {
            let why = g.revoked.as_ref().map_or(EndReason::EndDateReached, |r| r.reason);
            Message::new("screen-sharing-ended-grant")
                .text("name", who)
                .term("reason", format!("end-reason-{}", why.code()))
        }
        GrantState::NotYetStarted => Message::new("screen-sharing-not-started")
            .text("name", who)
            .text("scopes", scopes)
            .text("date", words.l10n.date(g.starts.date_naive())),
        GrantState::Active | GrantState::OutsideWindow => Message::new("screen-sharing-grant")
            .text("name", who)
            .text("scopes", scopes)
            .message("until", until),
    };
    let mut e = words.element(format!("grant-{}", g.id.0), &m).icon(Icon::Person);
    if !matches!(state, GrantState::Revoked | GrantState::Ended) {
        e = e.action(words.action(
            &Message::new("screen-sharing-stop"),
            ActionStyle::Destructive,
            Command::Revoke { patient, grant: g.id },
        ));
    }
    Ok(e)
}
