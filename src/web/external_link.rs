//! What a reader is shown of a meet's outside meeting link: the rule of who
//! and when is `domain::external_link`; this reads the link only for them.

use crate::domain::external_link::{self, ExternalLink, LinkWindow};
use crate::domain::meet::Meet;

/// A meet's outside link as one reader may see it.
pub enum LinkView {
    /// They will see it here from shortly before the meet.
    Later,
    /// Shown now.
    Open { url: String, host: String },
}

/// What `link` shows a reader at `meet` now: nothing unless they may see it
/// (`may_see`) and the meet has not ended.
pub fn view(link: Option<&ExternalLink>, meet: &Meet, may_see: bool, now: i64) -> Option<LinkView> {
    let link = link.filter(|_| may_see)?;
    match external_link::window(meet, now) {
        LinkWindow::NotYet => Some(LinkView::Later),
        LinkWindow::Open => Some(LinkView::Open { url: link.as_str().to_string(), host: link.host() }),
        LinkWindow::Closed => None,
    }
}

impl LinkView {
    /// The link, once it is shown.
    pub fn url(&self) -> Option<&str> {
        match self {
            LinkView::Open { url, .. } => Some(url),
            LinkView::Later => None,
        }
    }

    /// The tool's address, once the link is shown.
    pub fn host(&self) -> &str {
        match self {
            LinkView::Open { host, .. } => host,
            LinkView::Later => "",
        }
    }
}

/// Minutes before a meet its link appears, for the words that say so.
pub const SHOWN_FROM_MINUTES_BEFORE: i64 = external_link::SHOWN_FROM_MINUTES_BEFORE;
