//! Small-cell suppression, the one rule every figure in the impact report
//! passes through: a count under [`SMALL`] is shown as "fewer than 5" and
//! never enters any other number shown. A total of several counts is exact
//! only when none of them is small; otherwise it is "at least" the sum of
//! those shown. So no total, difference or combination of filters can tell
//! a small count's value: changing it (within 0 to 4) changes nothing shown
//! (the property test in `impact::tests` checks exactly that).

/// Counts below this are not shown.
pub const SMALL: u64 = 5;

/// One count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// Nothing to count: the circle held no meets that month (meets are public).
    None,
    /// Fewer than five.
    Small,
    /// Five or more, exact.
    Count(u64),
}

impl Figure {
    /// The figure for a count about people.
    pub fn of(value: u64) -> Figure {
        if value < SMALL { Figure::Small } else { Figure::Count(value) }
    }

    /// The exact count, when it may be shown.
    pub fn shown(self) -> Option<u64> {
        match self {
            Figure::Count(n) => Some(n),
            Figure::None | Figure::Small => None,
        }
    }
}

/// A sum of figures as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    /// Nothing was counted.
    None,
    /// The exact sum: no part was small (and the sum is 5 or more).
    Exact(u64),
    /// Some parts were small: the sum of the others, and how many were left out.
    AtLeast { shown: u64, left_out: usize },
}

impl Total {
    /// Adds up figures, leaving out every small one.
    pub fn of(figures: impl IntoIterator<Item = Figure>) -> Total {
        let (mut shown, mut left_out, mut any) = (0, 0, false);
        for figure in figures {
            match figure {
                Figure::None => {}
                Figure::Small => {
                    any = true;
                    left_out += 1;
                }
                Figure::Count(n) => {
                    any = true;
                    shown += n;
                }
            }
        }
        match (any, left_out) {
            (false, _) => Total::None,
            (true, 0) => Total::Exact(shown),
            (true, left_out) => Total::AtLeast { shown, left_out },
        }
    }

    /// The exact sum, when it may be shown.
    pub fn exact(self) -> Option<u64> {
        match self {
            Total::Exact(n) => Some(n),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_under_five_are_small_and_left_out_of_totals() {
        assert_eq!(Figure::of(0), Figure::Small);
        assert_eq!(Figure::of(4), Figure::Small);
        assert_eq!(Figure::of(5), Figure::Count(5));
        assert_eq!(Total::of([Figure::Count(7), Figure::Count(5)]), Total::Exact(12));
        assert_eq!(
            Total::of([Figure::Count(7), Figure::Small, Figure::None]),
            Total::AtLeast { shown: 7, left_out: 1 }
        );
        assert_eq!(Total::of([Figure::Small, Figure::Small]), Total::AtLeast { shown: 0, left_out: 2 });
        assert_eq!(Total::of([Figure::None]), Total::None);
    }
}
