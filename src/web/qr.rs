//! QR codes drawn on the server as inline SVG: no script, no image service.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// `text` as an SVG QR code labelled by the element with id `labelled_by`,
/// or `None` when it is too long to encode (the page still shows the link).
pub fn svg(text: &str, labelled_by: &str) -> Option<String> {
    // Medium error correction survives a scuffed print or a glare on a screen.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code.render::<svg::Color>().min_dimensions(240, 240).build();
    // Inline in HTML: no XML prologue, and named for screen readers.
    let body = image.split_once("?>").map_or(image.as_str(), |(_, svg)| svg);
    Some(body.replacen("<svg ", &format!("<svg class=\"qr\" role=\"img\" aria-labelledby=\"{labelled_by}\" "), 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_an_inline_labelled_svg() {
        let drawn = svg("https://circles.example.org/here/1.abc", "qr-caption").unwrap();
        assert!(drawn.starts_with("<svg class=\"qr\" role=\"img\" aria-labelledby=\"qr-caption\" "), "{drawn:.80}");
        assert!(drawn.ends_with("</svg>"));
        assert!(svg(&"x".repeat(5000), "qr-caption").is_none(), "too long for any QR code");
    }
}
