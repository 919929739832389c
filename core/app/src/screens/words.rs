//! Domain messages into what a screen shows and says, in the person's languages.

use saathi_domain::message::Message;
use saathi_l10n::speech::{Clips, NoClips};
use saathi_l10n::{Localizer, Utterance};

use super::{ActionItem, ActionStyle, Command, Detail, Element, Icon, Importance, Severity};

/// The person's words and voice for one screen: their `Localizer`, and the recorded clips
/// the installed content packs offer.
pub struct Words<'a> {
    pub l10n: &'a Localizer,
    pub clips: &'a dyn Clips,
}

impl<'a> Words<'a> {
    pub fn new(l10n: &'a Localizer) -> Self {
        Words { l10n, clips: &NoClips }
    }

    pub fn with_clips(l10n: &'a Localizer, clips: &'a dyn Clips) -> Self {
        Words { l10n, clips }
    }

    pub fn text(&self, m: &Message) -> String {
        self.l10n.message(m)
    }

    pub fn say(&self, m: &Message) -> Utterance {
        self.l10n.utterance(m, self.clips)
    }

    /// `m` said about `patient` (named) to someone helping them: its `-about` wording
    /// ("Amina's sugar has been steady") when the language has one, else `m` as it is.
    /// `None` is the person's own record: `m` ("Your sugar has been steady").
    pub fn about(&self, m: &Message, patient: Option<&str>) -> Message {
        let Some(name) = patient else { return m.clone() };
        let key = format!("{}-about", m.key);
        if !self.l10n.has(&key) {
            return m.clone();
        }
        let mut about = m.clone();
        about.key = key;
        about.text("patient", name.to_string())
    }

    /// An element showing and saying `m`, of normal importance, with nothing else yet.
    pub fn element(&self, id: impl Into<String>, m: &Message) -> Element {
        Element {
            id: id.into(),
            text: self.text(m),
            utterance: self.say(m),
            importance: Importance::Normal,
            severity: None,
            icon: None,
            actions: Vec::new(),
            detail: None,
        }
    }

    pub fn action(&self, m: &Message, style: ActionStyle, command: Command) -> ActionItem {
        ActionItem { label: self.text(m), utterance: self.say(m), style, command }
    }
}

/// Small builders, so screens read as what they show.
impl Element {
    pub fn essential(mut self) -> Self {
        self.importance = Importance::Essential;
        self
    }

    pub fn extra(mut self) -> Self {
        self.importance = Importance::Extra;
        self
    }

    pub fn severity(mut self, s: Severity) -> Self {
        self.severity = Some(s);
        self
    }

    pub fn maybe_severity(mut self, s: Option<Severity>) -> Self {
        self.severity = s;
        self
    }

    pub fn icon(mut self, icon: Icon) -> Self {
        self.icon = Some(icon);
        self
    }

    pub fn action(mut self, a: ActionItem) -> Self {
        self.actions.push(a);
        self
    }

    pub fn detail(mut self, d: Detail) -> Self {
        self.detail = Some(d);
        self
    }
}
