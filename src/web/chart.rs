//! Bar charts drawn on the server as SVG: the layout only (the template
//! writes the elements, escaping every word). Each chart has a title for
//! screen readers and a table of the same figures beside it.

/// One bar: its label, the words for its figure, and its geometry (in the
/// chart's own units). A figure that may not be shown has no bar.
pub struct Bar {
    pub label: String,
    pub figure: String,
    pub label_y: u32,
    pub bar_y: u32,
    pub width: u32,
    /// Where the figure's words start: after the bar.
    pub figure_x: u32,
    /// Drawn paler: a total that leaves small figures out ("at least").
    pub partial: bool,
}

/// A horizontal bar chart.
pub struct BarChart {
    pub id: String,
    pub title: String,
    pub height: u32,
    pub bars: Vec<Bar>,
}

/// The chart's width in its own units; it scales to its box.
pub const WIDTH: u32 = 320;
const ROW: u32 = 42;
const BAR: u32 = 14;
/// Room left after the longest bar for its figure's words.
const FIGURE_ROOM: u32 = 110;

impl BarChart {
    /// Lays out `(label, value if drawn, words for the figure, partial)` rows.
    pub fn new(id: &str, title: String, rows: Vec<(String, Option<u64>, String, bool)>) -> BarChart {
        let max = rows.iter().filter_map(|(_, v, _, _)| *v).max().unwrap_or(0).max(1);
        let bars = rows
            .into_iter()
            .enumerate()
            .map(|(i, (label, value, figure, partial))| {
                let top = i as u32 * ROW;
                let width = value.map(|v| ((v * u64::from(WIDTH - FIGURE_ROOM)) / max) as u32).unwrap_or(0);
                Bar { label, figure, label_y: top + 14, bar_y: top + 20, width, figure_x: width + 6, partial }
            })
            .collect::<Vec<_>>();
        BarChart { id: id.into(), title, height: bars.len() as u32 * ROW + 4, bars }
    }

    /// The bar's height, for the template.
    pub fn bar_height(&self) -> u32 {
        BAR
    }

    /// Where a figure's words sit, level with its bar.
    pub fn figure_y(&self, bar: &Bar) -> u32 {
        bar.bar_y + BAR - 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_bar_leaves_room_for_its_figure_and_hidden_figures_draw_none() {
        let chart = BarChart::new(
            "c",
            "Attendance".into(),
            vec![("Oct".into(), Some(40), "40".into(), false), ("Nov".into(), None, "fewer than 5".into(), false)],
        );
        assert_eq!(chart.bars[0].width, WIDTH - FIGURE_ROOM);
        assert_eq!(chart.bars[1].width, 0);
        assert_eq!(chart.height, 2 * ROW + 4);
    }
}
